/* Reporting periods: a quarter ("2026-Q3") or a whole year ("2026"), both inclusive. */
#ifndef WR_PERIOD_H
#define WR_PERIOD_H

#include <stdbool.h>

#include "base/date.h"

typedef struct {
    int year;
    int quarter;   /* 1-4, or 0 for a whole year */
    wr_day start;  /* first day */
    wr_day end;    /* last day */
} wr_period;

bool wr_period_parse(const char *s, wr_period *out);
wr_period wr_period_quarter(int year, int quarter);
wr_period wr_period_year(int year);
/* The quarter n quarters after p (n may be negative); p must be a quarter. */
wr_period wr_period_shift(wr_period p, int n);
/* The last quarter that has ended on or before day d. */
wr_period wr_period_last_complete_quarter(wr_day d);
/* "2026-Q3" or "2026"; buf holds at least 8 bytes. */
void wr_period_code(wr_period p, char *buf, int size);
static inline bool wr_period_contains(wr_period p, wr_day d)
{
    return d >= p.start && d <= p.end;
}

#endif
