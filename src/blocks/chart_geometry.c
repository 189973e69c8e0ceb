#include "blocks/chart_geometry.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/format_nl.h"

/* ---- Axes ---- */

wr_chart_axis wr_chart_axis_for(double lo, double hi, int target, bool integral)
{
    wr_chart_axis a;
    if (target < 2)
        target = 2;
    if (hi - lo < 1e-12)
        hi = lo + 1;
    double raw = (hi - lo) / target;
    double mag = pow(10.0, floor(log10(raw)));
    static const double steps[] = {1, 2, 2.5, 5, 10};
    double step = 10 * mag;
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        if (steps[i] * mag >= raw * (1 - 1e-9)) {
            step = steps[i] * mag;
            break;
        }
    }
    if (integral && step < 1)
        step = 1;
    a.step = step;
    a.min = floor(lo / step + 1e-9) * step;
    a.max = ceil(hi / step - 1e-9) * step;
    if (a.max - a.min < step / 2)
        a.max = a.min + step;
    a.count = (int)floor((a.max - a.min) / step + 0.5) + 1;
    a.decimals = 0;
    while (a.decimals < 6) {
        double scaled = step * pow(10.0, a.decimals);
        if (fabs(scaled - floor(scaled + 0.5)) < 1e-6)
            break;
        a.decimals++;
    }
    return a;
}

static void widen(double v, double *lo, double *hi, bool *any)
{
    if (!*any || v < *lo)
        *lo = v;
    if (!*any || v > *hi)
        *hi = v;
    *any = true;
}

void wr_chart_range(const wr_chart *c, double *lo, double *hi)
{
    bool any = false, values = false;
    *lo = *hi = 0;
    for (size_t r = 0; r < c->nrows; r++)
        for (size_t s = 0; s < c->nseries; s++)
            values = values || c->rows[r].cells[s].kind == WR_CHART_VALUE;
    for (size_t r = 0; r < c->nrows; r++) {
        double sum = 0;
        for (size_t s = 0; s < c->nseries; s++) {
            const wr_chart_cell *cell = &c->rows[r].cells[s];
            /* A threshold ("<5") is no value: it only sets the scale when nothing else
             * does. */
            if (cell->kind == WR_CHART_MISSING || (cell->kind == WR_CHART_SUPPRESSED && values))
                continue;
            if (c->type == WR_CHART_STACKED)
                sum += cell->value > 0 ? cell->value : 0;
            else
                widen(cell->value, lo, hi, &any);
        }
        if (c->type == WR_CHART_STACKED)
            widen(sum, lo, hi, &any);
    }
    if (c->has_target)
        widen(c->target, lo, hi, &any);
}

bool wr_chart_integral(const wr_chart *c)
{
    for (size_t r = 0; r < c->nrows; r++)
        for (size_t s = 0; s < c->nseries; s++)
            if (c->rows[r].cells[s].kind == WR_CHART_VALUE &&
                c->rows[r].cells[s].value != floor(c->rows[r].cells[s].value))
                return false;
    return !c->has_target || c->target == floor(c->target);
}

wr_chart_axis wr_chart_bars_axis(const wr_chart *c, double length, double spacing)
{
    double lo, hi;
    wr_chart_range(c, &lo, &hi);
    return wr_chart_axis_for(lo < 0 ? lo : 0, hi > 0 ? hi : 0, (int)(length / spacing),
                             wr_chart_integral(c));
}

wr_chart_axis wr_chart_columns_axis(const wr_chart *c)
{
    double lo, hi;
    wr_chart_range(c, &lo, &hi);
    /* Below a negative column goes its value: some room under the lowest. */
    double under = lo < 0 ? (fmax(hi, 0) - lo) * 0.08 : 0;
    return wr_chart_axis_for(lo < 0 ? lo - under : 0, hi > 0 ? hi : 0, 5, wr_chart_integral(c));
}

wr_chart_axis wr_chart_line_axis(const wr_chart *c)
{
    double lo = 0, hi = 0;
    bool any = false;
    for (size_t r = 0; r < c->nrows; r++)
        for (size_t s = 0; s < c->nseries; s++) {
            const wr_chart_cell *cell = &c->rows[r].cells[s];
            if (cell->kind != WR_CHART_VALUE)
                continue;
            lo = any ? fmin(lo, cell->value) : cell->value;
            hi = any ? fmax(hi, cell->value) : cell->value;
            any = true;
        }
    if (c->has_target) {
        lo = any && lo < c->target ? lo : c->target;
        hi = any && hi > c->target ? hi : c->target;
        any = true;
    }
    if (!any)
        lo = hi = 0;
    double pad = (hi - lo) * 0.15 + fabs(hi) * 0.02 + 1e-9;
    double from = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
    return wr_chart_axis_for(from, hi, 4, wr_chart_integral(c));
}

