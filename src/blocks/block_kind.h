/* Which fenced blocks of the filled Markdown are special blocks, as both renderers decide
 * it. Special blocks come only from templates: a fenced block whose opening line lies in
 * one of the team's texts (fill/source_map.h) is code, whatever its info string says, so a
 * text cannot add a second cover ("Status: Definitief" inside a draft), a contents block,
 * key figures or a chart. */
#ifndef WR_BLOCK_KIND_H
#define WR_BLOCK_KIND_H

#include <cmark-gfm.h>

#include "fill/source_map.h"

typedef enum {
    WR_BLOCK_CODE,      /* any other node, or a fenced block shown as code */
    WR_BLOCK_COVER,     /* ```voorblad */
    WR_BLOCK_CONTENTS,  /* ```inhoud */
    WR_BLOCK_KEYFIGS,   /* ```kerncijfers */
    WR_BLOCK_CHART      /* ```grafiek <soort> */
} wr_block_kind;

/* What a node is for the renderers; sources may be NULL (everything is template). */
wr_block_kind wr_block_kind_of(cmark_node *node, const wr_source_map *sources);

#endif
