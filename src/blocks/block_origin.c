#include "blocks/block_origin.h"

#include <stdio.h>

wr_block_origin wr_block_origin_of(cmark_node *block, const wr_source_map *sources)
{
    int line = block ? cmark_node_get_start_line(block) : 0;
    return (wr_block_origin){sources, line > 0 ? (size_t)line + 1 : 0};
}

void wr_block_where(const wr_block_origin *origin, int rel, const char *what, char *buf, size_t size)
{
    size_t line = 0, text_line = 0;
    if (origin && origin->first_line > 0)
        line = rel > 0 ? origin->first_line + (size_t)rel - 1 : origin->first_line - 1;
    const char *text = origin ? wr_source_map_text(origin->sources, line, &text_line) : NULL;
    if (text)
        snprintf(buf, size, "%s, regel %zu: %s", text, text_line, what);
    else if (rel > 0)
        snprintf(buf, size, "sjabloon: %s, regel %d", what, rel);
    else
        snprintf(buf, size, "sjabloon: %s", what);
}

wr_status wr_node_fault(cmark_node *node, const wr_source_map *sources)
{
    int line = node ? cmark_node_get_start_line(node) : 0;
    return line > 0 && wr_source_map_in_text(sources, (size_t)line) ? WR_ERR_INPUT : WR_ERR_CONFIG;
}

void wr_node_where(cmark_node *node, const wr_source_map *sources, char *buf, size_t size)
{
    int line = node ? cmark_node_get_start_line(node) : 0;
    wr_source_map_where(sources, line > 0 ? (size_t)line : 0, buf, size);
}
