/* Formats, column widths, headings, tables and print setup shared by every sheet. */
#include "export/xlsx/xlsx_sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/format_nl.h"

#define WR_XLSX_SERIAL_1970 25569 /* Excel's serial number of 1970-01-01 */

bool wr_xlsx_check(wr_xlsx_book *b, lxw_error rc, const char *sheet, lxw_row_t row, lxw_col_t col)
{
    if (rc == LXW_NO_ERROR)
        return true;
    if (rc == LXW_ERROR_MEMORY_MALLOC_FAILED)
        b->out_of_memory = true;
    if (b->error == LXW_NO_ERROR) {
        char cell[32] = "";
        if (row < LXW_ROW_MAX && col < LXW_COL_MAX)
            lxw_rowcol_to_cell(cell, row, col);
        else
            snprintf(cell, sizeof cell, "regel %lu", (unsigned long)row + 1);
        b->error = rc;
        snprintf(b->error_cell, sizeof b->error_cell, "%s!%s", sheet ? sheet : "?", cell);
    }
    return false;
}

const char *wr_xlsx_error_text(lxw_error rc)
{
    switch (rc) {
    case LXW_NO_ERROR: return "geen fout";
    case LXW_ERROR_MEMORY_MALLOC_FAILED: return "onvoldoende geheugen";
    case LXW_ERROR_CREATING_XLSX_FILE: return "het bestand kan niet worden aangemaakt";
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE: return "een tijdelijk bestand kan niet worden gemaakt of gelezen";
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE: return "het bestand kan niet worden weggeschreven";
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED: return "de tekst is langer dan de 32.767 tekens die een cel kan bevatten";
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
        return "de cel ligt buiten het blad (Excel heeft ten hoogste 1.048.576 regels en 16.384 kolommen)";
    case LXW_ERROR_255_STRING_LENGTH_EXCEEDED: return "de tekst is langer dan de 255 tekens die hier passen";
    case LXW_ERROR_128_STRING_LENGTH_EXCEEDED: return "de tekst is langer dan de 128 tekens die hier passen";
    case LXW_ERROR_32_STRING_LENGTH_EXCEEDED: return "de tekst is langer dan de 32 tekens die hier passen";
    case LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED: return "de koppeling is langer dan 2.079 tekens";
    case LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED: return "het blad heeft meer dan 65.530 koppelingen";
    case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED:
    case LXW_ERROR_INVALID_SHEETNAME_CHARACTER:
    case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE:
    case LXW_ERROR_SHEETNAME_ALREADY_USED: return "ongeldige naam van een blad";
    default: return "de bibliotheek libxlsxwriter weigert deze cel";
    }
}

lxw_format *wr_xlsx_fmt(wr_xlsx_book *b, const char *num_format, unsigned flags)
{
    const char *nf = num_format ? num_format : "";
    for (size_t i = 0; i < b->format_count; i++)
        if (b->formats[i].flags == flags && strcmp(b->formats[i].num_format, nf) == 0)
            return b->formats[i].format;
    lxw_format *f = workbook_add_format(b->wb);
    if (!f) { /* the format setters below return nothing; only this call can fail */
        b->out_of_memory = true;
        return NULL;
    }
    /* Top-aligned everywhere, so cells next to wrapped text line up with its first line. */
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    if (*nf)
        format_set_num_format(f, nf);
    if (flags & (WR_XLSX_BOLD | WR_XLSX_TITLE | WR_XLSX_HEADING))
        format_set_bold(f);
    if (flags & WR_XLSX_TITLE)
        format_set_font_size(f, 14);
    if (flags & WR_XLSX_HEADING)
        format_set_font_size(f, 12);
    if (flags & WR_XLSX_TOP)
        format_set_top(f, LXW_BORDER_THIN);
    if (flags & WR_XLSX_WRAP) {
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    }
    if (flags & WR_XLSX_GREY)
        format_set_font_color(f, 0x595959);
    if (flags & WR_XLSX_HEADER) { /* shown by LibreOffice too, which ignores Excel's table styles */
        format_set_bold(f);
        format_set_bg_color(f, 0xD9E1F2);
        format_set_bottom(f, LXW_BORDER_THIN);
    }
    if (flags & WR_XLSX_INDENT)
        format_set_indent(f, 1);
    if (flags & WR_XLSX_LEFT)
        format_set_align(f, LXW_ALIGN_LEFT);
    if (flags & WR_XLSX_RIGHT) /* a placeholder ("<5", "–") in a column of numbers */
        format_set_align(f, LXW_ALIGN_RIGHT);
    if (flags & WR_XLSX_LINK) {
        format_set_font_color(f, LXW_COLOR_BLUE);
        format_set_underline(f, LXW_UNDERLINE_SINGLE);
    }
    if (b->format_count < WR_XLSX_MAX_FORMATS) { /* more formats than slots only lose the cache */
        wr_xlsx_format_slot *slot = &b->formats[b->format_count++];
        snprintf(slot->num_format, sizeof slot->num_format, "%s", nf);
        slot->flags = flags;
        slot->format = f;
    }
    return f;
}

