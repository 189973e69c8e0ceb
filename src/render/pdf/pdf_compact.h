/* Writing a finished PDF with object streams (PDF 1.5), for PDF/A-2a. A tagged report has
 * thousands of small structure dictionaries; PDF/A-1 must keep each one as a separate,
 * uncompressed object, PDF/A-2 lets them be compressed together. libharu cannot write
 * object streams, so libqpdf rewrites what libharu saved. */
#ifndef WR_PDF_COMPACT_H
#define WR_PDF_COMPACT_H

#include <stddef.h>

#include "base/error.h"

/* Writes the PDF in pdf[0..len) to path with its objects in object streams. Streams are
 * kept as they are (the XMP stays unfiltered, as PDF/A asks) and the file ID comes from
 * the content, so the same report gives the same bytes. */
wr_status wr_pdf_write_compact(const unsigned char *pdf, size_t len, const char *path, wr_error *err);

#endif
