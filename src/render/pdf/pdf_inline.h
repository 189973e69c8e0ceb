/* Inline content of a Markdown block flattened into styled runs of text. */
#ifndef WR_PDF_INLINE_H
#define WR_PDF_INLINE_H

#include <cmark-gfm.h>
#include <stdbool.h>
#include <stddef.h>

#include "render/pdf/pdf_options.h"

enum {
    WR_PDF_RUN_STRONG = 1u << 0,
    WR_PDF_RUN_EMPH = 1u << 1,
    WR_PDF_RUN_CODE = 1u << 2,
    WR_PDF_RUN_LINK = 1u << 3,
    WR_PDF_RUN_STRIKE = 1u << 4,
    WR_PDF_RUN_BREAK = 1u << 5 /* a forced line break; no text */
};

typedef struct {
    unsigned flags;
    const char *text; /* borrowed from the AST (or a static literal); not NUL-terminated */
    size_t len;
    const char *url;  /* for WR_PDF_RUN_LINK, borrowed from the AST */
} wr_pdf_run;

typedef struct {
    wr_pdf_run *v;
    size_t n, cap;
} wr_pdf_runs;

/* Appends the runs of block's inline children (soft breaks become spaces, images their
 * alt text, raw HTML is dropped). A link is a link only when the link policy keeps it in
 * the PDF (blocks/link_policy.h; opts gives the source map and the warnings). The runs
 * borrow from the AST: keep it alive. Returns false when out of memory. */
bool wr_pdf_runs_collect(cmark_node *block, const wr_pdf_options *opts, wr_pdf_runs *runs);

/* Appends one run of plain text with the given flags; false when out of memory. */
bool wr_pdf_runs_add(wr_pdf_runs *runs, unsigned flags, const char *text, size_t len,
                     const char *url);

/* True when the runs' text, ignoring leading spaces, starts with prefix. */
bool wr_pdf_runs_start_with(const wr_pdf_runs *runs, const char *prefix);

/* The plain text of the runs (forced breaks become spaces), malloc'd; NULL when out of
 * memory. */
char *wr_pdf_runs_text(const wr_pdf_runs *runs);

/* Frees the run array (not the borrowed text); accepts NULL; leaves runs empty. */
void wr_pdf_runs_free(wr_pdf_runs *runs);

#endif
