#include "render/pdf/pdf_flow.h"

#include "render/pdf/pdf_page.h"

wr_status wr_pdf_layout_runs(wr_pdf_ctx *ctx, const wr_pdf_runs *runs,
                             const wr_pdf_textstyle *style, double width, wr_pdf_text **out)
{
    *out = wr_pdf_text_layout(ctx->fonts, ctx->hyph, runs, style, width);
    wr_pdf_text_set_tags(*out, ctx->tags);
    return *out ? WR_OK : wr_pdf_ctx_nomem(ctx);
}

void wr_pdf_record_hyphens(wr_pdf_ctx *ctx, const wr_pdf_text *t, size_t first, size_t n, const char *in)
{
    char before[64], after[64];
    for (size_t k = first; ctx->record && k < first + n; k++)
        if (wr_pdf_text_hyphen_parts(t, k, before, after, sizeof before))
            wr_pdf_record_hyphen(ctx->record, ctx->npages, in, before, after);
}

/* Lines [first, first + n) of t went on the current page from top down. */
static void record(wr_pdf_ctx *ctx, const wr_pdf_text *t, size_t first, size_t n, double top)
{
    if (!ctx->record)
        return;
    size_t total = wr_pdf_text_line_count(t);
    wr_strbuf d = {0};
    wr_strbuf_printf(&d, "\"from\": %zu, \"lines\": %zu, \"of\": %zu, \"last_words\": %zu, \"last_width\": %.2f",
                     first, n, total, wr_pdf_text_line_words(t, total - 1), wr_pdf_text_line_width(t, total - 1));
    wr_pdf_record_placed(ctx, "text", top, wr_strbuf_cstr(&d));
    wr_strbuf_free(&d);
    wr_pdf_record_hyphens(ctx, t, first, n, "text");
}

wr_status wr_pdf_flow_text(wr_pdf_ctx *ctx, const wr_pdf_text *t, double x, bool widows)
{
    const wr_pdf_textstyle *st = wr_pdf_text_style(t);
    const double lead = st->leading, off = wr_pdf_baseline_offset(st->size, st->leading);
    size_t total = wr_pdf_text_line_count(t), i = 0;

    while (i < total && ctx->failure.status == WR_OK) {
        double room = wr_pdf_room(ctx);
        size_t fit = room > 0 ? (size_t)((room + 0.01) / lead) : 0;
        size_t rest = total - i, take = rest;
        if (fit < rest) {
            take = fit;
            if (widows && rest >= 2) {
                if (rest - take < 2)
                    take = rest - 2; /* leave two lines for the next page, not one */
                if (take < 2)
                    take = 0;        /* and never one line alone at the page end */
            }
            /* A word is not hyphenated across a page turn: the line goes over with the
             * rest (with both lines when only two would stay, as for orphans). */
            while (widows && take >= 2 && wr_pdf_text_line_hyphen(t, i + take - 1))
                take = take > 2 ? take - 1 : 0;
            if (take == 0 && ctx->fresh)
                take = fit > 0 ? fit : 1; /* a page cannot do better: avoid looping */
            if (take == 0) {
                wr_pdf_page_add(ctx);
                continue;
            }
        }
        double top;
        if (wr_pdf_place(ctx, (double)take * lead, 0, &top) != WR_OK)
            break;
        for (size_t k = 0; k < take; k++) {
            double baseline = top - off - (double)k * lead;
            if (i + k == 0)
                wr_pdf_markers_draw(ctx, baseline);
            wr_pdf_text_draw_line(t, i + k, ctx->page, x, baseline);
        }
        record(ctx, t, i, take, top);
        i += take;
        if (i < total)
            wr_pdf_page_add(ctx);
    }
    return wr_pdf_ctx_check(ctx);
}
