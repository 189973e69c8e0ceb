/* The Definities sheet: every figure's definition, denominator, source file and columns,
 * then the general rules. */
#ifndef WR_XLSX_SHEET_DEFINITIONS_H
#define WR_XLSX_SHEET_DEFINITIONS_H

#include <xlsxwriter.h>

#include "export/xlsx/xlsx_sheet.h"

void wr_xlsx_sheet_definitions(wr_xlsx_book *b, lxw_worksheet *ws);

#endif
