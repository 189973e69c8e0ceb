/* Horizontal bars (one series) and stacked bars: categories down the left, the value
 * axis along the bottom with light vertical grid lines; as in the PDF, a suppressed
 * value is a hatched box up to the threshold with its label. */
#include "render/html/html_chart_bars.h"

#include <math.h>
#include <string.h>

#include "render/html/html_escape.h"

#define BAR 18.0
#define MIN_HATCH 6.0
#define MAX_HATCH 16.0 /* a suppressed value shows uncertainty, not a size */

/* Where labels, bars and values go across the drawing. */
static wr_chart_bars_layout layout(const wr_html_plot *g)
{
    wr_html_font label = {WR_HTML_SVG_LABEL, false}, value = {WR_HTML_SVG_LABEL, true};
    return wr_chart_bars_layout_for(g->c, &g->box, &wr_html_chart_sizes, wr_html_measure(&label),
                                    wr_html_measure(&value));
}

static void label(const wr_html_plot *g, const char *s, double right, double mid, double max)
{
    double w = wr_html_text_width(s, WR_HTML_SVG_LABEL, false);
    if (w <= max) {
        wr_html_svg_text(g->o, right, mid + 4.5, "end", "g-label", s);
        return;
    }
    /* Too long for a third of the chart: set smaller, as the PDF does. */
    double size = fmax(9.0, wr_chart_fit_size(WR_HTML_SVG_LABEL, w, max));
    wr_strbuf_puts(g->o, "<text x=\"");
    wr_html_num(g->o, right);
    wr_strbuf_puts(g->o, "\" y=\"");
    wr_html_num(g->o, mid + 4.0);
    wr_strbuf_puts(g->o, "\" text-anchor=\"end\" class=\"g-label\" font-size=\"");
    wr_html_num(g->o, size);
    wr_strbuf_puts(g->o, "\">");
    wr_html_escs(g->o, s);
    wr_strbuf_puts(g->o, "</text>");
}

/* Vertical grid lines and tick labels; returns the scale. */
static wr_chart_scale grid(const wr_html_plot *g, double x0, double x1, double bottom)
{
    wr_chart_scale s = {wr_chart_bars_axis(g->c, x1 - x0, WR_HTML_SVG_TICK_SPACING), x0, x1};
    for (int i = 0; i < s.axis.count; i++) {
        wr_chart_tick t = wr_chart_tick_at(&s.axis, i, g->c->percent);
        double x = wr_chart_scale_at(&s, t.value);
        wr_html_svg_line(g->o, x, wr_html_chart_sizes.bars_top, x, bottom,
                         t.zero ? WR_HTML_SVG_AXIS : WR_HTML_SVG_GRID, t.zero ? 1.2 : 1, NULL);
        wr_html_svg_text(g->o, x, bottom + 17.0, "middle", "g-as", t.label);
    }
    return s;
}

/* One cell as a bar segment from `from` (a value); returns where it ends. */
static double segment(const wr_html_plot *g, const wr_chart_scale *s, const wr_chart_cell *cell,
                      double from, double y, const char *color)
{
    double x0 = wr_chart_scale_at(s, from);
    if (cell->kind == WR_CHART_VALUE) {
        double x1 = wr_chart_scale_at(s, from + cell->value);
        wr_html_svg_rect(g->o, fmin(x0, x1), y, fabs(x1 - x0), BAR, color,
                         strcmp(color, "#c7d8ea") == 0 ? "#1f4e79" : NULL);
        return from + cell->value;
    }
    if (cell->kind == WR_CHART_SUPPRESSED) {
        double w = wr_chart_hatch_length(s, from, cell->value, MIN_HATCH, MAX_HATCH);
        wr_html_svg_hatch(g, x0, y, w, BAR);
        return wr_chart_scale_advance(s, from, w);
    }
    return from;
}

/* The layout and grid of a bar chart; false, with a note, when it has no rows. */
static bool begin(const wr_html_plot *g, wr_chart_bars_layout *l, wr_chart_scale *s)
{
    if (g->c->nrows == 0) {
        wr_html_no_data(g, 0, wr_html_chart_sizes.bars_top + 18.0);
        return false;
    }
    *l = layout(g);
    *s = grid(g, l->x0, l->x1, l->bottom);
    return true;
}

void wr_html_bars_draw(const wr_html_plot *g)
{
    const wr_chart *c = g->c;
    wr_chart_bars_layout l;
    wr_chart_scale s;
    if (!begin(g, &l, &s))
        return;
    const char *color = wr_html_series_color(c, 0);
    for (size_t r = 0; r < c->nrows; r++) {
        const wr_chart_cell *cell = &c->rows[r].cells[0];
        double mid = wr_chart_bar_mid(g->c, &g->box, &wr_html_chart_sizes, r);
        label(g, c->rows[r].label, l.x0 - wr_html_chart_sizes.label_gap, mid, l.label_w);
        double end = wr_chart_scale_at(&s, segment(g, &s, cell, 0, mid - BAR / 2.0, color));
        bool value = cell->kind == WR_CHART_VALUE;
        if (value && cell->value < 0)
            wr_html_svg_text(g->o, end - 6.0, mid + 4.5, "end", "g-waarde", cell->text);
        else
            wr_html_svg_text(g->o, end + 6.0, mid + 4.5, "start", value ? "g-waarde" : "g-stil",
                             cell->text);
    }
}

void wr_html_stacked_draw(const wr_html_plot *g)
{
    const wr_chart *c = g->c;
    wr_chart_bars_layout l;
    wr_chart_scale s;
    if (!begin(g, &l, &s))
        return;
    for (size_t r = 0; r < c->nrows; r++) {
        double mid = wr_chart_bar_mid(g->c, &g->box, &wr_html_chart_sizes, r);
        double y = mid - BAR / 2.0, at = 0;
        label(g, c->rows[r].label, l.x0 - wr_html_chart_sizes.label_gap, mid, l.label_w);
        for (size_t k = 0; k < c->nseries; k++) {
            const wr_chart_cell *cell = &c->rows[r].cells[k];
            const char *color = wr_html_series_color(c, k);
            double from = wr_chart_scale_at(&s, at);
            at = segment(g, &s, cell, at, y, color);
            double to = wr_chart_scale_at(&s, at);
            /* The value inside its segment when it fits: white on the dark blue. */
            double tw = wr_html_text_width(cell->text, WR_HTML_SVG_TICK, true);
            if (cell->kind == WR_CHART_VALUE && to - from >= tw + 8.0)
                wr_html_svg_text(g->o, (from + to) / 2.0, mid + 4.0, "middle",
                                 wr_html_color_light(color) ? "g-op-licht" : "g-op-donker",
                                 cell->text);
            if (k > 0 && cell->kind != WR_CHART_MISSING)
                wr_html_svg_line(g->o, from, y, from, y + BAR, "#ffffff", 1.5, NULL);
        }
    }
}
