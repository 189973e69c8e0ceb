/* The Cijfers sheet: the figures export as one long table, cell for cell cijfers.csv. */
#ifndef WR_XLSX_SHEET_FIGURES_H
#define WR_XLSX_SHEET_FIGURES_H

#include <xlsxwriter.h>

#include "export/xlsx/xlsx_sheet.h"

void wr_xlsx_sheet_figures(wr_xlsx_book *b, lxw_worksheet *ws);

#endif
