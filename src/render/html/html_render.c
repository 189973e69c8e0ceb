/* The entry point: parses the Markdown with cmark-gfm (tables and strikethrough, as the
 * PDF renderer does), collects the headings, writes the page into memory and then to the
 * file in one go. */
#include "render/html/html_render.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/errno_nl.h"
#include "blocks/markdown.h"
#include "render/html/html_blocks.h"
#include "render/html/html_context.h"
#include "render/html/html_headings.h"
#include "render/html/html_page.h"

wr_status wr_html_render_string(const char *markdown, size_t len, const wr_html_options *opts,
                                char **out, wr_error *err)
{
    if (!out || (!markdown && len > 0) || !opts)
        return wr_error_set(err, WR_ERR_INTERNAL, "wr_html_render: ongeldige aanroep");
    *out = NULL;
    if (!wr_date_valid(opts->date_year, opts->date_month, opts->date_day))
        return wr_error_set(err, WR_ERR_INTERNAL, "ongeldige rapportdatum %04d-%02d-%02d",
                            opts->date_year, opts->date_month, opts->date_day);
    wr_strbuf buf = {0};
    wr_html_ctx ctx = {.out = &buf, .opts = opts, .failure = {err, WR_OK}};
    cmark_node *doc = wr_markdown_parse(markdown, len);
    if (!doc)
        return wr_error_set(err, WR_ERR_NOMEM, "onvoldoende geheugen voor de HTML-versie");
    if (wr_markdown_check_depth(doc, opts->sources, &ctx.failure) == WR_OK &&
        wr_html_headings_collect(&ctx, doc) == WR_OK) {
        wr_html_page_open(&ctx);
        if (wr_html_blocks(&ctx, doc) == WR_OK) {
            wr_html_page_close(&ctx);
            wr_html_check(&ctx);
        }
    }
    cmark_node_free(doc);
    wr_html_headings_free(&ctx);
    if (ctx.failure.status == WR_OK && !(*out = wr_strbuf_take(&buf)))
        wr_first_error_set(&ctx.failure, WR_ERR_NOMEM, "onvoldoende geheugen voor de HTML-versie");
    wr_strbuf_free(&buf);
    return ctx.failure.status;
}

wr_status wr_html_render(const char *markdown, size_t len, const wr_html_options *opts,
                         const char *path, wr_error *err)
{
    if (!path)
        return wr_error_set(err, WR_ERR_INTERNAL, "wr_html_render: ongeldige aanroep");
    char *html = NULL;
    wr_status st = wr_html_render_string(markdown, len, opts, &html, err);
    if (st != WR_OK)
        return st;
    errno = 0;
    FILE *f = fopen(path, "wb");
    size_t n = strlen(html);
    bool ok = f && fwrite(html, 1, n, f) == n;
    int saved = errno;
    if (f && fclose(f) != 0) {
        ok = false;
        saved = saved ? saved : errno;
    }
    free(html);
    if (!ok) {
        if (f)
            remove(path); /* no half-written page left behind */
        if (saved)
            return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven: %s.", path, wr_errno_text(saved));
        return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven.", path);
    }
    return WR_OK;
}
