/* The cover page from a "voorblad" block (blocks/cover_block.h): titel and ondertitel
 * set large in the upper third, the other items as a list at the foot of the page. */
#include "render/pdf/pdf_cover.h"

#include <stdio.h>

#include "base/date.h"
#include "base/format_nl.h"
#include "blocks/cover_block.h"
#include "render/pdf/pdf_draw.h"
#include "render/pdf/pdf_flow.h"
#include "render/pdf/pdf_page.h"
#include "render/pdf/pdf_style.h"

#define MAX_ITEMS 12
#define LABEL_W (40.0 * WR_PDF_MM)

typedef struct {
    wr_block_span title, subtitle;
    wr_cover_item items[MAX_ITEMS];
    size_t n;
} cover;

static void parse(const char *body, cover *c)
{
    size_t pos = 0;
    wr_cover_heading(body, &c->title, &c->subtitle);
    c->n = 0;
    while (c->n < MAX_ITEMS && wr_cover_next_item(body, &pos, &c->items[c->n]))
        c->n++;
}

/* Sets text in one style, wrapped to the text width, with its first line's top at *y;
 * moves *y below it. */
static void block_text(wr_pdf_ctx *ctx, wr_block_span s, wr_pdf_textstyle st, double x,
                       double width, double *y, const char *type)
{
    wr_pdf_runs runs = {0};
    wr_pdf_text *t = NULL;
    if (s.len == 0)
        return;
    wr_pdf_tags_open(ctx->tags, type);
    if (wr_pdf_runs_add(&runs, 0, s.s, s.len, NULL) &&
        wr_pdf_layout_runs(ctx, &runs, &st, width, &t) == WR_OK) {
        double off = wr_pdf_baseline_offset(st.size, st.leading);
        for (size_t i = 0; i < wr_pdf_text_line_count(t); i++)
            wr_pdf_text_draw_line(t, i, ctx->page, x, *y - off - (double)i * st.leading);
        *y -= (double)wr_pdf_text_line_count(t) * st.leading;
    } else {
        wr_pdf_ctx_nomem(ctx);
    }
    wr_pdf_tags_close(ctx->tags);
    wr_pdf_text_free(t);
    wr_pdf_runs_free(&runs);
}

static void rule(wr_pdf_ctx *ctx, double x0, double x1, double y)
{
    wr_pdf_tags_artifact_begin(ctx->tags, ctx->page, WR_PDF_ARTIFACT_LAYOUT);
    wr_pdf_line(ctx->page, x0, y, x1, y, 0.4, WR_PDF_COLOR_RULE_LIGHT);
    wr_pdf_tags_end(ctx->tags, ctx->page);
}

static void draw_item(wr_pdf_ctx *ctx, const wr_cover_item *it, double top)
{
    char label[256], value[512];
    snprintf(label, sizeof label, "%.*s", (int)it->label.len, it->label.s);
    snprintf(value, sizeof value, "%.*s", (int)it->value.len, it->value.s);
    if (wr_cover_item_is_date(it))
        wr_nl_date(wr_day_from_ymd(ctx->opts->date_year, ctx->opts->date_month,
                                   ctx->opts->date_day),
                   value, sizeof value);
    bool draft = wr_cover_item_is_draft(it);

    double x = WR_PDF_MARGIN_X, right = WR_PDF_MARGIN_X + WR_PDF_TEXT_W;
    rule(ctx, x, right, top);
    double baseline = top - WR_PDF_COVER_ITEM_H / 2.0 - 3.5;
    /* A list of label and value, as the HTML twin's description list. */
    wr_pdf_tags_open(ctx->tags, "LI");
    wr_pdf_tags_open(ctx->tags, "Lbl");
    wr_pdf_draw_string(ctx, ctx->page, WR_PDF_SEMIBOLD, WR_PDF_COVER_ITEM_LABEL,
                       WR_PDF_COLOR_MUTED, x, baseline, label);
    wr_pdf_tags_close(ctx->tags);
    wr_pdf_tags_open(ctx->tags, "LBody");
    wr_pdf_draw_string(ctx, ctx->page, draft ? WR_PDF_BOLD : WR_PDF_REGULAR,
                       WR_PDF_COVER_ITEM_SIZE, draft ? WR_PDF_COLOR_DRAFT : WR_PDF_COLOR_TEXT,
                       x + LABEL_W, baseline, value);
    wr_pdf_tags_close(ctx->tags);
    wr_pdf_tags_close(ctx->tags);
}

wr_status wr_pdf_cover_render(wr_pdf_ctx *ctx, cmark_node *block)
{
    cover c;
    parse(cmark_node_get_literal(block), &c);
    if (!ctx->fresh && wr_pdf_page_add(ctx) != WR_OK)
        return ctx->failure.status;
    double top;
    /* The whole page belongs to the cover. */
    if (wr_pdf_place(ctx, ctx->y - WR_PDF_MARGIN_BOTTOM, 0, &top) != WR_OK)
        return ctx->failure.status;

    double x = WR_PDF_MARGIN_X;
    wr_pdf_tags_artifact_begin(ctx->tags, ctx->page, WR_PDF_ARTIFACT_LAYOUT);
    wr_pdf_fill_rect(ctx->page, x, WR_PDF_BODY_TOP - 3.0, 36.0 * WR_PDF_MM, 3.0,
                     WR_PDF_COLOR_HEADING);
    wr_pdf_tags_end(ctx->tags, ctx->page);
    double y = WR_PDF_COVER_TITLE_TOP;
    wr_pdf_textstyle tst = {WR_PDF_BOLD, WR_PDF_COVER_TITLE_SIZE, WR_PDF_COVER_TITLE_LEADING,
                            WR_PDF_COLOR_HEADING, WR_PDF_ALIGN_LEFT, false};
    block_text(ctx, c.title, tst, x, WR_PDF_TEXT_W * 0.85, &y, "H1");
    y -= 6.0;
    wr_pdf_textstyle sst = {WR_PDF_REGULAR, WR_PDF_COVER_SUB_SIZE, WR_PDF_COVER_SUB_LEADING,
                            WR_PDF_COLOR_QUOTE, WR_PDF_ALIGN_LEFT, false};
    block_text(ctx, c.subtitle, sst, x, WR_PDF_TEXT_W * 0.85, &y, "P");

    double list_top = WR_PDF_MARGIN_BOTTOM + 12.0 + (double)c.n * WR_PDF_COVER_ITEM_H;
    wr_pdf_tags_open(ctx->tags, "L");
    for (size_t i = 0; i < c.n; i++)
        draw_item(ctx, &c.items[i], list_top - (double)i * WR_PDF_COVER_ITEM_H);
    wr_pdf_tags_close(ctx->tags);
    if (c.n > 0)
        rule(ctx, x, x + WR_PDF_TEXT_W, list_top - (double)c.n * WR_PDF_COVER_ITEM_H);
    if (ctx->opts->draft)
        wr_pdf_draft_label(ctx);
    if (wr_pdf_ctx_check(ctx) != WR_OK)
        return ctx->failure.status;
    return wr_pdf_page_add(ctx);
}
