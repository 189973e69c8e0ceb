#include <stdlib.h>
#include <string.h>

#include <cmark-gfm-core-extensions.h>

#include "pdf_blocks.h"
#include "pdf_style.h"
#include "pdf_table_internal.h"

/* Measuring width: wide enough that only forced breaks end a line. */
#define UNBOUNDED 1e7

/* Splits `width` over columns that want want[i] and need at least min[i] (their longest
 * word): natural widths when they fit, the rest shared out in proportion; otherwise
 * shrunk in proportion to want without going below min while that is possible. */
static void fit_columns(const double *want, const double *min, size_t n, double width,
                        double *out)
{
    double sum_want = 0, sum_min = 0;
    for (size_t i = 0; i < n; i++) {
        sum_want += want[i];
        sum_min += min[i];
    }
    if (n == 0)
        return;
    if (sum_want <= width) {
        /* Full text width keeps the rules of all tables aligned with the text. */
        for (size_t i = 0; i < n; i++)
            out[i] = sum_want > 0 ? want[i] + (width - sum_want) * want[i] / sum_want
                                  : width / (double)n;
        return;
    }
    if (sum_min >= width) {
        for (size_t i = 0; i < n; i++)
            out[i] = sum_min > 0 ? width * min[i] / sum_min : width / (double)n;
        return;
    }
    /* Columns whose proportional share is below their minimum get the minimum; the rest
     * share what is left. Repeat until stable (at most n rounds). */
    bool *fixed = calloc(n, sizeof *fixed);
    bool changed = true;
    while (changed) {
        changed = false;
        double avail = width, share_want = 0;
        for (size_t i = 0; i < n; i++) {
            if (fixed && fixed[i])
                avail -= min[i];
            else
                share_want += want[i];
        }
        for (size_t i = 0; i < n; i++) {
            if (fixed && fixed[i]) {
                out[i] = min[i];
                continue;
            }
            out[i] = share_want > 0 ? avail * want[i] / share_want : min[i];
            if (out[i] < min[i] && fixed) {
                fixed[i] = true;
                changed = true;
            }
        }
    }
    free(fixed);
}

static wr_pdf_align column_align(const uint8_t *aligns, size_t col)
{
    switch (aligns ? aligns[col] : 0) {
    case 'r': return WR_PDF_ALIGN_RIGHT;
    case 'c': return WR_PDF_ALIGN_CENTER;
    default: return WR_PDF_ALIGN_LEFT;
    }
}

static bool is_row(cmark_node *node)
{
    const char *type = cmark_node_get_type_string(node);
    return type && (strcmp(type, "table_row") == 0 || strcmp(type, "table_header") == 0);
}

static wr_status alloc_table(wr_pdf_ctx *ctx, cmark_node *node, wr_pdf_table **out)
{
    wr_pdf_table *t = calloc(1, sizeof *t);
    if (!t)
        return wr_pdf_ctx_nomem(ctx);
    *out = t;
    t->ncols = cmark_gfm_extensions_get_table_columns(node);
    for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row))
        if (is_row(row))
            t->nrows++;
    size_t nc = t->ncols ? t->ncols : 1;
    t->align = calloc(nc, sizeof *t->align);
    t->colw = calloc(nc, sizeof *t->colw);
    t->rowh = calloc(t->nrows ? t->nrows : 1, sizeof *t->rowh);
    t->cells = calloc((t->nrows ? t->nrows : 1) * nc, sizeof *t->cells);
    if (!t->align || !t->colw || !t->rowh || !t->cells)
        return wr_pdf_ctx_nomem(ctx);
    uint8_t *aligns = cmark_gfm_extensions_get_table_alignments(node);
    for (size_t c = 0; c < t->ncols; c++)
        t->align[c] = column_align(aligns, c);
    return WR_OK;
}

