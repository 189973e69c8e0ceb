/* How one figure of the model is shown in the workbook: number format, placeholder texts
 * for values that are not shown, unit, and the numerator of a percentage. */
#ifndef WR_XLSX_FIGURE_H
#define WR_XLSX_FIGURE_H

#include <stdbool.h>
#include <stddef.h>
#include <xlsxwriter.h>

#include "export/xlsx/xlsx_sheet.h"
#include "figures/figures.h"

/* The number format and decimals for a figure's value. */
lxw_format *wr_xlsx_value_format(wr_xlsx_book *b, const wr_figure *fig, unsigned flags, int *decimals);
/* True when the appendix must hide this value (cfg->suppress_in_appendix, as cijfers.csv). */
bool wr_xlsx_hidden(const wr_xlsx_book *b, const wr_figure *fig);
/* What stands in place of a value that is not shown: "<5", "x", "n<10" or "–". */
const char *wr_xlsx_placeholder(const wr_xlsx_book *b, const wr_figure *fig, char *buf, size_t size);
/* Writes the figure's value, or its placeholder text. */
void wr_xlsx_figure_value(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, const wr_figure *fig, unsigned flags);
/* Writes the denominator of a ratio (nothing for other figures), or "<5" / "x" where the
 * appendix must hide it (cfg->suppress_in_appendix). */
void wr_xlsx_denominator(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, const wr_figure *fig);
/* The numerator of a percentage when it is a whole count; false for other figures. */
bool wr_xlsx_numerator(const wr_figure *fig, long *numerator);
/* The unit to show next to a value ("inwoners", "%", "euro" ...). */
const char *wr_xlsx_unit(const wr_figure *fig);

#endif
