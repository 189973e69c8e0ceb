#include "figures/outlook_fit.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_multifit.h>
#include <math.h>
#include <string.h>

/* The design row of quarter index t: 1, t, and one indicator per quarter 2-4. */
static void design_row(const wr_fit *fit, double t, double *row)
{
    int q = (fit->first_quarter - 1 + (int)llround(t)) % 4; /* 0 = Q1 */
    if (q < 0)
        q += 4;
    row[0] = 1.0;
    row[1] = t;
    row[2] = q == 1;
    row[3] = q == 2;
    row[4] = q == 3;
}

bool wr_fit_series(const double *y, size_t n, int first_quarter, wr_fit *out)
{
    memset(out, 0, sizeof *out);
    if (n < WR_FIT_MIN_QUARTERS || first_quarter < 1 || first_quarter > 4)
        return false;
    out->n = n;
    out->first_quarter = first_quarter;
    out->df = (int)n - WR_FIT_PARAMS;
    /* GSL's default handler aborts the program; errors come back as return values. */
    gsl_error_handler_t *old = gsl_set_error_handler_off();
    gsl_matrix *x = gsl_matrix_alloc(n, WR_FIT_PARAMS);
    gsl_vector *yv = gsl_vector_alloc(n);
    gsl_vector *c = gsl_vector_alloc(WR_FIT_PARAMS);
    gsl_matrix *cov = gsl_matrix_alloc(WR_FIT_PARAMS, WR_FIT_PARAMS);
    gsl_multifit_linear_workspace *work = gsl_multifit_linear_alloc(n, WR_FIT_PARAMS);
    bool ok = x && yv && c && cov && work;
    for (size_t i = 0; ok && i < n; i++) {
        double row[WR_FIT_PARAMS];
        design_row(out, (double)i, row);
        for (size_t j = 0; j < WR_FIT_PARAMS; j++)
            gsl_matrix_set(x, i, j, row[j]);
        gsl_vector_set(yv, i, y[i]);
    }
    double chisq = 0;
    ok = ok && gsl_multifit_linear(x, yv, c, cov, &chisq, work) == GSL_SUCCESS;
    if (ok) {
        /* gsl_multifit_linear's cov is (X'X)^-1 scaled by chisq / (n - p): s^2 (X'X)^-1. */
        out->s2 = chisq / out->df;
        for (size_t i = 0; i < WR_FIT_PARAMS; i++) {
            out->beta[i] = gsl_vector_get(c, i);
            for (size_t j = 0; j < WR_FIT_PARAMS; j++)
                out->cov[i][j] = gsl_matrix_get(cov, i, j);
        }
    }
    gsl_multifit_linear_free(work);
    gsl_matrix_free(cov);
    gsl_vector_free(c);
    gsl_vector_free(yv);
    gsl_matrix_free(x);
    gsl_set_error_handler(old);
    return ok;
}

double wr_fit_value(const wr_fit *fit, double t)
{
    double row[WR_FIT_PARAMS], v = 0;
    design_row(fit, t, row);
    for (size_t j = 0; j < WR_FIT_PARAMS; j++)
        v += row[j] * fit->beta[j];
    return v;
}

wr_forecast_range wr_fit_forecast(const wr_fit *fit, const size_t *steps, size_t k, double weight)
{
    double a[WR_FIT_PARAMS] = {0};
    for (size_t s = 0; s < k; s++) {
        double row[WR_FIT_PARAMS];
        design_row(fit, (double)(fit->n + steps[s]), row);
        for (size_t j = 0; j < WR_FIT_PARAMS; j++)
            a[j] += weight * row[j];
    }
    double central = 0, coef_var = 0;
    for (size_t i = 0; i < WR_FIT_PARAMS; i++) {
        central += a[i] * fit->beta[i];
        for (size_t j = 0; j < WR_FIT_PARAMS; j++)
            coef_var += a[i] * fit->cov[i][j] * a[j];
    }
    /* k future quarters, each with its own independent noise of variance s^2. */
    double var = coef_var + weight * weight * (double)k * fit->s2;
    double half = gsl_cdf_tdist_Pinv(0.5 + WR_FIT_LEVEL / 2, fit->df) * sqrt(var > 0 ? var : 0);
    return (wr_forecast_range){central, central - half, central + half};
}

bool wr_fit_backtest(const double *y, size_t n, int first_quarter, double weight, wr_backtest *out)
{
    memset(out, 0, sizeof *out);
    wr_fit early;
    if (n < 4 || !wr_fit_series(y, n - 4, first_quarter, &early))
        return false;
    size_t steps[4] = {0, 1, 2, 3};
    out->forecast = wr_fit_forecast(&early, steps, 4, weight);
    double sum = 0;
    for (size_t k = n - 4; k < n; k++)
        sum += y[k];
    out->actual = weight * sum;
    if (out->actual != 0)
        out->error_pct = 100.0 * (out->forecast.central - out->actual) / out->actual;
    /* A hair of slack: an exact fit has an interval of width zero. */
    double slack = 1e-9 * (fabs(out->actual) + 1);
    out->inside = out->actual >= out->forecast.low - slack && out->actual <= out->forecast.high + slack;
    return true;
}
