/* Parses the filled report Markdown with cmark-gfm and the extensions the report uses
 * (tables, strikethrough). Both renderers (PDF and HTML) read the same tree. */
#ifndef WR_MARKDOWN_H
#define WR_MARKDOWN_H

#include <stddef.h>

#include <cmark-gfm.h>

/* The document node (the caller frees it with cmark_node_free), or NULL on out of memory. */
cmark_node *wr_markdown_parse(const char *markdown, size_t len);

#endif
