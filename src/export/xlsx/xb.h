/* Shared pieces of the controller's workbook: the book context with its cell formats, a
 * sheet with column widths that grow with what is written, print setup, and the way a
 * figure's value is shown. Each sheet lives in its own sheet_*.c. */
#ifndef WR_XLSX_XB_H
#define WR_XLSX_XB_H

#include <stdbool.h>
#include <xlsxwriter.h>

#include "export/xlsx/xlsx_book.h"

#define XB_MAX_COLS 16
#define XB_MAX_FORMATS 64
#define XB_MAX_GROUPS 128
#define XB_NOTE_WIDTH 170 /* characters per line of a note above a table */

/* Number formats, written with '.' and ','; Excel and LibreOffice show them in the reader's
 * locale (1.234,5 in Dutch). Percentages stay percent values (12.5 = 12,5%), as in cijfers.csv. */
#define XB_NUM_INT "#,##0"
#define XB_NUM_DEC1 "#,##0.0"
#define XB_NUM_DEC2 "#,##0.00"
#define XB_NUM_PCT "#,##0.0\"%\""
#define XB_NUM_EURO "[$\xE2\x82\xAC-413] #,##0.00;[$\xE2\x82\xAC-413] -#,##0.00"
#define XB_NUM_DATE "[$-413]d mmmm yyyy"

enum {
    XB_BOLD = 1, XB_TOP = 2, XB_WRAP = 4, XB_TITLE = 8, XB_HEADING = 16, XB_GREY = 32, XB_LINK = 64,
    XB_HEADER = 128, XB_INDENT = 256, XB_LEFT = 512, XB_RIGHT = 1024
};

typedef struct {
    char num_format[64];
    unsigned flags;
    lxw_format *format;
} xb_format_slot;

/* Where the rows of one (cijfer, dimensie) stand on a sheet, for charts and formulas. */
typedef struct {
    const char *figure;
    const char *dimension;
    const char *sheet;
    lxw_row_t first, last; /* inclusive */
    lxw_col_t label_col, value_col;
} xb_group;

typedef struct {
    lxw_workbook *wb;
    const wr_xlsx_input *in;
    const wr_config *cfg;
    char period_code[16];   /* "2026-Q3" */
    char period_nl[64];     /* "3e kwartaal 2026" */
    char period_span[96];   /* "1 juli 2026 t/m 30 september 2026" */
    char created_nl[32];    /* "30 september 2026" */
    const char *report_name; /* "kwartaalrapportage" or "jaarverslag" */
    xb_format_slot formats[XB_MAX_FORMATS];
    size_t format_count;
    xb_group groups[XB_MAX_GROUPS]; /* filled by the part sheets */
    size_t group_count;
    int table_count;
    lxw_row_t quality_rows; /* data rows on Datakwaliteit */
    bool out_of_memory;
} xb_book;

typedef struct {
    xb_book *book;
    lxw_worksheet *ws;
    const char *name;
    double width[XB_MAX_COLS];    /* widest content so far, in characters */
    double max_width[XB_MAX_COLS]; /* 0 = no limit; wider text wraps */
    lxw_row_t tall_row;             /* the last row given a height for wrapped text */
    int tall_lines;
} xb_sheet;

/* A format with this number format and these flags (cached; NULL num_format = General). */
lxw_format *xb_fmt(xb_book *b, const char *num_format, unsigned flags);

void xb_sheet_init(xb_sheet *s, xb_book *b, const char *name);
/* Sets every column to the width of its content (within max_width). */
void xb_sheet_finish(xb_sheet *s);
/* A4 landscape, fit to the page width, header and footer with programme, period, sheet
 * name and page numbers; rows first..last repeat on every page (last < first: none). */
void xb_print_setup(xb_sheet *s, lxw_row_t repeat_first, lxw_row_t repeat_last);
/* Sheet title, subtitle (provider, programme, period) and notes, each wrapped at wrap_chars
 * characters, one line per row, running on to the right. Returns the row after a blank one. */
lxw_row_t xb_heading(xb_sheet *s, const char *title, const char *const *notes, size_t note_count,
                     size_t wrap_chars);

