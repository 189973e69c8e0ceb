#include "xlsx_book.h"

#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "export_csv.h"
#include "format_nl.h"

typedef struct {
    lxw_workbook *wb;
    lxw_format *integer;
    lxw_format *decimal1;
    lxw_format *decimal2;
    lxw_format *euro;
} book;

static lxw_format *value_format(const book *b, const wr_figure *fig)
{
    switch (fig->kind) {
    case WR_KIND_PERCENT: return b->decimal1;
    case WR_KIND_MEAN:
    case WR_KIND_MEDIAN: return b->decimal2;
    case WR_KIND_EURO: return b->euro;
    default: return b->integer;
    }
}

static void write_figures(book *b, const wr_config *cfg, const wr_figures *f)
{
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, "Cijfers");
    static const char *const headers[] = {"periode", "deel", "cijfer", "dimensie", "waarde_code", "waarde", "noemer"};
    char period[16];
    wr_period_code(f->period, period, sizeof period);
    lxw_row_t row = 1;
    for (size_t i = 0; i < f->count; i++, row++) {
        const wr_figure *fig = &f->items[i];
        worksheet_write_string(ws, row, 0, period, NULL);
        worksheet_write_string(ws, row, 1, wr_deel_code(fig->deel), NULL);
        worksheet_write_string(ws, row, 2, fig->figure, NULL);
        worksheet_write_string(ws, row, 3, fig->dimension, NULL);
        worksheet_write_string(ws, row, 4, fig->code, NULL);
        if (fig->has_value && !wr_export_hidden(fig, cfg->suppress_in_appendix))
            worksheet_write_number(ws, row, 5, fig->value, value_format(b, fig));
        if (fig->has_denominator)
            worksheet_write_number(ws, row, 6, (double)fig->denominator, b->integer);
    }
    lxw_table_column cols[7], *col_ptrs[8];
    for (int c = 0; c < 7; c++) {
        memset(&cols[c], 0, sizeof cols[c]);
        cols[c].header = (char *)headers[c];
        col_ptrs[c] = &cols[c];
    }
    col_ptrs[7] = NULL;
    lxw_table_options opts = {.name = "Cijfers", .style_type = LXW_TABLE_STYLE_TYPE_LIGHT,
                              .style_type_number = 9, .columns = col_ptrs};
    worksheet_add_table(ws, 0, 0, f->count ? (lxw_row_t)f->count : 1, 6, &opts);
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_set_column(ws, 0, 1, 10, NULL);
    worksheet_set_column(ws, 2, 2, 22, NULL);
    worksheet_set_column(ws, 3, 3, 16, NULL);
    worksheet_set_column(ws, 4, 4, 26, NULL);
    worksheet_set_column(ws, 5, 6, 12, NULL);
}

static void write_quality(book *b, const wr_dataset *ds)
{
    lxw_worksheet *ws = workbook_add_worksheet(b->wb, "Datakwaliteit");
    static const char *const headers[] = {"bestand", "regel", "kolom", "kolomnaam", "waarde", "soort", "ernst", "probleem"};
    if (ds->diags.count == 0) {
        worksheet_write_string(ws, 0, 0, "Bij het lezen van de export zijn geen problemen gevonden.", NULL);
        return;
    }
    for (size_t i = 0; i < ds->diags.count; i++) {
        const wr_diag *d = &ds->diags.items[i];
        lxw_row_t row = (lxw_row_t)i + 1;
        worksheet_write_string(ws, row, 0, d->file, NULL);
        worksheet_write_number(ws, row, 1, (double)d->line, b->integer);
        if (d->column)
            worksheet_write_number(ws, row, 2, d->column, b->integer);
        worksheet_write_string(ws, row, 3, d->column_name, NULL);
        worksheet_write_string(ws, row, 4, d->value, NULL);
        worksheet_write_string(ws, row, 5, wr_diag_kind_label(d->kind), NULL);
        worksheet_write_string(ws, row, 6, wr_severity_label(d->severity), NULL);
        worksheet_write_string(ws, row, 7, d->message, NULL);
    }
    lxw_table_column cols[8], *col_ptrs[9];
    for (int c = 0; c < 8; c++) {
        memset(&cols[c], 0, sizeof cols[c]);
        cols[c].header = (char *)headers[c];
        col_ptrs[c] = &cols[c];
    }
    col_ptrs[8] = NULL;
    lxw_table_options opts = {.name = "Datakwaliteit", .style_type = LXW_TABLE_STYLE_TYPE_LIGHT,
                              .style_type_number = 9, .columns = col_ptrs};
    worksheet_add_table(ws, 0, 0, (lxw_row_t)ds->diags.count, 7, &opts);
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_set_column(ws, 0, 0, 16, NULL);
    worksheet_set_column(ws, 1, 2, 8, NULL);
    worksheet_set_column(ws, 3, 4, 18, NULL);
    worksheet_set_column(ws, 5, 6, 22, NULL);
    worksheet_set_column(ws, 7, 7, 80, NULL);
}

wr_status wr_xlsx_write(const char *path, const wr_xlsx_input *in, wr_error *err)
{
    const wr_config *cfg = in->cfg;
    const wr_dataset *ds = in->ds;
    const wr_figures *f = in->current;
    time_t created = in->created;
    book b = {0};
    b.wb = workbook_new(path);
    if (!b.wb)
        return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden aangemaakt.", path);
    char title[256], period[64];
    wr_nl_period(f->period, period, sizeof period);
    snprintf(title, sizeof title, "%s \xE2\x80\x93 bijlage bij de kwartaalrapportage %s", cfg->programme, period);
    lxw_doc_properties props = {0};
    props.title = title;
    props.subject = "Cijfers en datakwaliteit voor de controller";
    props.author = cfg->provider;
    props.company = cfg->provider;
    props.created = created;
    workbook_set_properties(b.wb, &props);

    b.integer = workbook_add_format(b.wb);
    format_set_num_format(b.integer, "#,##0");
    b.decimal1 = workbook_add_format(b.wb);
    format_set_num_format(b.decimal1, "#,##0.0");
    b.decimal2 = workbook_add_format(b.wb);
    format_set_num_format(b.decimal2, "#,##0.00");
    b.euro = workbook_add_format(b.wb);
    format_set_num_format(b.euro, "[$\xE2\x82\xAC-413] #,##0.00");

    write_figures(&b, cfg, f);
    write_quality(&b, ds);
    lxw_error rc = workbook_close(b.wb);
    if (rc != LXW_NO_ERROR)
        return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven (%s).", path, lxw_strerror(rc));
    return WR_OK;
}
