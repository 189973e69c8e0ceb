/* The typographic scale, page geometry and colours of the report in one place, so the
 * look can be tuned without reading layout code. Units are PDF points (1/72 inch). */
#ifndef WR_PDF_STYLE_H
#define WR_PDF_STYLE_H

#define WR_PDF_MM (72.0 / 25.4)

/* A4 portrait. */
#define WR_PDF_A4_W 595.276
#define WR_PDF_A4_H 841.89
#define WR_PDF_MARGIN_X (25.0 * WR_PDF_MM)
#define WR_PDF_MARGIN_TOP (25.0 * WR_PDF_MM)
#define WR_PDF_MARGIN_BOTTOM (25.0 * WR_PDF_MM)
#define WR_PDF_TEXT_W (WR_PDF_A4_W - 2.0 * WR_PDF_MARGIN_X)
#define WR_PDF_BODY_TOP (WR_PDF_A4_H - WR_PDF_MARGIN_TOP)

/* Running header and footer live inside the top and bottom margins. */
#define WR_PDF_HEADER_BASELINE (WR_PDF_A4_H - 13.0 * WR_PDF_MM)
#define WR_PDF_HEADER_RULE_Y (WR_PDF_A4_H - 15.0 * WR_PDF_MM)
#define WR_PDF_FOOTER_BASELINE (13.0 * WR_PDF_MM)
#define WR_PDF_HEADER_SIZE 8.0

/* Body text: 10 pt on 14 pt leading. */
#define WR_PDF_BODY_SIZE 10.0
#define WR_PDF_BODY_LEADING 14.0
#define WR_PDF_PARA_GAP 7.0
#define WR_PDF_TIGHT_GAP 2.5
/* A hyphen is used only when the line would otherwise leave this many ems empty. */
#define WR_PDF_HYPHEN_SLACK_EM 1.0

/* Notes under tables: small and grey. */
#define WR_PDF_SMALL_SIZE 8.5
#define WR_PDF_SMALL_LEADING 11.5
#define WR_PDF_NOTE_GAP 4.0

/* Headings: size, leading, space before, space after. */
#define WR_PDF_H1_SIZE 22.0
#define WR_PDF_H1_LEADING 28.0
#define WR_PDF_H1_BEFORE 0.0
#define WR_PDF_H1_AFTER 12.0
#define WR_PDF_H2_SIZE 15.0
#define WR_PDF_H2_LEADING 20.0
#define WR_PDF_H2_BEFORE 20.0
#define WR_PDF_H2_AFTER 6.0
#define WR_PDF_H3_SIZE 12.0
#define WR_PDF_H3_LEADING 16.0
#define WR_PDF_H3_BEFORE 14.0
#define WR_PDF_H3_AFTER 4.0
#define WR_PDF_H4_SIZE 10.5
#define WR_PDF_H4_LEADING 14.0
#define WR_PDF_H4_BEFORE 10.0
#define WR_PDF_H4_AFTER 3.0

/* Lists and block quotes. */
#define WR_PDF_LIST_INDENT 16.0
#define WR_PDF_MARKER_GAP 5.0
#define WR_PDF_QUOTE_INDENT 14.0
#define WR_PDF_QUOTE_RULE_W 1.5

/* Preformatted code blocks. */
#define WR_PDF_CODE_SIZE 8.5
#define WR_PDF_CODE_LEADING 12.0
#define WR_PDF_CODE_PAD 6.0
#define WR_PDF_CODE_TAB 4

/* Tables. */
#define WR_PDF_TABLE_SIZE 9.0
#define WR_PDF_TABLE_LEADING 12.5
#define WR_PDF_CELL_PAD_X 4.0
#define WR_PDF_CELL_PAD_Y 3.5
#define WR_PDF_TABLE_BEFORE 6.0
#define WR_PDF_TABLE_AFTER 10.0
#define WR_PDF_RULE_HEAVY 0.8
#define WR_PDF_RULE_MID 0.5
#define WR_PDF_RULE_THIN 0.3

typedef struct {
    double r, g, b;
} wr_pdf_rgb;

/* Quiet colours; each stays distinguishable (and dark enough) in greyscale. */
#define WR_PDF_COLOR_TEXT ((wr_pdf_rgb){0.11, 0.12, 0.14})
#define WR_PDF_COLOR_HEADING ((wr_pdf_rgb){0.12, 0.23, 0.32})
#define WR_PDF_COLOR_MUTED ((wr_pdf_rgb){0.36, 0.38, 0.41})
#define WR_PDF_COLOR_QUOTE ((wr_pdf_rgb){0.24, 0.27, 0.31})
#define WR_PDF_COLOR_QUOTE_RULE ((wr_pdf_rgb){0.62, 0.67, 0.72})
#define WR_PDF_COLOR_LINK ((wr_pdf_rgb){0.10, 0.30, 0.50})
#define WR_PDF_COLOR_DRAFT ((wr_pdf_rgb){0.68, 0.17, 0.10})
#define WR_PDF_COLOR_RULE_DARK ((wr_pdf_rgb){0.30, 0.33, 0.37})
#define WR_PDF_COLOR_RULE_LIGHT ((wr_pdf_rgb){0.80, 0.82, 0.85})
#define WR_PDF_COLOR_CODE_BG ((wr_pdf_rgb){0.95, 0.955, 0.96})
#define WR_PDF_COLOR_CODE_BORDER ((wr_pdf_rgb){0.85, 0.87, 0.89})

#endif
