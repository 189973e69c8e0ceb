#include <cmark-gfm-core-extensions.h>
#include <stdlib.h>
#include <string.h>

#include "blocks/chart.h"
#include "blocks/markdown.h"
#include "render/pdf/pdf_flow.h"
#include "render/pdf/pdf_style.h"
#include "render/pdf/pdf_table_internal.h"

/* Measuring width: wide enough that only forced breaks end a line. */
#define UNBOUNDED 1e7

/* Shrinks columns that want more than `width` in total: in proportion to what they
 * want, never below min (their longest word) while that is possible. */
static void shrink_columns(const double *want, const double *min, size_t n, double width,
                           double *out)
{
    double sum_min = 0;
    for (size_t i = 0; i < n; i++)
        sum_min += min[i];
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

/* A table whose content fits is set as narrow as a designer would: its natural width
 * plus a gutter before each further column, rounded up to half, three quarters or the
 * full text width so the tables of a report share a few widths. The extra space goes to
 * the text columns (labels), so numbers stay close to each other. */
void wr_pdf_fit_columns(const double *want, const double *min, const bool *text, size_t n,
                        double width, double *out)
{
    double sum_want = 0, sum_text = 0;
    for (size_t i = 0; i < n; i++) {
        sum_want += want[i];
        if (text[i])
            sum_text += want[i];
    }
    if (n == 0)
        return;
    if (sum_want > width) {
        shrink_columns(want, min, n, width, out);
        return;
    }
    double natural = sum_want + WR_PDF_TABLE_GUTTER * (double)(n - 1), target = width;
    if (natural <= 0.5 * width)
        target = 0.5 * width;
    else if (natural <= 0.75 * width)
        target = 0.75 * width;
    double extra = target - sum_want;
    double gutter = extra / (double)(n > 1 ? n - 1 : 1);
    if (gutter > WR_PDF_TABLE_GUTTER)
        gutter = WR_PDF_TABLE_GUTTER;
    for (size_t i = 0; i < n; i++) {
        out[i] = want[i] + (i > 0 ? gutter : 0);
        extra -= i > 0 ? gutter : 0;
    }
    for (size_t i = 0; i < n; i++) {
        if (sum_text > 0)
            out[i] += text[i] ? extra * want[i] / sum_text : 0;
        else
            out[i] += sum_want > 0 ? extra * want[i] / sum_want : extra / (double)n;
    }
}

static wr_pdf_align column_align(const uint8_t *aligns, size_t col)
{
    switch (aligns ? aligns[col] : 0) {
    case 'r': return WR_PDF_ALIGN_RIGHT;
    case 'c': return WR_PDF_ALIGN_CENTER;
    default: return WR_PDF_ALIGN_LEFT;
    }
}

static wr_status alloc_table(wr_pdf_ctx *ctx, cmark_node *node, wr_pdf_table **out)
{
    wr_pdf_table *t = calloc(1, sizeof *t);
    if (!t)
        return wr_pdf_ctx_nomem(ctx);
    *out = t;
    t->ncols = cmark_gfm_extensions_get_table_columns(node);
    for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row))
        if (wr_markdown_is_table_row(row))
            t->nrows++;
    size_t nc = t->ncols ? t->ncols : 1;
    t->align = calloc(nc, sizeof *t->align);
    t->colw = calloc(nc, sizeof *t->colw);
    t->rowh = calloc(t->nrows ? t->nrows : 1, sizeof *t->rowh);
    t->total = calloc(t->nrows ? t->nrows : 1, sizeof *t->total);
    t->cells = calloc((t->nrows ? t->nrows : 1) * nc, sizeof *t->cells);
    t->explicit_align = calloc(nc, sizeof *t->explicit_align);
    if (!t->align || !t->colw || !t->rowh || !t->cells || !t->total || !t->explicit_align)
        return wr_pdf_ctx_nomem(ctx);
    uint8_t *aligns = cmark_gfm_extensions_get_table_alignments(node);
    for (size_t c = 0; c < t->ncols; c++) {
        t->align[c] = column_align(aligns, c);
        t->explicit_align[c] = aligns && aligns[c] != 0;
    }
    return WR_OK;
}

