/* Conversion of single CSV fields with the contract's rules. Each function that can fail
 * reports the problem to the diagnostics list itself, so readers stay short. */
#ifndef WR_FIELDS_H
#define WR_FIELDS_H

#include <stdbool.h>

#include "config/codelist.h"
#include "input/csv_table.h"
#include "base/date.h"
#include "base/diag.h"

/* Context of one field: which row and which expected column. */
typedef struct {
    const wr_csv_row *row;
    const wr_csv_column *columns;
    wr_diag_list *diags;
} wr_field_ctx;

/* Adds a diagnostic about column `col` of the row. */
void wr_field_report(const wr_field_ctx *ctx, int col, wr_diag_kind kind, wr_severity severity,
                     const char *value, const char *message);

/* Date field: WR_DAY_NONE when empty, WR_DAY_INVALID (reported, with `consequence`
 * appended to the message) when unreadable. */
wr_day wr_field_date(const wr_field_ctx *ctx, int col, const char *consequence);

/* Code field: index in list, -1 for an unknown code (reported as a warning: counted as
 * "onbekend"), -2 when empty. Codes are compared trimmed and lower-cased. */
int wr_field_code(const wr_field_ctx *ctx, int col, const wr_code_list *list);
/* Looks up a code without reporting: index, -1 unknown, -2 empty. */
int wr_code_lookup(const wr_code_list *list, const char *value);

/* Integer of digits only. Returns false for an empty field (no report) or an invalid
 * one (reported, with `consequence`); *ok tells which. */
bool wr_field_int(const wr_field_ctx *ctx, int col, long *out, bool *invalid, const char *consequence);
/* Decimal -?digits[.,digits]. Same conventions as wr_field_int. */
bool wr_field_decimal(const wr_field_ctx *ctx, int col, double *out, bool *invalid, const char *consequence);

/* Reports a required field that is empty; returns true when it is empty. */
bool wr_field_missing(const wr_field_ctx *ctx, int col);

#endif
