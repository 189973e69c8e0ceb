/* Part 2 "bereikt": bereik, instroom, uitstroom and wachtend for a period, with their
 * breakdowns, as defined in the data contract (sections 3 and 6). */
#ifndef WR_FIGURES_BEREIKT_H
#define WR_FIGURES_BEREIKT_H

#include "base/error.h"
#include "config/config.h"
#include "figures/figures.h"
#include "figures/prep.h"
#include "input/records.h"

/* Appends the rows of part 2 for f->period. */
wr_status wr_figures_bereikt(const wr_figures_prep *prep, wr_figures *f, wr_error *err);

/* Age group index in cfg->age_groups for the period's end year, or -1 for "onbekend". */
int wr_age_group(int birth_year, int period_end_year);

#endif
