/* A team text placed in a filled document after the template's expansion: the template
 * shows a marker where the text goes, and the text replaces it. The text's lines are
 * recorded in the source map, so the renderers treat them as the team's text (no
 * special blocks, messages that name the file). Used where a document has one text at
 * one place: the district factsheets and the Kadernota outlook. */
#ifndef WR_TEXT_PLACE_H
#define WR_TEXT_PLACE_H

#include <stdbool.h>

#include "fill/source_map.h"
#include "narrative/narrative.h"

/* Replaces every `mark` in *markdown (a string the caller owns, replaced by a new one)
 * with text's Markdown (text NULL: nothing), recording each place as folder/<name>.md
 * in map unless the text is missing. No mark: nothing changes. False on out of memory. */
bool wr_place_text(char **markdown, const char *mark, const wr_narrative_text *text, const char *folder,
                   wr_source_map *map);

#endif
