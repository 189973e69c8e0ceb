/* Datakwaliteit: every row-level problem found while reading the export, one row each
 * (file, line, column, value, kind, severity, what happens with the row). The value is the
 * offending field as read; the readers never put a resident key or free text there.
 * Excel has 1,048,576 rows: beyond that the sheet lists the first problems and its last row
 * says how many more there are and that `wijkrapport controleer` shows them all. */
#include "export/xlsx/sheet_quality.h"

#include <stdio.h>

#include "base/format_nl.h"
#include "export/xlsx/xlsx_sheet.h"

enum { NCOLS = 8 };
static const char *const HEADERS[NCOLS] = {"bestand", "regel", "kolom", "kolomnaam", "waarde",
                                           "soort", "ernst", "probleem"};

void wr_xlsx_sheet_quality(wr_xlsx_book *b, lxw_worksheet *ws)
{
    static const wr_diag_list none;
    const wr_diag_list *diags = b->in->current->diags ? b->in->current->diags : &none;
    wr_xlsx_sheet s;
    wr_xlsx_sheet_init(&s, b, "Datakwaliteit");
    s.ws = ws;
    s.max_width[4] = 30;
    s.max_width[7] = 90;
    if (diags->count == 0) {
        wr_xlsx_put(&s, 0, 0, "Bij het lezen van de export zijn geen problemen gevonden.", NULL);
        wr_xlsx_print_setup(&s, 1, 0);
        return;
    }
    lxw_format *integer = wr_xlsx_fmt(b, "0", 0); /* line 1644, not 1.644: a place, not an amount */
    size_t limit = b->in->quality_row_limit ? b->in->quality_row_limit : LXW_ROW_MAX;
    size_t shown = diags->count;
    if (limit < 3)
        limit = 3;
    if (shown > limit - 1) {
        shown = limit - 2;
        b->quality_cut = true;
    }
    for (size_t i = 0; i < shown; i++) {
        const wr_diag *d = &diags->items[i];
        lxw_row_t row = (lxw_row_t)i + 1;
        wr_xlsx_text(&s, row, 0, d->file, NULL);
        if (d->line > 0)
            wr_xlsx_number(&s, row, 1, (double)d->line, 0, integer);
        if (d->column > 0)
            wr_xlsx_number(&s, row, 2, d->column, 0, integer);
        wr_xlsx_text(&s, row, 3, d->column_name, wr_xlsx_fmt(b, NULL, WR_XLSX_INDENT));
        wr_xlsx_text(&s, row, 4, d->value, NULL);
        wr_xlsx_text(&s, row, 5, wr_diag_kind_label(d->kind), NULL);
        wr_xlsx_text(&s, row, 6, wr_severity_label(d->severity), NULL);
        wr_xlsx_wrapped(&s, row, 7, d->message, 0);
    }
    b->quality_rows = (lxw_row_t)shown;
    wr_xlsx_table(&s, "Datakwaliteit", 0, 0, (lxw_row_t)shown, HEADERS, NCOLS);
    if (b->quality_cut) {
        char more[32], all[32], note[400];
        wr_nl_number((double)(diags->count - shown), 0, more, sizeof more);
        wr_nl_number((double)diags->count, 0, all, sizeof all);
        snprintf(note, sizeof note, "En nog %s meldingen die niet op dit blad passen: een blad in Excel heeft ten "
                 "hoogste 1.048.576 regels. 'wijkrapport controleer' toont alle %s meldingen.", more, all);
        wr_xlsx_put(&s, (lxw_row_t)shown + 1, 0, note, wr_xlsx_fmt(b, NULL, WR_XLSX_BOLD));
    }
    worksheet_freeze_panes(ws, 1, 0);
    wr_xlsx_print_setup(&s, 0, 0);
    wr_xlsx_sheet_finish(&s);
}