void wr_xlsx_sheet_init(wr_xlsx_sheet *s, wr_xlsx_book *b, const char *name)
{
    memset(s, 0, sizeof *s);
    s->book = b;
    s->name = name;
}

/* Characters, not bytes: continuation bytes of UTF-8 do not count. */
static double text_width(const char *text)
{
    double n = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        n += (*p & 0xC0) != 0x80;
    return n;
}

void wr_xlsx_track(wr_xlsx_sheet *s, lxw_col_t col, const char *text)
{
    if (col >= WR_XLSX_MAX_COLS || !text)
        return;
    double w = text_width(text);
    if (w > s->width[col])
        s->width[col] = w;
}

void wr_xlsx_sheet_finish(wr_xlsx_sheet *s)
{
    for (lxw_col_t c = 0; c < WR_XLSX_MAX_COLS; c++) {
        if (s->width[c] <= 0)
            continue;
        double w = s->width[c] + 2; /* padding, and room for the filter button of a header */
        if (s->max_width[c] > 0 && w > s->max_width[c])
            w = s->max_width[c];
        wr_xlsx_check(s->book, worksheet_set_column(s->ws, c, c, w, NULL), s->name, 0, c);
    }
}

/* '&' starts a code in Excel's header and footer language; a literal one is doubled. */
static void escape_amp(const char *in, char *out, size_t size)
{
    size_t o = 0;
    for (; *in && o + 2 < size; in++) {
        if (*in == '&')
            out[o++] = '&';
        out[o++] = *in;
    }
    out[o] = '\0';
}

void wr_xlsx_print_setup(wr_xlsx_sheet *s, lxw_row_t repeat_first, lxw_row_t repeat_last)
{
    const wr_xlsx_book *b = s->book;
    char programme[96], provider[96], client[96], header[320], footer[320];
    escape_amp(b->cfg->programme ? b->cfg->programme : "", programme, sizeof programme);
    escape_amp(b->cfg->provider ? b->cfg->provider : "", provider, sizeof provider);
    escape_amp(b->cfg->client ? b->cfg->client : "", client, sizeof client);
    /* Exact values, small counts included, are not for publication: every printed page
     * says so in the middle of its header. */
    const char *mark = b->cfg->suppress_in_appendix ? "" : "Niet openbaar \xC2\xB7 ";
    /* Excel allows 255 characters; the library refuses longer strings (then no header). */
    snprintf(header, sizeof header, "&L%s \xC2\xB7 bijlage %s&C%s&A&R%s", programme, b->period_nl, mark, provider);
    snprintf(footer, sizeof footer, "&L%s&CPagina &P van &N&ROpgesteld %s", client, b->created_nl);
    if (strlen(header) > 255) /* very long names: keep sheet and period */
        snprintf(header, sizeof header, "&Lbijlage %s&C%s&A", b->period_nl, mark);
    if (strlen(footer) > 255)
        snprintf(footer, sizeof footer, "&CPagina &P van &N");
    worksheet_set_paper(s->ws, 9); /* A4 */
    worksheet_set_landscape(s->ws);
    worksheet_fit_to_pages(s->ws, 1, 0);
    worksheet_set_margins(s->ws, 0.5, 0.5, 0.75, 0.75);
    wr_xlsx_check(s->book, worksheet_set_header(s->ws, header), s->name, 0, 0);
    wr_xlsx_check(s->book, worksheet_set_footer(s->ws, footer), s->name, 0, 0);
    if (repeat_last >= repeat_first)
        wr_xlsx_check(s->book, worksheet_repeat_rows(s->ws, repeat_first, repeat_last), s->name, repeat_first, 0);
}

/* Splits text at spaces into lines of at most `width` characters (bytes: close enough for a
 * note), writing each on its own row; returns the row after the last. */
