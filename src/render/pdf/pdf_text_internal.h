/* The layout record shared by pdf_text.c (building) and pdf_textdraw.c (drawing). */
#ifndef WR_PDF_TEXT_INTERNAL_H
#define WR_PDF_TEXT_INTERNAL_H

#include <stdint.h>

#include "render/pdf/pdf_linebreak.h"
#include "render/pdf/pdf_text.h"

/* Where each line-break item's glyph comes from. */
typedef struct {
    uint32_t run;    /* index into runs->v */
    uint32_t off;    /* byte offset in that run's text */
    uint8_t len;     /* byte length of the code point */
    uint8_t face;    /* wr_pdf_face it is drawn in */
    bool letter;     /* counts for hyphenation */
    bool fallback;   /* drawn with the fallback font (pdf_fonts.h) */
    uint32_t cp;
} wr_pdf_item_src;

struct wr_pdf_text {
    const wr_pdf_fonts *fonts;
    const wr_pdf_runs *runs;
    wr_pdf_textstyle style;
    double width;
    double hyphen_share; /* wr_pdf_text_set_hyphen_share */
    wr_pdf_lb_item *items;
    wr_pdf_item_src *src;
    size_t n;
    wr_pdf_lb_line *lines;
    size_t nlines;
    char *scratch; /* room for the longest contiguous piece, to NUL-terminate it */
    size_t scratch_len;
    wr_pdf_tags *tags; /* where drawn content is marked; NULL: not tagged */
    size_t *links;     /* per run: the Link element of the link it starts; NULL until drawn */
};

/* The face of run r's text. */
wr_pdf_face wr_pdf_run_face(const wr_pdf_textstyle *style, const wr_pdf_run *run);

#endif
