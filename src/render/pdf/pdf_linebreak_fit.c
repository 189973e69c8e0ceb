/* Total-fit line breaking for justified paragraphs, after Knuth and Plass: every way to
 * break the paragraph is weighed at once, so one loose line is not paid for by a tight
 * neighbour and a hyphen is used where it evens the spacing out. A space may stretch by
 * half its width and shrink by a third; a line's badness grows with the cube of how far
 * its spaces are stretched or shrunk. When no set of lines stays within the tolerance
 * (a word wider than the column), the greedy breaker of pdf_linebreak.c takes over. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "render/pdf/pdf_linebreak.h"

#define STRETCH 0.5          /* of a space's width */
#define SHRINK (1.0 / 3.0)
#define LINE_PENALTY 10.0
#define HYPHEN_PENALTY 50.0  /* a hyphen the reader has to join again */
#define DASH_PENALTY 20.0    /* a break after "/" or a dash costs a little */
#define DOUBLE_HYPHEN 10000.0 /* two hyphenated lines in a row */
#define FINAL_HYPHEN 5000.0  /* a hyphen on the line before the last */
#define ADJ_FITNESS 1000.0   /* a loose line next to a tight one */
#define LONE_WORD 60000.0    /* a last line of one short word ("te."): worth a looser line */
#define EPSILON 1e-6
#define NONE SIZE_MAX

typedef struct {
    size_t pos;      /* the break item, n for the paragraph end, NONE for the start */
    size_t next;     /* the first item of the following line */
    int fitness;     /* 0 tight, 1 normal, 2 loose, 3 very loose */
    bool hyphen;     /* the line ending here shows a hyphen */
    double demerits; /* of the best way to get here */
    size_t prev;     /* the node before, NONE for the start */
} node;

typedef struct {
    const wr_pdf_lb_item *items;
    size_t n;
    double width;
    double *w, *g;   /* prefix sums of box and glue widths, and of glue widths */
    node *nodes;
    size_t nnodes, cap;
    size_t *active, nactive, *next_active;
} fit;

static size_t skip_to_line_start(const fit *f, size_t i)
{
    while (i < f->n && (f->items[i].kind == WR_PDF_LB_GLUE || f->items[i].kind == WR_PDF_LB_HYPHEN))
        i++;
    return i;
}

/* The visible end of a line from start to a break at p: trailing glue and unused
 * hyphen points are not shown. */
static size_t visible_end(const fit *f, size_t start, size_t p)
{
    while (p > start && f->items[p - 1].kind != WR_PDF_LB_BOX)
        p--;
    return p;
}

/* Adjustment ratio of the line [start, p) ended by the item at p; INFINITY when it
 * cannot stretch, NAN when it cannot shrink enough. */
static double ratio(const fit *f, size_t start, size_t p, bool last, double *natural)
{
    size_t e = visible_end(f, start, p);
    double nat = f->w[e] - f->w[start], glue = f->g[e] - f->g[start];
    if (p < f->n && f->items[p].kind == WR_PDF_LB_HYPHEN)
        nat += f->items[p].width;
    *natural = nat;
    if (nat <= f->width + EPSILON)
        return last ? 0 : glue > 0 ? (f->width - nat) / (glue * STRETCH) : INFINITY;
    if (glue <= 0 || last)
        return NAN; /* a last line keeps its natural spaces, so it must fit as it is */
    double r = (f->width - nat) / (glue * SHRINK);
    return r < -1 - EPSILON ? NAN : r;
}

static int fitness_of(double r)
{
    return r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
}

static bool add_node(fit *f, node nd)
{
    if (f->nnodes == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 64;
        node *v = realloc(f->nodes, cap * sizeof *v);
        if (!v)
            return false;
        f->nodes = v;
        f->cap = cap;
    }
    f->nodes[f->nnodes++] = nd;
    return true;
}

/* Tries every active node as the start of a line ending at p; keeps the best new node
 * per fitness class and drops starts from which the line is already too long. */
static bool consider(fit *f, size_t p, double tolerance)
{
    bool last = p == f->n || f->items[p].kind == WR_PDF_LB_FORCE;
    bool hyphen = p < f->n && f->items[p].kind == WR_PDF_LB_HYPHEN && f->items[p].width > 0;
    double penalty = p < f->n && f->items[p].kind == WR_PDF_LB_HYPHEN
                         ? (hyphen ? HYPHEN_PENALTY : DASH_PENALTY) : 0;
    node best[4];
    bool have[4] = {false, false, false, false};
    size_t kept = 0;
    for (size_t k = 0; k < f->nactive; k++) {
        const node *a = &f->nodes[f->active[k]];
        double nat, r = ratio(f, a->next, p, last, &nat);
        if (isnan(r)) {
            if (!last)
                continue; /* too long now, and only longer later: no longer active */
        } else {
            double bad = isinf(r) ? 10000.0 : fmin(10000.0, 100.0 * pow(fabs(r), 3));
            if (bad <= tolerance) {
                int fc = fitness_of(isinf(r) ? 2.0 : r);
                double d = (LINE_PENALTY + bad) * (LINE_PENALTY + bad) + penalty * penalty;
                if (hyphen && a->hyphen)
                    d += DOUBLE_HYPHEN;
                if (p == f->n && a->hyphen)
                    d += FINAL_HYPHEN;
                if (p == f->n && a->pos != NONE && wr_pdf_lb_lone_word(nat, f->g[visible_end(f, a->next, p)] - f->g[a->next], f->width))
                    d += LONE_WORD;
                if (abs(fc - a->fitness) > 1)
                    d += ADJ_FITNESS;
                d += a->demerits;
                if (!have[fc] || d < best[fc].demerits) {
                    best[fc] = (node){p, 0, fc, hyphen, d, f->active[k]};
                    have[fc] = true;
                }
            }
        }
        if (!last)
            f->next_active[kept++] = f->active[k];
    }
    /* A forced break or the end closes every line: only the new nodes go on. */
    size_t next = p < f->n ? (f->items[p].kind == WR_PDF_LB_FORCE ? p + 1 : skip_to_line_start(f, p + 1)) : p;
    for (int c = 0; c < 4; c++) {
        if (!have[c])
            continue;
        best[c].next = next;
        if (!add_node(f, best[c]))
            return false;
        f->next_active[kept++] = f->nnodes - 1;
    }
    size_t *t = f->active;
    f->active = f->next_active;
    f->next_active = t;
    f->nactive = kept;
    return true;
}

