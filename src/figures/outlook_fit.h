/* The trend method of the Kadernota outlook: an ordinary least-squares regression of a
 * quarterly series on a straight trend and quarter-of-year effects,
 *     y_t = a + b t + c_2 [Q2] + c_3 [Q3] + c_4 [Q4] + e_t,
 * fitted with GSL (gsl_multifit_linear), and its forecast of a sum of future quarters
 * with an 80% prediction interval from Student's t. The method assumes that the trend of
 * the history goes on in a straight line, that every quarter of the year differs from the
 * trend by the same amount each year, and that the quarter-to-quarter noise is
 * independent with one spread. Pure arithmetic; the caller gathers the series. */
#ifndef WR_FIGURES_OUTLOOK_FIT_H
#define WR_FIGURES_OUTLOOK_FIT_H

#include <stdbool.h>
#include <stddef.h>

#define WR_FIT_PARAMS 5
/* Fewer quarters leave too few degrees of freedom for an interval worth the name. */
#define WR_FIT_MIN_QUARTERS (WR_FIT_PARAMS + 2)
#define WR_FIT_LEVEL 0.80

typedef struct {
    size_t n;                 /* quarters fitted */
    int first_quarter;        /* quarter of the year (1-4) of y[0] */
    double beta[WR_FIT_PARAMS]; /* a, b, c_2, c_3, c_4 */
    double cov[WR_FIT_PARAMS][WR_FIT_PARAMS]; /* s^2 (X'X)^-1 */
    double s2;                /* residual variance, chisq / (n - 5) */
    int df;                   /* n - 5 */
} wr_fit;

/* A forecast: the central value and the 80% prediction interval. */
typedef struct {
    double central, low, high;
} wr_forecast_range;

/* Fits y[0..n) whose first quarter is quarter first_quarter (1-4) of its year. False when
 * n < WR_FIT_MIN_QUARTERS or GSL fails (out of memory). */
bool wr_fit_series(const double *y, size_t n, int first_quarter, wr_fit *out);

/* The forecast of weight x (the sum of the quarters steps[0..k)), where step 0 is the
 * quarter right after the last fitted one; weight 1 gives a sum, 1/k a mean. The interval
 * counts the noise of each future quarter and the uncertainty of the estimated
 * coefficients. */
wr_forecast_range wr_fit_forecast(const wr_fit *fit, const size_t *steps, size_t k, double weight);

/* The backtest: the method fitted on y[0..n-4) (first quarter first_quarter), its
 * forecast of weight x the sum of the last four quarters set against what they were. */
typedef struct {
    wr_forecast_range forecast;
    double actual;      /* weight x the sum of y[n-4..n) */
    double error_pct;   /* 100 x (forecast - actual) / actual; 0 when actual is 0 */
    bool inside;        /* actual within the 80% interval */
} wr_backtest;
/* False when n - 4 quarters are too few to fit. */
bool wr_fit_backtest(const double *y, size_t n, int first_quarter, double weight, wr_backtest *out);

/* The fitted value (trend and quarter effect, no noise) of quarter index t (0 = y[0]). */
double wr_fit_value(const wr_fit *fit, double t);

#endif
