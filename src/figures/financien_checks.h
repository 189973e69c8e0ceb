/* The configured financial checks of a finance summary (data contract, sections 1 and 8):
 * an earmark's minimum realisation, an earmark's budget, the profit cap. A complete year
 * (q = 4) is judged on realisation: met or not met. A year in progress is judged on the
 * forecast, keeping the margin of the settings as room, m % of the agreed amount:
 *   minimum M:     on track when the earmark's forecast >= M + m% x M;
 *   budget A:      on track when the earmark's begroting = A and its forecast differs from
 *                  A by at most m% x A (the earmarked money is spent as earmarked);
 *   profit cap c%: on track when the expected result (begroting - prognose) <= C - m% x C,
 *                  C = c% x the total begroting.
 * For a minimum also what is still needed and whether the pace of quarter q reaches it. */
#ifndef WR_FIGURES_FINANCIEN_CHECKS_H
#define WR_FIGURES_FINANCIEN_CHECKS_H

#include <stddef.h>

#include "config/config.h"
#include "figures/figures.h"

/* Realisation of the rows whose own oormerk is an earmark, in cents. */
typedef struct {
    const char *code;           /* lower case */
    long long to_date;          /* quarters 1..q */
    long long last_quarter;     /* quarter q */
} wr_earmark_spending;

/* Fills sum->checks[i] for every cfg->checks[i] (sum->checks has room for them) from the
 * posts, total and forecasts already in sum. */
void wr_finance_checks_evaluate(wr_finance_summary *sum, const wr_config *cfg, const wr_earmark_spending *earmarks,
                                size_t earmark_count);

/* The verdict as the report and the workbook say it: "op koers", "risico", "gehaald",
 * "niet gehaald". */
const char *wr_check_state_name(wr_check_state state);

#endif
