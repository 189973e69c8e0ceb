/* The five embedded Open Sans faces and their glyph advances, and a fallback font for the
 * characters Open Sans lacks (render/pdf/pdf_glyphs.h decides when a document needs it;
 * without it nothing changes). The fallback is one upright regular face for every style:
 * rare symbols and letters in bold or italic text are set upright. */
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
 * with the UTF-8 encoder (the caller has enabled UTF encodings). Every file is read and
 * checked here; a face's font is made when it is first drawn (wr_pdf_fonts_get). */
wr_status wr_pdf_fonts_load(HPDF_Doc doc, const char *dir, wr_pdf_fonts **out, wr_error *err);

/* Accepts NULL. The HPDF_Font handles belong to the document and stay valid with it. */
void wr_pdf_fonts_free(wr_pdf_fonts *fonts);

/* The face's font, made in the document on first use (NULL when libharu cannot: the
 * document then holds the error). A face never asked for is not embedded. */
HPDF_Font wr_pdf_fonts_get(const wr_pdf_fonts *fonts, wr_pdf_face face);

/* The face's font if it was used, else NULL; makes nothing. */
HPDF_Font wr_pdf_fonts_made(const wr_pdf_fonts *fonts, wr_pdf_face face);

/* Loads the TrueType font at path as the fallback, embedded like the main faces. A file
 * that is missing or unusable is WR_ERR_CONFIG naming it. */
wr_status wr_pdf_fonts_load_fallback(HPDF_Doc doc, wr_pdf_fonts *fonts, const char *path, wr_error *err);

/* The fallback font, NULL when none was loaded. */
HPDF_Font wr_pdf_fonts_fallback(const wr_pdf_fonts *fonts);

/* Before saving: marks the parts of composite glyphs the fallback font uses, however deep
 * they nest. libharu 2.3 embeds the outline of every glyph it marked as used and marks one
 * level of parts: "Ǆ" in DejaVu Sans is D plus Ž, and Ž is Z plus a caron, so the caron
 * and the Z would go missing. Nothing happens without a fallback. */
void wr_pdf_fonts_finish(wr_pdf_fonts *fonts);

/* Whether the face has a glyph for cp. */
bool wr_pdf_fonts_has(const wr_pdf_fonts *fonts, wr_pdf_face face, uint32_t cp);

/* Whether the loaded fallback font has a glyph for cp (false without a fallback). */
bool wr_pdf_fonts_fallback_has(const wr_pdf_fonts *fonts, uint32_t cp);

/* Whether cp is drawn with the fallback font: the face lacks it, the fallback has it and
 * the character can be set glyph by glyph (wr_pdf_script_of). */
bool wr_pdf_fonts_use_fallback(const wr_pdf_fonts *fonts, wr_pdf_face face, uint32_t cp);

/* The next cluster of s[0..len) (len > 0): a character with the combining marks after it
 * when they are set together with the fallback font, otherwise one character. Returns
 * its length in bytes; *fallback tells whether it is set with the fallback. A base
 * character goes to the fallback with its marks, because libharu draws nothing for a
 * piece of text without width (a mark alone). Without a fallback: one character, false. */
size_t wr_pdf_fonts_cluster(const wr_pdf_fonts *fonts, wr_pdf_face face, const char *s, size_t len,
                            bool *fallback);

/* Advance width of cp in 1/1000 em in the face, or in the fallback when fallback is set;
 * invisible formatting characters have none; code points the font lacks get its .notdef
 * width (beyond U+FFFF: that of U+FFFD). */
int wr_pdf_fonts_advance_in(const wr_pdf_fonts *fonts, wr_pdf_face face, bool fallback, uint32_t cp);

/* The same for a character on its own: in the fallback when wr_pdf_fonts_use_fallback. */
int wr_pdf_fonts_advance(const wr_pdf_fonts *fonts, wr_pdf_face face, uint32_t cp);

/* The face to use for text styled bold and/or italic on top of base. */
wr_pdf_face wr_pdf_face_styled(wr_pdf_face base, bool bold, bool italic);

#endif
