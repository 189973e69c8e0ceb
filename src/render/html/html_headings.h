/* Headings: their plain text, a stable id for each (a slug of the text, numbered when
 * it repeats, e.g. "toelichting-van-het-team-2") and the level they get on the page.
 * Collected before anything is written, so the contents can link ahead. */
#ifndef WR_HTML_HEADINGS_H
#define WR_HTML_HEADINGS_H

#include <cmark-gfm.h>

#include "render/html/html_context.h"

/* Collects every heading under doc into ctx->heads, with its id and page level. */
wr_status wr_html_headings_collect(wr_html_ctx *ctx, cmark_node *doc);

/* Frees the headings; accepts a context without them. */
void wr_html_headings_free(wr_html_ctx *ctx);

#endif
