#include "render/html/html_headings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks/block_kind.h"
#include "blocks/heading_levels.h"
#include "render/html/html_inline.h"

#define SLUG_MAX 60

/* Ids the page skeleton uses itself; a heading never gets one of them. */
static const char *const reserved[] = {"hoofdinhoud", "inhoudsopgave"};

/* ASCII for the Latin-1 letters (U+00C0..U+00FF), so "Financiën" gives "financien";
 * "" for × and ÷, which separate words. */
static const char *const latin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y",
};

static void slug(const char *s, char *out, size_t size)
{
    size_t n = 0;
    bool sep = false;
    for (const unsigned char *p = (const unsigned char *)s; *p && n + 4 < size && n < SLUG_MAX; p++) {
        const char *piece = NULL;
        char one[2] = {0, 0};
        if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) {
            one[0] = (char)*p;
            piece = one;
        } else if (*p >= 'A' && *p <= 'Z') {
            one[0] = (char)(*p - 'A' + 'a');
            piece = one;
        } else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF) {
            piece = latin1[p[1] - 0x80];
            p++;
        } else if (*p == '\'' || (*p == 0xE2 && p[1] == 0x80 && p[2] == 0x99)) {
            p += *p == '\'' ? 0 : 2; /* an apostrophe joins: "euro's" gives "euros" */
            continue;
        }
        if (!piece || !*piece) {
            sep = n > 0;
            continue;
        }
        if (sep)
            out[n++] = '-';
        sep = false;
        size_t len = strlen(piece);
        memcpy(out + n, piece, len);
        n += len;
    }
    out[n] = '\0';
    if (n == 0)
        snprintf(out, size, "kop");
    else if (out[0] >= '0' && out[0] <= '9' && n + 6 < size) {
        /* "1 Gedaan" gives "deel-1-gedaan": an id that starts with a digit is valid
         * HTML but not a CSS selector (querySelector("#1-gedaan") throws). */
        memmove(out + 5, out, n + 1);
        memcpy(out, "deel-", 5);
    }
}

static bool taken(const wr_html_ctx *ctx, const char *id)
{
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strcmp(reserved[i], id) == 0)
            return true;
    for (size_t i = 0; i < ctx->nheads; i++)
        if (strcmp(ctx->heads[i].id, id) == 0)
            return true;
    return false;
}

static wr_status add(wr_html_ctx *ctx, cmark_node *node, size_t *cap)
{
    if (ctx->nheads == *cap) {
        size_t n = *cap ? *cap * 2 : 32;
        wr_html_heading *v = realloc(ctx->heads, n * sizeof *v);
        if (!v)
            return wr_first_error_set(&ctx->failure, WR_ERR_NOMEM,
                                      "onvoldoende geheugen voor de koppen");
        ctx->heads = v;
        *cap = n;
    }
    wr_strbuf b = {0};
    wr_html_plain_text(node, &b);
    char base[SLUG_MAX + 16], id[SLUG_MAX + 32];
    slug(wr_strbuf_cstr(&b), base, sizeof base);
    snprintf(id, sizeof id, "%s", base);
    for (int k = 2; taken(ctx, id); k++)
        snprintf(id, sizeof id, "%s-%d", base, k);
    wr_html_heading *h = &ctx->heads[ctx->nheads];
    h->text = wr_strbuf_take(&b);
    h->id = wr_strdup(id);
    h->level = cmark_node_get_heading_level(node);
    h->html_level = 0;
    ctx->nheads++; /* counted now so the free releases what was allocated */
    if (!h->text || !h->id)
        return wr_first_error_set(&ctx->failure, WR_ERR_NOMEM,
                                      "onvoldoende geheugen voor de koppen");
    return WR_OK;
}

/* The page starts with its own <h1> (the cover title, or the document title) unless the
 * Markdown has a level-1 heading and no cover (blocks/heading_levels.h). */
static bool assign_levels(wr_html_ctx *ctx)
{
    int *levels = malloc((ctx->nheads ? ctx->nheads : 1) * 2 * sizeof *levels);
    if (!levels)
        return false;
    for (size_t i = 0; i < ctx->nheads; i++)
        levels[i] = ctx->heads[i].level;
    ctx->title_h1 = wr_heading_levels(levels, ctx->nheads, ctx->has_cover, levels + ctx->nheads);
    for (size_t i = 0; i < ctx->nheads; i++)
        ctx->heads[i].html_level = levels[ctx->nheads + i];
    free(levels);
    return true;
}

wr_status wr_html_headings_collect(wr_html_ctx *ctx, cmark_node *doc)
{
    size_t cap = 0;
    for (cmark_node *n = cmark_node_first_child(doc); n; n = cmark_node_next(n))
        if (wr_block_kind_of(n, ctx->opts->sources) == WR_BLOCK_COVER)
            ctx->has_cover = true;
    cmark_iter *it = cmark_iter_new(doc);
    if (!it)
        return wr_first_error_set(&ctx->failure, WR_ERR_NOMEM,
                                      "onvoldoende geheugen voor de koppen");
    cmark_event_type ev;
    while (ctx->failure.status == WR_OK && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_HEADING)
            add(ctx, n, &cap);
    }
    cmark_iter_free(it);
    if (ctx->failure.status == WR_OK && !assign_levels(ctx))
        return wr_first_error_set(&ctx->failure, WR_ERR_NOMEM, "onvoldoende geheugen voor de koppen");
    return ctx->failure.status;
}

void wr_html_headings_free(wr_html_ctx *ctx)
{
    for (size_t i = 0; i < ctx->nheads; i++) {
        free(ctx->heads[i].text);
        free(ctx->heads[i].id);
    }
    free(ctx->heads);
    ctx->heads = NULL;
    ctx->nheads = 0;
}
