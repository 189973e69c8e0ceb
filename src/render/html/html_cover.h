/* The cover block ("voorblad") as the head of the page: the title as the page's <h1>,
 * the subtitle, and the "Label: waarde" lines as a description list. An empty "Datum:"
 * gets the document date; "Status: Concept" stands out as in the PDF. */
#ifndef WR_HTML_COVER_H
#define WR_HTML_COVER_H

#include <cmark-gfm.h>

#include "render/html/html_context.h"

wr_status wr_html_cover(wr_html_ctx *ctx, cmark_node *block);

#endif
