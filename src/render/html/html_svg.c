#include "render/html/html_svg.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "render/html/html_escape.h"

const char *wr_svg_series_color(const wr_chart *c, size_t s)
{
    static const char *const cat[] = {"#1f4e79", "#b35c00", "#5b8dc0", "#5c6168"};
    static const char *const lines[] = {"#1f4e79", "#b35c00", "#4f5660", "#5b8dc0"};
    /* Ordered series (goal attained / partly / not): lightness steps of one blue. */
    static const char *const ordinal[] = {"#1f4e79", "#5b8dc0", "#c7d8ea", "#5c6168"};
    if (c->type == WR_CHART_LINE)
        return lines[s % 4];
    if (c->type == WR_CHART_STACKED)
        return c->nseries == 2 ? ordinal[s == 0 ? 0 : 2] : ordinal[s % 4];
    return cat[s % 4];
}

bool wr_svg_color_light(const char *color)
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

double wr_svg_text_width(const char *s, double size, bool bold)
{
    double w = 0;
    for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
        if ((*p & 0xC0) == 0x80)
            continue; /* a continuation byte: counted with its lead */
        w += *p < 0x80 ? char_width(*p) : 0.6;
    }
    return w * size * (bold ? 1.06 : 1.0);
}

void wr_svg_text(wr_strbuf *o, double x, double y, const char *anchor, const char *cls,
                 const char *s)
{
    wr_strbuf_puts(o, "<text x=\"");
    wr_html_num(o, x);
    wr_strbuf_puts(o, "\" y=\"");
    wr_html_num(o, y);
    wr_strbuf_printf(o, "\" text-anchor=\"%s\" class=\"%s\">", anchor, cls);
    wr_html_escs(o, s);
    wr_strbuf_puts(o, "</text>");
}

void wr_svg_text_two_lines(wr_strbuf *o, double x, double y, double width, const char *cls,
                           const char *s)
{
    const double size = WR_SVG_LABEL;
    if (wr_svg_text_width(s, size, false) <= width || !strchr(s, ' ')) {
        wr_svg_text(o, x, y, "middle", cls, s);
        return;
    }
    /* Break at the space that leaves the longest first line that fits. */
    char buf[256];
    snprintf(buf, sizeof buf, "%s", s);
    char *cut = NULL;
    for (char *sp = strchr(buf, ' '); sp; sp = strchr(sp + 1, ' ')) {
        *sp = '\0';
        bool fits = wr_svg_text_width(buf, size, false) <= width;
        *sp = ' ';
        if (!fits && cut)
            break;
        cut = sp;
        if (!fits)
            break;
    }
    if (!cut) {
        wr_svg_text(o, x, y, "middle", cls, s);
        return;
    }
    *cut = '\0';
    wr_svg_text(o, x, y, "middle", cls, buf);
    wr_svg_text(o, x, y + size * 1.2, "middle", cls, cut + 1);
}

void wr_svg_rect(wr_strbuf *o, double x, double y, double w, double h, const char *fill,
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

void wr_svg_line(wr_strbuf *o, double x0, double y0, double x1, double y1, const char *color,
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

void wr_svg_hatch(const wr_svg *g, double x, double y, double w, double h)
{
    char fill[48];
    snprintf(fill, sizeof fill, "url(#grafiek_%zu-arcering)", g->id);
    wr_svg_rect(g->o, x, y, w, h, fill, WR_SVG_MUTED);
}

void wr_svg_mark(wr_strbuf *o, double x, double y, size_t series, const char *color)
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

double wr_svg_at(const wr_svg_scale *s, double v)
{
    double span = s->axis.max - s->axis.min;
    return s->from + (span > 0 ? (v - s->axis.min) / span : 0) * (s->to - s->from);
}

wr_svg_scale wr_svg_value_grid(const wr_svg *g, wr_chart_axis axis, double x0, double x1,
                               double bottom, double top)
{
    wr_svg_scale s = {axis, bottom, top};
    for (int i = 0; i < axis.count; i++) {
        char tick[48];
        double v = axis.min + i * axis.step, y = wr_svg_at(&s, v);
        bool zero = fabs(v) < axis.step * 1e-6;
        wr_svg_line(g->o, x0, y, x1, y, zero ? WR_SVG_AXIS : WR_SVG_GRID, zero ? 1.2 : 1, NULL);
        wr_chart_tick_label(&axis, i, g->c->percent, tick, sizeof tick);
        wr_svg_text(g->o, x0 - 8, y + 4, "end", "g-as", tick);
    }
    return s;
}

double wr_svg_tick_width(const wr_chart *c, const wr_chart_axis *axis)
{
    double w = 0;
    for (int i = 0; i < axis->count; i++) {
        char tick[48];
        wr_chart_tick_label(axis, i, c->percent, tick, sizeof tick);
        double tw = wr_svg_text_width(tick, WR_SVG_TICK, false);
        if (tw > w)
            w = tw;
    }
    return w;
}