static lxw_row_t write_wrapped(wr_xlsx_sheet *s, lxw_row_t row, const char *text, size_t width, lxw_format *f)
{
    char line[512];
    while (*text) {
        size_t len = strlen(text);
        size_t cut = len;
        if (len > width) {
            cut = width;
            while (cut > 0 && text[cut] != ' ')
                cut--;
            if (cut == 0)
                cut = width;
        }
        if (cut >= sizeof line)
            cut = sizeof line - 1;
        memcpy(line, text, cut);
        line[cut] = '\0';
        wr_xlsx_put(s, row++, 0, line, f); /* overflows to the right; no width */
        text += cut;
        while (*text == ' ')
            text++;
    }
    return row;
}

lxw_row_t wr_xlsx_heading(wr_xlsx_sheet *s, const char *title, const char *const *notes, size_t note_count,
                          size_t wrap_chars)
{
    wr_xlsx_book *b = s->book;
    char sub[320];
    wr_xlsx_put(s, 0, 0, title, wr_xlsx_fmt(b, NULL, WR_XLSX_TITLE));
    wr_xlsx_check(b, worksheet_set_row(s->ws, 0, 20, NULL), s->name, 0, 0);
    snprintf(sub, sizeof sub, "%s \xC2\xB7 %s \xC2\xB7 %s (%s)", b->cfg->provider ? b->cfg->provider : "",
             b->cfg->programme ? b->cfg->programme : "", b->period_nl, b->period_span);
    wr_xlsx_put(s, 1, 0, sub, wr_xlsx_fmt(b, NULL, WR_XLSX_GREY));
    lxw_row_t row = 2;
    for (size_t i = 0; i < note_count; i++)
        if (notes[i] && *notes[i])
            row = write_wrapped(s, row, notes[i], wrap_chars ? wrap_chars : 120, NULL);
    return row + 1;
}

/* Text longer than a cell holds: its first characters and a note that says so and how
 * long the whole text is. NULL when text fits (or on out of memory, noted in the book). */
static char *cut_to_cell(wr_xlsx_book *b, const char *text)
{
    size_t chars = 0, keep = 0;
    char note[160];
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        chars += (*p & 0xC0) != 0x80;
    if (chars <= WR_XLSX_CELL_MAX)
        return NULL;
    char total[32];
    wr_nl_number((double)chars, 0, total, sizeof total);
    snprintf(note, sizeof note, " \xE2\x80\xA6 [ingekort: de hele tekst telt %s tekens; een cel in Excel bevat er "
             "ten hoogste 32.767]", total);
    size_t room = WR_XLSX_CELL_MAX - (size_t)text_width(note), seen = 0;
    while (text[keep] && !(seen == room && ((unsigned char)text[keep] & 0xC0) != 0x80)) {
        seen += ((unsigned char)text[keep] & 0xC0) != 0x80;
        keep++;
    }
    char *cut = malloc(keep + strlen(note) + 1);
    if (!cut) {
        b->out_of_memory = true;
        return NULL;
    }
    memcpy(cut, text, keep);
    strcpy(cut + keep, note);
    return cut;
}

/* Writes a string cell, cut to what a cell holds. */
static void write_string(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, const char *text, lxw_format *f)
{
    char *cut = cut_to_cell(s->book, text);
    wr_xlsx_check(s->book, worksheet_write_string(s->ws, row, col, cut ? cut : text, f), s->name, row, col);
    free(cut);
}

void wr_xlsx_put(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, const char *text, lxw_format *f)
{
    write_string(s, row, col, text, f);
}

void wr_xlsx_wrapped(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, const char *text, unsigned flags)
{
    if (!text || !*text)
        return;
    write_string(s, row, col, text, wr_xlsx_fmt(s->book, NULL, flags | WR_XLSX_WRAP));
    wr_xlsx_track(s, col, text);
    double room = col < WR_XLSX_MAX_COLS && s->max_width[col] > 4 ? s->max_width[col] - 1 : 0;
    /* Most letters are narrower than the digit that sets the column unit. */
    double need = text_width(text) * 0.85;
    if (room <= 0 || need <= room)
        return;
    /* Neither Excel nor LibreOffice grows a row for wrapped text on opening: set the height. */
    int lines = (int)((need + room - 1) / room);
    if (row == s->tall_row && lines < s->tall_lines)
        lines = s->tall_lines;
    s->tall_row = row;
    s->tall_lines = lines;
    wr_xlsx_check(s->book, worksheet_set_row(s->ws, row, LXW_DEF_ROW_HEIGHT * lines, NULL), s->name, row, col);
}

