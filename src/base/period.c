#include "base/period.h"

#include <stdio.h>
#include <string.h>

wr_period wr_period_quarter(int year, int quarter)
{
    wr_period p = {year, quarter, 0, 0};
    int first_month = (quarter - 1) * 3 + 1;
    p.start = wr_day_from_ymd(year, first_month, 1);
    p.end = (quarter == 4 ? wr_day_from_ymd(year + 1, 1, 1) : wr_day_from_ymd(year, first_month + 3, 1)) - 1;
    return p;
}

wr_period wr_period_year(int year)
{
    wr_period p = {year, 0, wr_day_from_ymd(year, 1, 1), wr_day_from_ymd(year, 12, 31)};
    return p;
}

bool wr_period_parse(const char *s, wr_period *out)
{
    int year = 0;
    for (int i = 0; i < 4; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        year = year * 10 + (s[i] - '0');
    }
    if (year < 1990 || year > 2100)
        return false;
    if (s[4] == '\0') {
        *out = wr_period_year(year);
        return true;
    }
    if (s[4] == '-' && (s[5] == 'Q' || s[5] == 'q') && s[6] >= '1' && s[6] <= '4' && s[7] == '\0') {
        *out = wr_period_quarter(year, s[6] - '0');
        return true;
    }
    return false;
}

wr_period wr_period_shift(wr_period p, int n)
{
    int index = p.year * 4 + (p.quarter - 1) + n;
    int year = index >= 0 ? index / 4 : (index - 3) / 4;
    return wr_period_quarter(year, index - year * 4 + 1);
}

wr_period wr_period_last_complete_quarter(wr_day d)
{
    int y, m, dd;
    wr_day_to_ymd(d, &y, &m, &dd);
    wr_period q = wr_period_quarter(y, (m - 1) / 3 + 1);
    return q.end == d ? q : wr_period_shift(q, -1);
}

void wr_period_code(wr_period p, char *buf, int size)
{
    if (p.quarter)
        snprintf(buf, (size_t)size, "%04d-Q%d", p.year, p.quarter);
    else
        snprintf(buf, (size_t)size, "%04d", p.year);
}
