#include "render/html/html_table.h"

#include <cmark-gfm-core-extensions.h>
#include <string.h>
#include <strings.h>

#include "blocks/block_origin.h"
#include "blocks/chart.h"
#include "blocks/markdown.h"
#include "render/html/html_escape.h"
#include "render/html/html_inline.h"

/* Wide tables may scroll sideways on a small screen; such a region must be reachable by
 * keyboard, so it is focusable and named after the caption. */
#define SCROLL_REGION_COLUMNS 4

typedef struct {
    size_t ncols;
    const uint8_t *aligns;
    bool *numeric;
    size_t id;
} table_info;

static bool is_header(cmark_node *row)
{
    return cmark_gfm_extensions_get_table_row_is_header(row) != 0;
}

/* Whether a cell reads as a figure (blocks/chart.h), as in the PDF. */
static bool figure_like(cmark_node *cell)
{
    wr_strbuf b = {0};
    wr_html_plain_text(cell, &b);
    const char *s = wr_strbuf_cstr(&b);
    bool yes = wr_chart_figure_like(s, strlen(s));
    wr_strbuf_free(&b);
    return yes;
}

static void classify(cmark_node *table, table_info *t)
{
    for (size_t c = 0; c < t->ncols; c++) {
        uint8_t a = t->aligns ? t->aligns[c] : 0;
        if (a) {
            t->numeric[c] = a == 'r';
            continue;
        }
        bool numeric = false;
        for (cmark_node *row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
            if (!wr_markdown_is_table_row(row) || is_header(row))
                continue;
            cmark_node *cell = cmark_node_first_child(row);
            for (size_t k = 0; cell && k < c; k++)
                cell = cmark_node_next(cell);
            numeric = cell && figure_like(cell);
            if (!numeric)
                break;
        }
        t->numeric[c] = numeric;
    }
}

static const char *lit_of(cmark_node *n)
{
    const char *lit = cmark_node_get_literal(n);
    return lit ? lit : "";
}

/* A total row: its first cell is bold throughout ("**Totaal**"). */
static bool total_row(cmark_node *row)
{
    cmark_node *cell = cmark_node_first_child(row);
    bool any = false;
    for (cmark_node *n = cell ? cmark_node_first_child(cell) : NULL; n; n = cmark_node_next(n)) {
        if (cmark_node_get_type(n) == CMARK_NODE_STRONG)
            any = true;
        else if (cmark_node_get_type(n) != CMARK_NODE_TEXT || strspn(lit_of(n), " ") != strlen(lit_of(n)))
            return false;
    }
    return any;
}

static size_t tables_in_section(cmark_node *table)
{
    size_t n = 1;
    for (cmark_node *p = cmark_node_previous(table);
         p && cmark_node_get_type(p) != CMARK_NODE_HEADING; p = cmark_node_previous(p))
        n += wr_markdown_is_table(p);
    for (cmark_node *p = cmark_node_next(table);
         p && cmark_node_get_type(p) != CMARK_NODE_HEADING; p = cmark_node_next(p))
        n += wr_markdown_is_table(p);
    return n;
}

/* The caption: the heading the table sits under; when that heading has more tables,
 * with the table's first column head ("Klachten: aard van de klacht"). Hidden from the
 * eye when it only repeats the heading right above. */
static void caption(wr_html_ctx *ctx, cmark_node *table, const table_info *t)
{
    wr_strbuf head = {0};
    cmark_node *row = cmark_node_first_child(table);
    if (row && wr_markdown_is_table_row(row) && cmark_node_first_child(row))
        wr_html_plain_text(cmark_node_first_child(row), &head);
    const char *h = wr_strbuf_cstr(&head);
    const char *section = ctx->section;
    bool extra = !section || (tables_in_section(table) > 1 && *h && strcasecmp(h, section) != 0);
    wr_strbuf_printf(ctx->out, "<caption id=\"tabel_%zu-titel\"%s>", t->id,
                     extra ? "" : " class=\"vh\"");
    if (section) {
        wr_html_escs(ctx->out, section);
        if (extra)
            wr_strbuf_puts(ctx->out, ": ");
    }
    if (extra && *h) {
        /* "Aard van de klacht" continues the sentence in lower case; "ZRM" stays. */
        bool lower = section && h[0] >= 'A' && h[0] <= 'Z' && h[1] >= 'a' && h[1] <= 'z';
        if (lower)
            wr_strbuf_printf(ctx->out, "%c", h[0] - 'A' + 'a');
        wr_html_escs(ctx->out, h + lower);
    } else if (extra) {
        wr_strbuf_printf(ctx->out, "%s %zu", section ? "tabel" : "Tabel", t->id);
    }
    wr_strbuf_puts(ctx->out, "</caption>\n");
    wr_strbuf_free(&head);
}