/* Lays out every cell unbounded, to measure it. */
static wr_status fill_cells(wr_pdf_ctx *ctx, cmark_node *node, wr_pdf_table *t)
{
    size_t r = 0;
    for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
        if (!is_row(row))
            continue;
        bool header = cmark_gfm_extensions_get_table_row_is_header(row);
        if (header && r == t->nheader)
            t->nheader++;
        size_t c = 0;
        for (cmark_node *cell = cmark_node_first_child(row); cell && c < t->ncols;
             cell = cmark_node_next(cell), c++) {
            wr_pdf_cell *pc = &t->cells[r * t->ncols + c];
            if (!wr_pdf_runs_collect(cell, &pc->runs))
                return wr_pdf_ctx_nomem(ctx);
        }
        for (c = 0; c < t->ncols; c++) {
            wr_pdf_cell *pc = &t->cells[r * t->ncols + c];
            wr_pdf_textstyle st = {header ? WR_PDF_BOLD : WR_PDF_REGULAR, WR_PDF_TABLE_SIZE,
                                   WR_PDF_TABLE_LEADING, WR_PDF_COLOR_TEXT, t->align[c], true};
            if (wr_pdf_layout_runs(ctx, &pc->runs, &st, UNBOUNDED, &pc->text) != WR_OK)
                return ctx->status;
        }
        r++;
    }
    return WR_OK;
}

static wr_status fit(wr_pdf_ctx *ctx, wr_pdf_table *t, double width)
{
    double *want = calloc(t->ncols * 2 + 1, sizeof *want);
    if (!want)
        return wr_pdf_ctx_nomem(ctx);
    double *min = want + t->ncols;
    const double pad = 2 * WR_PDF_CELL_PAD_X;
    for (size_t c = 0; c < t->ncols; c++) {
        want[c] = min[c] = pad;
        for (size_t r = 0; r < t->nrows; r++) {
            const wr_pdf_text *tx = t->cells[r * t->ncols + c].text;
            if (wr_pdf_text_widest(tx) + pad > want[c])
                want[c] = wr_pdf_text_widest(tx) + pad;
            if (wr_pdf_text_longest_word(tx) + pad > min[c])
                min[c] = wr_pdf_text_longest_word(tx) + pad;
        }
    }
    fit_columns(want, min, t->ncols, width, t->colw);
    free(want);

    for (size_t r = 0; r < t->nrows; r++) {
        size_t lines = 1;
        for (size_t c = 0; c < t->ncols; c++) {
            wr_pdf_text *tx = t->cells[r * t->ncols + c].text;
            double inner = t->colw[c] - pad;
            if (wr_pdf_text_reflow(tx, inner > 1 ? inner : 1) != WR_OK)
                return wr_pdf_ctx_nomem(ctx);
            if (wr_pdf_text_line_count(tx) > lines)
                lines = wr_pdf_text_line_count(tx);
        }
        t->rowh[r] = (double)lines * WR_PDF_TABLE_LEADING + 2 * WR_PDF_CELL_PAD_Y;
    }
    return WR_OK;
}

wr_status wr_pdf_table_build(wr_pdf_ctx *ctx, cmark_node *node, double width,
                             wr_pdf_table **out)
{
    *out = NULL;
    wr_pdf_table *t = NULL;
    if (alloc_table(ctx, node, &t) != WR_OK || fill_cells(ctx, node, t) != WR_OK ||
        fit(ctx, t, width) != WR_OK) {
        wr_pdf_table_free(t);
        return ctx->status;
    }
    *out = t;
    return WR_OK;
}

void wr_pdf_table_free(wr_pdf_table *t)
{
    if (!t)
        return;
    if (t->cells) {
        for (size_t i = 0; i < t->nrows * t->ncols; i++) {
            wr_pdf_text_free(t->cells[i].text);
            wr_pdf_runs_free(&t->cells[i].runs);
        }
    }
    free(t->cells);
    free(t->align);
    free(t->colw);
    free(t->rowh);
    free(t);
}
