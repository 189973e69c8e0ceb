/* Working days: Monday to Friday except Dutch public holidays and the configuration's
 * extra non-working days. */
#ifndef WR_CALENDAR_H
#define WR_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>

#include "base/date.h"

typedef struct wr_calendar wr_calendar;

/* extra: additional non-working days (copied). NULL on out of memory. */
wr_calendar *wr_calendar_new(const wr_day *extra, size_t extra_count);
void wr_calendar_free(wr_calendar *cal);

bool wr_calendar_is_holiday(const wr_calendar *cal, wr_day d);
/* The number of days d with a < d <= b that are Monday-Friday and not a holiday;
 * 0 when b <= a. */
int wr_working_days(const wr_calendar *cal, wr_day a, wr_day b);

#endif
