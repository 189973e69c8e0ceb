#include "blocks/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <string.h>

cmark_node *wr_markdown_parse(const char *markdown, size_t len)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8);
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
