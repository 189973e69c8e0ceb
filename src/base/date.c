#include "base/date.h"

#include <string.h>

static bool is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int wr_days_in_month(int year, int month)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : dim[month - 1];
}

bool wr_date_valid(int year, int month, int day)
{
    return year >= 1800 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 &&
           day <= wr_days_in_month(year, month);
}

/* Howard Hinnant's days_from_civil. */
wr_day wr_day_from_ymd(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void wr_day_to_ymd(wr_day z, int *year, int *month, int *day)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int d = doy - (153 * mp + 2) / 5 + 1;
    int m = mp + (mp < 10 ? 3 : -9);
    *year = y + (m <= 2);
    *month = m;
    *day = d;
}

int wr_day_year(wr_day d)
{
    int y, m, dd;
    wr_day_to_ymd(d, &y, &m, &dd);
    return y;
}

int wr_day_weekday(wr_day d)
{
    /* 1970-01-01 was a Thursday (4). */
    int w = (int)((d % 7 + 7 + 3) % 7);
    return w + 1;
}

/* Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
wr_day wr_easter(int year)
{
    int a = year % 19, b = year / 100, c = year % 100;
    int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return wr_day_from_ymd(year, month, day);
}

/* Reads 1..max digits at *s; returns -1 when there are none or too many. */
static int read_number(const char **s, int min_digits, int max_digits)
{
    int value = 0, n = 0;
    while (**s >= '0' && **s <= '9') {
        if (++n > max_digits)
            return -1;
        value = value * 10 + (**s - '0');
        (*s)++;
    }
    return n >= min_digits ? value : -1;
}

bool wr_date_parse(const char *s, wr_day *out)
{
    const char *p = s;
    int y, m, d;
    size_t len = strlen(s);
    if (len == 10 && s[4] == '-') {
        y = read_number(&p, 4, 4);
        if (y < 0 || *p++ != '-')
            return false;
        m = read_number(&p, 2, 2);
        if (m < 0 || *p++ != '-')
            return false;
        d = read_number(&p, 2, 2);
    } else {
        d = read_number(&p, 1, 2);
        if (d < 0 || *p++ != '-')
            return false;
        m = read_number(&p, 1, 2);
        if (m < 0 || *p++ != '-')
            return false;
        y = read_number(&p, 4, 4);
    }
    if (y < 0 || m < 0 || d < 0 || *p != '\0' || !wr_date_valid(y, m, d))
        return false;
    *out = wr_day_from_ymd(y, m, d);
    return true;
}
