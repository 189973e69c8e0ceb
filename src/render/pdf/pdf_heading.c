#include "render/pdf/pdf_heading.h"

#include <stdlib.h>

#include "render/pdf/pdf_nav.h"
#include "render/pdf/pdf_page.h"
#include "render/pdf/pdf_style.h"

typedef struct {
    double size, leading, before, after;
    wr_pdf_face face;
} heading_style;

static heading_style heading_for(int level)
{
    switch (level) {
    case 1: return (heading_style){WR_PDF_H1_SIZE, WR_PDF_H1_LEADING, WR_PDF_H1_BEFORE,
                                   WR_PDF_H1_AFTER, WR_PDF_BOLD};
    case 2: return (heading_style){WR_PDF_H2_SIZE, WR_PDF_H2_LEADING, WR_PDF_H2_BEFORE,
                                   WR_PDF_H2_AFTER, WR_PDF_BOLD};
    case 3: return (heading_style){WR_PDF_H3_SIZE, WR_PDF_H3_LEADING, WR_PDF_H3_BEFORE,
                                   WR_PDF_H3_AFTER, WR_PDF_SEMIBOLD};
    default: return (heading_style){WR_PDF_H4_SIZE, WR_PDF_H4_LEADING, WR_PDF_H4_BEFORE,
                                    WR_PDF_H4_AFTER, WR_PDF_SEMIBOLD};
    }
}

static void record(wr_pdf_ctx *ctx, int level, const wr_pdf_runs *runs, double top)
{
    if (!ctx->record)
        return;
    char *text = wr_pdf_runs_text(runs);
    wr_strbuf d = {0};
    wr_strbuf_printf(&d, "\"level\": %d, \"text\": ", level);
    wr_pdf_record_str(&d, text ? text : "");
    wr_pdf_record_placed(ctx, "heading", top, wr_strbuf_cstr(&d));
    wr_strbuf_free(&d);
    free(text);
}

wr_status wr_pdf_heading_render(wr_pdf_ctx *ctx, cmark_node *node, wr_pdf_lead_fn lead)
{
    heading_style hs = heading_for(cmark_node_get_heading_level(node));
    wr_pdf_textstyle st = {hs.face, hs.size, hs.leading, WR_PDF_COLOR_HEADING, WR_PDF_ALIGN_LEFT,
                           false};
    wr_pdf_runs runs = {0};
    wr_pdf_text *t = NULL;
    if (!wr_pdf_runs_collect(node, ctx->opts, &runs)) {
        wr_pdf_runs_free(&runs);
        return wr_pdf_ctx_nomem(ctx);
    }
    wr_pdf_gap(ctx, hs.before);
    if (wr_pdf_layout_runs(ctx, &runs, &st, wr_pdf_ctx_width(ctx), &t) == WR_OK) {
        size_t n = wr_pdf_text_line_count(t);
        double keep = hs.after + lead(ctx, cmark_node_next(node)), top;
        /* Never a heading at the bottom of a page: it moves along with what follows. */
        if (wr_pdf_place(ctx, (double)n * hs.leading, keep, &top) == WR_OK) {
            wr_pdf_nav_placed(ctx, top);
            record(ctx, cmark_node_get_heading_level(node), &runs, top);
            wr_pdf_tags_open(ctx->tags, wr_pdf_nav_tag(ctx));
            double off = wr_pdf_baseline_offset(hs.size, hs.leading);
            for (size_t i = 0; i < n; i++) {
                double baseline = top - off - (double)i * hs.leading;
                if (i == 0)
                    wr_pdf_markers_draw(ctx, baseline);
                wr_pdf_text_draw_line(t, i, ctx->page, wr_pdf_ctx_left(ctx), baseline);
            }
            wr_pdf_tags_close(ctx->tags);
        }
    }
    wr_pdf_text_free(t);
    wr_pdf_runs_free(&runs);
    wr_pdf_gap(ctx, hs.after);
    return wr_pdf_ctx_check(ctx);
}

double wr_pdf_heading_lead(wr_pdf_ctx *ctx, cmark_node *node, wr_pdf_lead_fn lead)
{
    heading_style hs = heading_for(cmark_node_get_heading_level(node));
    return hs.before + hs.leading + hs.after + lead(ctx, cmark_node_next(node));
}
