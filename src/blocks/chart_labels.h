/* Where the value labels of a line chart go, with collision checks: each label takes the
 * first of a few places around its point (above, below, beside, diagonally) whose box
 * meets no line, no point marker, no target line and no label placed before it, and stays
 * inside the drawing. Shared by both renderers; coordinates are the renderer's own, with
 * y growing upwards (PDF) or downwards (SVG) as `y_up` says. */
#ifndef WR_CHART_LABELS_H
#define WR_CHART_LABELS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    double x0, y0, x1, y1; /* x0 < x1, y0 < y1 */
} wr_chart_rect;

typedef struct {
    wr_chart_rect *rects; /* markers and labels placed so far */
    size_t nrects, cap_rects;
    double *segs;         /* line segments, four numbers each */
    size_t nsegs, cap_segs;
    wr_chart_rect bounds; /* a label stays inside */
    bool y_up;
    bool failed;          /* out of memory: placement falls back to the first place */
} wr_chart_labels;

/* Starts an empty set of obstacles inside bounds. */
void wr_chart_labels_init(wr_chart_labels *l, wr_chart_rect bounds, bool y_up);
void wr_chart_labels_add_segment(wr_chart_labels *l, double x0, double y0, double x1, double y1);
void wr_chart_labels_add_rect(wr_chart_labels *l, wr_chart_rect r);

/* True when r meets a segment or a rectangle of l. */
bool wr_chart_labels_hit(const wr_chart_labels *l, wr_chart_rect r);

/* The box of a w x h label for the point at (x, y) with a marker of radius `mark`: the
 * first free place, else the place above; the box is added to l. */
wr_chart_rect wr_chart_labels_place(wr_chart_labels *l, double x, double y, double mark, double w, double h);

/* True when the segment meets the rectangle (Liang-Barsky clipping). */
bool wr_chart_segment_meets(wr_chart_rect r, double x0, double y0, double x1, double y1);

/* Accepts NULL. */
void wr_chart_labels_free(wr_chart_labels *l);

#endif