/* Writers that keep track of column widths. */
void xb_text(xb_sheet *s, lxw_row_t row, lxw_col_t col, const char *text, lxw_format *f);
/* Text that wraps within the column's max_width; the row gets the height it needs. */
void xb_wrapped(xb_sheet *s, lxw_row_t row, lxw_col_t col, const char *text, unsigned flags);
void xb_number(xb_sheet *s, lxw_row_t row, lxw_col_t col, double value, int decimals, lxw_format *f);
void xb_formula(xb_sheet *s, lxw_row_t row, lxw_col_t col, const char *formula, double value, int decimals,
                lxw_format *f);
void xb_formula_text(xb_sheet *s, lxw_row_t row, lxw_col_t col, const char *formula, const char *value,
                     lxw_format *f);
void xb_date(xb_sheet *s, lxw_row_t row, lxw_col_t col, wr_day day, lxw_format *f);
/* Counts a width without writing (cells written by the library, e.g. table headers). */
void xb_track(xb_sheet *s, lxw_col_t col, const char *text);

/* A named Excel table over first_row..last_row (header row first) with these headers; a
 * table without data rows still gets one (empty) row. */
void xb_table(xb_sheet *s, const char *name, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row,
              const char *const *headers, lxw_col_t ncols);

/* "A1"-style reference of a cell on this sheet. */
void xb_cell(char *buf, lxw_row_t row, lxw_col_t col);

/* ---- Figures (xb_figure.c) ---- */
/* The number format and decimals for a figure's value. */
lxw_format *xb_value_format(xb_book *b, const wr_figure *fig, unsigned flags, int *decimals);
/* True when the appendix must hide this value (cfg->suppress_in_appendix, as cijfers.csv). */
bool xb_hidden(const xb_book *b, const wr_figure *fig);
/* What stands in place of a value that is not shown: "<5", "n<10" or "–". */
const char *xb_placeholder(const xb_book *b, const wr_figure *fig, char *buf, size_t size);
/* Writes the figure's value, or its placeholder text. */
void xb_figure_value(xb_sheet *s, lxw_row_t row, lxw_col_t col, const wr_figure *fig, unsigned flags);
/* The numerator of a percentage, when value and denominator determine it uniquely. */
bool xb_numerator(const wr_figure *fig, long *numerator);
/* The unit to show next to a value ("inwoners", "%", "euro" ...). */
const char *xb_unit(const wr_figure *fig);
/* Records where a (figure, dimension) group stands, for charts on other sheets. */
void xb_add_group(xb_book *b, const xb_group *g);
const xb_group *xb_find_group(const xb_book *b, const char *figure, const char *dimension);

/* ---- Sheets ---- */
void xb_sheet_overview(xb_book *b, lxw_worksheet *ws);
void xb_sheet_part(xb_book *b, lxw_worksheet *ws, wr_deel deel);
void xb_sheet_finance(xb_book *b, lxw_worksheet *ws);
void xb_sheet_impact(xb_book *b, lxw_worksheet *ws);
void xb_sheet_figures(xb_book *b, lxw_worksheet *ws);
void xb_sheet_quality(xb_book *b, lxw_worksheet *ws);
void xb_sheet_definitions(xb_book *b, lxw_worksheet *ws);

/* The generic table of a part's figures, one row per figure row of the model, grouped by
 * cijfer and dimensie (sheet_part.c). Used by the part sheets and, for figures without a
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
} xb_part_plan;

/* skip: cijfers shown elsewhere on the sheet (NULL-terminated, may be NULL). */
bool xb_part_plan_make(xb_book *b, wr_deel deel, const char *const *skip, xb_part_plan *plan);
void xb_part_plan_free(xb_part_plan *plan);
/* Notes for above the table (at most 4, static or owned by the book's strings). */
size_t xb_part_notes(const xb_book *b, const xb_part_plan *plan, const char **notes);
/* Writes the table with its header at `row`; returns the next free row. */
lxw_row_t xb_part_write(xb_sheet *s, const xb_part_plan *plan, lxw_row_t row, const char *table_name);

#endif
