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
/* In ragged text a hyphen is used only when the line would otherwise leave this many
 * ems empty (fewer hyphens in narrow table cells). */
#define WR_PDF_HYPHEN_SLACK_EM 2.0

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
#define WR_PDF_TABLE_GUTTER 16.0 /* extra room before each further column */
#define WR_PDF_CELL_HYPHEN_SHARE 0.5 /* pdf_text.h: hyphen_share of a cell */
#define WR_PDF_TABLE_BEFORE 6.0
#define WR_PDF_TABLE_AFTER 10.0
#define WR_PDF_RULE_HEAVY 0.8
#define WR_PDF_RULE_MID 0.5
#define WR_PDF_RULE_THIN 0.3

/* Table of contents: entry sizes, the indent per level, the page-number column. */
#define WR_PDF_TOC_TITLE_SIZE 18.0
#define WR_PDF_TOC_TITLE_AFTER 18.0
#define WR_PDF_TOC_SIZE_TOP 10.5
#define WR_PDF_TOC_LEADING_TOP 15.0
#define WR_PDF_TOC_SIZE_SUB 9.5
#define WR_PDF_TOC_LEADING_SUB 13.5
#define WR_PDF_TOC_INDENT 16.0
#define WR_PDF_TOC_NUMBER_W 24.0
#define WR_PDF_TOC_GROUP_GAP 7.0
#define WR_PDF_TOC_DOT_PITCH 4.5

/* Cover page. */
#define WR_PDF_COVER_TITLE_SIZE 30.0
#define WR_PDF_COVER_TITLE_LEADING 36.0
#define WR_PDF_COVER_SUB_SIZE 16.0
#define WR_PDF_COVER_SUB_LEADING 22.0
#define WR_PDF_COVER_TITLE_TOP (WR_PDF_A4_H - 95.0 * WR_PDF_MM)
#define WR_PDF_COVER_ITEM_LABEL 9.0
#define WR_PDF_COVER_ITEM_SIZE 10.5
#define WR_PDF_COVER_ITEM_H 25.0

/* Key-figure tiles. */
#define WR_PDF_TILE_GAP 8.0
#define WR_PDF_TILE_PAD 9.0
#define WR_PDF_TILE_LABEL_SIZE 8.5
#define WR_PDF_TILE_LABEL_LEADING 11.0
#define WR_PDF_TILE_VALUE_SIZE 21.0
#define WR_PDF_TILE_CHANGE_SIZE 8.0
#define WR_PDF_TILE_ACCENT 2.0

/* Charts. */
#define WR_PDF_CHART_TITLE_SIZE 10.5
#define WR_PDF_CHART_TITLE_LEADING 14.0
#define WR_PDF_CHART_SMALL 8.0
#define WR_PDF_CHART_SMALL_LEADING 11.0
#define WR_PDF_CHART_LABEL 8.5
#define WR_PDF_CHART_BAR_ROW 17.0
#define WR_PDF_CHART_BAR_H 10.0
#define WR_PDF_CHART_PLOT_H 150.0
#define WR_PDF_CHART_BEFORE 10.0
#define WR_PDF_CHART_AFTER 14.0
#define WR_PDF_CHART_GUTTER 18.0 /* between small multiples side by side */

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
#define WR_PDF_COLOR_TINT ((wr_pdf_rgb){0.937, 0.953, 0.969})
#define WR_PDF_COLOR_GRID ((wr_pdf_rgb){0.86, 0.88, 0.90})
#define WR_PDF_COLOR_AXIS ((wr_pdf_rgb){0.45, 0.47, 0.50})

/* Chart series: blue and orange are told apart by every kind of colour vision, and the
 * three steps differ in lightness (about 30%, 64% and 86% grey), so they survive a
 * greyscale printer; a fourth, mid grey, is rarely needed. Ordered series (stacked bars,
 * e.g. goal attained / partly / not) use three lightness steps of one blue. */
#define WR_PDF_SERIES_1 ((wr_pdf_rgb){0.153, 0.329, 0.498})
#define WR_PDF_SERIES_2 ((wr_pdf_rgb){0.902, 0.624, 0.000})
#define WR_PDF_SERIES_3 ((wr_pdf_rgb){0.780, 0.847, 0.918})
#define WR_PDF_SERIES_4 ((wr_pdf_rgb){0.50, 0.50, 0.50})
#define WR_PDF_ORDINAL_2 ((wr_pdf_rgb){0.435, 0.608, 0.788})
#define WR_PDF_COLOR_TARGET ((wr_pdf_rgb){0.800, 0.330, 0.000})

#endif
