/* Drawing and paginating a measured table: a heavy rule on top, the header row, a rule
 * under it, quiet thin rules between rows and a heavy rule at the end of each page's
 * part. When a row does not fit, the page ends and the header is repeated. */
#include "render/pdf/pdf_page.h"
#include "render/pdf/pdf_style.h"
#include "render/pdf/pdf_table_internal.h"

static void rule(wr_pdf_ctx *ctx, double x, double w, double y, double width, wr_pdf_rgb c)
{
    wr_pdf_tags_artifact_begin(ctx->tags, ctx->page, WR_PDF_ARTIFACT_LAYOUT);
    HPDF_Page_SetLineWidth(ctx->page, (HPDF_REAL)width);
    HPDF_Page_SetRGBStroke(ctx->page, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b);
    HPDF_Page_MoveTo(ctx->page, (HPDF_REAL)x, (HPDF_REAL)y);
    HPDF_Page_LineTo(ctx->page, (HPDF_REAL)(x + w), (HPDF_REAL)y);
    HPDF_Page_Stroke(ctx->page);
    wr_pdf_tags_end(ctx->tags, ctx->page);
}

static double table_width(const wr_pdf_table *t)
{
    double w = 0;
    for (size_t c = 0; c < t->ncols; c++)
        w += t->colw[c];
    return w;
}

/* A header cell: every cell of a header row (its column's head), and the first cell of
 * a body row when the first column holds text and the table has more (the row's head),
 * as in the HTML twin. NULL for a data cell. */
static const char *scope_of(const wr_pdf_table *t, size_t r, size_t c)
{
    if (r < t->nheader)
        return "Column";
    return c == 0 && t->ncols > 1 && t->align[0] != WR_PDF_ALIGN_RIGHT ? "Row" : NULL;
}

static void draw_row(wr_pdf_ctx *ctx, const wr_pdf_table *t, size_t r, double x, double top)
{
    double off = wr_pdf_baseline_offset(WR_PDF_TABLE_SIZE, WR_PDF_TABLE_LEADING);
    bool tagged = !wr_pdf_tags_in_artifact(ctx->tags, ctx->page); /* not a repeated header */
    if (tagged)
        wr_pdf_tags_open(ctx->tags, "TR");
    for (size_t c = 0; c < t->ncols; c++) {
        const wr_pdf_text *tx = t->cells[r * t->ncols + c].text;
        const char *scope = scope_of(t, r, c);
        if (tagged)
            wr_pdf_tags_set_scope(ctx->tags, wr_pdf_tags_open(ctx->tags, scope ? "TH" : "TD"),
                                  scope);
        size_t n = wr_pdf_text_line_count(tx);
        for (size_t k = 0; k < n; k++)
            wr_pdf_text_draw_line(tx, k, ctx->page, x + WR_PDF_CELL_PAD_X,
                                  top - WR_PDF_CELL_PAD_Y - off - (double)k * WR_PDF_TABLE_LEADING);
        if (tagged)
            wr_pdf_tags_close(ctx->tags);
        x += t->colw[c];
    }
    if (tagged)
        wr_pdf_tags_close(ctx->tags);
}

static double header_height(const wr_pdf_table *t)
{
    double h = 0;
    for (size_t r = 0; r < t->nheader; r++)
        h += t->rowh[r];
    return h;
}

/* Top rule and header rows, right here; repeated on a later page they are an artifact
 * (read once, where the table starts). */
static void draw_header(wr_pdf_ctx *ctx, const wr_pdf_table *t, double x, bool repeated)
{
    double w = table_width(t), top;
    if (wr_pdf_place_here(ctx, header_height(t), &top) != WR_OK)
        return;
    rule(ctx, x, w, top, WR_PDF_RULE_HEAVY, WR_PDF_COLOR_RULE_DARK);
    if (repeated)
        wr_pdf_tags_artifact_begin(ctx->tags, ctx->page, WR_PDF_ARTIFACT_REPEAT);
    for (size_t r = 0; r < t->nheader; r++) {
        draw_row(ctx, t, r, x, top);
        top -= t->rowh[r];
    }
    if (repeated)
        wr_pdf_tags_end(ctx->tags, ctx->page);
    if (t->nheader > 0)
        rule(ctx, x, w, top, WR_PDF_RULE_MID, WR_PDF_COLOR_RULE_DARK);
}

