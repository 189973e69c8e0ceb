/* Part 2 "bereikt": bereik, instroom, uitstroom and wachtend for a period, with their
 * breakdowns, as defined in the data contract (sections 3, 5, 6 and 8). For the young
 * people's paragraph also the cross breakdowns of age group 0-17 against onderdeel (bereik,
 * instroom) and reden_instroom (instroom); the waiting list is figures/bereikt_waiting.c. */
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
