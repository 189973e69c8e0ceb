#include "render/html/html_tiles.h"

#include "blocks/keyfig.h"
#include "render/html/html_escape.h"

static void arrow(wr_strbuf *o, wr_keyfig_trend t)
{
    static const char *const paths[] = {
        [WR_KEYFIG_UP] = "M5 1.5 9.5 8.5H.5z",
        [WR_KEYFIG_DOWN] = "M5 8.5 9.5 1.5H.5z",
        [WR_KEYFIG_SAME] = "M1 4h8v2H1z",
    };
    if (t == WR_KEYFIG_NONE)
        return;
    wr_strbuf_printf(o, "<svg class=\"pijl\" viewBox=\"0 0 10 10\" width=\"10\" height=\"10\" "
                        "aria-hidden=\"true\"><path d=\"%s\"/></svg>", paths[t]);
}

wr_status wr_html_tiles(wr_html_ctx *ctx, cmark_node *block)
{
    wr_keyfigs *k = NULL;
    wr_error parsed;
    wr_block_origin origin = wr_block_origin_of(block, ctx->opts->sources);
    wr_status st = wr_keyfigs_parse(cmark_node_get_literal(block), &origin, &k, &parsed);
    if (st != WR_OK)
        return wr_first_error_take(&ctx->failure, st, &parsed);
    wr_strbuf *o = ctx->out;
    if (k->count > 0) {
        /* Five tiles go 3 + 2, as in the PDF: the class sets the columns. */
        wr_strbuf_printf(o, "<dl class=\"kerncijfers per-%zu\">\n", wr_keyfigs_per_row(k->count));
        for (size_t i = 0; i < k->count; i++) {
            const wr_keyfig *f = &k->items[i];
            wr_strbuf_puts(o, "<div class=\"tegel\"><dt>");
            wr_html_escs(o, f->label);
            wr_strbuf_puts(o, "</dt><dd class=\"tegel-cijfer\">");
            wr_html_figure(o, f->value);
            wr_strbuf_puts(o, "</dd>");
            if (f->change) {
                wr_strbuf_puts(o, "<dd class=\"tegel-verschil\">");
                arrow(o, f->trend);
                wr_html_figure(o, f->change);
                wr_strbuf_puts(o, "</dd>");
            }
            wr_strbuf_puts(o, "</div>\n");
        }
        wr_strbuf_puts(o, "</dl>\n");
    }
    wr_keyfigs_free(k);
    return wr_html_check(ctx);
}
