/* Reads one CSV file of the export as a table: detects the delimiter from the header,
 * skips a UTF-8 BOM, accepts LF and CRLF, checks UTF-8, maps header names onto the
 * expected columns and hands each data record to a callback with its physical line.
 *
 * File-level problems (cannot open, not UTF-8, no header, missing required column,
 * malformed quoting) return WR_ERR_INPUT with a Dutch message naming file and line.
 * Unknown columns are noted once in diags. Blank records are skipped silently. */
#ifndef WR_CSV_TABLE_H
#define WR_CSV_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "base/error.h"

typedef struct {
    const char *name;  /* header name, lower case, as in the data contract */
    bool required;
} wr_csv_column;

typedef struct {
    const char *file;        /* file name for diagnostics ("trajecten.csv") */
    long line;               /* physical line where the record starts */
    const char *const *values; /* per expected column: trimmed value, "" when absent */
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
