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
    *lines = out.v;
    *count = out.n;
    return true;
}
