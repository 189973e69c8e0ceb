/* Part 1 "gedaan": what was done. From the four part-1 files the agreements of the annual
 * plan, group activities, contacts and complaints (figures/gedaan_*.c); from trajecten.csv
 * the norms for first contact and start (figures/gedaan_norms.c). */
#ifndef WR_FIGURES_GEDAAN_H
#define WR_FIGURES_GEDAAN_H

#include "base/error.h"
#include "config/config.h"
#include "figures/figures.h"
#include "figures/prep.h"
#include "input/gedaan_data.h"
#include "input/records.h"

/* Appends the rows of part 1 for f->period and fills the list of agreements. */
wr_status wr_figures_gedaan(const wr_figures_prep *prep, wr_figures *f, wr_error *err);

/* The rows of the four part-1 files only, for f->period (a quarter or a whole year), only
 * for delivered files, in the order afspraken, activiteiten, bijeenkomsten, deelnames,
 * vrijwilligersinzet, contacten, klachten_*. d may be NULL (no rows). Privacy is left to
 * the caller (figures/privacy.h). */
wr_status wr_figures_gedaan_files(const wr_gedaan_data *d, const wr_config *cfg, wr_figures *f, wr_error *err);

#endif
