/* The page-breaking rules of the PDF, decided with look-ahead before anything is drawn:
 *   - a table of up to WR_PDF_KEEP_ROWS body rows stands on one page: when it does not
 *     fit on the current one but would on a fresh one, it moves there whole;
 *   - a longer table (or one taller than a page) breaks with at least WR_PDF_SPLIT_ROWS
 *     body rows on each side, and the part on the next page repeats the header under a
 *     caption "Tabel 2.3 (vervolg)";
 *   - a heading keeps with what follows: its key-figure tiles and at least the first
 *     lines of the block after them (pdf_blocks.c chains the leads);
 *   - a paragraph leaves at least WR_PDF_KEEP_LINES lines on each side of a page break
 *     (pdf_flow.c).
 * Pure functions over heights, so the rules can be tested without a PDF. */
#ifndef WR_PDF_KEEP_H
#define WR_PDF_KEEP_H

#include <stdbool.h>
#include <stddef.h>

#define WR_PDF_KEEP_ROWS 10
#define WR_PDF_SPLIT_ROWS 3
#define WR_PDF_KEEP_LINES 2

/* How the body rows [0, n) of a table, of heights h[], go over pages. `room` is the
 * height left for rows on the current page (below the caption and header), `full` what a
 * fresh page leaves for them (below the continued caption and the header), `fresh`
 * whether the current page is still empty, `keep_after` what the last row needs below it
 * on the same page (the start of the table's note).
 *
 * Writes the number of rows of each part to parts[] (room for n + 1 entries) and returns
 * how many parts there are. parts[0] is 0 when the table starts on the next page. */
size_t wr_pdf_table_split(const double *h, size_t n, double room, double full, bool fresh,
                          double keep_after, size_t *parts);

/* The body-row height a table needs on a page to start there: all rows (and keep_after)
 * for a table that stays whole, else the first WR_PDF_SPLIT_ROWS. `full` as above. */
double wr_pdf_table_start_rows(const double *h, size_t n, double full, double keep_after);

#endif