/* Columns without an alignment in the separator row are right-aligned when every body
 * cell is a figure; a row whose first cell is all bold is a total. */
static wr_status classify(wr_pdf_ctx *ctx, wr_pdf_table *t)
{
    for (size_t c = 0; c < t->ncols; c++) {
        bool numeric = t->nrows > t->nheader;
        for (size_t r = t->nheader; r < t->nrows && numeric && !t->explicit_align[c]; r++) {
            char *text = wr_pdf_runs_text(&t->cells[r * t->ncols + c].runs);
            if (!text)
                return wr_pdf_ctx_nomem(ctx);
            numeric = wr_chart_figure_like(text, strlen(text));
            free(text);
        }
        if (numeric && !t->explicit_align[c])
            t->align[c] = WR_PDF_ALIGN_RIGHT;
    }
    for (size_t r = t->nheader; r < t->nrows && t->ncols > 0; r++) {
        const wr_pdf_runs *runs = &t->cells[r * t->ncols].runs;
        bool bold = runs->n > 0;
        for (size_t i = 0; i < runs->n; i++)
            bold = bold && (runs->v[i].flags & WR_PDF_RUN_STRONG);
        t->total[r] = bold;
    }
    return WR_OK;
}

/* Collects every cell, decides the alignments, then lays each cell out unbounded to
 * measure it. */
static wr_status fill_cells(wr_pdf_ctx *ctx, cmark_node *node, wr_pdf_table *t)
{
    size_t r = 0;
    for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
        if (!wr_markdown_is_table_row(row))
            continue;
        if (cmark_gfm_extensions_get_table_row_is_header(row) && r == t->nheader)
            t->nheader++;
        size_t c = 0;
        for (cmark_node *cell = cmark_node_first_child(row); cell && c < t->ncols;
             cell = cmark_node_next(cell), c++) {
            wr_pdf_cell *pc = &t->cells[r * t->ncols + c];
            if (!wr_pdf_runs_collect(cell, ctx->opts, &pc->runs))
                return wr_pdf_ctx_nomem(ctx);
        }
        r++;
    }
    if (classify(ctx, t) != WR_OK)
        return ctx->failure.status;
    for (r = 0; r < t->nrows; r++) {
        for (size_t c = 0; c < t->ncols; c++) {
            wr_pdf_cell *pc = &t->cells[r * t->ncols + c];
            wr_pdf_textstyle st = {r < t->nheader ? WR_PDF_BOLD : WR_PDF_REGULAR,
                                   WR_PDF_TABLE_SIZE, WR_PDF_TABLE_LEADING, WR_PDF_COLOR_TEXT,
                                   t->align[c], true};
            if (wr_pdf_layout_runs(ctx, &pc->runs, &st, UNBOUNDED, &pc->text) != WR_OK)
                return ctx->failure.status;
        }
    }
    return WR_OK;
}

static wr_status fit(wr_pdf_ctx *ctx, wr_pdf_table *t, double width)
{
    double *want = calloc(t->ncols * 2 + 1, sizeof *want);
    bool *text = calloc(t->ncols + 1, sizeof *text);
    if (!want || !text) {
        free(want);
        free(text);
        return wr_pdf_ctx_nomem(ctx);
    }
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
    for (size_t c = 0; c < t->ncols; c++)
        text[c] = t->align[c] == WR_PDF_ALIGN_LEFT;
    wr_pdf_fit_columns(want, min, text, t->ncols, width, t->colw);
    free(want);
    free(text);

    for (size_t r = 0; r < t->nrows; r++) {
        size_t lines = 1;
        for (size_t c = 0; c < t->ncols; c++) {
            wr_pdf_text *tx = t->cells[r * t->ncols + c].text;
            double inner = t->colw[c] - pad;
            if (!wr_pdf_text_reflow(tx, inner > 1 ? inner : 1))
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
        return ctx->failure.status;
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
    free(t->total);
    free(t->explicit_align);
    free(t);
}
