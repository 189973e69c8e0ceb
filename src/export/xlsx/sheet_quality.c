/* Datakwaliteit: every row-level problem found while reading the export, one row each
 * (file, line, column, value, kind, severity, what happens with the row). The value is the
 * offending field as read; the readers never put a resident key or free text there. */
#include "export/xlsx/xb.h"

enum { NCOLS = 8 };
static const char *const HEADERS[NCOLS] = {"bestand", "regel", "kolom", "kolomnaam", "waarde",
                                           "soort", "ernst", "probleem"};

void xb_sheet_quality(xb_book *b, lxw_worksheet *ws)
{
    const wr_diag_list *diags = &b->in->ds->diags;
    xb_sheet s;
    xb_sheet_init(&s, b, "Datakwaliteit");
    s.ws = ws;
    s.max_width[4] = 30;
    s.max_width[7] = 90;
    if (diags->count == 0) {
        worksheet_write_string(ws, 0, 0, "Bij het lezen van de export zijn geen problemen gevonden.", NULL);
        xb_print_setup(&s, 1, 0);
        return;
    }
    lxw_format *integer = xb_fmt(b, "0", 0); /* line 1644, not 1.644: a place, not an amount */
    for (size_t i = 0; i < diags->count; i++) {
        const wr_diag *d = &diags->items[i];
        lxw_row_t row = (lxw_row_t)i + 1;
        xb_text(&s, row, 0, d->file, NULL);
        if (d->line > 0)
            xb_number(&s, row, 1, (double)d->line, 0, integer);
        if (d->column > 0)
            xb_number(&s, row, 2, d->column, 0, integer);
        xb_text(&s, row, 3, d->column_name, xb_fmt(b, NULL, XB_INDENT));
        xb_text(&s, row, 4, d->value, NULL);
        xb_text(&s, row, 5, wr_diag_kind_label(d->kind), NULL);
        xb_text(&s, row, 6, wr_severity_label(d->severity), NULL);
        xb_wrapped(&s, row, 7, d->message, 0);
    }
    b->quality_rows = (lxw_row_t)diags->count;
    xb_table(&s, "Datakwaliteit", 0, 0, (lxw_row_t)diags->count, HEADERS, NCOLS);
    worksheet_freeze_panes(ws, 1, 0);
    xb_print_setup(&s, 0, 0);
    xb_sheet_finish(&s);
}
