#include "base/calendar.h"

#include <stdlib.h>
#include <string.h>

/* Holidays are generated for a fixed span of years and kept sorted, so a lookup is a
 * binary search. Over the same span a cumulative count of working days answers "how many
 * working days between a and b" with one subtraction; dates outside it (the reader accepts
 * 1800-2200) are counted day by day. */
#define FIRST_YEAR 1990
#define LAST_YEAR 2100

struct wr_calendar {
    wr_day *days;
    size_t count;
    wr_day first, last;  /* the span of the table */
    int32_t *working;    /* [d - first]: working days from first up to and including d */
};

static int cmp_day(const void *a, const void *b)
{
    wr_day x = *(const wr_day *)a, y = *(const wr_day *)b;
    return (x > y) - (x < y);
}

wr_calendar *wr_calendar_new(const wr_day *extra, size_t extra_count)
{
    wr_calendar *cal = calloc(1, sizeof *cal);
    size_t cap = (size_t)(LAST_YEAR - FIRST_YEAR + 1) * 9 + extra_count;
    if (!cal || !(cal->days = malloc(cap * sizeof *cal->days))) {
        free(cal);
        return NULL;
    }
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        wr_day easter = wr_easter(y);
        wr_day kings = wr_day_from_ymd(y, 4, 27);
        if (wr_day_weekday(kings) == 7)
            kings -= 1;
        cal->days[cal->count++] = wr_day_from_ymd(y, 1, 1);
        cal->days[cal->count++] = easter + 1;   /* Easter Monday */
        cal->days[cal->count++] = kings;        /* Koningsdag */
        cal->days[cal->count++] = easter + 39;  /* Ascension */
        cal->days[cal->count++] = easter + 50;  /* Whit Monday */
        cal->days[cal->count++] = wr_day_from_ymd(y, 12, 25);
        cal->days[cal->count++] = wr_day_from_ymd(y, 12, 26);
        if (y % 5 == 0)
            cal->days[cal->count++] = wr_day_from_ymd(y, 5, 5); /* Liberation Day */
    }
    for (size_t i = 0; i < extra_count; i++)
        cal->days[cal->count++] = extra[i];
    qsort(cal->days, cal->count, sizeof *cal->days, cmp_day);
    cal->first = wr_day_from_ymd(FIRST_YEAR, 1, 1);
    cal->last = wr_day_from_ymd(LAST_YEAR, 12, 31);
    if (!(cal->working = malloc((size_t)(cal->last - cal->first + 1) * sizeof *cal->working))) {
        wr_calendar_free(cal);
        return NULL;
    }
    size_t h = 0;
    int32_t n = 0;
    for (wr_day d = cal->first; d <= cal->last; d++) {
        while (h < cal->count && cal->days[h] < d)
            h++;
        n += wr_day_weekday(d) <= 5 && !(h < cal->count && cal->days[h] == d);
        cal->working[d - cal->first] = n;
    }
    return cal;
}

void wr_calendar_free(wr_calendar *cal)
{
    if (!cal)
        return;
    free(cal->days);
    free(cal->working);
    free(cal);
}

bool wr_calendar_is_holiday(const wr_calendar *cal, wr_day d)
{
    return bsearch(&d, cal->days, cal->count, sizeof d, cmp_day) != NULL;
}

int wr_working_days(const wr_calendar *cal, wr_day a, wr_day b)
{
    if (b <= a)
        return 0;
    if (a >= cal->first && b <= cal->last)
        return cal->working[b - cal->first] - cal->working[a - cal->first];
    int n = 0;
    for (wr_day d = a + 1; d <= b; d++)
        if (wr_day_weekday(d) <= 5 && !wr_calendar_is_holiday(cal, d))
            n++;
    return n;
}
