#include "render/html/html_cover.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "blocks/chart_text.h"
#include "render/html/html_escape.h"
#include "render/html/html_page.h"

bool wr_html_cover_is_block(const char *info)
{
    size_t n = info ? strcspn(info, " \t") : 0;
    return n == 8 && strncasecmp(info, "voorblad", 8) == 0;
}

static void item(wr_html_ctx *ctx, wr_chart_span line)
{
    wr_strbuf *o = ctx->out;
    const char *colon = memchr(line.s, ':', line.len);
    if (!colon) {
        wr_strbuf_puts(o, "<div><dt class=\"vh\">Gegeven</dt><dd>");
        wr_html_esc(o, line.s, line.len);
        wr_strbuf_puts(o, "</dd></div>\n");
        return;
    }
    size_t at = (size_t)(colon - line.s);
    wr_chart_span label = wr_chart_trim((wr_chart_span){line.s, at});
    wr_chart_span value = wr_chart_trim((wr_chart_span){colon + 1, line.len - at - 1});
    wr_strbuf_puts(o, "<div><dt>");
    wr_html_esc(o, label.s, label.len);
    wr_strbuf_puts(o, "</dt><dd>");
    if (wr_chart_span_is(label, "datum") && value.len == 0) {
        char date[64];
        wr_html_date_text(ctx->opts, date, sizeof date);
        wr_strbuf_printf(o, "<time datetime=\"%04d-%02d-%02d\">%s</time>", ctx->opts->date_year,
                         ctx->opts->date_month, ctx->opts->date_day, date);
    } else if (wr_chart_span_is(label, "status") && wr_chart_span_is(value, "concept")) {
        wr_strbuf_puts(o, "<strong class=\"concept\">");
        wr_html_esc(o, value.s, value.len);
        wr_strbuf_puts(o, "</strong>");
    } else {
        wr_html_esc(o, value.s, value.len);
    }
    wr_strbuf_puts(o, "</dd></div>\n");
}

wr_status wr_html_cover(wr_html_ctx *ctx, cmark_node *block)
{
    static const char *const keys[] = {"titel", "ondertitel"};
    const char *body = cmark_node_get_literal(block);
    wr_chart_span title = {0}, subtitle = {0}, line, value;
    size_t pos = 0;
    int number = 0, items = 0;
    while (wr_chart_next_line(body, &pos, &line, &number)) {
        int k = wr_chart_key(line, keys, 2, &value);
        if (k == 0)
            title = value;
        else if (k == 1)
            subtitle = value;
        else if (line.len > 0)
            items++;
    }
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
    if (items > 0) {
        wr_strbuf_puts(o, "<dl class=\"voorblad-gegevens\">\n");
        pos = 0;
        number = 0;
        while (wr_chart_next_line(body, &pos, &line, &number))
            if (line.len > 0 && wr_chart_key(line, keys, 2, &value) < 0)
                item(ctx, line);
        wr_strbuf_puts(o, "</dl>\n");
    }
    wr_strbuf_puts(o, "</div>\n");
    return wr_html_check(ctx);
}
