/* Dutch text for the libharu errors a user can cause: a full disk or a file that cannot be
 * written, a broken or unusable font, lack of memory. Anything else is an internal error,
 * named with its code. */
#ifndef WR_PDF_ERRORS_H
#define WR_PDF_ERRORS_H

#include <hpdf.h>

/* saved_errno: errno right after the failing call (0: unknown); it says why a file could
 * not be written ("de schijf is vol"). The text is static or thread-local. */
const char *wr_pdf_error_text(HPDF_STATUS code, int saved_errno);

#endif
