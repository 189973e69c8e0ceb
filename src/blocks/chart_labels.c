#include "blocks/chart_labels.h"

#include <stdlib.h>

#define GAP 2.0 /* between a marker and its label */

void wr_chart_labels_init(wr_chart_labels *l, wr_chart_rect bounds, bool y_up)
{
    *l = (wr_chart_labels){0};
    l->bounds = bounds;
    l->y_up = y_up;
}

static bool grow(void **items, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap * 2 : 16;
    while (n < need)
        n *= 2;
    void *p = realloc(*items, n * size);
    if (!p)
        return false;
    *items = p;
    *cap = n;
    return true;
}

void wr_chart_labels_add_segment(wr_chart_labels *l, double x0, double y0, double x1, double y1)
{
    if (!grow((void **)&l->segs, &l->cap_segs, l->nsegs + 1, 4 * sizeof(double))) {
        l->failed = true;
        return;
    }
    double *s = l->segs + 4 * l->nsegs++;
    s[0] = x0, s[1] = y0, s[2] = x1, s[3] = y1;
}

void wr_chart_labels_add_rect(wr_chart_labels *l, wr_chart_rect r)
{
    if (!grow((void **)&l->rects, &l->cap_rects, l->nrects + 1, sizeof r)) {
        l->failed = true;
        return;
    }
    l->rects[l->nrects++] = r;
}

bool wr_chart_segment_meets(wr_chart_rect r, double x0, double y0, double x1, double y1)
{
    double t0 = 0, t1 = 1, dx = x1 - x0, dy = y1 - y0;
    double p[4] = {-dx, dx, -dy, dy}, q[4] = {x0 - r.x0, r.x1 - x0, y0 - r.y0, r.y1 - y0};
    for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false; /* parallel and outside */
            continue;
        }
        double t = q[i] / p[i];
        if (p[i] < 0) {
            if (t > t1)
                return false;
            if (t > t0)
                t0 = t;
        } else {
            if (t < t0)
                return false;
            if (t < t1)
                t1 = t;
        }
    }
    return true;
}

static bool overlap(wr_chart_rect a, wr_chart_rect b)
{
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

bool wr_chart_labels_hit(const wr_chart_labels *l, wr_chart_rect r)
{
    for (size_t i = 0; i < l->nrects; i++)
        if (overlap(r, l->rects[i]))
            return true;
    for (size_t i = 0; i < l->nsegs; i++) {
        const double *s = l->segs + 4 * i;
        if (wr_chart_segment_meets(r, s[0], s[1], s[2], s[3]))
            return true;
    }
    return false;
}

static bool inside(const wr_chart_labels *l, wr_chart_rect r)
{
    return r.x0 >= l->bounds.x0 && r.x1 <= l->bounds.x1 && r.y0 >= l->bounds.y0 && r.y1 <= l->bounds.y1;
}

wr_chart_rect wr_chart_labels_place(wr_chart_labels *l, double x, double y, double mark, double w, double h)
{
    /* Offsets of the box's centre from the point, "up" meaning up on the page. */
    double v = mark + GAP + h / 2.0, s = mark + GAP + w / 2.0, dv = mark + h / 2.0, ds = mark / 2.0 + w / 2.0;
    const double places[8][2] = {{0, v}, {0, -v}, {s, 0}, {-s, 0}, {ds, dv}, {-ds, dv}, {ds, -dv}, {-ds, -dv}};
    wr_chart_rect first = {0};
    for (int i = 0; i < 8; i++) {
        double cx = x + places[i][0], cy = y + (l->y_up ? places[i][1] : -places[i][1]);
        wr_chart_rect r = {cx - w / 2.0, cy - h / 2.0, cx + w / 2.0, cy + h / 2.0};
        if (i == 0)
            first = r;
        if (!l->failed && inside(l, r) && !wr_chart_labels_hit(l, r)) {
            wr_chart_labels_add_rect(l, r);
            return r;
        }
    }
    wr_chart_labels_add_rect(l, first);
    return first;
}

void wr_chart_labels_free(wr_chart_labels *l)
{
    if (!l)
        return;
    free(l->rects);
    free(l->segs);
    *l = (wr_chart_labels){0};
}
