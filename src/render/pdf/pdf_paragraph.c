#include "render/pdf/pdf_paragraph.h"

#include <string.h>

#include "blocks/markdown.h"
#include "render/pdf/pdf_page.h"
#include "render/pdf/pdf_style.h"

/* The style of a paragraph; "Noot: ..." right after a table explains that table and is
 * set small and grey, tight under it. */
static wr_pdf_textstyle paragraph_style(const wr_pdf_ctx *ctx, cmark_node *node,
                                        const wr_pdf_runs *runs, bool *note)
{
    *note = wr_markdown_is_table(cmark_node_previous(node)) &&
            wr_pdf_runs_start_with(runs, "Noot:");
    if (*note)
        return (wr_pdf_textstyle){WR_PDF_REGULAR, WR_PDF_SMALL_SIZE, WR_PDF_SMALL_LEADING,
                                  WR_PDF_COLOR_MUTED, WR_PDF_ALIGN_LEFT, true};
    /* A notice ("Tekst ontbreekt nog: ...", with a file name) is set ragged: justified, its
     * few long words would leave wide gaps. */
    bool quote = ctx->quote_depth > 0;
    return (wr_pdf_textstyle){quote ? WR_PDF_ITALIC : WR_PDF_REGULAR, WR_PDF_BODY_SIZE,
                              WR_PDF_BODY_LEADING, quote ? WR_PDF_COLOR_QUOTE : WR_PDF_COLOR_TEXT,
                              ctx->notice ? WR_PDF_ALIGN_LEFT : WR_PDF_ALIGN_JUSTIFY, true};
}

/* Lays out a paragraph node; *runs must be freed by the caller, *t too. */
static wr_status paragraph_layout(wr_pdf_ctx *ctx, cmark_node *node, wr_pdf_runs *runs,
                                  wr_pdf_text **t, bool *note)
{
    *t = NULL;
    *note = false;
    if (!wr_pdf_runs_collect(node, ctx->opts, runs))
        return wr_pdf_ctx_nomem(ctx);
    wr_pdf_textstyle st = paragraph_style(ctx, node, runs, note);
    return wr_pdf_layout_runs(ctx, runs, &st, wr_pdf_ctx_width(ctx), t);
}

/* Whether the runs end in a colon: a line that introduces what follows ("Een moeder uit
 * Schalkwijk, over geldzorgen:" before her story). */
static bool introduces(const wr_pdf_runs *runs)
{
    for (size_t r = runs->n; r-- > 0;) {
        const wr_pdf_run *run = &runs->v[r];
        size_t len = run->len;
        while (len > 0 && run->text[len - 1] == ' ')
            len--;
        if (len > 0)
            return run->text[len - 1] == ':';
    }
    return false;
}

/* A short introducing paragraph moves to the next page with the start of what it
 * introduces rather than end a page on its own. */
static bool keeps_with_next(cmark_node *node, const wr_pdf_runs *runs, const wr_pdf_text *t)
{
    return cmark_node_next(node) && wr_pdf_text_line_count(t) <= 3 && introduces(runs);
}

static void keep_with_next(wr_pdf_ctx *ctx, cmark_node *node, const wr_pdf_text *t,
                           wr_pdf_lead_fn lead)
{
    if (ctx->fresh)
        return;
    double h = (double)wr_pdf_text_line_count(t) * wr_pdf_text_style(t)->leading;
    double keep = WR_PDF_PARA_GAP + lead(ctx, cmark_node_next(node));
    if (wr_pdf_room(ctx) + 0.01 < h + keep)
        wr_pdf_page_add(ctx);
}

/* The structure element of a paragraph: a table's note is the caption of its table
 * (opened again here) unless the table has its numbered caption already (a Table has one
 * Caption; the note is then a paragraph after it, as in the HTML twin), the text of a
 * tight list's item is the item body's own (as in the HTML twin, where it has no <p>);
 * returns how many elements it opened. */
static int open_element(wr_pdf_ctx *ctx, cmark_node *node, bool note)
{
    size_t table = wr_pdf_tags_last_closed(ctx->tags);
    if (note && strcmp(wr_pdf_tags_type(ctx->tags, table), "Table") == 0 &&
        !wr_pdf_tags_has_child(ctx->tags, table, "Caption")) {
        wr_pdf_tags_enter(ctx->tags, table);
        wr_pdf_tags_open(ctx->tags, "Caption");
        return 2;
    }
    cmark_node *parent = cmark_node_parent(node);
    if (ctx->tight && parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM)
        return 0;
    wr_pdf_tags_open(ctx->tags, "P");
    return 1;
}

wr_status wr_pdf_paragraph_render(wr_pdf_ctx *ctx, cmark_node *node, wr_pdf_lead_fn lead)
{
    wr_pdf_runs runs = {0};
    wr_pdf_text *t = NULL;
    bool note;
    if (paragraph_layout(ctx, node, &runs, &t, &note) == WR_OK) {
        if (note)
            wr_pdf_gap_set(ctx, WR_PDF_NOTE_GAP);
        else if (keeps_with_next(node, &runs, t))
            keep_with_next(ctx, node, t, lead);
        int opened = open_element(ctx, node, note);
        wr_pdf_flow_text(ctx, t, wr_pdf_ctx_left(ctx), true);
        while (opened-- > 0)
            wr_pdf_tags_close(ctx->tags);
    }
    wr_pdf_text_free(t);
    wr_pdf_runs_free(&runs);
    if (note)
        wr_pdf_gap(ctx, WR_PDF_TABLE_AFTER);
    else
        wr_pdf_gap(ctx, ctx->tight ? WR_PDF_TIGHT_GAP : WR_PDF_PARA_GAP);
    return ctx->failure.status;
}

/* Two lines (more when those end in a hyphen), or all of them when it has three or fewer
 * (a 3-line paragraph cannot split 2 + 1). */
double wr_pdf_paragraph_lead(wr_pdf_ctx *ctx, cmark_node *node, wr_pdf_lead_fn next_lead)
{
    wr_pdf_runs runs = {0};
    wr_pdf_text *t = NULL;
    bool note;
    double lead = 0;
    if (paragraph_layout(ctx, node, &runs, &t, &note) == WR_OK) {
        size_t n = wr_pdf_text_line_count(t), k = n <= 3 ? n : 2;
        while (k < n && wr_pdf_text_line_hyphen(t, k - 1))
            k++; /* flow_text does not end a page on a hyphen */
        lead = (double)k * wr_pdf_text_style(t)->leading;
        /* A heading above an introducing paragraph must not stay behind when the
         * paragraph moves on with what it introduces. */
        if (!note && next_lead && keeps_with_next(node, &runs, t))
            lead += WR_PDF_PARA_GAP + next_lead(ctx, cmark_node_next(node));
    }
    wr_pdf_text_free(t);
    wr_pdf_runs_free(&runs);
    return lead;
}

bool wr_pdf_paragraph_is_note(wr_pdf_ctx *ctx, cmark_node *node)
{
    if (!node || cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH)
        return false;
    wr_pdf_runs runs = {0};
    bool ok = wr_pdf_runs_collect(node, ctx->opts, &runs);
    bool note = ok && wr_pdf_runs_start_with(&runs, "Noot:");
    wr_pdf_runs_free(&runs);
    if (!ok)
        wr_pdf_ctx_nomem(ctx);
    return note;
}
