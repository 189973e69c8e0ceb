/* Native Excel charts: the quarterly trend and reach per district (on Overzicht) and budget
 * against spending (on Financiën). Each chart reads cells of the workbook, so it follows
 * the tables; libxlsxwriter also stores the values, so it shows without recalculation. */
#ifndef WR_XLSX_CHARTS_H
#define WR_XLSX_CHARTS_H

#include "export/xlsx/xlsx_sheet.h"

#define WR_XLSX_CHART_MAX_SERIES 8
#define WR_XLSX_CHART_HALF_WIDTH 640 /* pixels: two charts side by side on Overzicht */

/* Rows of a table to draw as lines: categories in row `header`, columns first..last. */
typedef struct {
    lxw_row_t header;
    lxw_row_t rows[WR_XLSX_CHART_MAX_SERIES];
    size_t count;
    lxw_col_t first_col, last_col, label_col;
} wr_xlsx_chart_rows;

/* The trend of `trend` and, from column second_col on, reach per district (from the Bereikt
 * sheet), side by side at `row`; returns the first free row under them. */
lxw_row_t wr_xlsx_chart_overview(wr_xlsx_book *b, lxw_worksheet *ws, const char *sheet,
                                 const wr_xlsx_chart_rows *trend, lxw_row_t row, lxw_col_t second_col);
/* Budget against spending per post: categories in label_col, rows first..last, one series
 * per column of cols (named by the table's header); returns the first free row under the
 * chart placed at `row`. */
lxw_row_t wr_xlsx_chart_budget(wr_xlsx_book *b, lxw_worksheet *ws, const char *sheet, lxw_row_t first, lxw_row_t last,
                               lxw_col_t label_col, const lxw_col_t *cols, size_t ncols, lxw_row_t row);

#endif
