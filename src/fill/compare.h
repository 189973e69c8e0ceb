/* Comparing a figure with the same figure of another period, as the reports say it: the
 * name of the other period, the change as a signed number, and the direction (up, down, or
 * about the same within the settings' margin). Only values a public document shows are
 * compared, so a change never gives a hidden value away. */
#ifndef WR_FILL_COMPARE_H
#define WR_FILL_COMPARE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/period.h"
#include "figures/figures.h"

typedef enum {
    WR_CHANGE_NONE, /* not comparable: a value is missing or hidden */
    WR_CHANGE_UP,
    WR_CHANGE_DOWN,
    WR_CHANGE_SAME  /* the change is at most margin_pct % of the earlier value */
} wr_change;

/* "3e kwartaal 2025", "2025", or for part of a year "januari tot en met september 2025". */
void wr_fill_period_name(wr_period p, char *buf, size_t size);
/* Short, for a tile or a table: "3e kwartaal 2025", "2025", "jan t/m sep 2025". */
void wr_fill_period_short(wr_period p, char *buf, size_t size);

/* True when a public document shows fig's value as a number. */
bool wr_fill_shown(const wr_figure *fig);

/* Both values shown: the direction of now against before, "about the same" when
 * |now - before| <= margin_pct % of |before| (a before of 0: the same only when now is 0
 * too). The published (rounded) values are compared. */
wr_change wr_fill_direction(const wr_figure *now, const wr_figure *before, double margin_pct);

/* The change now - before as a reader sees it: "+56", "−1.204", "0", "+1,5" (a percentage
 * in percentage points, a mean with one decimal); "" when either value is not shown. */
void wr_fill_change(const wr_figure *now, const wr_figure *before, char *buf, size_t size);

#endif
