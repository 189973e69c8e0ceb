/* The state of one rendering: the output buffer, the options, the headings collected
 * before writing, and the first failure (later ones are consequences and not reported). */
#ifndef WR_HTML_CONTEXT_H
#define WR_HTML_CONTEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"
#include "base/strbuf.h"
#include "blocks/figure_numbers.h"
#include "blocks/first_error.h"
#include "render/html/html_options.h"

typedef struct {
    char *text;     /* plain text */
    char *id;       /* unique slug, the anchor of the contents */
    int level;      /* level in the Markdown (## is 2) */
    int html_level; /* h2..h6 on the page, never skipping a level */
} wr_html_heading;

typedef struct {
    wr_strbuf *out;
    const wr_html_options *opts;
    wr_first_error failure; /* the first failure; status WR_OK while all is well */

    wr_html_heading *heads; /* every heading, in document order */
    size_t nheads;
    size_t heads_done;      /* headings written so far */
    bool title_h1;          /* the page makes its own <h1> (from the cover or the title) */
    bool has_cover;

    const char *section;    /* text of the heading the current block sits under; NULL before one */
    size_t ntables, ncharts; /* for the ids tabel_N and grafiek_N */
    wr_numbering numbers;    /* "Tabel 2.3", "Figuur 4.1" (blocks/figure_numbers.h) */
} wr_html_ctx;

/* Checks the output buffer: WR_ERR_NOMEM once an append failed. */
wr_status wr_html_check(wr_html_ctx *ctx);

#endif
