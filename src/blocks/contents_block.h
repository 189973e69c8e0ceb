/* The contents block ("inhoud") of a template, read the same way by both renderers: the
 * table of contents lists the headings after the block, down to WR_CONTENTS_MAX_LEVEL;
 * an optional "titel: ..." line replaces the title "Inhoud". */
#ifndef WR_CONTENTS_BLOCK_H
#define WR_CONTENTS_BLOCK_H

#include <stdbool.h>
#include <stddef.h>

/* Headings down to ### are listed. */
#define WR_CONTENTS_MAX_LEVEL 3

/* True when a fenced block's info string is "inhoud". */
bool wr_contents_is_block(const char *info);
/* The block's "titel: ..." line (the last one), or "Inhoud"; whole, however long. The
 * caller frees it; NULL when out of memory. */
char *wr_contents_title(const char *body);

#endif
