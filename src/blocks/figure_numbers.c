#include "blocks/figure_numbers.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "blocks/block_kind.h"
#include "blocks/markdown.h"
#include "blocks/published_text.h"

/* The text a reader sees of node, on one line; NULL when out of memory. */
static char *plain(cmark_node *node)
{
    wr_published_text t = {0};
    if (!wr_published_text_of(node, 0, &t))
        return NULL;
    char *s = t.text;
    t.text = NULL;
    wr_published_text_clear(&t);
    size_t o = 0;
    bool space = true; /* drops leading white space and collapses runs */
    for (size_t i = 0; s[i]; i++) {
        bool ws = s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r';
        if (ws && space)
            continue;
        s[o++] = ws ? ' ' : s[i];
        space = ws;
    }
    while (o > 0 && s[o - 1] == ' ')
        o--;
    s[o] = '\0';
    return s;
}

void wr_chapter_label(const char *title, char *buf, size_t size)
{
    size_t n = 0;
    while (isdigit((unsigned char)title[n]))
        n++;
    if (n > 0 && n < 6 && (title[n] == ' ' || title[n] == '.' || title[n] == ':' || title[n] == '\0')) {
        snprintf(buf, size, "%.*s", (int)n, title);
        return;
    }
    if (strncasecmp(title, "bijlage", 7) == 0 && !isalpha((unsigned char)title[7])) {
        const char *p = title + 7;
        while (*p == ' ')
            p++;
        /* "Bijlage C: ..." or "Bijlage 2 ..." names itself; "Bijlage: ..." is B. */
        if (isalnum((unsigned char)p[0]) && !isalnum((unsigned char)p[1]))
            snprintf(buf, size, "%c", toupper((unsigned char)p[0]));
        else
            snprintf(buf, size, "B");
        return;
    }
    snprintf(buf, size, "%s", "");
}

static int smallest_level(cmark_node *doc)
{
    int level = 7;
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    while (it && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_HEADING &&
            cmark_node_get_heading_level(n) < level)
            level = cmark_node_get_heading_level(n);
    }
    cmark_iter_free(it);
    return level;
}

static size_t tables_in_section(cmark_node *table)
{
    size_t n = 1;
    for (cmark_node *p = cmark_node_previous(table); p && cmark_node_get_type(p) != CMARK_NODE_HEADING;
         p = cmark_node_previous(p))
        n += wr_markdown_is_table(p);
    for (cmark_node *p = cmark_node_next(table); p && cmark_node_get_type(p) != CMARK_NODE_HEADING;
         p = cmark_node_next(p))
        n += wr_markdown_is_table(p);
    return n;
}

/* The caption of a table under the heading `section` (NULL before any heading). */
static bool caption(cmark_node *table, const char *section, wr_numbered *e)
{
    cmark_node *row = cmark_node_first_child(table);
    cmark_node *cell = row && wr_markdown_is_table_row(row) ? cmark_node_first_child(row) : NULL;
    char *head = cell ? plain(cell) : strdup("");
    if (!head)
        return false;
    bool extra = !section || (tables_in_section(table) > 1 && *head && strcasecmp(head, section) != 0);
    size_t size = (section ? strlen(section) : 0) + strlen(head) + 3;
    e->caption = malloc(size);
    if (!e->caption) {
        free(head);
        return false;
    }
    if (!section) {
        snprintf(e->caption, size, "%s", head);
        e->caption_adds = *head != '\0';
    } else if (extra && *head) {
        /* "Aard van de klacht" continues the sentence in lower case; "ZRM" stays. */
        bool lower = head[0] >= 'A' && head[0] <= 'Z' && head[1] >= 'a' && head[1] <= 'z';
        if (lower)
            head[0] = (char)(head[0] - 'A' + 'a');
        snprintf(e->caption, size, "%s: %s", section, head);
        e->caption_adds = true;
    } else {
        snprintf(e->caption, size, "%s", section);
        e->caption_adds = false;
    }
    free(head);
    return true;
}

static bool push(wr_numbering *out, size_t *cap, wr_numbered e)
{
    if (out->n == *cap) {
        size_t c = *cap ? *cap * 2 : 32;
        wr_numbered *v = realloc(out->v, c * sizeof *v);
        if (!v)
            return false;
        out->v = v;
        *cap = c;
    }
    out->v[out->n++] = e;
    return true;
}

typedef struct {
    char chapter[16];     /* label of the current chapter, "" when it has none */
    size_t tables, figures;               /* in the current chapter */
    size_t loose_tables, loose_figures;   /* under chapters without a number */
    char *section;        /* the heading the current block stands under */
} walk;

static void number(walk *w, wr_numbered *e)
{
    bool table = e->kind == WR_NUMBERED_TABLE;
    const char *word = table ? "Tabel" : "Figuur", *slug = table ? "tabel" : "figuur";
    size_t k = *w->chapter ? ++*(table ? &w->tables : &w->figures)
                           : ++*(table ? &w->loose_tables : &w->loose_figures);
    if (*w->chapter) {
        snprintf(e->label, sizeof e->label, "%s %s.%zu", word, w->chapter, k);
        snprintf(e->anchor, sizeof e->anchor, "%s-%s-%zu", slug, w->chapter, k);
    } else {
        snprintf(e->label, sizeof e->label, "%s %zu", word, k);
        snprintf(e->anchor, sizeof e->anchor, "%s-%zu", slug, k);
    }
}

bool wr_numbering_make(cmark_node *doc, const wr_source_map *sources, wr_numbering *out)
{
    *out = (wr_numbering){NULL, 0};
    size_t cap = 0;
    int chapter_level = smallest_level(doc);
    walk w = {"", 0, 0, 0, 0, NULL};
    bool ok = true;
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    ok = it != NULL;
    while (ok && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER)
            continue;
        if (cmark_node_get_type(n) == CMARK_NODE_HEADING) {
            free(w.section);
            ok = (w.section = plain(n)) != NULL;
            if (ok && cmark_node_get_heading_level(n) == chapter_level) {
                wr_chapter_label(w.section, w.chapter, sizeof w.chapter);
                w.tables = w.figures = 0;
            }
            continue;
        }
        bool table = wr_markdown_is_table(n);
        if (!table && wr_block_kind_of(n, sources) != WR_BLOCK_CHART)
            continue;
        wr_numbered e = {n, table ? WR_NUMBERED_TABLE : WR_NUMBERED_FIGURE, "", "", NULL, false};
        number(&w, &e);
        ok = table ? caption(n, w.section, &e) : (e.caption = strdup("")) != NULL;
        if (ok && !(ok = push(out, &cap, e)))
            free(e.caption);
    }
    cmark_iter_free(it);
    free(w.section);
    if (!ok)
        wr_numbering_clear(out);
    return ok;
}

const wr_numbered *wr_numbering_find(const wr_numbering *numbering, cmark_node *node)
{
    for (size_t i = 0; numbering && i < numbering->n; i++)
        if (numbering->v[i].node == node)
            return &numbering->v[i];
    return NULL;
}

void wr_numbering_clear(wr_numbering *numbering)
{
    if (!numbering)
        return;
    for (size_t i = 0; i < numbering->n; i++)
        free(numbering->v[i].caption);
    free(numbering->v);
    *numbering = (wr_numbering){NULL, 0};
}
