/* Vector primitives for rules, tiles and charts. Each sets its own colours and line
 * width, so callers never depend on the graphics state left by another. And the flag
 * every annotation (link) needs in a PDF/A file. */
#ifndef WR_PDF_DRAW_H
#define WR_PDF_DRAW_H

#include <hpdf.h>
#include <stdbool.h>

#include "render/pdf/pdf_style.h"

typedef enum {
    WR_PDF_MARK_CIRCLE,
    WR_PDF_MARK_SQUARE,
    WR_PDF_MARK_DIAMOND,
    WR_PDF_MARK_TRIANGLE
} wr_pdf_mark;

void wr_pdf_fill_rect(HPDF_Page page, double x, double y, double w, double h, wr_pdf_rgb c);
void wr_pdf_stroke_rect(HPDF_Page page, double x, double y, double w, double h, double lw,
                        wr_pdf_rgb c);
void wr_pdf_line(HPDF_Page page, double x0, double y0, double x1, double y1, double lw,
                 wr_pdf_rgb c);
/* A dashed line (dash and gap in points). */
void wr_pdf_dashed_line(HPDF_Page page, double x0, double y0, double x1, double y1, double lw,
                        double dash, double gap, wr_pdf_rgb c);
/* An outlined box with diagonal hatching: a value that is not known exactly. */
void wr_pdf_hatch_rect(HPDF_Page page, double x, double y, double w, double h, wr_pdf_rgb c);
/* A small filled triangle pointing up or down, centred on (cx, cy). */
void wr_pdf_triangle(HPDF_Page page, double cx, double cy, double size, bool up, wr_pdf_rgb c);
/* A data point marker of the given size (diameter), with a white rim. */
void wr_pdf_point_mark(HPDF_Page page, double cx, double cy, double size, wr_pdf_mark shape,
                   wr_pdf_rgb c);

/* Makes an annotation printable (PDF/A requires the Print flag on every annotation). */
void wr_pdf_annot_printable(HPDF_Annotation annot);

#endif
