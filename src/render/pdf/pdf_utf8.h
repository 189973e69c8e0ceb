/* Small UTF-8 and character-class helpers; enough for Dutch text, no locale involved. */
#ifndef WR_PDF_UTF8_H
#define WR_PDF_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define WR_PDF_REPLACEMENT 0xFFFDu

/* Decodes the code point at s[0..len) (len > 0) into *cp and returns its byte length.
 * Malformed input yields U+FFFD and consumes one byte, so callers always progress. */
size_t wr_pdf_utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Writes cp as UTF-8 into out (room for 4 bytes) and returns the byte count. */
size_t wr_pdf_utf8_encode(uint32_t cp, char *out);

/* Lower case for ASCII and Latin-1, which is what the hyphenation patterns need. */
uint32_t wr_pdf_lower(uint32_t cp);

/* Letters of the Latin scripts (ASCII, Latin-1, Latin Extended-A/B). */
bool wr_pdf_is_letter(uint32_t cp);

/* Collapsible white space in Markdown text (not the non-breaking space). */
bool wr_pdf_is_space(uint32_t cp);

/* What the PDF can do with a character its main font lacks (render/pdf/pdf_glyphs.h). */
typedef enum {
    WR_PDF_SCRIPT_PLAIN,      /* set one glyph after another: the fallback font may have it */
    WR_PDF_SCRIPT_IGNORABLE,  /* invisible formatting (joiners, variation selectors): not drawn */
    WR_PDF_SCRIPT_RTL,        /* right to left (Hebrew, Arabic ...): needs reordering and shaping */
    WR_PDF_SCRIPT_COMPLEX,    /* scripts that join and reorder glyphs (Devanagari, Thai ...) */
    WR_PDF_SCRIPT_CJK,        /* Chinese, Japanese, Korean: needs a CJK font */
    WR_PDF_SCRIPT_ASTRAL      /* beyond U+FFFF (emoji ...): libharu sets 16-bit codes only */
} wr_pdf_script;

wr_pdf_script wr_pdf_script_of(uint32_t cp);

/* Combining marks (accents that sit on the character before them). */
bool wr_pdf_is_combining(uint32_t cp);

#endif
