/* Conversion of single CSV fields with the contract's rules. Each function that can fail
 * reports the problem to the diagnostics list itself, so readers stay short. Values
 * arrive trimmed (input/csv_table.h). */
#ifndef WR_FIELDS_H
#define WR_FIELDS_H

#include <stdbool.h>
#include <stdint.h>

#include "config/codelist.h"
#include "input/csv_table.h"
#include "base/date.h"
#include "base/diag.h"

#define WR_CODE_UNKNOWN (-1) /* a code not in the configuration: "onbekend" */
#define WR_CODE_EMPTY   (-2) /* the field was empty */

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

/* The last date a column held, so that rows sorted by date read each date once. */
typedef struct {
    char text[15];
    uint8_t len;  /* 0: none yet */
    wr_day day;
} wr_date_memo;

/* As wr_field_date, answering from the memo when the value is the last good one again. */
wr_day wr_field_date_memo(wr_date_memo *m, const wr_field_ctx *ctx, int col, const char *consequence);

/* Code field: index in list, WR_CODE_UNKNOWN for a code not in the list (reported as a
 * warning: counted as "onbekend"), WR_CODE_EMPTY when empty. Codes are compared
 * lower-cased. */
int wr_field_code(const wr_field_ctx *ctx, int col, const wr_code_list *list);
/* Reports the value of column col as a code the settings do not know (counted as "onbekend"). */
void wr_field_report_unknown_code(const wr_field_ctx *ctx, int col);
/* Looks up a code without reporting: index, WR_CODE_UNKNOWN or WR_CODE_EMPTY. */
int wr_code_lookup(const wr_code_list *list, const char *value);

/* Integer of digits only. Returns false for an empty field (not reported) or an invalid
 * one (reported, with `consequence`); *invalid tells which. */
bool wr_field_int(const wr_field_ctx *ctx, int col, long *out, bool *invalid, const char *consequence);
/* Decimal -?digits[.,digits]. Same conventions as wr_field_int. */
bool wr_field_decimal(const wr_field_ctx *ctx, int col, double *out, bool *invalid, const char *consequence);

/* Reports a required field that is empty; returns true when it is empty. */
bool wr_field_missing(const wr_field_ctx *ctx, int col);

#endif
