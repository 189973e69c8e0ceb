/* The page around the content: document head with the style sheet, skip link, the
 * banner with the running header and the draft label, <main>, the footer. */
#ifndef WR_HTML_PAGE_H
#define WR_HTML_PAGE_H

#include <stddef.h>

#include "render/html/html_context.h"

/* Everything before the first block, and everything after the last. */
void wr_html_page_open(wr_html_ctx *ctx);
void wr_html_page_close(wr_html_ctx *ctx);

/* "30 september 2026" for the document date. */
void wr_html_date_text(const wr_html_options *o, char *buf, size_t size);

#endif
