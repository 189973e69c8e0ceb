/* The state of one rendering: the libharu document, fonts, the page cursor and the first
 * failure. libharu's error handler only records the error here (it never longjmps);
 * callers look at the record through wr_pdf_ctx_check. */
#ifndef WR_PDF_CONTEXT_H
#define WR_PDF_CONTEXT_H

#include <hpdf.h>
#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"
#include "blocks/figure_numbers.h"
#include "blocks/first_error.h"
#include "render/pdf/pdf_fonts.h"
#include "render/pdf/pdf_hyphen.h"
#include "render/pdf/pdf_options.h"
#include "render/pdf/pdf_tags.h"
#include "render/pdf/pdf_record.h"

/* List markers wait for the first line of their item to know their baseline. */
#define WR_PDF_MAX_MARKERS 8
/* Nested block quotes whose left rule is being drawn. */
#define WR_PDF_MAX_QUOTES 8

typedef struct {
    char text[24];
    double right; /* x where the marker ends */
    size_t label; /* its Lbl element in the structure */
} wr_pdf_marker;

typedef struct {
    double x;      /* where the rule is drawn */
    bool started;  /* content placed on the current page: top is valid */
    double top;
} wr_pdf_quote_rule;

/* A heading of the document: collected before layout, placed during it; the outline
 * and the table of contents point at where it landed. */
typedef struct {
    char *text;    /* plain UTF-8 */
    int level;
    int tag_level; /* its structure element H1..H6 (blocks/heading_levels.h) */
    bool placed;
    size_t page;   /* index into pages */
    double top;    /* y of the top of its first line */
} wr_pdf_heading;

/* A table-of-contents line whose page number and link are added once the page of its
 * heading is known. */
typedef struct {
    size_t head;          /* index into heads */
    size_t page;          /* the contents page it is on */
    size_t link;          /* its Link element in the structure */
    wr_pdf_face face;
    double size, baseline; /* of the page number */
    double x0, y0, x1, y1; /* the clickable area */
} wr_pdf_toc_entry;

typedef struct {
    HPDF_Doc doc;
    wr_pdf_tags *tags;          /* the structure tree being built (pdf_tags.h) */
    wr_pdf_fonts *fonts;
    const wr_pdf_hyphenator *hyph; /* NULL: no hyphenation */
    wr_pdf_hyphenator *own_hyph;   /* loaded for this document alone (no shared one in the options) */
    const wr_pdf_options *opts;
    wr_first_error failure;     /* the first failure; status WR_OK while all is well */
    HPDF_STATUS hpdf_error;     /* first error libharu reported, 0 if none */
    HPDF_STATUS hpdf_detail;

    HPDF_Page *pages;           /* every page, kept for the footers */
    size_t npages, cap_pages;
    HPDF_Page page;             /* the current page */
    double y;                   /* top of the free space on it */
    double gap;                 /* space owed before the next content (dropped at a page top) */
    bool fresh;                 /* nothing placed on the current page yet */

    double indent;              /* left indent of the current container */
    int list_depth;
    int flattened;              /* lists and quotes around the current block set without indent */
    bool tight;                 /* inside a tight list: small gaps between paragraphs */
    int quote_depth;
    bool notice;                /* inside a notice (blocks/notice.h): set ragged */
    wr_pdf_quote_rule quotes[WR_PDF_MAX_QUOTES];
    wr_pdf_marker markers[WR_PDF_MAX_MARKERS];
    size_t nmarkers;

    bool cover_first;           /* the document opens with a cover page */
    wr_pdf_heading *heads;      /* every heading, in document order */
    size_t nheads, heads_done;  /* heads_done: how many have been placed */
    wr_pdf_toc_entry *toc;
    size_t ntoc, cap_toc;
    int figures;                /* charts drawn so far */
    wr_numbering numbers;       /* "Tabel 2.3", "Figuur 4.1" (blocks/figure_numbers.h) */
    wr_pdf_record *record;      /* where things went, for tests; NULL: not recorded */
} wr_pdf_ctx;

/* The libharu error handler; data is the wr_pdf_ctx. */
void wr_pdf_ctx_on_error(HPDF_STATUS error, HPDF_STATUS detail, void *data);

/* Records a failure (only the first one counts) and returns ctx->failure.status. */
wr_status wr_pdf_ctx_fail(wr_pdf_ctx *ctx, wr_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Turns a libharu error recorded by the handler into a failure; returns ctx->failure.status. */
wr_status wr_pdf_ctx_check(wr_pdf_ctx *ctx);

/* Shorthand for an allocation failure. */
wr_status wr_pdf_ctx_nomem(wr_pdf_ctx *ctx);

/* Left edge and width of text in the current container. */
double wr_pdf_ctx_left(const wr_pdf_ctx *ctx);
double wr_pdf_ctx_width(const wr_pdf_ctx *ctx);

#endif
