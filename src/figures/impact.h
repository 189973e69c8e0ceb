/* Part 4 "impact": the policy indicators of indicatoren.csv for a report whose period ends
 * in year Y: per indicator and gebied the latest value with jaar <= Y, the previous one, the
 * change and the delivered metadata. The model keeps them all as its list of indicators;
 * only the latest value is a row (indicator_waarde, dimensie `indicator`). */
#ifndef WR_FIGURES_IMPACT_H
#define WR_FIGURES_IMPACT_H

#include <stddef.h>

#include "base/error.h"
#include "config/config.h"
#include "figures/figures.h"
#include "input/outcome_data.h"

/* Number of (indicator, gebied) series: indicators in order of first appearance, within an
 * indicator gemeente first, then districts in configuration order. 0 when d is NULL or the
 * file was not delivered. */
size_t wr_outcome_indicator_count(const wr_outcome_data *d);
/* Series i as seen by a report whose period ends in `year` (= year(P.end)). */
void wr_outcome_indicator(const wr_outcome_data *d, const wr_config *cfg, size_t i, int year, wr_indicator *out);
const char *wr_indicator_unit_code(wr_indicator_unit unit); /* "procent", ... "onbekend" */

/* Appends the rows of part 4 for f->period and fills the list of indicators (when
 * indicatoren.csv was delivered; d may be NULL). */
wr_status wr_figures_impact(const wr_outcome_data *d, const wr_config *cfg, wr_figures *f, wr_error *err);

#endif
