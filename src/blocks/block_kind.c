#include "blocks/block_kind.h"

#include "blocks/chart.h"
#include "blocks/contents_block.h"
#include "blocks/cover_block.h"
#include "blocks/keyfig.h"

wr_block_kind wr_block_kind_of(cmark_node *node, const wr_source_map *sources)
{
    if (!node || cmark_node_get_type(node) != CMARK_NODE_CODE_BLOCK)
        return WR_BLOCK_CODE;
    int line = cmark_node_get_start_line(node);
    if (line > 0 && wr_source_map_in_text(sources, (size_t)line))
        return WR_BLOCK_CODE;
    const char *info = cmark_node_get_fence_info(node);
    if (wr_cover_is_block(info))
        return WR_BLOCK_COVER;
    if (wr_contents_is_block(info))
        return WR_BLOCK_CONTENTS;
    if (wr_keyfigs_is_block(info))
        return WR_BLOCK_KEYFIGS;
    if (wr_chart_is_block(info))
        return WR_BLOCK_CHART;
    return WR_BLOCK_CODE;
}
