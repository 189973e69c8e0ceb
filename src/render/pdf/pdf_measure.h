/* Text measuring with the fonts' own advance widths (libharu applies no kerning, so the
 * sum of advances is exactly what gets drawn). */
#ifndef WR_PDF_MEASURE_H
#define WR_PDF_MEASURE_H

#include <stddef.h>
#include <stdint.h>

#include "render/pdf/pdf_fonts.h"

/* Width in points of one code point at size. */
double wr_pdf_char_width(const wr_pdf_fonts *fonts, wr_pdf_face face, double size, uint32_t cp);

/* Width in points of the UTF-8 text s[0..len) at size. */
double wr_pdf_text_width(const wr_pdf_fonts *fonts, wr_pdf_face face, double size, const char *s,
                         size_t len);

/* The code point libharu can draw for cp: its UTF-8 encoder and width tables are 16-bit,
 * so anything beyond U+FFFF becomes U+FFFD. */
uint32_t wr_pdf_drawable(uint32_t cp);

/* Copies s[0..len) to out as drawable UTF-8 and NUL-terminates it; invisible formatting
 * characters (joiners, variation selectors: WR_PDF_SCRIPT_IGNORABLE) are left out. out
 * needs room for 3 * len + 1 bytes; returns the length written. */
size_t wr_pdf_drawable_copy(const char *s, size_t len, char *out);

#endif
