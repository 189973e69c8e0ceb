/* The levels the report's headings get in both renderers (the HTML's h1..h6, the PDF's
 * H1..H6 structure elements), so a screen reader finds the same outline in each.
 *
 * The document has one top heading: the cover's title, or the document title when the
 * Markdown has no level-1 heading. Then the Markdown levels shift so the highest becomes
 * level 2, and a level is never skipped (## then #### becomes 2 then 3). */
#ifndef WR_HEADING_LEVELS_H
#define WR_HEADING_LEVELS_H

#include <stdbool.h>
#include <stddef.h>

/* levels[0..n): the Markdown levels in document order; out[0..n) receives the levels
 * (1..6). Returns whether the document's own title is the level-1 heading (a cover, a
 * Markdown without level-1 headings, or no headings at all). */
bool wr_heading_levels(const int *levels, size_t n, bool has_cover, int *out);

#endif
