/* Shared pieces of the controller's workbook: the book context with its cell formats, a
 * sheet with column widths that grow with what is written, headings, tables and print
 * setup, and where groups of figures stand for charts. Each sheet lives in its own
 * sheet_*.c; how a figure's value is shown is in xlsx_figure.c. */
#ifndef WR_XLSX_SHEET_H
#define WR_XLSX_SHEET_H

#include <stdbool.h>
#include <stddef.h>
#include <xlsxwriter.h>

#include "base/date.h"
#include "config/config.h"
#include "export/xlsx/xlsx_input.h"

#define WR_XLSX_MAX_COLS 24
#define WR_XLSX_MAX_FORMATS 64
#define WR_XLSX_MAX_GROUPS 128
#define WR_XLSX_NOTE_WIDTH 170 /* characters per line of a note above a table */
#define WR_XLSX_CELL_MAX 32767 /* Excel's limit: characters in one cell */

/* Number formats, written with '.' and ','; Excel and LibreOffice show them in the reader's
 * locale (1.234,5 in Dutch). Percentages stay percent values (12.5 = 12,5%), as in cijfers.csv. */
#define WR_XLSX_NUM_INT "#,##0"
#define WR_XLSX_NUM_DEC1 "#,##0.0"
#define WR_XLSX_NUM_DEC2 "#,##0.00"
#define WR_XLSX_NUM_PCT "#,##0.0\"%\""
#define WR_XLSX_NUM_EURO "[$\xE2\x82\xAC-413] #,##0.00;[$\xE2\x82\xAC-413] -#,##0.00"
#define WR_XLSX_NUM_DATE "[$-413]d mmmm yyyy"

enum {
    WR_XLSX_BOLD = 1, WR_XLSX_TOP = 2, WR_XLSX_WRAP = 4, WR_XLSX_TITLE = 8, WR_XLSX_HEADING = 16, WR_XLSX_GREY = 32,
    WR_XLSX_LINK = 64, WR_XLSX_HEADER = 128, WR_XLSX_INDENT = 256, WR_XLSX_LEFT = 512, WR_XLSX_RIGHT = 1024
};

typedef struct {
    char num_format[64];
    unsigned flags;
    lxw_format *format;
} wr_xlsx_format_slot;

/* Where the rows of one (cijfer, dimensie) stand on a sheet, for charts and formulas. */
typedef struct {
    const char *figure;
    const char *dimension;
    const char *sheet;
    lxw_row_t first, last; /* inclusive */
    lxw_col_t label_col, value_col;
} wr_xlsx_group;

typedef struct {
    lxw_workbook *wb;
    const wr_xlsx_input *in;
    const wr_config *cfg;
    char period_code[16];   /* "2026-Q3" */
    char period_nl[64];     /* "3e kwartaal 2026" */
    char period_span[96];   /* "1 juli 2026 t/m 30 september 2026" */
    char created_nl[32];    /* "30 september 2026" */
    const char *report_name; /* "kwartaalrapportage" or "jaarverslag" */
    wr_xlsx_format_slot formats[WR_XLSX_MAX_FORMATS];
    size_t format_count;
    wr_xlsx_group groups[WR_XLSX_MAX_GROUPS]; /* filled by the part sheets */
    size_t group_count;
    int table_count;
    lxw_row_t quality_rows; /* data rows on Datakwaliteit */
    bool quality_cut;       /* more problems than Excel has rows: the sheet holds the first ones */
    bool out_of_memory;
    /* The first call of libxlsxwriter that failed, and where, so the workbook is refused
     * with a message instead of missing a cell in silence. */
    lxw_error error;
    char error_cell[64];    /* "Datakwaliteit!H12" */
} wr_xlsx_book;

typedef struct {
    wr_xlsx_book *book;
    lxw_worksheet *ws;
    const char *name;
    double width[WR_XLSX_MAX_COLS];    /* widest content so far, in characters */
    double max_width[WR_XLSX_MAX_COLS]; /* 0 = no limit; wider text wraps */
    lxw_row_t tall_row;             /* the last row given a height for wrapped text */
    int tall_lines;
} wr_xlsx_sheet;

/* Notes rc of a libxlsxwriter call on this sheet and cell when it is the first failure;
 * returns true when rc is LXW_NO_ERROR. */
bool wr_xlsx_check(wr_xlsx_book *b, lxw_error rc, const char *sheet, lxw_row_t row, lxw_col_t col);
/* Dutch text of a libxlsxwriter error ("de regel ligt buiten het blad ..."). */
const char *wr_xlsx_error_text(lxw_error rc);

/* A format with this number format and these flags (cached; NULL num_format = General). */
lxw_format *wr_xlsx_fmt(wr_xlsx_book *b, const char *num_format, unsigned flags);

void wr_xlsx_sheet_init(wr_xlsx_sheet *s, wr_xlsx_book *b, const char *name);
/* Sets every column to the width of its content (within max_width). */
void wr_xlsx_sheet_finish(wr_xlsx_sheet *s);
/* A4 landscape, fit to the page width, header and footer with programme, period, sheet
 * name and page numbers; rows first..last repeat on every page (last < first: none). */
void wr_xlsx_print_setup(wr_xlsx_sheet *s, lxw_row_t repeat_first, lxw_row_t repeat_last);
/* Sheet title, subtitle (provider, programme, period) and notes, each wrapped at wrap_chars
 * characters, one line per row, running on to the right. Returns the row after a blank one. */
lxw_row_t wr_xlsx_heading(wr_xlsx_sheet *s, const char *title, const char *const *notes, size_t note_count,
                          size_t wrap_chars);

/* Writers that keep track of column widths. Every writer checks the library's result
 * (wr_xlsx_check), and a text longer than a cell can hold is cut with a note in the cell
 * that says how long it was, never dropped. */
void wr_xlsx_text(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, const char *text, lxw_format *f);
/* Text that wraps within the column's max_width; the row gets the height it needs. */
void wr_xlsx_wrapped(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, const char *text, unsigned flags);
void wr_xlsx_number(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, double value, int decimals, lxw_format *f);
void wr_xlsx_formula(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, const char *formula, double value, int decimals,
                     lxw_format *f);
void wr_xlsx_formula_text(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, const char *formula, const char *value,
                          lxw_format *f);
void wr_xlsx_date(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, wr_day day, lxw_format *f);
/* A text that runs on to the right: no width is counted. */
void wr_xlsx_put(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, const char *text, lxw_format *f);
/* Counts a width without writing (cells written by the library, e.g. table headers). */
void wr_xlsx_track(wr_xlsx_sheet *s, lxw_col_t col, const char *text);

/* A named Excel table over first_row..last_row (header row first) with these headers; a
 * table without data rows still gets one (empty) row. */
void wr_xlsx_table(wr_xlsx_sheet *s, const char *name, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row,
                   const char *const *headers, lxw_col_t ncols);

/* "A1"-style reference of a cell on this sheet. */
void wr_xlsx_cell(char *buf, lxw_row_t row, lxw_col_t col);

/* Records where a (figure, dimension) group stands, for charts on other sheets. */
void wr_xlsx_add_group(wr_xlsx_book *b, const wr_xlsx_group *g);
const wr_xlsx_group *wr_xlsx_find_group(const wr_xlsx_book *b, const char *figure, const char *dimension);

#endif
