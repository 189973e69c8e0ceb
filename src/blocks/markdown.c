#include "blocks/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <string.h>

#include "blocks/block_origin.h"

void wr_markdown_init(void)
{
    cmark_gfm_core_extensions_ensure_registered();
}

/* CMARK_OPT_SMART: curly quotes and apostrophes, en and em dashes, an ellipsis. */
cmark_node *wr_markdown_parse(const char *markdown, size_t len)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART);
    if (!parser)
        return NULL;
    const char *names[] = {"table", "strikethrough"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        cmark_syntax_extension *ext = cmark_find_syntax_extension(names[i]);
        if (ext)
            cmark_parser_attach_syntax_extension(parser, ext);
    }
    cmark_parser_feed(parser, markdown ? markdown : "", len);
    cmark_node *doc = cmark_parser_finish(parser);
    cmark_parser_free(parser);
    return doc;
}

/* The table extension's nodes have no type constant of their own, only a name. */
static bool type_is(cmark_node *node, const char *name)
{
    const char *type = node ? cmark_node_get_type_string(node) : NULL;
    return type && strcmp(type, name) == 0;
}

bool wr_markdown_is_table(cmark_node *node)
{
    return type_is(node, "table");
}

bool wr_markdown_is_table_row(cmark_node *node)
{
    return type_is(node, "table_row") || type_is(node, "table_header");
}

/* Nodes the iterator enters without leaving (cmark's leaves); every other node is left
 * again, so it counts as a level. */
static bool is_leaf(cmark_node *n)
{
    switch (cmark_node_get_type(n)) {
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_THEMATIC_BREAK:
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_TEXT:
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
        return true;
    default:
        return false;
    }
}

cmark_node *wr_markdown_too_deep(cmark_node *doc)
{
    /* cmark's iterator walks without recursion. */
    cmark_iter *it = cmark_iter_new(doc);
    cmark_node *found = NULL;
    int depth = 0;
    cmark_event_type ev;
    while (!found && it && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_EXIT)
            depth--;
        else if (!is_leaf(n) && ++depth > WR_MARKDOWN_MAX_DEPTH)
            found = n;
    }
    cmark_iter_free(it);
    return found;
}

wr_status wr_markdown_check_depth(cmark_node *doc, const wr_source_map *sources, wr_first_error *failure)
{
    cmark_node *deep = wr_markdown_too_deep(doc);
    if (!deep)
        return failure->status;
    char where[512];
    wr_node_where(deep, sources, where, sizeof where);
    return wr_first_error_set(failure, wr_node_fault(deep, sources),
                              "%s: de tekst is te diep genest (meer dan %d lagen lijsten, citaten en opmaak "
                              "in elkaar); zo kan het rapport hem niet zetten. Zet minder lagen in elkaar.",
                              where, WR_MARKDOWN_MAX_DEPTH);
}
