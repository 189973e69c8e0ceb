#include "render/html/html_cover.h"

#include "blocks/cover_block.h"
#include "render/html/html_escape.h"
#include "render/html/html_page.h"

static void item(wr_html_ctx *ctx, const wr_cover_item *it)
{
    wr_strbuf *o = ctx->out;
    if (!it->has_label) {
        wr_strbuf_puts(o, "<div><dt class=\"vh\">Gegeven</dt><dd>");
        wr_html_esc(o, it->value.s, it->value.len);
        wr_strbuf_puts(o, "</dd></div>\n");
        return;
    }
    wr_strbuf_puts(o, "<div><dt>");
    wr_html_esc(o, it->label.s, it->label.len);
    wr_strbuf_puts(o, "</dt><dd>");
    if (wr_cover_item_is_date(it)) {
        char date[64];
        wr_html_date_text(ctx->opts, date, sizeof date);
        wr_strbuf_printf(o, "<time datetime=\"%04d-%02d-%02d\">%s</time>", ctx->opts->date_year,
                         ctx->opts->date_month, ctx->opts->date_day, date);
    } else if (wr_cover_item_is_draft(it)) {
        wr_strbuf_puts(o, "<strong class=\"concept\">");
        wr_html_esc(o, it->value.s, it->value.len);
        wr_strbuf_puts(o, "</strong>");
    } else {
        wr_html_esc(o, it->value.s, it->value.len);
    }
    wr_strbuf_puts(o, "</dd></div>\n");
}

wr_status wr_html_cover(wr_html_ctx *ctx, cmark_node *block)
{
    const char *body = cmark_node_get_literal(block);
    wr_block_span title, subtitle;
    wr_cover_heading(body, &title, &subtitle);
    wr_strbuf *o = ctx->out;
    wr_strbuf_puts(o, "<div class=\"voorblad\">\n<h1>");
    if (title.len)
        wr_html_esc(o, title.s, title.len);
    else
        wr_html_escs(o, ctx->opts->title);
    wr_strbuf_puts(o, "</h1>\n");
    if (subtitle.len) {
        wr_strbuf_puts(o, "<p class=\"ondertitel\">");
        wr_html_esc(o, subtitle.s, subtitle.len);
        wr_strbuf_puts(o, "</p>\n");
    }
    size_t pos = 0;
    wr_cover_item it;
    if (wr_cover_next_item(body, &pos, &it)) {
        wr_strbuf_puts(o, "<dl class=\"voorblad-gegevens\">\n");
        do
            item(ctx, &it);
        while (wr_cover_next_item(body, &pos, &it));
        wr_strbuf_puts(o, "</dl>\n");
    }
    wr_strbuf_puts(o, "</div>\n");
    return wr_html_check(ctx);
}
