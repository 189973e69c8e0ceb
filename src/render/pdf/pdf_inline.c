#include "render/pdf/pdf_inline.h"

#include <stdlib.h>
#include <string.h>

#include "blocks/link_policy.h"

bool wr_pdf_runs_add(wr_pdf_runs *runs, unsigned flags, const char *text, size_t len,
                     const char *url)
{
    if (len == 0 && !(flags & WR_PDF_RUN_BREAK))
        return true;
    if (runs->n == runs->cap) {
        size_t cap = runs->cap ? runs->cap * 2 : 16;
        wr_pdf_run *v = realloc(runs->v, cap * sizeof *v);
        if (!v)
            return false;
        runs->v = v;
        runs->cap = cap;
    }
    runs->v[runs->n++] = (wr_pdf_run){flags, text, len, url};
    return true;
}

static bool add_literal(wr_pdf_runs *runs, unsigned flags, cmark_node *node, const char *url)
{
    const char *lit = cmark_node_get_literal(node);
    return !lit || wr_pdf_runs_add(runs, flags, lit, strlen(lit), url);
}

static bool collect(cmark_node *parent, const wr_pdf_options *opts, unsigned flags, const char *url,
                    wr_pdf_runs *runs)
{
    for (cmark_node *n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
        bool ok = true;
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
            ok = add_literal(runs, flags, n, url);
            break;
        case CMARK_NODE_CODE:
            ok = add_literal(runs, flags | WR_PDF_RUN_CODE, n, url);
            break;
        case CMARK_NODE_SOFTBREAK:
            ok = wr_pdf_runs_add(runs, flags, " ", 1, url);
            break;
        case CMARK_NODE_LINEBREAK:
            ok = wr_pdf_runs_add(runs, WR_PDF_RUN_BREAK, "", 0, NULL);
            break;
        case CMARK_NODE_STRONG:
            ok = collect(n, opts, flags | WR_PDF_RUN_STRONG, url, runs);
            break;
        case CMARK_NODE_EMPH:
            ok = collect(n, opts, flags | WR_PDF_RUN_EMPH, url, runs);
            break;
        case CMARK_NODE_LINK: {
            /* Only links the policy keeps in the PDF; the others keep their text. */
            const char *href = cmark_node_get_url(n);
            bool real = wr_link_check(n, opts ? opts->sources : NULL, opts ? opts->warnings : NULL) == WR_LINK_WEB;
            ok = collect(n, opts, real ? (flags | WR_PDF_RUN_LINK) : flags, real ? href : url, runs);
            break;
        }
        case CMARK_NODE_IMAGE:
            ok = collect(n, opts, flags, url, runs); /* the alt text */
            break;
        case CMARK_NODE_HTML_INLINE:
            break;
        default: {
            /* Extension inlines: strikethrough; anything unknown shows its content. */
            const char *type = cmark_node_get_type_string(n);
            unsigned f = (type && strcmp(type, "strikethrough") == 0) ? WR_PDF_RUN_STRIKE : 0;
            if (cmark_node_first_child(n))
                ok = collect(n, opts, flags | f, url, runs);
            else
                ok = add_literal(runs, flags | f, n, url);
            break;
        }
        }
        if (!ok)
            return false;
    }
    return true;
}

bool wr_pdf_runs_collect(cmark_node *block, const wr_pdf_options *opts, wr_pdf_runs *runs)
{
    return collect(block, opts, 0, NULL, runs);
}

bool wr_pdf_runs_start_with(const wr_pdf_runs *runs, const char *prefix)
{
    size_t plen = strlen(prefix), matched = 0;
    bool started = false;
    for (size_t r = 0; r < runs->n && matched < plen; r++) {
        const wr_pdf_run *run = &runs->v[r];
        if (run->flags & WR_PDF_RUN_BREAK)
            return false;
        for (size_t i = 0; i < run->len && matched < plen; i++) {
            if (!started && run->text[i] == ' ')
                continue;
            started = true;
            if (run->text[i] != prefix[matched])
                return false;
            matched++;
        }
    }
    return matched == plen;
}

char *wr_pdf_runs_text(const wr_pdf_runs *runs)
{
    size_t len = 0;
    for (size_t r = 0; r < runs->n; r++)
        len += (runs->v[r].flags & WR_PDF_RUN_BREAK) ? 1 : runs->v[r].len;
    char *out = malloc(len + 1), *p = out;
    if (!out)
        return NULL;
    for (size_t r = 0; r < runs->n; r++) {
        if (runs->v[r].flags & WR_PDF_RUN_BREAK) {
            *p++ = ' ';
            continue;
        }
        memcpy(p, runs->v[r].text, runs->v[r].len);
        p += runs->v[r].len;
    }
    *p = '\0';
    return out;
}

void wr_pdf_runs_free(wr_pdf_runs *runs)
{
    if (!runs)
        return;
    free(runs->v);
    runs->v = NULL;
    runs->n = runs->cap = 0;
}
