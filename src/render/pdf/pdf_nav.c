#include "render/pdf/pdf_nav.h"

#include <stdlib.h>
#include <string.h>

#include "blocks/block_kind.h"
#include "blocks/heading_levels.h"
#include "render/pdf/pdf_inline.h"

#define MAX_LEVEL 6

static wr_status add_heading(wr_pdf_ctx *ctx, cmark_node *node, size_t *cap)
{
    wr_pdf_runs runs = {0};
    char *text = wr_pdf_runs_collect(node, ctx->opts, &runs) ? wr_pdf_runs_text(&runs) : NULL;
    wr_pdf_runs_free(&runs);
    if (!text)
        return wr_pdf_ctx_nomem(ctx);
    if (ctx->nheads == *cap) {
        size_t n = *cap ? *cap * 2 : 32;
        wr_pdf_heading *v = realloc(ctx->heads, n * sizeof *v);
        if (!v) {
            free(text);
            return wr_pdf_ctx_nomem(ctx);
        }
        ctx->heads = v;
        *cap = n;
    }
    int level = cmark_node_get_heading_level(node);
    ctx->heads[ctx->nheads++] = (wr_pdf_heading){text, level < 1 ? 1 : level, 1, false, 0, 0};
    return WR_OK;
}

/* The levels of the HTML twin's headings; its <h1> of the document title has no
 * counterpart on a page without a cover, so there the PDF's outline starts a level
 * higher. */
static wr_status tag_levels(wr_pdf_ctx *ctx, cmark_node *doc)
{
    bool cover = false;
    for (cmark_node *n = cmark_node_first_child(doc); n; n = cmark_node_next(n))
        cover = cover || wr_block_kind_of(n, ctx->opts->sources) == WR_BLOCK_COVER;
    int *levels = malloc((ctx->nheads ? ctx->nheads : 1) * 2 * sizeof *levels);
    if (!levels)
        return wr_pdf_ctx_nomem(ctx);
    for (size_t i = 0; i < ctx->nheads; i++)
        levels[i] = ctx->heads[i].level;
    bool title_h1 = wr_heading_levels(levels, ctx->nheads, cover, levels + ctx->nheads);
    for (size_t i = 0; i < ctx->nheads; i++) {
        int l = levels[ctx->nheads + i] - (title_h1 && !cover ? 1 : 0);
        ctx->heads[i].tag_level = l < 1 ? 1 : l;
    }
    free(levels);
    return WR_OK;
}

wr_status wr_pdf_nav_collect(wr_pdf_ctx *ctx, cmark_node *doc)
{
    size_t cap = 0;
    cmark_iter *it = cmark_iter_new(doc);
    if (!it)
        return wr_pdf_ctx_nomem(ctx);
    cmark_event_type ev;
    while (ctx->failure.status == WR_OK && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_HEADING)
            add_heading(ctx, n, &cap);
    }
    cmark_iter_free(it);
    return ctx->failure.status == WR_OK ? tag_levels(ctx, doc) : ctx->failure.status;
}

void wr_pdf_nav_placed(wr_pdf_ctx *ctx, double top)
{
    if (ctx->heads_done >= ctx->nheads || ctx->npages == 0)
        return;
    wr_pdf_heading *h = &ctx->heads[ctx->heads_done++];
    h->placed = true;
    h->page = ctx->npages - 1;
    h->top = top;
}

const char *wr_pdf_nav_tag(const wr_pdf_ctx *ctx)
{
    static const char *const tags[] = {"H1", "H2", "H3", "H4", "H5", "H6"};
    int l = ctx->heads_done > 0 ? ctx->heads[ctx->heads_done - 1].tag_level : 1;
    return tags[l < 1 ? 0 : l > 6 ? 5 : l - 1];
}

HPDF_Destination wr_pdf_nav_destination(wr_pdf_ctx *ctx, const wr_pdf_heading *h)
{
    HPDF_Page page = ctx->pages[h->page];
    HPDF_Destination dst = HPDF_Page_CreateDestination(page);
    if (!dst)
        return NULL;
    /* [page /XYZ left top 0]: a zoom of 0 keeps the reader's zoom, which libharu's
     * HPDF_Destination_SetXYZ refuses to write. */
    HPDF_Array_Clear(dst);
    HPDF_Array_Add(dst, page);
    HPDF_Array_AddName(dst, "XYZ");
    HPDF_Array_AddReal(dst, 0);
    HPDF_Array_AddReal(dst, (HPDF_REAL)(h->top + 10.0));
    HPDF_Array_AddReal(dst, 0);
    return dst;
}

static wr_status outline(wr_pdf_ctx *ctx)
{
    HPDF_Encoder enc = HPDF_GetEncoder(ctx->doc, "UTF-8");
    HPDF_Outline last[MAX_LEVEL + 1] = {0};
    for (size_t i = 0; i < ctx->nheads && ctx->failure.status == WR_OK; i++) {
        const wr_pdf_heading *h = &ctx->heads[i];
        if (!h->placed)
            continue;
        int level = h->level > MAX_LEVEL ? MAX_LEVEL : h->level;
        HPDF_Outline parent = NULL;
        for (int l = level - 1; l >= 1 && !parent; l--)
            parent = last[l];
        HPDF_Outline o = HPDF_CreateOutline(ctx->doc, parent, h->text, enc);
        if (!o)
            return wr_pdf_ctx_check(ctx);
        HPDF_Dict_RemoveElement(o, "Type"); /* outline items have no /Type */
        HPDF_Outline_SetOpened(o, level <= 2 ? HPDF_TRUE : HPDF_FALSE);
        HPDF_Destination dst = wr_pdf_nav_destination(ctx, h);
        if (dst)
            HPDF_Outline_SetDestination(o, dst);
        last[level] = o;
        for (int l = level + 1; l <= MAX_LEVEL; l++)
            last[l] = NULL;
        wr_pdf_ctx_check(ctx);
    }
    if (ctx->nheads > 0)
        HPDF_SetPageMode(ctx->doc, HPDF_PAGE_MODE_USE_OUTLINE);
    return wr_pdf_ctx_check(ctx);
}

wr_status wr_pdf_nav_finish(wr_pdf_ctx *ctx)
{
    if (ctx->failure.status != WR_OK)
        return ctx->failure.status;
    return outline(ctx);
}

void wr_pdf_nav_free(wr_pdf_ctx *ctx)
{
    for (size_t i = 0; i < ctx->nheads; i++)
        free(ctx->heads[i].text);
    free(ctx->heads);
    free(ctx->toc);
    ctx->heads = NULL;
    ctx->toc = NULL;
    ctx->nheads = ctx->ntoc = ctx->cap_toc = ctx->heads_done = 0;
}
