#include "render/html/html_svg.h"

#include <stdio.h>
#include <string.h>

#include "render/html/html_escape.h"

/* Room above the highest tick, for the value over the highest column or point. */
#define TOP_ROOM 22.0

const char *wr_html_series_color(const wr_chart *c, size_t s)
{
    static const char *const sets[][WR_CHART_COLORS] = {
        [WR_CHART_COLORS_CATEGORIES] = {"#1f4e79", "#b35c00", "#5b8dc0", "#5c6168"},
        [WR_CHART_COLORS_LINES] = {"#1f4e79", "#b35c00", "#4f5660", "#5b8dc0"},
        /* Ordered series (goal attained / partly / not): lightness steps of one blue. */
        [WR_CHART_COLORS_STEPS] = {"#1f4e79", "#5b8dc0", "#c7d8ea", "#5c6168"},
    };
    wr_chart_color_set set;
    size_t i = wr_chart_series_color(c, s, &set);
    return sets[set][i];
}

bool wr_html_color_light(const char *color)
{
    return strcmp(color, "#c7d8ea") == 0 || strcmp(color, "#5b8dc0") == 0;
}

/* Average advance of Open Sans and its look-alikes, in ems. */
static double char_width(unsigned char ch)
{
    if (ch == ' ' || ch == '.' || ch == ',' || ch == ':' || ch == 'i' || ch == 'l' || ch == 'j' ||
        ch == '|' || ch == '\'' || ch == 'I')
        return 0.28;
    if (ch == 'm' || ch == 'w' || ch == 'M' || ch == 'W' || ch == '%')
        return 0.86;
    if (ch >= 'A' && ch <= 'Z')
        return 0.64;
    return 0.56;
}

static double width_of(const char *s, size_t len, double size, bool bold)
{
    double w = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if ((ch & 0xC0) == 0x80)
            continue; /* a continuation byte: counted with its lead */
        w += ch < 0x80 ? char_width(ch) : 0.6;
    }
    return w * size * (bold ? 1.06 : 1.0);
}

double wr_html_text_width(const char *s, double size, bool bold)
{
    return s ? width_of(s, strlen(s), size, bold) : 0;
}

static double font_width(const void *font, const char *s, size_t len)
{
    const wr_html_font *f = font;
    return width_of(s, len, f->size, f->bold);
}

wr_chart_measure wr_html_measure(const wr_html_font *f)
{
    return (wr_chart_measure){font_width, f};
}

static void svg_text(wr_strbuf *o, double x, double y, const char *anchor, const char *cls, const char *s,
                     size_t len)
{
    wr_strbuf_puts(o, "<text x=\"");
    wr_html_num(o, x);
    wr_strbuf_puts(o, "\" y=\"");
    wr_html_num(o, y);
    wr_strbuf_printf(o, "\" text-anchor=\"%s\" class=\"%s\">", anchor, cls);
    wr_html_esc(o, s, len);
    wr_strbuf_puts(o, "</text>");
}

void wr_html_svg_text(wr_strbuf *o, double x, double y, const char *anchor, const char *cls,
                      const char *s)
{
    svg_text(o, x, y, anchor, cls, s ? s : "", s ? strlen(s) : 0);
}

void wr_html_svg_text_two_lines(wr_strbuf *o, double x, double y, double width, const char *cls,
                                const char *s)
{
    wr_html_font font = {WR_HTML_SVG_LABEL, false};
    size_t cut = wr_chart_label_break(s, width, wr_html_measure(&font));
    if (cut == WR_CHART_ONE_LINE) {
        wr_html_svg_text(o, x, y, "middle", cls, s);
        return;
    }
    /* The first line whole, however long (a copy of a fixed size would cut it, in the
     * middle of a character even). */
    svg_text(o, x, y, "middle", cls, s, cut);
    wr_html_svg_text(o, x, y + WR_HTML_SVG_LABEL * 1.2, "middle", cls, s + cut + 1);
}

void wr_html_svg_rect(wr_strbuf *o, double x, double y, double w, double h, const char *fill,
                      const char *stroke)
{
    wr_strbuf_puts(o, "<rect x=\"");
    wr_html_num(o, x);
    wr_strbuf_puts(o, "\" y=\"");
    wr_html_num(o, y);
    wr_strbuf_puts(o, "\" width=\"");
    wr_html_num(o, w);
    wr_strbuf_puts(o, "\" height=\"");
    wr_html_num(o, h);
    wr_strbuf_printf(o, "\" fill=\"%s\"", fill);
    if (stroke)
        wr_strbuf_printf(o, " stroke=\"%s\" stroke-width=\"1\"", stroke);
    wr_strbuf_puts(o, "/>");
}

