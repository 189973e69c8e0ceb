/* Reads one CSV file of the export as a table (the records come from input/csv_scan.h):
 * maps header names onto the expected columns and hands each data record to a callback
 * with its physical line.
 *
 * File-level problems return WR_ERR_INPUT with a Dutch message naming file and line:
 * cannot open, not UTF-8, no header, a missing required column, an expected column named
 * twice in the header, and quoting that swallows lines: a quote still open at the end of
 * the file, or a quoted field holding a line end in a record that has another field count
 * than the header or in a column that is not free text (a missing closing quote that
 * joined lines). Unknown columns are noted once in diags. Blank records are skipped
 * silently. */
#ifndef WR_CSV_TABLE_H
#define WR_CSV_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "base/error.h"

typedef struct {
    const char *name;  /* header name, lower case, as in the data contract */
    bool required;
    bool text;         /* free text: a quoted value may hold line ends */
} wr_csv_column;

typedef struct {
    const char *file;        /* file name for diagnostics ("trajecten.csv") */
    long line;               /* physical line where the record starts */
    const char *const *values; /* per expected column: trimmed value, "" when absent */
    const size_t *lengths;   /* per expected column: bytes of the value */
    const int *columns;      /* per expected column: 1-based column in the file, 0 if absent */
    size_t field_count;      /* fields in this record */
    size_t header_count;     /* fields in the header */
} wr_csv_row;

/* Called for each data row; a status other than WR_OK stops reading and is returned. */
typedef wr_status (*wr_csv_row_fn)(void *user, const wr_csv_row *row, wr_error *err);

wr_status wr_csv_read_table(const char *path, const char *file_name, const wr_csv_column *columns,
                            size_t column_count, wr_csv_row_fn fn, void *user, wr_diag_list *diags,
                            wr_error *err);

#endif
