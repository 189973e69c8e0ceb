#include "render/pdf/pdf_linebreak.h"

#include <stdlib.h>

/* Rounding slack so a line that fits exactly is not broken by float noise. */
#define FIT_EPSILON 1e-6

typedef struct {
    wr_pdf_lb_line *v;
    size_t n, cap;
} line_list;

static bool push(line_list *out, const wr_pdf_lb_item *items, size_t start, size_t end,
                double natural, size_t glue, bool hyphen, bool last)
{
    /* Glue (and unused hyphen points) before a line end are not shown. */
    while (end > start && items[end - 1].kind != WR_PDF_LB_BOX) {
        if (items[end - 1].kind == WR_PDF_LB_GLUE) {
            natural -= items[end - 1].width;
            glue--;
        }
        end--;
    }
    if (out->n == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 16;
        wr_pdf_lb_line *v = realloc(out->v, cap * sizeof *v);
        if (!v)
            return false;
        out->v = v;
        out->cap = cap;
    }
    out->v[out->n++] = (wr_pdf_lb_line){start, end, natural, glue, hyphen, last};
    return true;
}

bool wr_pdf_lb_lone_word(double natural, double glue, double width)
{
    return glue <= 0 && natural < WR_PDF_LB_SHORT_LAST * width;
}


static double natural_of(const wr_pdf_lb_item *items, size_t start, size_t end, size_t *glue)
{
    double w = 0;
    *glue = 0;
    for (size_t k = start; k < end; k++) {
        if (items[k].kind == WR_PDF_LB_BOX || items[k].kind == WR_PDF_LB_GLUE)
            w += items[k].width;
        *glue += items[k].kind == WR_PDF_LB_GLUE;
    }
    return w;
}

/* A last line of one short word ("te.", or the end of a divided word: "kwar-/taal.")
 * reads as a slip: the last word of the line above comes down too, whole, when that line
 * keeps two words or more (one, when its last word was divided) and the two fit. */
static void avoid_lone_word(const wr_pdf_lb_item *items, double width, line_list *out)
{
    if (out->n < 2)
        return;
    wr_pdf_lb_line *last = &out->v[out->n - 1], *prev = last - 1;
    if (!last->last || prev->last || !wr_pdf_lb_lone_word(last->natural, last->glue, width))
        return;
    size_t g = prev->end; /* after the last space of the line above */
    while (g > prev->start && items[g - 1].kind != WR_PDF_LB_GLUE)
        g--;
    size_t end = g;
    while (end > prev->start && items[end - 1].kind != WR_PDF_LB_BOX)
        end--;
    size_t glue_above, glue_below;
    if (end <= prev->start)
        return; /* the line above is one word */
    double above = natural_of(items, prev->start, end, &glue_above);
    double below = natural_of(items, g, last->end, &glue_below);
    if ((!prev->hyphen && glue_above < 1) || below > width + FIT_EPSILON)
        return;
    *prev = (wr_pdf_lb_line){prev->start, end, above, glue_above, false, false};
    *last = (wr_pdf_lb_line){g, last->end, below, glue_below, false, true};
}

/* A place where the current line may end. */
typedef struct {
    bool ok;
    size_t end, next, glue;
    double width;
    bool hyphen;
} candidate;

bool wr_pdf_linebreak(const wr_pdf_lb_item *items, size_t n, double width, double hyphen_slack,
                      wr_pdf_lb_line **lines, size_t *count)
{
    line_list out = {NULL, 0, 0};
    size_t i = 0;
    bool ok = true;
    bool prev_hyphen = false;

    while (i < n && ok) {
        /* A line never starts with a space or a hyphen point (a forced break may: that
         * gives an empty line, as the author asked). */
        while (i < n && (items[i].kind == WR_PDF_LB_GLUE || items[i].kind == WR_PDF_LB_HYPHEN))
            i++;
        if (i >= n)
            break;

        size_t start = i, glue = 0;
        double w = 0;
        candidate space = {0}, hyph = {0}; /* the last of each kind that fits */
        bool ended = false;

        for (; i < n; i++) {
            const wr_pdf_lb_item *it = &items[i];
            if (it->kind == WR_PDF_LB_FORCE) {
                ok = push(&out, items, start, i, w, glue, false, true);
                prev_hyphen = false;
                i++;
                ended = true;
                break;
            }
            if (it->kind == WR_PDF_LB_GLUE) {
                space = (candidate){true, i, i + 1, glue, w, false};
                hyph.ok = false; /* only hyphen points after the last space compete */
                w += it->width;
                glue++;
                continue;
            }
            if (it->kind == WR_PDF_LB_HYPHEN) {
                if (w + it->width <= width + FIT_EPSILON)
                    hyph = (candidate){true, i, i + 1, glue, w + it->width, it->width > 0};
                continue;
            }
            if (w + it->width <= width + FIT_EPSILON || i == start) {
                w += it->width;
                continue;
            }
            /* Overflow: end at the best break that fit, else cut the word here. */
            /* A ladder of hyphenated lines reads badly: after one, only a looser line
             * justifies another. */
            double allowance = prev_hyphen ? 2 * hyphen_slack : hyphen_slack;
            const candidate *c = NULL;
            if (hyph.ok && (!space.ok || width - space.width > allowance))
                c = &hyph;
            else if (space.ok)
                c = &space;
            if (c) {
                ok = push(&out, items, start, c->end, c->width, c->glue, c->hyphen, false);
                i = c->next;
                prev_hyphen = c->hyphen;
            } else {
                ok = push(&out, items, start, i, w, glue, false, false);
                prev_hyphen = false;
            }
            ended = true;
            break;
        }
        if (!ended)
            ok = push(&out, items, start, n, w, glue, false, true);
    }

    if (!ok) {
        free(out.v);
        *lines = NULL;
        *count = 0;
        return false;
    }
    for (int round = 0; round < 2; round++) /* a divided word comes down whole, then maybe one more */
        avoid_lone_word(items, width, &out);
    *lines = out.v;
    *count = out.n;
    return true;
}
