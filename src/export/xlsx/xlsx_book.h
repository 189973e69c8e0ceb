/* The controller's Excel appendix, written with libxlsxwriter straight from the figures
 * model: one sheet per part plus overview, figures, data quality and definitions.
 * libxlsxwriter formats numbers with the C library; the writer therefore switches to
 * LC_NUMERIC=C for the duration (see xlsx_book.c), whatever the caller set. */
#ifndef WR_XLSX_BOOK_H
#define WR_XLSX_BOOK_H

#include "base/error.h"
#include "export/xlsx/xlsx_input.h"

wr_status wr_xlsx_write(const char *path, const wr_xlsx_input *in, wr_error *err);

#endif
