/* Part 1 "gedaan", the complaints of klachten.csv: klachten_ontvangen (per aard),
 * klachten_afgehandeld (per uitkomst), klachten_binnen_termijn_pct and klachten_open. */
#ifndef WR_FIGURES_GEDAAN_COMPLAINTS_H
#define WR_FIGURES_GEDAAN_COMPLAINTS_H

#include <stdbool.h>

#include "config/config.h"
#include "figures/figures.h"
#include "input/gedaan_store.h"

/* Appends the complaint rows for f->period; false on out of memory. */
bool wr_gedaan_figures_complaints(const wr_gedaan_data *d, const wr_config *cfg, wr_figures *f);

#endif