static double tick_value(const wr_chart_axis *axis, int i)
{
    return axis->min + i * axis->step;
}

static bool tick_is_zero(const wr_chart_axis *axis, int i)
{
    return fabs(tick_value(axis, i)) < axis->step * 1e-6;
}

void wr_chart_tick_label(const wr_chart_axis *axis, int i, bool percent, char *buf, size_t size)
{
    double v = tick_is_zero(axis, i) ? 0 : tick_value(axis, i);
    char num[64];
    wr_nl_number(v, axis->decimals, num, sizeof num);
    snprintf(buf, size, "%s%s", num, percent ? "%" : ""); /* the minus sign comes with num */
}

wr_chart_tick wr_chart_tick_at(const wr_chart_axis *axis, int i, bool percent)
{
    wr_chart_tick t = {tick_value(axis, i), tick_is_zero(axis, i), ""};
    wr_chart_tick_label(axis, i, percent, t.label, sizeof t.label);
    return t;
}

/* ---- Values on a line ---- */

double wr_chart_scale_at(const wr_chart_scale *s, double v)
{
    double span = s->axis.max - s->axis.min;
    return s->from + (span > 0 ? (v - s->axis.min) / span : 0) * (s->to - s->from);
}

double wr_chart_hatch_length(const wr_chart_scale *s, double from, double threshold,
                             double min_len, double max_len)
{
    double len = wr_chart_scale_at(s, from + threshold) - wr_chart_scale_at(s, from);
    if (s->to < s->from)
        len = -len; /* a y axis that grows downwards */
    return len < min_len ? min_len : len > max_len ? max_len : len;
}

double wr_chart_scale_advance(const wr_chart_scale *s, double from, double length)
{
    double span = s->axis.max - s->axis.min, px = s->to - s->from;
    return from + (px > 0 ? length * span / px : 0);
}

/* ---- Text ---- */

double wr_chart_widest_tick(const wr_chart_axis *axis, bool percent, wr_chart_measure m)
{
    double w = 0;
    for (int i = 0; i < axis->count; i++) {
        wr_chart_tick t = wr_chart_tick_at(axis, i, percent);
        double tw = m.width(m.font, t.label, strlen(t.label));
        if (tw > w)
            w = tw;
    }
    return w;
}

size_t wr_chart_label_break(const char *s, double width, wr_chart_measure m)
{
    if (m.width(m.font, s, strlen(s)) <= width)
        return WR_CHART_ONE_LINE;
    size_t cut = WR_CHART_ONE_LINE;
    for (const char *sp = strchr(s, ' '); sp; sp = strchr(sp + 1, ' ')) {
        bool fits = m.width(m.font, s, (size_t)(sp - s)) <= width;
        if (!fits && cut != WR_CHART_ONE_LINE)
            break;
        cut = (size_t)(sp - s);
        if (!fits)
            break;
    }
    return cut;
}

double wr_chart_fit_size(double size, double width, double room)
{
    return width > room && width > 0 ? size * room / width : size;
}

/* ---- The plot ---- */

double wr_chart_plot_height(const wr_chart *c, const wr_chart_sizes *z)
{
    if (c->type == WR_CHART_BARS || c->type == WR_CHART_STACKED) {
        size_t rows = c->nrows > 0 ? c->nrows : 1;
        return z->bars_top + (double)rows * wr_chart_bar_row(c, z) + z->bars_axis;
    }
    return (c->small ? z->plot * 0.5 : z->plot) + z->category_labels;
}

double wr_chart_box_below_top(const wr_chart_box *b, double d)
{
    return b->y_down ? b->top + d : b->top - d;
}

double wr_chart_box_above_bottom(const wr_chart_box *b, double d)
{
    return b->y_down ? b->top + b->h - d : b->top - b->h + d;
}

/* ---- Categories along the axis ---- */

double wr_chart_slot_width(double x0, double x1, size_t n)
{
    return (x1 - x0) / (double)(n > 0 ? n : 1);
}

double wr_chart_category_x(double x0, double x1, size_t n, size_t i)
{
    return x0 + ((double)i + 0.5) * (x1 - x0) / (double)(n > 0 ? n : 1);
}

/* ---- Bars ---- */

static double widest(const wr_chart *c, wr_chart_measure m, bool labels)
{
    double w = 0;
    for (size_t r = 0; r < c->nrows; r++) {
        const char *s = labels ? c->rows[r].label : c->rows[r].cells[0].text;
        double tw = m.width(m.font, s, strlen(s));
        if (tw > w)
            w = tw;
    }
    return w;
}

