/* Part 3 "effect", the figures trajecten.csv alone decides: doelrealisatie, uitval and
 * herhaald beroep (data contract, sections 3 and 6). They count started trajectories. */
#ifndef WR_FIGURES_EFFECT_H
#define WR_FIGURES_EFFECT_H

#include "config/config.h"
#include "input/dataset.h"
#include "base/error.h"
#include "figures/figures.h"

wr_status wr_figures_effect(const wr_dataset *ds, const wr_config *cfg, wr_figures *f, wr_error *err);

#endif
