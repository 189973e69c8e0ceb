/* Reads a table of the export (input/csv_table.h) with the check every reader needs
 * before it looks at a value: a record whose field count differs from the header's has
 * shifted columns (a delimiter too many or too few), so none of its values can be trusted,
 * not even which column holds the resident key. Such a record is reported by file, line
 * and field count, never with its values, and is left out of every figure; the reader's
 * callback never sees it. Same arguments and result as wr_csv_read_table. */
#ifndef WR_TABLE_ROWS_H
#define WR_TABLE_ROWS_H

#include "input/csv_table.h"

wr_status wr_input_read_table(const char *path, const char *file_name, const wr_csv_column *columns,
                              size_t column_count, wr_csv_row_fn fn, void *user, wr_diag_list *diags,
                              wr_error *err);

#endif
