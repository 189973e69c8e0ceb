/* The Datakwaliteit sheet: every problem found while reading the export, one row each. */
#ifndef WR_XLSX_SHEET_QUALITY_H
#define WR_XLSX_SHEET_QUALITY_H

#include <xlsxwriter.h>

#include "export/xlsx/xlsx_sheet.h"

void wr_xlsx_sheet_quality(wr_xlsx_book *b, lxw_worksheet *ws);

#endif
