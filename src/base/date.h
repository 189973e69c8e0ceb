/* Calendar dates as day numbers (days since 1970-01-01), so that differences are plain
 * subtraction. Two sentinels mark an empty field and an unparsable one. */
#ifndef WR_DATE_H
#define WR_DATE_H

#include <stdbool.h>
#include <stdint.h>

typedef int32_t wr_day;

#define WR_DAY_NONE    INT32_MIN        /* field was empty: unknown */
#define WR_DAY_INVALID (INT32_MIN + 1)  /* field could not be read (reported) */

static inline bool wr_day_is_set(wr_day d) { return d != WR_DAY_NONE && d != WR_DAY_INVALID; }

bool wr_date_valid(int year, int month, int day);
/* Days in month 1-12 of a Gregorian year (any year, leap years included). */
int wr_days_in_month(int year, int month);
wr_day wr_day_from_ymd(int year, int month, int day);
void wr_day_to_ymd(wr_day d, int *year, int *month, int *day);
int wr_day_year(wr_day d);
/* 1 = Monday ... 7 = Sunday */
int wr_day_weekday(wr_day d);
/* Easter Sunday of a Gregorian year. */
wr_day wr_easter(int year);

/* Parses YYYY-MM-DD (zero-padded), D-M-YYYY or DD-MM-YYYY; returns false otherwise,
 * also for dates that do not exist (31-02-2026). */
bool wr_date_parse(const char *s, wr_day *out);

#endif
