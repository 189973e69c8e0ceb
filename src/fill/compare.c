#include "fill/compare.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/format_nl.h"
#include "fill/public_value.h"

static bool whole_year(wr_period p)
{
    int y, m, d;
    wr_day_to_ymd(p.end, &y, &m, &d);
    return m == 12 && d == 31;
}

void wr_fill_period_name(wr_period p, char *buf, size_t size)
{
    if (p.quarter || whole_year(p)) {
        wr_nl_period(p, buf, size);
        return;
    }
    int y, m, d;
    wr_day_to_ymd(p.end, &y, &m, &d);
    snprintf(buf, size, "januari tot en met %s %d", wr_nl_month_name(m), p.year);
}

void wr_fill_period_short(wr_period p, char *buf, size_t size)
{
    if (p.quarter || whole_year(p)) {
        wr_nl_period(p, buf, size);
        return;
    }
    int y, m, d;
    wr_day_to_ymd(p.end, &y, &m, &d);
    snprintf(buf, size, "jan t/m %.3s %d", wr_nl_month_name(m), p.year);
}

bool wr_fill_shown(const wr_figure *fig)
{
    return fig && fig->public_show == WR_SHOW_VALUE && fig->has_value;
}

wr_change wr_fill_direction(const wr_figure *now, const wr_figure *before, double margin_pct)
{
    if (!wr_fill_shown(now) || !wr_fill_shown(before))
        return WR_CHANGE_NONE;
    double a = wr_public_number(now), b = wr_public_number(before), d = a - b;
    if (fabs(d) <= margin_pct / 100.0 * fabs(b) + 1e-9)
        return WR_CHANGE_SAME;
    return d > 0 ? WR_CHANGE_UP : WR_CHANGE_DOWN;
}

/* Decimals a change of fig is shown with: a percentage or mean one, a count none. */
static int change_decimals(const wr_figure *fig)
{
    return fig->kind == WR_KIND_PERCENT || fig->kind == WR_KIND_RATE || fig->kind == WR_KIND_MEAN || fig->kind == WR_KIND_MEDIAN ? 1 : 0;
}

void wr_fill_change(const wr_figure *now, const wr_figure *before, char *buf, size_t size)
{
    buf[0] = '\0';
    if (!wr_fill_shown(now) || !wr_fill_shown(before))
        return;
    int decimals = change_decimals(now);
    double d = wr_round(wr_public_number(now) - wr_public_number(before), decimals);
    if (d == 0) {
        snprintf(buf, size, "0");
        return;
    }
    char num[48];
    wr_nl_number(fabs(d), decimals, num, sizeof num);
    /* The minus sign U+2212, as every negative number; the tiles read their arrow from it. */
    snprintf(buf, size, "%s%s", d > 0 ? "+" : "\xE2\x88\x92", num);
}
