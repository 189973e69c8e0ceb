/* The controller's Excel appendix, written with libxlsxwriter straight from the figures
 * model: one sheet per part plus overview, figures, data quality and definitions.
 * libxlsxwriter formats numbers with the C library; the writer therefore switches to
 * LC_NUMERIC=C for the duration (see xlsx_book.c), whatever the caller set. */
#ifndef WR_XLSX_BOOK_H
#define WR_XLSX_BOOK_H

#include "base/error.h"
#include "export/xlsx/xlsx_input.h"

/* The most problems the Datakwaliteit sheet lists: Excel's 1,048,576 rows less the header
 * and the closing row that says how many more there are and where to see them all. */
#define WR_XLSX_QUALITY_MAX 1048574

/* Writes the workbook; a cell the library refuses, or a file it cannot write, is an
 * error with a Dutch message naming the sheet and cell or the reason. */
wr_status wr_xlsx_write(const char *path, const wr_xlsx_input *in, wr_error *err);

#endif
