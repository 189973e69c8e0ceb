/* Parses the filled report Markdown with cmark-gfm and the extensions the report uses
 * (tables, strikethrough), and tells the extension nodes apart. Both renderers (PDF and
 * HTML) read the same tree. */
#ifndef WR_MARKDOWN_H
#define WR_MARKDOWN_H

#include <cmark-gfm.h>
#include <stdbool.h>
#include <stddef.h>

#include "blocks/first_error.h"
#include "fill/source_map.h"

/* The document node (the caller frees it with cmark_node_free), or NULL on out of memory. */
cmark_node *wr_markdown_parse(const char *markdown, size_t len);

/* Registers cmark-gfm's extensions (table, strikethrough) once; wr_markdown_parse does so
 * itself, but threads that parse side by side need it done before they start. */
void wr_markdown_init(void);

/* True for a GFM table node; false for NULL. */
bool wr_markdown_is_table(cmark_node *node);

/* True for a row of a GFM table, the header row included. */
bool wr_markdown_is_table_row(cmark_node *node);

/* How deep the renderers follow nested nodes (lists, quotes, emphasis, links ...): far
 * beyond any real report, near enough that their recursion stays small. */
#define WR_MARKDOWN_MAX_DEPTH 200

/* The first node of doc nested deeper than WR_MARKDOWN_MAX_DEPTH, or NULL. */
cmark_node *wr_markdown_too_deep(cmark_node *doc);

/* Refuses a document nested too deep: records in failure a message naming the text file
 * and line (WR_ERR_INPUT) or the template (WR_ERR_CONFIG). Returns failure's status. */
wr_status wr_markdown_check_depth(cmark_node *doc, const wr_source_map *sources, wr_first_error *failure);

#endif
