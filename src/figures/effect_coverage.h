/* Part 3 "effect", how far its figures reach (data contract, section 8): of the started
 * trajectories that ended in the period, the share with a ZRM measurement at begin and end
 * (zrm_dekking_pct), and the survey's respondents against them (respons_pct). */
#ifndef WR_FIGURES_EFFECT_COVERAGE_H
#define WR_FIGURES_EFFECT_COVERAGE_H

#include "base/error.h"
#include "config/config.h"
#include "figures/figures.h"
#include "input/outcome_data.h"
#include "input/records.h"

/* Started trajectories with an einddatum in p: the effect figures' population. */
long wr_ended_trajectories(const wr_dataset *ds, wr_period p);

/* Distinct respons_id with an accepted answer dated in p; 0 when ervaringen.csv was not
 * delivered. -1 on out of memory. */
long wr_experience_respondents(const wr_outcome_data *d, wr_period p);

/* Appends zrm_dekking_pct when uitkomsten.csv was delivered and respons_pct when
 * ervaringen.csv was, both totaal with noemer = the ended trajectories. d may be NULL. */
wr_status wr_figures_coverage(const wr_outcome_data *d, const wr_dataset *ds, wr_figures *f, wr_error *err);

#endif
