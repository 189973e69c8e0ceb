/* The layout engine's own account of where it placed things, for the tests that look
 * for typographic flaws (tests/e2e/test_layout.py): with wr_pdf_options.layout_record set,
 * the renderer writes a JSON file beside nothing else. It lists every block on every page
 * (its kind, top and bottom in points from the page's foot, and what it is), every line
 * that ends in a hyphen (with the letters on each side), and the value labels and lines
 * of every chart. None of it changes the PDF.
 *
 *   {"page_height": 841.89, "body_top": ..., "body_bottom": ..., "pages": 23,
 *    "blocks": [{"page": 3, "kind": "heading", "top": ..., "bottom": ..., ...}, ...],
 *    "hyphens": [{"page": 3, "before": "soci", "after": "aal", "in": "cell"}, ...],
 *    "charts": [{"page": 16, "label": "Figuur 4.1", "labels": [{"text": "79,5%",
 *                "box": [x0, y0, x1, y1], "series": 0}], "lines": [{"series": 0,
 *                "points": [[x, y], ...]}]}]} */
#ifndef WR_PDF_RECORD_H
#define WR_PDF_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "base/strbuf.h"

typedef struct {
    wr_strbuf blocks, hyphens, charts;
    size_t nblocks, nhyphens, ncharts;
    bool chart_open;
    size_t chart_labels, chart_lines;
} wr_pdf_record;

/* A block placed on page (1-based) from top down to bottom. `detail` is NULL or a
 * string of further JSON members ("\"level\": 2, ..."), built with wr_pdf_record_str. */
void wr_pdf_record_block(wr_pdf_record *r, size_t page, const char *kind, double top, double bottom,
                         const char *detail);

/* A line of `in` ("text", "cell") ending in a hyphen on page: the letters before it and
 * the letters that follow on the next line. */
void wr_pdf_record_hyphen(wr_pdf_record *r, size_t page, const char *in, const char *before,
                          const char *after);

/* A chart on page: open it, add its labels and lines, close it. */
void wr_pdf_record_chart_open(wr_pdf_record *r, size_t page, const char *label);
void wr_pdf_record_chart_label(wr_pdf_record *r, const char *text, double x0, double y0, double x1,
                               double y1, int series);
void wr_pdf_record_chart_line(wr_pdf_record *r, int series, const double *xy, size_t npoints);
void wr_pdf_record_chart_close(wr_pdf_record *r);

/* Appends s to b as a JSON string (quoted, escaped). */
void wr_pdf_record_str(wr_strbuf *b, const char *s);

/* Writes the record to path; false when it cannot (the caller says so). */
bool wr_pdf_record_write(const wr_pdf_record *r, const char *path, size_t pages, double page_height,
                         double body_top, double body_bottom);

/* Accepts NULL. */
void wr_pdf_record_clear(wr_pdf_record *r);

#endif
