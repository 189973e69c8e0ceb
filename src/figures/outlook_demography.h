/* The demographic expectation of the Kadernota outlook (section 9.1.2 of the execution
 * agreements): what the volume would be next year if only the population changed. Per
 * age group g the share of the population reached in the base year, bereik_g / pop_g,
 * stays the same; the expected bereik is the sum over the groups of that share times the
 * group's population in the forecast year. Residents of unknown age stay as they were.
 * Pure arithmetic. */
#ifndef WR_FIGURES_OUTLOOK_DEMOGRAPHY_H
#define WR_FIGURES_OUTLOOK_DEMOGRAPHY_H

#include <stdbool.h>

/* The age groups of the data contract: 0-17, 18-26, 27-64, 65+. */
#define WR_AGE_GROUPS 4

/* The expected bereik in the forecast year: sum_g reached[g] / pop_base[g] x pop_target[g]
 * plus unknown_age. False (and *expected untouched) when a group with residents reached
 * has no population (pop_base[g] <= 0) or a population is missing (< 0). */
bool wr_demographic_expectation(const long reached[WR_AGE_GROUPS], long unknown_age,
                                const double pop_base[WR_AGE_GROUPS], const double pop_target[WR_AGE_GROUPS],
                                double *expected);

#endif
