#include "input/table_rows.h"

#include <stdio.h>

typedef struct {
    wr_csv_row_fn fn;
    void *user;
    wr_diag_list *diags;
} shape_check;

static wr_status check_shape(void *user, const wr_csv_row *row, wr_error *err)
{
    shape_check *c = user;
    if (row->field_count == row->header_count)
        return c->fn(c->user, row, err);
    char msg[256];
    snprintf(msg, sizeof msg, "de regel heeft %zu %s en de kopregel %zu: de kolommen zijn verschoven (een "
             "scheidingsteken te veel of te weinig); de regel telt in geen enkel cijfer mee",
             row->field_count, row->field_count == 1 ? "veld" : "velden", row->header_count);
    wr_diag_add(c->diags, WR_DIAG_FIELD_COUNT, WR_SEVERITY_ERROR, row->file, row->line, 0, "", "", msg);
    return WR_OK;
}

wr_status wr_input_read_table(const char *path, const char *file_name, const wr_csv_column *columns,
                              size_t column_count, wr_csv_row_fn fn, void *user, wr_diag_list *diags,
                              wr_error *err)
{
    shape_check c = {fn, user, diags};
    return wr_csv_read_table(path, file_name, columns, column_count, check_shape, &c, diags, err);
}
