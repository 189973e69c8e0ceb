/* Where the lines of a filled report come from: the template, or one of the team's texts.
 * The fill records, for every text it put into the Markdown, the lines it occupies
 * (fill/report_fill.h); the renderers look lines up here, so that
 * - a fenced block that starts inside a text is shown as code, never as a cover, contents,
 *   key figures or chart (special blocks come only from templates), and
 * - a message about a block, table, link or character names the text file and its line
 *   ("teksten/2026-Q3/gedaan.md, regel 12") instead of "sjabloon".
 * Lines are those cmark-gfm reports for the filled Markdown (1-based). A text inserted in
 * the middle of a template line starts on that line; its line k is the map's line
 * first + k - 1. */
#ifndef WR_SOURCE_MAP_H
#define WR_SOURCE_MAP_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char *path;    /* the text file, e.g. "teksten/2026-Q3/gedaan.md" */
    size_t first;  /* line of the filled Markdown where the text's line 1 stands */
    size_t count;  /* lines the text occupies */
} wr_source_span;

typedef struct wr_source_map {
    wr_source_span *spans;  /* in order of first line; they do not overlap */
    size_t count, cap;
} wr_source_map;

/* An empty map: every line comes from the template. NULL when out of memory. */
wr_source_map *wr_source_map_new(void);
void wr_source_map_free(wr_source_map *m);

/* Records that lines first .. first+count-1 come from the text at path (copied). Spans
 * are added in increasing order of first. False when out of memory. */
bool wr_source_map_add(wr_source_map *m, const char *path, size_t first, size_t count);

/* The text line `line` comes from, with its line there in *text_line; NULL for a line of
 * the template (and for any line when m is NULL). */
const char *wr_source_map_text(const wr_source_map *m, size_t line, size_t *text_line);

/* True when line comes from a text. */
bool wr_source_map_in_text(const wr_source_map *m, size_t line);

/* Where line is, for a message: "<text file>, regel <n>", or "sjabloon" for a line of the
 * template (or when m is NULL or line is 0). */
void wr_source_map_where(const wr_source_map *m, size_t line, char *buf, size_t size);

#endif
