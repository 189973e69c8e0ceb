/* The Financiën sheet: budget and realisation per post and quarter, the finance checks
 * and a chart of budget against spending. */
#ifndef WR_XLSX_SHEET_FINANCE_H
#define WR_XLSX_SHEET_FINANCE_H

#include <xlsxwriter.h>

#include "export/xlsx/xlsx_sheet.h"

void wr_xlsx_sheet_finance(wr_xlsx_book *b, lxw_worksheet *ws);

#endif