void wr_html_svg_line(wr_strbuf *o, double x0, double y0, double x1, double y1, const char *color,
                      double width, const char *dash)
{
    wr_strbuf_puts(o, "<line x1=\"");
    wr_html_num(o, x0);
    wr_strbuf_puts(o, "\" y1=\"");
    wr_html_num(o, y0);
    wr_strbuf_puts(o, "\" x2=\"");
    wr_html_num(o, x1);
    wr_strbuf_puts(o, "\" y2=\"");
    wr_html_num(o, y1);
    wr_strbuf_printf(o, "\" stroke=\"%s\" stroke-width=\"", color);
    wr_html_num(o, width);
    wr_strbuf_puts(o, "\"");
    if (dash)
        wr_strbuf_printf(o, " stroke-dasharray=\"%s\"", dash);
    wr_strbuf_puts(o, "/>");
}

void wr_html_svg_hatch(const wr_html_plot *g, double x, double y, double w, double h)
{
    char fill[48];
    snprintf(fill, sizeof fill, "url(#grafiek_%zu-arcering)", g->id);
    wr_html_svg_rect(g->o, x, y, w, h, fill, WR_HTML_SVG_MUTED);
}

void wr_html_svg_mark(wr_strbuf *o, double x, double y, size_t series, const char *color)
{
    const double r = 5.0;
    wr_strbuf_puts(o, "<path d=\"M");
    switch (series % 4) {
    case 0: /* a circle as two arcs */
        wr_html_num(o, x - r);
        wr_strbuf_puts(o, " ");
        wr_html_num(o, y);
        wr_strbuf_puts(o, "a5 5 0 1 0 10 0a5 5 0 1 0 -10 0z");
        break;
    case 1:
        wr_html_num(o, x - r + 0.5);
        wr_strbuf_puts(o, " ");
        wr_html_num(o, y - r + 0.5);
        wr_strbuf_puts(o, "h9v9h-9z");
        break;
    case 2:
        wr_html_num(o, x);
        wr_strbuf_puts(o, " ");
        wr_html_num(o, y - r - 1);
        wr_strbuf_puts(o, "l6 10.5h-12z");
        break;
    default:
        wr_html_num(o, x);
        wr_strbuf_puts(o, " ");
        wr_html_num(o, y - r - 1);
        wr_strbuf_puts(o, "l6 6 -6 6 -6 -6z");
        break;
    }
    wr_strbuf_printf(o, "\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>", color);
}

const wr_chart_sizes wr_html_chart_sizes = {
    .bars_top = 4.0,
    .bar_row = 30.0,
    .bars_axis = 24.0,
    .label_gap = 10.0,
    .value_gap = 12.0,
    .stacked_room = 8.0,
    .plot = WR_HTML_SVG_PLOT_H,
    .category_labels = 42.0,
    .tick_gap = 10.0,
    .right = 2.0,
};

double wr_html_plot_height(const wr_chart *c)
{
    return wr_chart_plot_height(c, &wr_html_chart_sizes);
}

wr_chart_value_frame wr_html_value_frame_draw(const wr_html_plot *g, wr_chart_axis axis)
{
    wr_html_font tick = {WR_HTML_SVG_TICK, false};
    wr_chart_value_frame f = wr_chart_value_frame_for(g->c, &g->box, &wr_html_chart_sizes, axis,
                                                      wr_html_measure(&tick), TOP_ROOM);
    /* Grid lines across the plot, tick labels right-aligned left of it. */
    for (int i = 0; i < axis.count; i++) {
        wr_chart_tick t = wr_chart_tick_at(&axis, i, g->c->percent);
        double y = wr_chart_scale_at(&f.scale, t.value);
        wr_html_svg_line(g->o, f.x0, y, f.x1, y, t.zero ? WR_HTML_SVG_AXIS : WR_HTML_SVG_GRID,
                         t.zero ? 1.2 : 1, NULL);
        wr_html_svg_text(g->o, f.x0 - 8, y + 4, "end", "g-as", t.label);
    }
    return f;
}

void wr_html_category_label(const wr_html_plot *g, const wr_chart_value_frame *f, double x,
                            double width, const char *label)
{
    wr_html_svg_text_two_lines(g->o, x, f->bottom + 19.0, width, "g-label", label);
}

void wr_html_no_data(const wr_html_plot *g, double x, double y)
{
    wr_html_svg_text(g->o, x, y, "start", "g-stil", WR_CHART_NO_DATA);
}
