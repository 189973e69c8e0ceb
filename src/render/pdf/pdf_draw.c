#include "render/pdf/pdf_draw.h"

#define R(v) ((HPDF_REAL)(v))

static void fill_color(HPDF_Page page, wr_pdf_rgb c)
{
    HPDF_Page_SetRGBFill(page, R(c.r), R(c.g), R(c.b));
}

static void stroke_color(HPDF_Page page, wr_pdf_rgb c, double lw)
{
    HPDF_Page_SetRGBStroke(page, R(c.r), R(c.g), R(c.b));
    HPDF_Page_SetLineWidth(page, R(lw));
}

void wr_pdf_fill_rect(HPDF_Page page, double x, double y, double w, double h, wr_pdf_rgb c)
{
    if (w <= 0 || h <= 0)
        return;
    fill_color(page, c);
    HPDF_Page_Rectangle(page, R(x), R(y), R(w), R(h));
    HPDF_Page_Fill(page);
}

void wr_pdf_stroke_rect(HPDF_Page page, double x, double y, double w, double h, double lw,
                        wr_pdf_rgb c)
{
    stroke_color(page, c, lw);
    HPDF_Page_Rectangle(page, R(x), R(y), R(w), R(h));
    HPDF_Page_Stroke(page);
}

void wr_pdf_line(HPDF_Page page, double x0, double y0, double x1, double y1, double lw,
                 wr_pdf_rgb c)
{
    stroke_color(page, c, lw);
    HPDF_Page_MoveTo(page, R(x0), R(y0));
    HPDF_Page_LineTo(page, R(x1), R(y1));
    HPDF_Page_Stroke(page);
}

void wr_pdf_dashed_line(HPDF_Page page, double x0, double y0, double x1, double y1, double lw,
                        double dash, double gap, wr_pdf_rgb c)
{
    HPDF_UINT16 pattern[2] = {(HPDF_UINT16)(dash + 0.5), (HPDF_UINT16)(gap + 0.5)};
    HPDF_Page_SetDash(page, pattern, 2, 0);
    wr_pdf_line(page, x0, y0, x1, y1, lw, c);
    HPDF_Page_SetDash(page, NULL, 0, 0);
}

void wr_pdf_hatch_rect(HPDF_Page page, double x, double y, double w, double h, wr_pdf_rgb c)
{
    if (w <= 0 || h <= 0)
        return;
    /* Lines at 45 degrees, clipped to the box; spacing fixed so all boxes match. */
    const double pitch = 2.6;
    HPDF_Page_GSave(page);
    HPDF_Page_Rectangle(page, R(x), R(y), R(w), R(h));
    HPDF_Page_Clip(page);
    HPDF_Page_EndPath(page);
    stroke_color(page, c, 0.5);
    for (double d = -h; d < w; d += pitch) {
        HPDF_Page_MoveTo(page, R(x + d), R(y));
        HPDF_Page_LineTo(page, R(x + d + h), R(y + h));
    }
    HPDF_Page_Stroke(page);
    HPDF_Page_GRestore(page);
    wr_pdf_stroke_rect(page, x, y, w, h, 0.6, c);
}

void wr_pdf_triangle(HPDF_Page page, double cx, double cy, double size, bool up, wr_pdf_rgb c)
{
    double half = size / 2.0, tip = up ? cy + half : cy - half, base = up ? cy - half : cy + half;
    fill_color(page, c);
    HPDF_Page_MoveTo(page, R(cx - half), R(base));
    HPDF_Page_LineTo(page, R(cx + half), R(base));
    HPDF_Page_LineTo(page, R(cx), R(tip));
    HPDF_Page_ClosePath(page);
    HPDF_Page_Fill(page);
}

static void mark_path(HPDF_Page page, double cx, double cy, double r, wr_pdf_mark shape)
{
    switch (shape) {
    case WR_PDF_MARK_SQUARE:
        HPDF_Page_Rectangle(page, R(cx - r * 0.9), R(cy - r * 0.9), R(r * 1.8), R(r * 1.8));
        break;
    case WR_PDF_MARK_DIAMOND:
        HPDF_Page_MoveTo(page, R(cx), R(cy + r * 1.2));
        HPDF_Page_LineTo(page, R(cx + r * 1.2), R(cy));
        HPDF_Page_LineTo(page, R(cx), R(cy - r * 1.2));
        HPDF_Page_LineTo(page, R(cx - r * 1.2), R(cy));
        HPDF_Page_ClosePath(page);
        break;
    case WR_PDF_MARK_TRIANGLE:
        HPDF_Page_MoveTo(page, R(cx - r * 1.1), R(cy - r * 0.8));
        HPDF_Page_LineTo(page, R(cx + r * 1.1), R(cy - r * 0.8));
        HPDF_Page_LineTo(page, R(cx), R(cy + r * 1.1));
        HPDF_Page_ClosePath(page);
        break;
    default:
        HPDF_Page_Circle(page, R(cx), R(cy), R(r));
        break;
    }
}

void wr_pdf_point_mark(HPDF_Page page, double cx, double cy, double size, wr_pdf_mark shape,
                   wr_pdf_rgb c)
{
    /* The white rim keeps markers readable where they sit on a line or a grid rule. */
    fill_color(page, c);
    stroke_color(page, (wr_pdf_rgb){1, 1, 1}, 1.0);
    mark_path(page, cx, cy, size / 2.0, shape);
    HPDF_Page_FillStroke(page);
}

void wr_pdf_annot_printable(HPDF_Annotation annot)
{
    if (annot)
        HPDF_Dict_AddNumber((HPDF_Dict)annot, "F", 4);
}