void wr_xlsx_text(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, const char *text, lxw_format *f)
{
    if (!text || !*text)
        return;
    write_string(s, row, col, text, f ? f : wr_xlsx_fmt(s->book, NULL, 0));
    wr_xlsx_track(s, col, text);
}

/* The width of the number as shown, with room for a euro sign or percent sign. */
static void track_number(wr_xlsx_sheet *s, lxw_col_t col, double value, int decimals, lxw_format *f)
{
    char shown[72];
    wr_nl_number(value, decimals, shown, sizeof shown - 4);
    (void)f;
    strcat(shown, "\xE2\x82\xAC "); /* at most two characters more than the digits */
    wr_xlsx_track(s, col, shown);
}

void wr_xlsx_number(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, double value, int decimals, lxw_format *f)
{
    wr_xlsx_check(s->book, worksheet_write_number(s->ws, row, col, value, f), s->name, row, col);
    track_number(s, col, value, decimals, f);
}

void wr_xlsx_formula(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, const char *formula, double value, int decimals,
                     lxw_format *f)
{
    wr_xlsx_check(s->book, worksheet_write_formula_num(s->ws, row, col, formula, f, value), s->name, row, col);
    track_number(s, col, value, decimals, f);
}

void wr_xlsx_formula_text(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, const char *formula, const char *value,
                          lxw_format *f)
{
    wr_xlsx_check(s->book, worksheet_write_formula_str(s->ws, row, col, formula, f, value), s->name, row, col);
    wr_xlsx_track(s, col, value);
}

void wr_xlsx_date(wr_xlsx_sheet *s, lxw_row_t row, lxw_col_t col, wr_day day, lxw_format *f)
{
    char shown[48];
    wr_xlsx_check(s->book, worksheet_write_number(s->ws, row, col, (double)day + WR_XLSX_SERIAL_1970, f), s->name, row,
                  col);
    wr_nl_date(day, shown, sizeof shown);
    wr_xlsx_track(s, col, shown);
}

void wr_xlsx_table(wr_xlsx_sheet *s, const char *name, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row,
                   const char *const *headers, lxw_col_t ncols)
{
    lxw_table_column cols[WR_XLSX_MAX_COLS], *ptrs[WR_XLSX_MAX_COLS + 1];
    for (lxw_col_t c = 0; c < ncols && c < WR_XLSX_MAX_COLS; c++) {
        memset(&cols[c], 0, sizeof cols[c]);
        cols[c].header = (char *)headers[c];
        cols[c].header_format = wr_xlsx_fmt(s->book, NULL, WR_XLSX_HEADER);
        ptrs[c] = &cols[c];
        if (first_col + c < WR_XLSX_MAX_COLS && text_width(headers[c]) + 2 > s->width[first_col + c])
            s->width[first_col + c] = text_width(headers[c]) + 2; /* the filter button */
    }
    ptrs[ncols < WR_XLSX_MAX_COLS ? ncols : WR_XLSX_MAX_COLS] = NULL;
    lxw_table_options opts = {.name = (char *)name, .style_type = LXW_TABLE_STYLE_TYPE_MEDIUM,
                              .style_type_number = 2, .columns = ptrs};
    if (last_row <= first_row)
        last_row = first_row + 1;
    wr_xlsx_check(s->book, worksheet_add_table(s->ws, first_row, first_col, last_row, first_col + ncols - 1, &opts),
                  s->name, first_row, first_col);
    s->book->table_count++;
}

void wr_xlsx_cell(char *buf, lxw_row_t row, lxw_col_t col)
{
    lxw_rowcol_to_cell(buf, row, col);
}

void wr_xlsx_add_group(wr_xlsx_book *b, const wr_xlsx_group *g)
{
    if (b->group_count < WR_XLSX_MAX_GROUPS)
        b->groups[b->group_count++] = *g;
}

const wr_xlsx_group *wr_xlsx_find_group(const wr_xlsx_book *b, const char *figure, const char *dimension)
{
    for (size_t i = 0; i < b->group_count; i++)
        if (strcmp(b->groups[i].figure, figure) == 0 && strcmp(b->groups[i].dimension, dimension) == 0)
            return &b->groups[i];
    return NULL;
}
