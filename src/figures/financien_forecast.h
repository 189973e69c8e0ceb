/* The year-end forecast of one budget post (data contract, section 8): the four methods in
 * their order, computed exactly in integer cents and rounded to cents half away from zero,
 * and the exact percentages and margin comparisons the finance figures need. Pure
 * arithmetic: the caller gathers the amounts (figures/financien.c). */
#ifndef WR_FIGURES_FINANCIEN_FORECAST_H
#define WR_FIGURES_FINANCIEN_FORECAST_H

#include <stdbool.h>

#include "figures/figures.h"

typedef struct {
    int q;                     /* the last quarter the report covers, 1-4 */
    long long to_date;         /* realisation in quarters 1..q of the year, cents */
    bool has_provider;         /* the post's row of quarter q holds a prognose */
    long long provider;        /* that prognose, cents */
    bool previous_complete;    /* the previous year has a row for each of its four quarters */
    long long previous_to_q;   /* the previous year's realisation in quarters 1..q, cents */
    long long previous_year;   /* ... in quarters 1..4 */
} wr_forecast_input;

/* The method that applies and the forecast in cents (*cents). */
wr_forecast_method wr_forecast(const wr_forecast_input *in, long long *cents);

/* numerator x scale / denominator rounded to an integer, half away from zero;
 * denominator > 0. */
long long wr_div_round(long long numerator, long long denominator, long long scale);

/* 100 x part / whole rounded to one decimal, half away from zero; whole > 0. */
double wr_exact_pct(long long part, long long whole);

/* Whether |a - b| > pct % of |base|, exactly (pct taken to two decimals). */
bool wr_beyond_margin(long long a, long long b, long long base, double pct);

/* Dutch name of a method, as the workbook says it: "opgave aanbieder". */
const char *wr_forecast_method_name(wr_forecast_method m);

#endif
