/* The key figures over time on Overzicht: every cijfer's total (and a few extra key rows)
 * in each period the workbook compares, oldest first, with the difference from the same
 * period a year earlier as a formula. */
#ifndef WR_XLSX_TREND_H
#define WR_XLSX_TREND_H

#include "export/xlsx/xlsx_charts.h"
#include "export/xlsx/xlsx_sheet.h"

/* Writes the table from `row` on and fills the rows the trend chart draws. Returns the
 * next free row. */
lxw_row_t wr_xlsx_trend_table(wr_xlsx_sheet *s, lxw_row_t row, wr_xlsx_chart_rows *chart);

#endif
