/* Where the lines of a block stand, for the messages of the block parsers (charts, key
 * figures) and of the renderers (tables, links, characters): a line of one of the team's
 * texts is named by its file and line there, a line of the template as "sjabloon", as
 * fill/source_map.h records it. */
#ifndef WR_BLOCK_ORIGIN_H
#define WR_BLOCK_ORIGIN_H

#include <cmark-gfm.h>
#include <stddef.h>

#include "base/error.h"

#include "fill/source_map.h"

typedef struct {
    const wr_source_map *sources; /* NULL: every line is the template's */
    size_t first_line;            /* line of the block's first line of content in the filled Markdown; 0: unknown */
} wr_block_origin;

/* The origin of a fenced block: its content starts on the line after the fence. */
wr_block_origin wr_block_origin_of(cmark_node *block, const wr_source_map *sources);

/* The start of a message about line rel (from 1; 0: the block as a whole) of a block
 * described as what ("grafiekblok 'grafiek staven' over Bereik"):
 *   "<text file>, regel <n>: <what>"  for a line of a text,
 *   "sjabloon: <what>, regel <rel>"   for the template (rel counted within the block).
 * origin may be NULL. */
void wr_block_where(const wr_block_origin *origin, int rel, const char *what, char *buf, size_t size);

/* "<text file>, regel <n>" or "sjabloon" for the line a node starts on. */
void wr_node_where(cmark_node *node, const wr_source_map *sources, char *buf, size_t size);

/* Whose mistake a node that cannot be rendered is: WR_ERR_INPUT when it starts in a text
 * (the team's, exit 1), WR_ERR_CONFIG in the template (exit 3). */
wr_status wr_node_fault(cmark_node *node, const wr_source_map *sources);

#endif
