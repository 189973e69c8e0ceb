/* How one figure of the model is shown in the workbook: number format, placeholder texts for
 * values that are not shown, unit, and the numerator of a percentage. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "export/csv.h"
#include "figures/figure_defs.h"
#include "base/format_nl.h"
#include "export/xlsx/xb.h"

/* Decimals of a delivered value (indicators), at most three. */
static int value_decimals(double v)
{
    for (int d = 0; d < 3; d++)
        if (fabs(v * pow(10, d) - round(v * pow(10, d))) < 1e-9)
            return d;
    return 3;
}

lxw_format *xb_value_format(xb_book *b, const wr_figure *fig, unsigned flags, int *decimals)
{
    static const char *const by_decimals[] = {XB_NUM_INT, XB_NUM_DEC1, XB_NUM_DEC2, "#,##0.000"};
    int d = 0;
    const char *nf = XB_NUM_INT;
    switch (fig->kind) {
    case WR_KIND_PERCENT: d = 1; nf = XB_NUM_PCT; break;
    case WR_KIND_MEAN:
    case WR_KIND_MEDIAN: d = 2; nf = XB_NUM_DEC2; break;
    case WR_KIND_EURO: d = 2; nf = XB_NUM_EURO; break;
    case WR_KIND_VALUE: d = value_decimals(fig->value); nf = by_decimals[d]; break;
    default: break;
    }
    if (decimals)
        *decimals = d;
    return xb_fmt(b, nf, flags);
}

bool xb_hidden(const xb_book *b, const wr_figure *fig)
{
    return wr_export_hidden(fig, b->cfg->suppress_in_appendix);
}

const char *xb_placeholder(const xb_book *b, const wr_figure *fig, char *buf, size_t size)
{
    if (xb_hidden(b, fig) && fig->public_show == WR_SHOW_SMALL_COUNT)
        snprintf(buf, size, "<%d", b->cfg->privacy_threshold);
    else if (xb_hidden(b, fig))
        snprintf(buf, size, "n<%d", b->cfg->privacy_min_denominator);
    else
        snprintf(buf, size, "\xE2\x80\x93"); /* en dash: no value (denominator 0) */
    return buf;
}

void xb_figure_value(xb_sheet *s, lxw_row_t row, lxw_col_t col, const wr_figure *fig, unsigned flags)
{
    int decimals;
    lxw_format *f = xb_value_format(s->book, fig, flags, &decimals);
    if (fig->has_value && !xb_hidden(s->book, fig)) {
        xb_number(s, row, col, fig->value, decimals, f);
    } else {
        char text[16];
        xb_text(s, row, col, xb_placeholder(s->book, fig, text, sizeof text), xb_fmt(s->book, NULL, flags | XB_RIGHT));
    }
}

/* The model keeps a percentage rounded to one decimal with its denominator. For a
 * denominator below 1000 a step of one in the numerator moves the percentage by more than
 * 0.1, so exactly one numerator rounds to the value; above that several may, and then the
 * workbook shows no numerator rather than a guess. */
bool xb_numerator(const wr_figure *fig, long *numerator)
{
    /* The model keeps a ratio's exact numerator, so the sheet can recompute it. */
    if (fig->kind != WR_KIND_PERCENT || !fig->has_denominator || fig->denominator < 0)
        return false;
    *numerator = lround(fig->numerator);
    return (double)*numerator == fig->numerator;
}

const char *xb_unit(const wr_figure *fig)
{
    if (fig->kind == WR_KIND_PERCENT) /* the value already shows "%" */
        return "percentage";
    const wr_figure_def *def = wr_figure_def_find(fig->figure);
    if (def)
        return def->unit;
    switch (fig->kind) {
    case WR_KIND_RESIDENTS: return "inwoners";
    case WR_KIND_TRAJECTORIES: return "trajecten";
    case WR_KIND_COMPLAINTS: return "klachten";
    case WR_KIND_PERCENT: return "%";
    case WR_KIND_MEAN: return "gemiddelde";
    case WR_KIND_MEDIAN: return "mediaan";
    case WR_KIND_EURO: return "euro";
    case WR_KIND_COUNT: return "aantal";
    case WR_KIND_VALUE: return "waarde";
    }
    return "";
}

void xb_add_group(xb_book *b, const xb_group *g)
{
    if (b->group_count < XB_MAX_GROUPS)
        b->groups[b->group_count++] = *g;
}

const xb_group *xb_find_group(const xb_book *b, const char *figure, const char *dimension)
{
    for (size_t i = 0; i < b->group_count; i++)
        if (strcmp(b->groups[i].figure, figure) == 0 && strcmp(b->groups[i].dimension, dimension) == 0)
            return &b->groups[i];
    return NULL;
}
