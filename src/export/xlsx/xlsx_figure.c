/* How one figure of the model is shown in the workbook: number format, placeholder texts for
 * values that are not shown, unit, and the numerator of a percentage. */
#include "export/xlsx/xlsx_figure.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "export/csv.h"
#include "figures/figure_defs.h"

/* Decimals of a delivered value (indicators), at most three. */
static int value_decimals(double v)
{
    for (int d = 0; d < 3; d++)
        if (fabs(v * pow(10, d) - round(v * pow(10, d))) < 1e-9)
            return d;
    return 3;
}

lxw_format *wr_xlsx_value_format(wr_xlsx_book *b, const wr_figure *fig, unsigned flags, int *decimals)
{
    static const char *const by_decimals[] = {WR_XLSX_NUM_INT, WR_XLSX_NUM_DEC1, WR_XLSX_NUM_DEC2, "#,##0.000"};
    int d = 0;
    const char *nf = WR_XLSX_NUM_INT;
    switch (fig->kind) {
    case WR_KIND_PERCENT: d = 1; nf = WR_XLSX_NUM_PCT; break;
    case WR_KIND_RATE: d = 1; nf = WR_XLSX_NUM_DEC1; break;
    case WR_KIND_MEAN:
    case WR_KIND_MEDIAN: d = 2; nf = WR_XLSX_NUM_DEC2; break;
    case WR_KIND_EURO: d = 2; nf = WR_XLSX_NUM_EURO; break;
    case WR_KIND_VALUE: d = value_decimals(fig->value); nf = by_decimals[d]; break;
    default: break;
    }
    if (decimals)
        *decimals = d;
    return wr_xlsx_fmt(b, nf, flags);
}

bool wr_xlsx_hidden(const wr_xlsx_book *b, const wr_figure *fig)
{
    return wr_export_hidden(fig, b->cfg->suppress_in_appendix);
}

const char *wr_xlsx_placeholder(const wr_xlsx_book *b, const wr_figure *fig, char *buf, size_t size)
{
    if (wr_xlsx_hidden(b, fig) && fig->public_show == WR_SHOW_SMALL_COUNT)
        snprintf(buf, size, "<%d", b->cfg->privacy_threshold);
    else if (wr_xlsx_hidden(b, fig) && fig->public_show == WR_SHOW_PROTECTED)
        snprintf(buf, size, "x");
    else if (wr_xlsx_hidden(b, fig))
        snprintf(buf, size, "n<%d", b->cfg->privacy_min_denominator);
    else
        snprintf(buf, size, "\xE2\x80\x93"); /* en dash: no value (denominator 0) */
    return buf;
}

void wr_xlsx_figure_value(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, const wr_figure *fig, unsigned flags)
{
    int decimals;
    lxw_format *f = wr_xlsx_value_format(s->book, fig, flags, &decimals);
    if (fig->has_value && !wr_xlsx_hidden(s->book, fig)) {
        wr_xlsx_number(s, row, col, fig->value, decimals, f);
    } else {
        char text[16];
        wr_xlsx_text(s, row, col, wr_xlsx_placeholder(s->book, fig, text, sizeof text),
                     wr_xlsx_fmt(s->book, NULL, flags | WR_XLSX_RIGHT));
    }
}

void wr_xlsx_denominator(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, const wr_figure *fig)
{
    if (!fig->has_denominator)
        return;
    if (!wr_export_denominator_hidden(fig, s->book->cfg->suppress_in_appendix)) {
        wr_xlsx_number(s, row, col, (double)fig->denominator, 0, wr_xlsx_fmt(s->book, WR_XLSX_NUM_INT, 0));
        return;
    }
    char text[16];
    if (fig->denominator_show == WR_SHOW_SMALL_COUNT)
        snprintf(text, sizeof text, "<%d", s->book->cfg->privacy_threshold);
    else
        snprintf(text, sizeof text, "x");
    wr_xlsx_text(s, row, col, text, wr_xlsx_fmt(s->book, NULL, WR_XLSX_RIGHT));
}

/* The model keeps a ratio's exact numerator, so the sheet can recompute the percentage;
 * a numerator that is no whole number (euros with cents) is no count and is not shown. */
bool wr_xlsx_numerator(const wr_figure *fig, long *numerator)
{
    if (fig->kind != WR_KIND_PERCENT || !fig->has_denominator || fig->denominator < 0)
        return false;
    *numerator = lround(fig->numerator);
    return (double)*numerator == fig->numerator;
}

const char *wr_xlsx_unit(const wr_figure *fig)
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
    case WR_KIND_RATE: return "per 1.000 inwoners";
    case WR_KIND_MEAN: return "gemiddelde";
    case WR_KIND_MEDIAN: return "mediaan";
    case WR_KIND_EURO: return "euro";
    case WR_KIND_COUNT: return "aantal";
    case WR_KIND_VALUE: return "waarde";
    }
    return "";
}
