/* Cijfers: the figures export as one long table, cell for cell the same as cijfers.csv
 * (same columns, same rows, same numbers), so a pivot table gives what the CSV gives. The
 * financial interim report lists the finance rows only. */
#include "export/xlsx/sheet_figures.h"

#include "export/csv.h"
#include "export/xlsx/xlsx_figure.h"
#include "export/xlsx/xlsx_sheet.h"

enum { NCOLS = 7 };
static const char *const HEADERS[NCOLS] = {"periode", "deel", "cijfer", "dimensie", "waarde_code", "waarde",
                                           "noemer"};

void wr_xlsx_sheet_figures(wr_xlsx_book *b, lxw_worksheet *ws)
{
    const wr_figures *f = b->in->current;
    wr_xlsx_sheet s;
    wr_xlsx_sheet_init(&s, b, "Cijfers");
    s.ws = ws;
    lxw_row_t row = 0;
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *fig = &f->items[i];
        if (b->in->finance_only && fig->deel != WR_DEEL_FINANCIEN)
            continue;
        row++;
        wr_xlsx_text(&s, row, 0, b->period_code, NULL);
        wr_xlsx_text(&s, row, 1, wr_deel_code(fig->deel), NULL);
        wr_xlsx_text(&s, row, 2, fig->figure, NULL);
        wr_xlsx_text(&s, row, 3, fig->dimension, NULL);
        wr_xlsx_text(&s, row, 4, fig->code, NULL);
        /* Empty exactly where the CSV is empty: no value, or hidden by the settings (the
         * denominator too). */
        if (fig->has_value && !wr_xlsx_hidden(b, fig)) {
            int decimals;
            lxw_format *format = wr_xlsx_value_format(b, fig, 0, &decimals);
            wr_xlsx_number(&s, row, 5, fig->value, decimals, format);
        }
        if (fig->has_denominator && !wr_export_denominator_hidden(fig, b->cfg->suppress_in_appendix))
            wr_xlsx_number(&s, row, 6, (double)fig->denominator, 0, wr_xlsx_fmt(b, WR_XLSX_NUM_INT, 0));
    }
    wr_xlsx_table(&s, "Cijfers", 0, 0, row, HEADERS, NCOLS);
    worksheet_freeze_panes(ws, 1, 0);
    wr_xlsx_print_setup(&s, 0, 0);
    wr_xlsx_sheet_finish(&s);
}
