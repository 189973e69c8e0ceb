/* Inline Markdown: emphasis, strong, code, links, line breaks, strikethrough. Raw HTML
 * is dropped (as in the PDF, and so no template text can inject markup); an image shows
 * its alt text, since the page loads nothing from outside. */
#ifndef WR_HTML_INLINE_H
#define WR_HTML_INLINE_H

#include <cmark-gfm.h>
#include <stdbool.h>

#include "base/strbuf.h"
#include "render/html/html_context.h"

/* The inline children of node. In table cells and tiles (`figures`), a text that is
 * exactly a suppressed or missing value gets the figure markup. */
void wr_html_inlines(wr_html_ctx *ctx, cmark_node *node, bool figures);

/* The plain text of a node's inlines (text, code, line ends as spaces). */
void wr_html_plain_text(cmark_node *node, wr_strbuf *b);

/* Whether the plain text of node, leading spaces skipped, starts with prefix. */
bool wr_html_starts_with(cmark_node *node, const char *prefix);

#endif
