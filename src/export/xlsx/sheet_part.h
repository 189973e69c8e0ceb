/* A part's sheet (Gedaan, Bereikt, Effect, Impact) and the generic table of a part's
 * figures that it is made of. */
#ifndef WR_XLSX_SHEET_PART_H
#define WR_XLSX_SHEET_PART_H

#include <stdbool.h>
#include <stddef.h>
#include <xlsxwriter.h>

#include "export/xlsx/xlsx_sheet.h"
#include "figures/figures.h"

/* The sheet of part `deel`: the generic table of all its figures. */
void wr_xlsx_sheet_part(wr_xlsx_book *b, lxw_worksheet *ws, wr_deel deel);

/* The generic table of a part's figures, one row per figure row of the model, grouped by
 * cijfer and dimensie. Used by the part sheets and, for figures without a
 * special layout, by Impact and Financien. Plan first (the notes above the table
 * depend on it), then write. */
typedef struct {
    wr_deel deel;
    size_t *order; /* indices into the current figures, in table order */
    size_t count;
    bool overlap;  /* a total with breakdowns whose groups overlap (no SUM) */
    bool sums;     /* a total written as SUM of its groups */
    bool ratios;   /* a percentage written as numerator / denominator */
    bool denominators; /* some figure has a noemer */
    char missing_note[320]; /* files of this part that were not delivered */
} wr_xlsx_part_plan;

/* skip: cijfers shown elsewhere on the sheet (NULL-terminated, may be NULL). */
bool wr_xlsx_part_plan_make(wr_xlsx_book *b, wr_deel deel, const char *const *skip, wr_xlsx_part_plan *plan);
void wr_xlsx_part_plan_free(wr_xlsx_part_plan *plan);
/* Notes for above the table (at most 4, static or owned by the book's strings). */
size_t wr_xlsx_part_notes(const wr_xlsx_book *b, const wr_xlsx_part_plan *plan, const char **notes);
/* Writes the table with its header at `row`; returns the next free row. */
lxw_row_t wr_xlsx_part_write(wr_xlsx_sheet *s, const wr_xlsx_part_plan *plan, lxw_row_t row, const char *table_name);

#endif
