/* Horizontal bars (one series) and stacked bars: categories down the left, the value
 * axis along the bottom with light vertical grid lines; as in the PDF, a suppressed
 * value is a hatched box up to the threshold with its label. */
#include "render/html/html_chart_bars.h"

#include <math.h>
#include <string.h>

#include "render/html/html_escape.h"

#define ROW 30.0
#define BAR 18.0
#define TOP 4.0
#define AXIS_LABELS 24.0
#define LABEL_GAP 10.0
#define MIN_HATCH 6.0
#define MAX_HATCH 16.0 /* a suppressed value shows uncertainty, not a size */

double wr_svg_bars_height(const wr_chart *c)
{
    size_t rows = c->nrows > 0 ? c->nrows : 1;
    return TOP + (double)rows * ROW + AXIS_LABELS;
}

/* Width of the category labels, at most a third of the chart; longer ones shrink. */
static double label_width(const wr_chart *c)
{
    double w = 0;
    for (size_t r = 0; r < c->nrows; r++)
        w = fmax(w, wr_svg_text_width(c->rows[r].label, WR_SVG_LABEL, false));
    return fmin(w, WR_SVG_W / 3.0);
}

static double value_room(const wr_chart *c)
{
    double w = 0;
    if (c->type == WR_CHART_STACKED)
        return 8.0;
    for (size_t r = 0; r < c->nrows; r++)
        w = fmax(w, wr_svg_text_width(c->rows[r].cells[0].text, WR_SVG_LABEL, true));
    return w + 12.0;
}

static void label(const wr_svg *g, const char *s, double right, double mid, double max)
{
    double w = wr_svg_text_width(s, WR_SVG_LABEL, false);
    if (w <= max) {
        wr_svg_text(g->o, right, mid + 4.5, "end", "g-label", s);
        return;
    }
    /* Too long for a third of the chart: set smaller, as the PDF does. */
    double size = fmax(9.0, WR_SVG_LABEL * max / w);
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
static wr_svg_scale grid(const wr_svg *g, double x0, double x1, double bottom)
{
    double lo, hi;
    wr_chart_range(g->c, &lo, &hi);
    int target = (int)((x1 - x0) / WR_SVG_TICK_SPACING);
    wr_svg_scale s = {wr_chart_axis_for(lo < 0 ? lo : 0, hi > 0 ? hi : 0, target,
                                        wr_chart_integral(g->c)),
                      x0, x1};
    for (int i = 0; i < s.axis.count; i++) {
        char tick[48];
        double v = s.axis.min + i * s.axis.step, x = wr_svg_at(&s, v);
        bool zero = fabs(v) < s.axis.step * 1e-6;
        wr_svg_line(g->o, x, TOP, x, bottom, zero ? WR_SVG_AXIS : WR_SVG_GRID, zero ? 1.2 : 1,
                    NULL);
        wr_chart_tick_label(&s.axis, i, g->c->percent, tick, sizeof tick);
        wr_svg_text(g->o, x, bottom + 17.0, "middle", "g-as", tick);
    }
    return s;
}

/* One cell as a bar segment from `from` (a value); returns where it ends. */
static double segment(const wr_svg *g, const wr_svg_scale *s, const wr_chart_cell *cell,
                      double from, double y, const char *color)
{
    double x0 = wr_svg_at(s, from);
    if (cell->kind == WR_CHART_VALUE) {
        double x1 = wr_svg_at(s, from + cell->value);
        wr_svg_rect(g->o, fmin(x0, x1), y, fabs(x1 - x0), BAR, color,
                    strcmp(color, "#c7d8ea") == 0 ? "#1f4e79" : NULL);
        return from + cell->value;
    }
    if (cell->kind == WR_CHART_SUPPRESSED) {
        double w = wr_svg_at(s, from + cell->value) - x0;
        w = fmin(fmax(w, MIN_HATCH), MAX_HATCH);
        wr_svg_hatch(g, x0, y, w, BAR);
        double span = s->axis.max - s->axis.min, px = s->to - s->from;
        return from + (px > 0 ? w * span / px : 0);
    }
    return from;
}

static bool empty(const wr_svg *g)
{
    if (g->c->nrows > 0)
        return false;
    wr_svg_text(g->o, 0, TOP + 18.0, "start", "g-stil", "Geen gegevens om te tonen.");
    return true;
}

void wr_svg_bars(const wr_svg *g)
{
    const wr_chart *c = g->c;
    if (empty(g))
        return;
    double lw = label_width(c), x0 = lw + LABEL_GAP, x1 = WR_SVG_W - value_room(c);
    double bottom = g->h - AXIS_LABELS;
    wr_svg_scale s = grid(g, x0, x1, bottom);
    const char *color = wr_svg_series_color(c, 0);
    for (size_t r = 0; r < c->nrows; r++) {
        const wr_chart_cell *cell = &c->rows[r].cells[0];
        double mid = TOP + ((double)r + 0.5) * ROW;
        label(g, c->rows[r].label, x0 - LABEL_GAP, mid, lw);
        double end = wr_svg_at(&s, segment(g, &s, cell, 0, mid - BAR / 2.0, color));
        bool value = cell->kind == WR_CHART_VALUE;
        if (value && cell->value < 0)
            wr_svg_text(g->o, end - 6.0, mid + 4.5, "end", "g-waarde", cell->text);
        else
            wr_svg_text(g->o, end + 6.0, mid + 4.5, "start", value ? "g-waarde" : "g-stil",
                        cell->text);
    }
}

void wr_svg_stacked(const wr_svg *g)
{
    const wr_chart *c = g->c;
    if (empty(g))
        return;
    double lw = label_width(c), x0 = lw + LABEL_GAP, x1 = WR_SVG_W - value_room(c);
    double bottom = g->h - AXIS_LABELS;
    wr_svg_scale s = grid(g, x0, x1, bottom);
    for (size_t r = 0; r < c->nrows; r++) {
        double mid = TOP + ((double)r + 0.5) * ROW, y = mid - BAR / 2.0, at = 0;
        label(g, c->rows[r].label, x0 - LABEL_GAP, mid, lw);
        for (size_t k = 0; k < c->nseries; k++) {
            const wr_chart_cell *cell = &c->rows[r].cells[k];
            const char *color = wr_svg_series_color(c, k);
            double from = wr_svg_at(&s, at);
            at = segment(g, &s, cell, at, y, color);
            double to = wr_svg_at(&s, at);
            /* The value inside its segment when it fits: white on the dark blue. */
            double tw = wr_svg_text_width(cell->text, WR_SVG_TICK, true);
            if (cell->kind == WR_CHART_VALUE && to - from >= tw + 8.0)
                wr_svg_text(g->o, (from + to) / 2.0, mid + 4.0, "middle",
                            wr_svg_color_light(color) ? "g-op-licht" : "g-op-donker", cell->text);
            if (k > 0 && cell->kind != WR_CHART_MISSING)
                wr_svg_line(g->o, from, y, from, y + BAR, "#ffffff", 1.5, NULL);
        }
    }
}
