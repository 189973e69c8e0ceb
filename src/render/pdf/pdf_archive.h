/* PDF/A-1b and reproducibility: XMP metadata matching the document information, an
 * sRGB output intent, a content-derived document ID, PDF 1.4, and ToUnicode maps that
 * text extraction can read. */
#ifndef WR_PDF_ARCHIVE_H
#define WR_PDF_ARCHIVE_H

#include <stddef.h>

#include "render/pdf/pdf_context.h"

/* Call after the last page is finished, right before saving. The output intent (and
 * the PDF/A claim in the XMP) is added only when opts->icc_profile is set. */
wr_status wr_pdf_archive_prepare(wr_pdf_ctx *ctx, const char *markdown, size_t len);

#endif
