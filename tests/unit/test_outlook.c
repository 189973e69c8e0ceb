/* The Kadernota outlook's arithmetic (figures/outlook_fit.h, figures/outlook_demography.h):
 * the demographic expectation on a hand-computed fixture, the trend method on series with
 * a known trend and seasonal pattern and on a flat series, and the backtest. */
#include <math.h>

#include "check.h"
#include "figures/outlook_demography.h"
#include "figures/outlook_fit.h"

/* 100 / 20.000 x 19.000 = 95; 50 / 10.000 x 11.000 = 55; 200 / 50.000 x 50.000 = 200;
 * 80 / 16.000 x 20.000 = 100; plus 10 of unknown age: 460. */
static void test_demography(void)
{
    const long reached[4] = {100, 50, 200, 80};
    const double base[4] = {20000, 10000, 50000, 16000}, target[4] = {19000, 11000, 50000, 20000};
    double expected = -1;
    CHECK(wr_demographic_expectation(reached, 10, base, target, &expected));
    CHECK_DBL(expected, 460.0, 1e-9);
    /* A group with residents reached but no population: no expectation. */
    const double no_base[4] = {20000, 0, 50000, 16000};
    expected = -1;
    CHECK(!wr_demographic_expectation(reached, 10, no_base, target, &expected));
    CHECK_DBL(expected, -1.0, 0);
    /* No change in the population: the same bereik. */
    CHECK(wr_demographic_expectation(reached, 0, base, base, &expected));
    CHECK_DBL(expected, 430.0, 1e-9);
}

static const double season[4] = {0, 12, -25, 6}; /* Q1..Q4 */

static double truth(size_t t, int first_quarter)
{
    return 400 + 7.5 * (double)t + season[((size_t)first_quarter - 1 + t) % 4];
}

/* Without noise the method must find the trend and the pattern exactly. */
static void test_exact_trend(void)
{
    double y[12];
    for (size_t t = 0; t < 12; t++)
        y[t] = truth(t, 2); /* starts in a second quarter */
    wr_fit fit;
    CHECK(wr_fit_series(y, 12, 2, &fit));
    CHECK_DBL(fit.beta[1], 7.5, 1e-9);
    size_t steps[4] = {0, 1, 2, 3};
    wr_forecast_range f = wr_fit_forecast(&fit, steps, 4, 1.0);
    double want = truth(12, 2) + truth(13, 2) + truth(14, 2) + truth(15, 2);
    CHECK_DBL(f.central, want, 1e-6);
    CHECK_DBL(f.high - f.low, 0, 1e-6);
    /* Each quarter on its own, including the seasonal dip of the third quarter. */
    for (size_t k = 0; k < 8; k++) {
        wr_forecast_range q = wr_fit_forecast(&fit, &k, 1, 1.0);
        CHECK_DBL(q.central, truth(12 + k, 2), 1e-6);
    }
}

/* With noise of at most 3 the forecast of next year's mean stays within 3 of the truth,
 * the 80% interval holds the truth and has a width. */
static void test_noisy_trend(void)
{
    double y[16];
    static const double noise[16] = {1.5, -2.0, 0.5, 3.0, -1.0, -3.0, 2.0, 0.0,
                                     1.0, -1.5, 2.5, -2.5, 0.5, 1.0, -0.5, -2.0};
    for (size_t t = 0; t < 16; t++)
        y[t] = truth(t, 1) + noise[t];
    wr_fit fit;
    CHECK(wr_fit_series(y, 16, 1, &fit));
    size_t steps[4] = {4, 5, 6, 7}; /* the year after next, as for a Kadernota */
    wr_forecast_range f = wr_fit_forecast(&fit, steps, 4, 0.25);
    double want = (truth(20, 1) + truth(21, 1) + truth(22, 1) + truth(23, 1)) / 4;
    CHECK_DBL(f.central, want, 3.0);
    CHECK(f.low < want && want < f.high);
    CHECK(f.high - f.low > 1.0);
    CHECK(fabs(fit.beta[1] - 7.5) < 0.5);
}

static void test_flat(void)
{
    double y[12];
    for (size_t t = 0; t < 12; t++)
        y[t] = 250;
    wr_fit fit;
    CHECK(wr_fit_series(y, 12, 3, &fit));
    CHECK_DBL(fit.beta[1], 0, 1e-9);
    size_t steps[4] = {5, 6, 7, 8};
    wr_forecast_range f = wr_fit_forecast(&fit, steps, 4, 1.0);
    CHECK_DBL(f.central, 1000, 1e-6);
    CHECK_DBL(f.low, 1000, 1e-6);
    CHECK_DBL(f.high, 1000, 1e-6);
    /* Too short a history: no fit. */
    CHECK(!wr_fit_series(y, WR_FIT_MIN_QUARTERS - 1, 1, &fit));
}

/* Eight flat quarters of 100, then a year at 110: the method (fitted on the eight)
 * forecasts 400 for the year, which was 440: 9,1% too low and outside the interval
 * (a flat history has no spread). A history that keeps its straight line is forecast
 * exactly. */
static void test_backtest(void)
{
    double y[12];
    for (size_t t = 0; t < 12; t++)
        y[t] = t < 8 ? 100 : 110;
    wr_backtest bt;
    CHECK(wr_fit_backtest(y, 12, 1, 1.0, &bt));
    CHECK_DBL(bt.forecast.central, 400, 1e-6);
    CHECK_DBL(bt.actual, 440, 1e-9);
    CHECK_DBL(bt.error_pct, -100.0 * 40 / 440, 1e-6);
    CHECK(!bt.inside);
    /* As a mean per quarter (bereik): the same error. */
    CHECK(wr_fit_backtest(y, 12, 1, 0.25, &bt));
    CHECK_DBL(bt.forecast.central, 100, 1e-6);
    CHECK_DBL(bt.actual, 110, 1e-9);
    for (size_t t = 0; t < 12; t++)
        y[t] = truth(t, 4);
    CHECK(wr_fit_backtest(y, 12, 4, 1.0, &bt));
    CHECK_DBL(bt.error_pct, 0, 1e-6);
    CHECK(bt.inside);
    /* Eleven quarters leave seven to fit: just enough. Ten do not. */
    CHECK(wr_fit_backtest(y, 11, 4, 1.0, &bt));
    CHECK(!wr_fit_backtest(y, 10, 4, 1.0, &bt));
}

int main(void)
{
    test_demography();
    test_exact_trend();
    test_noisy_trend();
    test_flat();
    test_backtest();
    return check_summary("test_outlook");
}
