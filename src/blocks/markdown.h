/* Parses the filled report Markdown with cmark-gfm and the extensions the report uses
 * (tables, strikethrough), and tells the extension nodes apart. Both renderers (PDF and
 * HTML) read the same tree. */
#ifndef WR_MARKDOWN_H
#define WR_MARKDOWN_H

#include <cmark-gfm.h>
#include <stdbool.h>
#include <stddef.h>

/* The document node (the caller frees it with cmark_node_free), or NULL on out of memory. */
cmark_node *wr_markdown_parse(const char *markdown, size_t len);

/* True for a GFM table node; false for NULL. */
bool wr_markdown_is_table(cmark_node *node);

/* True for a row of a GFM table, the header row included. */
bool wr_markdown_is_table_row(cmark_node *node);

#endif