static void cell(wr_html_ctx *ctx, cmark_node *node, const table_info *t, size_t c, bool header)
{
    const char *tag = header || (c == 0 && !t->numeric[0] && t->ncols > 1) ? "th" : "td";
    const char *scope = header ? " scope=\"col\"" : strcmp(tag, "th") == 0 ? " scope=\"row\"" : "";
    uint8_t a = t->aligns ? t->aligns[c] : 0;
    const char *cls = t->numeric[c] ? " class=\"num\"" : a == 'c' ? " class=\"mid\"" : "";
    wr_strbuf_printf(ctx->out, "<%s%s%s>", tag, scope, cls);
    if (node)
        wr_html_inlines(ctx, node, !header);
    wr_strbuf_printf(ctx->out, "</%s>", tag);
}

static void rows(wr_html_ctx *ctx, cmark_node *table, const table_info *t)
{
    bool in_body = false;
    for (cmark_node *row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
        if (!wr_markdown_is_table_row(row))
            continue;
        bool header = is_header(row) && !in_body;
        if (!header && !in_body) {
            wr_strbuf_puts(ctx->out, "<tbody>\n");
            in_body = true;
        }
        wr_strbuf_puts(ctx->out, header ? "<thead>\n<tr>" : total_row(row) ? "<tr class=\"totaal\">" : "<tr>");
        cmark_node *c = cmark_node_first_child(row);
        for (size_t k = 0; k < t->ncols; k++) {
            cell(ctx, c, t, k, header);
            c = c ? cmark_node_next(c) : NULL;
        }
        wr_strbuf_puts(ctx->out, header ? "</tr>\n</thead>\n" : "</tr>\n");
    }
    if (in_body)
        wr_strbuf_puts(ctx->out, "</tbody>\n");
}

bool wr_html_table_note(cmark_node *node)
{
    return node && cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH &&
           wr_markdown_is_table(cmark_node_previous(node)) &&
           wr_html_starts_with(node, "Noot:");
}

wr_status wr_html_table(wr_html_ctx *ctx, cmark_node *table)
{
    table_info t = {cmark_gfm_extensions_get_table_columns(table),
                    cmark_gfm_extensions_get_table_alignments(table), NULL, ++ctx->ntables};
    bool numeric[64] = {0};
    if (t.ncols == 0)
        return ctx->failure.status;
    if (t.ncols > 64) {
        /* A text's mistake is the team's (exit 1), a template's the maintainer's (exit 3). */
        char where[512];
        wr_node_where(table, ctx->opts->sources, where, sizeof where);
        return wr_first_error_set(&ctx->failure, wr_node_fault(table, ctx->opts->sources),
                                  "%s: een tabel met meer dan 64 kolommen; zo breed kan het rapport hem niet zetten",
                                  where);
    }
    t.numeric = numeric;
    classify(table, &t);
    cmark_node *note = cmark_node_next(table);
    bool has_note = wr_html_table_note(note);

    wr_strbuf *o = ctx->out;
    wr_strbuf_puts(o, "<div class=\"tabel\">\n");
    /* A named <section> is a region landmark a keyboard can reach and scroll. */
    bool region = t.ncols >= SCROLL_REGION_COLUMNS;
    if (region)
        wr_strbuf_printf(o, "<section class=\"tabel-schuif\" tabindex=\"0\" "
                            "aria-labelledby=\"tabel_%zu-titel\">\n", t.id);
    else
        wr_strbuf_puts(o, "<div class=\"tabel-schuif\">\n");
    wr_strbuf_printf(o, "<table id=\"tabel_%zu\"", t.id);
    if (has_note)
        wr_strbuf_printf(o, " aria-describedby=\"tabel_%zu-noot\"", t.id);
    wr_strbuf_puts(o, ">\n");
    caption(ctx, table, &t);
    rows(ctx, table, &t);
    wr_strbuf_puts(o, region ? "</table>\n</section>\n" : "</table>\n</div>\n");
    if (has_note) {
        wr_strbuf_printf(o, "<p class=\"noot\" id=\"tabel_%zu-noot\">", t.id);
        wr_html_inlines(ctx, note, false);
        wr_strbuf_puts(o, "</p>\n");
    }
    wr_strbuf_puts(o, "</div>\n");
    return wr_html_check(ctx);
}