/* What must fit on a page for the table to start there: the header and the first two
 * rows, or all of a table of up to three rows with its note (keep_after), so no page shows
 * a header over a single row. */
static double start_height(const wr_pdf_table *t, double keep_after)
{
    size_t first = t->nheader, last = t->nrows;
    bool short_table = last - first <= 3;
    double need = header_height(t);
    for (size_t r = first; r < last && (short_table || r < first + 2); r++)
        need += t->rowh[r];
    return short_table ? need + keep_after : need;
}

wr_status wr_pdf_table_render(wr_pdf_ctx *ctx, cmark_node *node, double keep_after)
{
    wr_pdf_table *t = NULL;
    double x = wr_pdf_ctx_left(ctx);
    if (wr_pdf_table_build(ctx, node, wr_pdf_ctx_width(ctx), &t) != WR_OK)
        return ctx->failure.status;
    wr_pdf_markers_drop(ctx); /* a table as first thing in a list item: no marker */
    double w = table_width(t);
    size_t first = t->nheader, last = t->nrows; /* body rows [first, last) */

    wr_pdf_gap(ctx, WR_PDF_TABLE_BEFORE);
    double need = start_height(t, keep_after);
    if (!ctx->fresh && wr_pdf_room(ctx) < need)
        wr_pdf_page_add(ctx);
    wr_pdf_tags_open(ctx->tags, "Table");
    draw_header(ctx, t, x, false);

    size_t on_page = 0; /* body rows on the current page */
    for (size_t r = first; r < last && ctx->failure.status == WR_OK; r++) {
        /* The last row never goes over alone: the one before it needs room for both. */
        double row_need = t->rowh[r];
        if (r + 2 == last && r > first)
            row_need += t->rowh[r + 1] + keep_after;
        else if (r + 1 == last)
            row_need += keep_after;
        if (on_page > 0 && wr_pdf_room(ctx) < row_need) {
            rule(ctx, x, w, ctx->y, WR_PDF_RULE_HEAVY, WR_PDF_COLOR_RULE_DARK);
            if (wr_pdf_page_add(ctx) != WR_OK)
                break;
            draw_header(ctx, t, x, true);
            on_page = 0;
        }
        double top;
        /* Never split a row; one taller than a page overflows rather than loops. */
        if (wr_pdf_place_here(ctx, t->rowh[r], &top) != WR_OK)
            break;
        if (on_page > 0 && t->total[r])
            rule(ctx, x, w, top, WR_PDF_RULE_MID, WR_PDF_COLOR_RULE_DARK);
        else if (on_page > 0)
            rule(ctx, x, w, top, WR_PDF_RULE_THIN, WR_PDF_COLOR_RULE_LIGHT);
        draw_row(ctx, t, r, x, top);
        on_page++;
    }
    if (ctx->failure.status == WR_OK)
        rule(ctx, x, w, ctx->y, WR_PDF_RULE_HEAVY, WR_PDF_COLOR_RULE_DARK);
    wr_pdf_tags_close(ctx->tags);
    wr_pdf_table_free(t);
    wr_pdf_gap(ctx, WR_PDF_TABLE_AFTER);
    return wr_pdf_ctx_check(ctx);
}

double wr_pdf_table_lead(wr_pdf_ctx *ctx, cmark_node *node, double keep_after)
{
    wr_pdf_table *t = NULL;
    if (wr_pdf_table_build(ctx, node, wr_pdf_ctx_width(ctx), &t) != WR_OK)
        return 0;
    double h = start_height(t, keep_after);
    wr_pdf_table_free(t);
    return h;
}
