/* The Impact sheet: the policy indicators with their previous value, change, target and
 * source, then the part's other figures. */
#ifndef WR_XLSX_SHEET_IMPACT_H
#define WR_XLSX_SHEET_IMPACT_H

#include <xlsxwriter.h>

#include "export/xlsx/xlsx_sheet.h"

void wr_xlsx_sheet_impact(wr_xlsx_book *b, lxw_worksheet *ws);

#endif
