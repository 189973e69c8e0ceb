/* Dutch number and date formatting for everything a reader sees:
 * 1.234,5 · 12,5% · € 1.234 · 23 november 2026 · 3e kwartaal 2026. */
#ifndef WR_FORMAT_NL_H
#define WR_FORMAT_NL_H

#include <stddef.h>

#include "base/date.h"
#include "base/period.h"

/* Rounds half away from zero to the given number of decimals (6.25 -> 6.3). */
double wr_round(double x, int decimals);

/* Thousands separated by '.', decimal comma, exactly `decimals` decimals; a negative
 * number starts with the minus sign U+2212 ("\u2212 1.234,5" without the space). */
void wr_nl_number(double x, int decimals, char *buf, size_t size);
/* Percentage with one decimal and a percent sign: "12,5%". */
void wr_nl_percent(double x, char *buf, size_t size);
/* Whole euros: "€ 1.234" (the euro sign and a non-breaking space). */
void wr_nl_euro(double x, char *buf, size_t size);
/* "23 november 2026" */
void wr_nl_date(wr_day d, char *buf, size_t size);
/* "3e kwartaal 2026" or "2026" */
void wr_nl_period(wr_period p, char *buf, size_t size);
const char *wr_nl_month_name(int month);

#endif
