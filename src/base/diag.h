/* Diagnostics: row-level problems in the export (file, line, column, value, problem).
 * They never abort a run; they are listed in the data-quality outputs. The list owns
 * copies of all strings. */
#ifndef WR_DIAG_H
#define WR_DIAG_H

#include <stddef.h>

typedef enum {
    WR_DIAG_UNKNOWN_COLUMN,    /* a column the contract does not know (note) */
    WR_DIAG_MISSING_FIELD,     /* a required field is empty: row left out */
    WR_DIAG_INVALID_DATE,      /* a date that cannot be read */
    WR_DIAG_INVALID_NUMBER,    /* a number that cannot be read or is out of range */
    WR_DIAG_UNKNOWN_CODE,      /* a code not in the configuration: counted as "onbekend" */
    WR_DIAG_DUPLICATE_KEY,     /* a key seen before: row left out */
    WR_DIAG_DATE_ORDER,        /* impossible order of dates: row left out */
    WR_DIAG_MISSING_EXPECTED,  /* an expected field is empty (warning) */
    WR_DIAG_INCONSISTENT,      /* values that should agree do not (warning) */
    WR_DIAG_FIELD_COUNT,       /* a record with more or fewer fields than the header: row left out */
    WR_DIAG_KIND_COUNT
} wr_diag_kind;

typedef enum {
    WR_SEVERITY_NOTE,     /* informative only */
    WR_SEVERITY_WARNING,  /* row kept, the value counts as unknown */
    WR_SEVERITY_ERROR     /* row or field left out of figures */
} wr_severity;

typedef struct {
    wr_diag_kind kind;
    wr_severity severity;
    char *file;     /* "trajecten.csv" */
    long line;      /* 1-based physical line of the record; 0 = whole file */
    int column;     /* 1-based column; 0 = whole row */
    char *column_name;
    char *value;    /* the offending value (never a resident key or free text) */
    char *message;  /* Dutch, what is wrong and what happens with the row */
} wr_diag;

typedef struct {
    wr_diag *items;
    size_t count;
    size_t cap;
    int out_of_memory;
} wr_diag_list;

void wr_diag_add(wr_diag_list *list, wr_diag_kind kind, wr_severity severity, const char *file, long line,
                 int column, const char *column_name, const char *value, const char *message);
/* Dutch name of a kind, for grouping ("ongeldige datum"). */
const char *wr_diag_kind_label(wr_diag_kind kind);
const char *wr_severity_label(wr_severity severity);
/* Moves every diagnostic of from to the end of into, in order; from is left empty (its
 * storage kept). */
void wr_diag_list_move(wr_diag_list *into, wr_diag_list *from);
void wr_diag_list_clear(wr_diag_list *list);

#endif
