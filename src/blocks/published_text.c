#include "blocks/published_text.h"

#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "blocks/markdown.h"

typedef struct {
    wr_published_text *t;
    wr_strbuf buf;
    size_t line; /* of the last mark */
    bool failed;
} builder;

static void mark(builder *b, size_t line)
{
    wr_published_text *t = b->t;
    if (line == 0 || line == b->line || b->failed)
        return;
    if (t->nmarks > 0 && t->marks[t->nmarks - 1].offset == b->buf.len) {
        t->marks[t->nmarks - 1].line = line; /* nothing written since the last mark */
    } else {
        if (t->nmarks == t->cap) {
            size_t cap = t->cap ? t->cap * 2 : 32;
            wr_published_mark *m = realloc(t->marks, cap * sizeof *m);
            if (!m) {
                b->failed = true;
                return;
            }
            t->marks = m;
            t->cap = cap;
        }
        t->marks[t->nmarks++] = (wr_published_mark){b->buf.len, line};
    }
    b->line = line;
}

static void put(builder *b, const char *s, size_t n)
{
    wr_strbuf_append(&b->buf, s, n);
}

/* An empty line between blocks (not before the first). */
static void block_break(builder *b)
{
    size_t n = b->buf.len;
    const char *s = wr_strbuf_cstr(&b->buf);
    if (n == 0 || (n >= 2 && s[n - 1] == '\n' && s[n - 2] == '\n'))
        return;
    put(b, s[n - 1] == '\n' ? "\n" : "\n\n", s[n - 1] == '\n' ? 1 : 2);
}

static int start_line(cmark_node *n)
{
    return cmark_node_get_start_line(n);
}

/* A code block's lines, each marked with its own source line. */
static void code_block(builder *b, cmark_node *n)
{
    const char *lit = cmark_node_get_literal(n);
    int line = start_line(n);
    int fence_len = 0, fence_offset = 0;
    char fence_char = 0;
    /* A fenced block's content starts on the line after the fence. */
    if (cmark_node_get_fenced(n, &fence_len, &fence_offset, &fence_char) && line > 0)
        line++;
    block_break(b);
    for (const char *p = lit ? lit : ""; *p;) {
        size_t len = strcspn(p, "\n");
        mark(b, line > 0 ? (size_t)line : 0);
        put(b, p, len);
        p += len;
        if (*p == '\n' && p[1]) /* the block's final line end is the block break's */
            put(b, "\n", 1);
        if (*p == '\n')
            p++;
        if (line > 0)
            line++;
    }
}

static bool is_block(cmark_node *n)
{
    switch (cmark_node_get_type(n)) {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
    case CMARK_NODE_ITEM:
        return true;
    default: {
        const char *type = cmark_node_get_type_string(n);
        return type && (strcmp(type, "table_row") == 0 || strcmp(type, "table_header") == 0);
    }
    }
}

bool wr_published_text_of(cmark_node *doc, unsigned flags, wr_published_text *out)
{
    memset(out, 0, sizeof *out);
    builder b = {out, {0}, 0, false};
    cmark_iter *it = cmark_iter_new(doc);
    if (!it)
        return false;
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        cmark_node_type type = cmark_node_get_type(n);
        if (ev == CMARK_EVENT_EXIT) {
            const char *url = type == CMARK_NODE_LINK ? cmark_node_get_url(n) : NULL;
            if ((flags & WR_PUBLISHED_LINK_TARGETS) && url && *url) {
                put(&b, " ", 1);
                put(&b, url, strlen(url));
                put(&b, " ", 1);
            }
            continue;
        }
        if (is_block(n)) {
            block_break(&b);
            if (start_line(n) > 0)
                mark(&b, (size_t)start_line(n));
            continue;
        }
        const char *type_name = cmark_node_get_type_string(n);
        if (type_name && strcmp(type_name, "table_cell") == 0 && cmark_node_previous(n))
            put(&b, " | ", 3);
        switch (type) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE: {
            const char *lit = cmark_node_get_literal(n);
            if (start_line(n) > 0)
                mark(&b, (size_t)start_line(n));
            put(&b, lit ? lit : "", lit ? strlen(lit) : 0);
            break;
        }
        case CMARK_NODE_SOFTBREAK:
            put(&b, " ", 1);
            break;
        case CMARK_NODE_LINEBREAK:
            put(&b, "\n", 1);
            break;
        case CMARK_NODE_CODE_BLOCK:
            code_block(&b, n);
            break;
        default:
            break; /* raw HTML (inline and blocks) is not published; containers go on */
        }
    }
    cmark_iter_free(it);
    if (b.failed || b.buf.failed) {
        wr_strbuf_free(&b.buf);
        wr_published_text_clear(out);
        return false;
    }
    out->len = b.buf.len;
    out->text = wr_strbuf_take(&b.buf);
    if (!out->text && (out->text = calloc(1, 1)) == NULL) {
        wr_published_text_clear(out);
        return false;
    }
    return true;
}

bool wr_published_text_make(const char *markdown, size_t len, unsigned flags, wr_published_text *out)
{
    memset(out, 0, sizeof *out);
    cmark_node *doc = wr_markdown_parse(markdown, len);
    if (!doc)
        return false;
    bool ok = wr_published_text_of(doc, flags, out);
    cmark_node_free(doc);
    return ok;
}

size_t wr_published_line(const wr_published_text *t, size_t offset)
{
    size_t lo = 0, hi = t->nmarks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->marks[mid].offset <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo == 0 ? 0 : t->marks[lo - 1].line;
}

void wr_published_text_clear(wr_published_text *t)
{
    if (!t)
        return;
    free(t->text);
    free(t->marks);
    memset(t, 0, sizeof *t);
}
