/* The measured table shared by pdf_table.c (building) and pdf_table_draw.c (drawing). */
#ifndef WR_PDF_TABLE_INTERNAL_H
#define WR_PDF_TABLE_INTERNAL_H

#include "render/pdf/pdf_table.h"
#include "render/pdf/pdf_text.h"

typedef struct {
    wr_pdf_runs runs;
    wr_pdf_text *text;
} wr_pdf_cell;

typedef struct {
    size_t ncols, nrows;
    size_t nheader;       /* leading header rows (0 or 1), repeated on each page */
    wr_pdf_align *align;  /* per column */
    bool *total;          /* per row: a bold first cell, e.g. "Totaal": a rule above it */
    bool *explicit_align; /* per column: the separator row gave an alignment */
    double *colw;         /* per column, including cell padding */
    double *rowh;         /* per row, including cell padding */
    wr_pdf_cell *cells;   /* nrows * ncols, row-major */
} wr_pdf_table;

/* Builds and measures the table to fit `width`. Fails the context on error. */
wr_status wr_pdf_table_build(wr_pdf_ctx *ctx, cmark_node *node, double width,
                             wr_pdf_table **out);

/* Accepts NULL. */
void wr_pdf_table_free(wr_pdf_table *t);

/* Column widths (padding included) for columns that want want[i] and need min[i]; text[i]
 * marks left-aligned text columns, which take the extra width of a narrow table. */
void wr_pdf_fit_columns(const double *want, const double *min, const bool *text, size_t n,
                        double width, double *out);

#endif
