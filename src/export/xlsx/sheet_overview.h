/* The Overzicht sheet: what the appendix is about, the key figures over time with their
 * charts, a guide to the sheets and which files were delivered. Written last: it points at
 * cells of the other sheets. */
#ifndef WR_XLSX_SHEET_OVERVIEW_H
#define WR_XLSX_SHEET_OVERVIEW_H

#include <xlsxwriter.h>

#include "export/xlsx/xlsx_sheet.h"

void wr_xlsx_sheet_overview(wr_xlsx_book *b, lxw_worksheet *ws);

#endif
