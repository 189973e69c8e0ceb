#include "base/format_nl.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

double wr_round(double x, int decimals)
{
    double scale = pow(10.0, decimals);
    /* The nudge keeps ties that binary floating point stores just below .5
     * (100 * 1 / 16 = 6.25 is exact, 0.0625 * 100 is not) rounding away from zero. */
    double r = floor(fabs(x) * scale + 0.5 + 1e-9);
    return copysign(r / scale, x);
}

void wr_nl_number(double x, int decimals, char *buf, size_t size)
{
    char raw[64];
    snprintf(raw, sizeof raw, "%.*f", decimals, wr_round(x, decimals));
    const char *digits = raw;
    char out[96];
    size_t o = 0;
    if (*digits == '-') {
        digits++;
        if (strspn(digits, "0.") != strlen(digits)) { /* no "-0,0" */
            /* The minus sign U+2212, not a hyphen: as wide as the plus and the digits. */
            memcpy(out + o, "\xE2\x88\x92", 3);
            o += 3;
        }
    }
    const char *dot = strchr(digits, '.');
    size_t int_len = dot ? (size_t)(dot - digits) : strlen(digits);
    for (size_t i = 0; i < int_len; i++) {
        if (i > 0 && (int_len - i) % 3 == 0)
            out[o++] = '.';
        out[o++] = digits[i];
    }
    if (dot) {
        out[o++] = ',';
        for (const char *p = dot + 1; *p; p++)
            out[o++] = *p;
    }
    out[o] = '\0';
    snprintf(buf, size, "%s", out);
}

void wr_nl_percent(double x, char *buf, size_t size)
{
    char num[64];
    wr_nl_number(x, 1, num, sizeof num);
    snprintf(buf, size, "%s%%", num);
}

void wr_nl_euro(double x, char *buf, size_t size)
{
    char num[64];
    wr_nl_number(x, 0, num, sizeof num);
    snprintf(buf, size, "\xE2\x82\xAC\xC2\xA0%s", num);
}

const char *wr_nl_month_name(int month)
{
    static const char *names[12] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                    "juli",    "augustus", "september", "oktober", "november", "december"};
    return month >= 1 && month <= 12 ? names[month - 1] : "?";
}

void wr_nl_date(wr_day d, char *buf, size_t size)
{
    int y, m, dd;
    wr_day_to_ymd(d, &y, &m, &dd);
    snprintf(buf, size, "%d %s %d", dd, wr_nl_month_name(m), y);
}

void wr_nl_period(wr_period p, char *buf, size_t size)
{
    if (p.quarter)
        snprintf(buf, size, "%de kwartaal %d", p.quarter, p.year);
    else
        snprintf(buf, size, "%d", p.year);
}