static bool is_break(const fit *f, size_t i)
{
    const wr_pdf_lb_item *it = &f->items[i];
    if (it->kind == WR_PDF_LB_GLUE)
        return i > 0 && f->items[i - 1].kind == WR_PDF_LB_BOX;
    return it->kind == WR_PDF_LB_HYPHEN || it->kind == WR_PDF_LB_FORCE;
}

/* Runs the search at one tolerance; returns the final node, NONE when none is feasible,
 * or NONE with *nomem set. */
static size_t search(fit *f, double tolerance, bool *nomem)
{
    f->nnodes = 0;
    f->nactive = 0;
    node start = {NONE, skip_to_line_start(f, 0), 1, false, 0, NONE};
    if (!add_node(f, start)) {
        *nomem = true;
        return NONE;
    }
    f->active[f->nactive++] = 0;
    for (size_t i = 0; i <= f->n && f->nactive > 0; i++) {
        if (i < f->n && !is_break(f, i))
            continue;
        if (!consider(f, i, tolerance)) {
            *nomem = true;
            return NONE;
        }
    }
    size_t best = NONE;
    for (size_t k = 0; k < f->nactive; k++) {
        const node *nd = &f->nodes[f->active[k]];
        if (nd->pos == f->n && (best == NONE || nd->demerits < f->nodes[best].demerits))
            best = f->active[k];
    }
    return best;
}

static bool emit(fit *f, size_t last, wr_pdf_lb_line **lines, size_t *count)
{
    size_t nlines = 0;
    for (size_t k = last; f->nodes[k].prev != NONE; k = f->nodes[k].prev)
        nlines++;
    wr_pdf_lb_line *v = nlines ? malloc(nlines * sizeof *v) : NULL;
    if (nlines && !v)
        return false;
    size_t i = nlines;
    for (size_t k = last; f->nodes[k].prev != NONE; k = f->nodes[k].prev) {
        const node *b = &f->nodes[k], *a = &f->nodes[b->prev];
        size_t start = a->next, end = visible_end(f, start, b->pos);
        double nat;
        ratio(f, start, b->pos, true, &nat);
        size_t glue = 0;
        for (size_t j = start; j < end; j++)
            glue += f->items[j].kind == WR_PDF_LB_GLUE;
        bool last_line = b->pos == f->n || f->items[b->pos].kind == WR_PDF_LB_FORCE;
        v[--i] = (wr_pdf_lb_line){start, end, nat, glue, b->hyphen, last_line};
    }
    *lines = v;
    *count = nlines;
    return true;
}

bool wr_pdf_linebreak_fit(const wr_pdf_lb_item *items, size_t n, double width,
                          double hyphen_slack, wr_pdf_lb_line **lines, size_t *count)
{
    *lines = NULL;
    *count = 0;
    fit f = {items, n, width, NULL, NULL, NULL, 0, 0, NULL, 0, NULL};
    f.w = malloc((n + 1) * sizeof *f.w);
    f.g = malloc((n + 1) * sizeof *f.g);
    f.active = malloc((4 * (n + 1) + 1) * sizeof *f.active);
    f.next_active = malloc((4 * (n + 1) + 1) * sizeof *f.next_active);
    bool ok = false;
    if (skip_to_line_start(&f, 0) == n) {
        ok = wr_pdf_linebreak(items, n, width, hyphen_slack, lines, count); /* nothing shown */
    } else if (f.w && f.g && f.active && f.next_active) {
        f.w[0] = f.g[0] = 0;
        for (size_t i = 0; i < n; i++) {
            bool counts = items[i].kind == WR_PDF_LB_BOX || items[i].kind == WR_PDF_LB_GLUE;
            f.w[i + 1] = f.w[i] + (counts ? items[i].width : 0);
            f.g[i + 1] = f.g[i] + (items[i].kind == WR_PDF_LB_GLUE ? items[i].width : 0);
        }
        /* A strict pass, then a lenient one, then the greedy breaker. */
        static const double tolerances[] = {400.0, 5000.0};
        bool nomem = false;
        size_t last = NONE;
        for (size_t t = 0; t < 2 && last == NONE && !nomem; t++)
            last = search(&f, tolerances[t], &nomem);
        if (!nomem)
            ok = last != NONE ? emit(&f, last, lines, count)
                              : wr_pdf_linebreak(items, n, width, hyphen_slack, lines, count);
    }
    free(f.w);
    free(f.g);
    free(f.active);
    free(f.next_active);
    free(f.nodes);
    return ok;
}
