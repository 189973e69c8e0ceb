/* Part 3 "effect": from trajecten.csv doelrealisatie, uitval and herhaald beroep (data
 * contract, sections 3 and 6; they count started trajectories), then the ZRM scores of
 * uitkomsten.csv (figures/effect_zrm.c), the client experience of ervaringen.csv
 * (figures/effect_experience.c) and how far both reach (figures/effect_coverage.c) when
 * those files were delivered. */
#ifndef WR_FIGURES_EFFECT_H
#define WR_FIGURES_EFFECT_H

#include "base/error.h"
#include "config/config.h"
#include "figures/figures.h"
#include "figures/prep.h"
#include "input/records.h"

/* Appends the rows of part 3 for f->period. */
wr_status wr_figures_effect(const wr_figures_prep *prep, wr_figures *f, wr_error *err);

#endif