wr_chart_bars_layout wr_chart_bars_layout_for(const wr_chart *c, const wr_chart_box *b,
                                              const wr_chart_sizes *z, wr_chart_measure label,
                                              wr_chart_measure value)
{
    wr_chart_bars_layout l;
    double labels = widest(c, label, true);
    l.label_w = labels > b->w / 3.0 ? b->w / 3.0 : labels;
    double room = c->type == WR_CHART_STACKED ? z->stacked_room
                                              : widest(c, value, false) + z->value_gap;
    l.x0 = b->x + l.label_w + z->label_gap;
    l.x1 = b->x + b->w - room;
    l.bottom = wr_chart_box_above_bottom(b, z->bars_axis);
    return l;
}

double wr_chart_bar_row(const wr_chart *c, const wr_chart_sizes *z)
{
    return c->small ? z->bar_row * 0.8 : z->bar_row;
}

double wr_chart_bar_mid(const wr_chart *c, const wr_chart_box *b, const wr_chart_sizes *z, size_t r)
{
    double first = wr_chart_box_below_top(b, z->bars_top), down = ((double)r + 0.5) * wr_chart_bar_row(c, z);
    return b->y_down ? first + down : first - down;
}

/* ---- Columns and lines ---- */

wr_chart_value_frame wr_chart_value_frame_for(const wr_chart *c, const wr_chart_box *b,
                                              const wr_chart_sizes *z, wr_chart_axis axis,
                                              wr_chart_measure ticks, double top_room)
{
    wr_chart_value_frame f;
    f.x0 = b->x + wr_chart_widest_tick(&axis, c->percent, ticks) + z->tick_gap;
    f.x1 = b->x + b->w - z->right;
    f.bottom = wr_chart_box_above_bottom(b, z->category_labels);
    f.top = wr_chart_box_below_top(b, top_room);
    f.scale = (wr_chart_scale){axis, f.bottom, f.top};
    return f;
}

/* ---- Columns ---- */

/* True when every value label fits above its column. */
static bool labels_fit(const wr_chart *c, double column, wr_chart_measure m, double slack)
{
    for (size_t r = 0; r < c->nrows; r++)
        for (size_t s = 0; s < c->nseries; s++) {
            const char *text = c->rows[r].cells[s].text;
            if (m.width(m.font, text, strlen(text)) > column + slack)
                return false;
        }
    return true;
}

wr_chart_columns_layout wr_chart_columns_layout_for(const wr_chart *c, double x0, double x1,
                                                    double gap, double max_column,
                                                    wr_chart_measure value,
                                                    double label_slack)
{
    wr_chart_columns_layout l = {x0, wr_chart_slot_width(x0, x1, c->nrows), 0, gap, 0, false};
    l.column = (l.slot * 0.72 - gap * (double)(c->nseries - 1)) / (double)c->nseries;
    if (l.column > max_column)
        l.column = max_column;
    l.group = l.column * (double)c->nseries + gap * (double)(c->nseries - 1);
    l.labels = labels_fit(c, l.column, value, label_slack);
    return l;
}

double wr_chart_column_x(const wr_chart_columns_layout *l, size_t r, size_t k)
{
    double gx = l->x0 + l->slot * (double)r + (l->slot - l->group) / 2.0;
    return gx + (l->column + l->gap) * (double)k;
}

double wr_chart_slot_center(const wr_chart_columns_layout *l, size_t r)
{
    return l->x0 + l->slot * ((double)r + 0.5);
}

/* ---- Lines ---- */

bool wr_chart_line_value_shown(const wr_chart *c, size_t r)
{
    return !c->no_values && ((c->nseries == 1 && c->nrows <= 10) || r + 1 == c->nrows);
}

/* ---- Legend and colours ---- */

size_t wr_chart_legend_series(const wr_chart *c)
{
    return c->nseries >= 2 ? c->nseries : 0;
}

char *wr_chart_target_legend(const wr_chart *c)
{
    const char *label = c->target_label ? c->target_label : "Doel", *text = c->target_text ? c->target_text : "";
    size_t size = strlen(label) + strlen(text) + 3;
    char *buf = malloc(size);
    if (buf)
        snprintf(buf, size, "%s: %s", label, text);
    return buf;
}

size_t wr_chart_series_color(const wr_chart *c, size_t s, wr_chart_color_set *set)
{
    switch (c->type) {
    case WR_CHART_LINE:
        *set = WR_CHART_COLORS_LINES;
        return s % WR_CHART_COLORS;
    case WR_CHART_STACKED:
        *set = WR_CHART_COLORS_STEPS;
        return c->nseries == 2 ? (s == 0 ? 0 : 2) : s % WR_CHART_COLORS;
    default:
        *set = WR_CHART_COLORS_CATEGORIES;
        return s % WR_CHART_COLORS;
    }
}
