/* The five embedded Open Sans faces and their glyph advances. */
#ifndef WR_PDF_FONTS_H
#define WR_PDF_FONTS_H

#include <hpdf.h>
#include <stdbool.h>
#include <stdint.h>

#include "base/error.h"

typedef enum {
    WR_PDF_REGULAR,
    WR_PDF_BOLD,
    WR_PDF_ITALIC,
    WR_PDF_BOLD_ITALIC,
    WR_PDF_SEMIBOLD,
    WR_PDF_FACE_COUNT
} wr_pdf_face;

typedef struct wr_pdf_fonts wr_pdf_fonts;

/* Loads OpenSans-{Regular,Bold,Italic,BoldItalic,Semibold}.ttf from dir into doc, embedded,
 * with the UTF-8 encoder (the caller has enabled UTF encodings). */
wr_status wr_pdf_fonts_load(HPDF_Doc doc, const char *dir, wr_pdf_fonts **out, wr_error *err);

/* Accepts NULL. The HPDF_Font handles belong to the document and stay valid with it. */
void wr_pdf_fonts_free(wr_pdf_fonts *fonts);

HPDF_Font wr_pdf_fonts_get(const wr_pdf_fonts *fonts, wr_pdf_face face);

/* Advance width of cp in 1/1000 em; code points the font lacks get the .notdef width. */
int wr_pdf_fonts_advance(const wr_pdf_fonts *fonts, wr_pdf_face face, uint32_t cp);

/* The face to use for text styled bold and/or italic on top of base. */
wr_pdf_face wr_pdf_face_styled(wr_pdf_face base, bool bold, bool italic);

#endif
