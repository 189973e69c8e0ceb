/* Year-end forecast arithmetic (figures/financien_forecast.h). Products of two amounts in
 * cents reach 10^30, hence 128-bit intermediates; no binary floating point touches an
 * amount. */
#include "figures/financien_forecast.h"

#include <math.h>

typedef __int128 wide;

static wide wide_abs(wide v)
{
    return v < 0 ? -v : v;
}

/* n / d rounded half away from zero, d > 0. */
static long long round_div(wide n, wide d)
{
    wide q = (2 * wide_abs(n) + d) / (2 * d);
    return (long long)(n < 0 ? -q : q);
}

long long wr_div_round(long long numerator, long long denominator, long long scale)
{
    return round_div((wide)numerator * scale, (wide)denominator);
}

double wr_exact_pct(long long part, long long whole)
{
    return (double)round_div((wide)part * 1000, (wide)whole) / 10.0; /* tenths of a percent */
}

bool wr_beyond_margin(long long a, long long b, long long base, double pct)
{
    wide basis_points = (wide)llround(pct * 100.0);
    return wide_abs((wide)a - b) * 10000 > basis_points * wide_abs(base);
}

wr_forecast_method wr_forecast(const wr_forecast_input *in, long long *cents)
{
    if (in->q >= 4) {
        *cents = in->to_date;
        return WR_FORECAST_COMPLETE;
    }
    if (in->has_provider) {
        *cents = in->provider;
        return WR_FORECAST_PROVIDER;
    }
    if (in->previous_complete && in->previous_to_q > 0) {
        *cents = round_div((wide)in->to_date * in->previous_year, in->previous_to_q);
        return WR_FORECAST_SEASONAL;
    }
    *cents = round_div((wide)in->to_date * 4, in->q);
    return WR_FORECAST_LINEAR;
}

const char *wr_forecast_method_name(wr_forecast_method m)
{
    switch (m) {
    case WR_FORECAST_COMPLETE: return "jaar compleet";
    case WR_FORECAST_PROVIDER: return "opgave aanbieder";
    case WR_FORECAST_SEASONAL: return "patroon vorig jaar";
    case WR_FORECAST_LINEAR: return "tempo tot nu";
    }
    return "?";
}
