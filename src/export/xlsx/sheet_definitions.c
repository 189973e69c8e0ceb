/* Definities: every figure with its name, its exact definition in Dutch (with the configured
 * norms filled in), its denominator, source file and columns, and the breakdowns it has in
 * this report; then the general rules. Figures the model has but the table does not know
 * yet still get a row, so nothing in Cijfers is without an entry. */
#include "export/xlsx/sheet_definitions.h"

#include <stdio.h>
#include <string.h>

#include "export/xlsx/xlsx_sheet.h"
#include "figures/figure_defs.h"

enum { C_DEEL, C_NAME, C_CODE, C_UNIT, C_DEF, C_DEN, C_SRC, C_COLS, C_DIMS, NCOLS };
static const char *const HEADERS[NCOLS] = {"Deel", "Cijfer", "Code", "Eenheid", "Definitie",
                                           "Noemer", "Bronbestand", "Kolommen", "Uitsplitsingen"};

/* The breakdowns of a cijfer in this report, in model order: "onderdeel, wijk". */
static void dimensions_of(const wr_figures *f, const char *figure, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *fig = &f->items[i];
        if (strcmp(fig->figure, figure) != 0 || strcmp(fig->dimension, "totaal") == 0)
            continue;
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++)
            seen = strcmp(f->items[j].figure, figure) == 0 && strcmp(f->items[j].dimension, fig->dimension) == 0;
        if (seen)
            continue;
        int n = snprintf(buf + used, size - used, "%s%s", used ? ", " : "", fig->dimension);
        if (n < 0 || (size_t)n >= size - used)
            return;
        used += (size_t)n;
    }
}

static void write_row(wr_xlsx_sheet *s, lxw_row_t row, const wr_figure_def *def, const char *code, wr_deel deel)
{
    wr_xlsx_book *b = s->book;
    char text[2048], dims[256];
    wr_xlsx_wrapped(s, row, C_DEEL, wr_deel_title(deel), 0);
    wr_xlsx_wrapped(s, row, C_NAME, def ? def->name : code, WR_XLSX_BOLD);
    wr_xlsx_wrapped(s, row, C_CODE, code, 0);
    wr_xlsx_wrapped(s, row, C_UNIT, def ? def->unit : "", 0);
    wr_xlsx_wrapped(s, row, C_DEF, def ? wr_figure_def_text(def, b->cfg, text, sizeof text) : "Nog niet beschreven.",
                    0);
    wr_xlsx_wrapped(s, row, C_DEN, def && def->denominator ? def->denominator : "", 0);
    wr_xlsx_wrapped(s, row, C_SRC, def ? def->source : "", 0);
    wr_xlsx_wrapped(s, row, C_COLS, def ? def->columns : "", 0);
    dimensions_of(b->in->current, code, dims, sizeof dims);
    wr_xlsx_wrapped(s, row, C_DIMS, dims[0] ? dims : "alleen totaal", 0);
}

void wr_xlsx_sheet_definitions(wr_xlsx_book *b, lxw_worksheet *ws)
{
    wr_xlsx_sheet s;
    wr_xlsx_sheet_init(&s, b, "Definities");
    s.ws = ws;
    s.max_width[C_NAME] = 26;
    s.max_width[C_SRC] = 18;
    s.max_width[C_CODE] = 34; /* codes have no spaces to wrap at */
    s.max_width[C_DEF] = 70;
    s.max_width[C_DEN] = 26;
    s.max_width[C_COLS] = 28;
    s.max_width[C_DIMS] = 26;
    static const char *const notes[] = {
        "Hoe elk cijfer uit de export wordt berekend. De code is de waarde van 'cijfer' op het tabblad Cijfers en "
        "in cijfers.csv; de algemene regels staan onder de tabel.",
    };
    lxw_row_t header = wr_xlsx_heading(&s, "Definities van de cijfers", notes, 1, WR_XLSX_NOTE_WIDTH);
    lxw_row_t row = header + 1;
    size_t count;
    const wr_figure_def *defs = wr_figure_defs(&count);
    for (size_t i = 0; i < count; i++)
        if (!b->in->finance_only || defs[i].deel == WR_DEEL_FINANCIEN)
            write_row(&s, row++, &defs[i], defs[i].code, defs[i].deel);
    const wr_figures *f = b->in->current;
    for (size_t i = 0; i < f->count; i++) { /* figures the table does not know, once each */
        const wr_figure *fig = &f->items[i];
        bool seen = wr_figure_def_find(fig->figure) != NULL || (b->in->finance_only && fig->deel != WR_DEEL_FINANCIEN);
        for (size_t j = 0; j < i && !seen; j++)
            seen = strcmp(f->items[j].figure, fig->figure) == 0;
        if (!seen)
            write_row(&s, row++, NULL, fig->figure, fig->deel);
    }
    wr_xlsx_table(&s, "Definities", header, 0, row - 1, HEADERS, NCOLS);

    row += 1;
    wr_xlsx_put(&s, row++, 0, "Algemene regels", wr_xlsx_fmt(b, NULL, WR_XLSX_HEADING));
    char text[1024];
    for (const char *const *rule = wr_figure_general_rules(); *rule; rule++) {
        /* Merged over the table's width and wrapped; the row height follows the text. */
        wr_xlsx_check(b, worksheet_merge_range(ws, row, 0, row, C_DIMS, wr_figure_fill(*rule, b->cfg, text, sizeof text),
                                               wr_xlsx_fmt(b, NULL, WR_XLSX_WRAP)), s.name, row, 0);
        wr_xlsx_check(b, worksheet_set_row(ws, row, 15.0 * (double)(strlen(text) / 150 + 1), NULL), s.name, row, 0);
        row++;
    }
    worksheet_freeze_panes(ws, header + 1, 0);
    wr_xlsx_print_setup(&s, header, header);
    wr_xlsx_sheet_finish(&s);
}
