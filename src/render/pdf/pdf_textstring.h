/* PDF text strings (ISO 32000-1, 7.9.2.2) for what a reader's software reads aloud or
 * searches: alternate texts, actual texts, link descriptions. A string every character
 * of which PDFDocEncoding has is written in it (one byte a character, as compact as the
 * file can be); any other becomes UTF-16BE with its byte order mark. */
#ifndef WR_PDF_TEXTSTRING_H
#define WR_PDF_TEXTSTRING_H

#include <hpdf.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

/* A libharu string object holding utf8 as a text string; NULL when out of memory (or
 * when libharu refused it, which its error handler then records). */
void *wr_pdf_textstring_new(HPDF_MMgr mmgr, const char *utf8);

/* Writes utf8 as a text string token, "(...)" or "<FEFF...>", to a content stream. */
void wr_pdf_textstring_write(HPDF_Stream stream, const char *utf8);

#endif
