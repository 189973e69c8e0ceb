/* Overzicht: what the appendix is about (programme, period as dates, counts of data
 * problems), the key figures over time (xlsx_trend.c), the two charts of the report, a guide to
 * the sheets and which files were delivered. Written last: it points at the other sheets. */
#include "export/xlsx/sheet_overview.h"

#include <stdio.h>
#include <string.h>

#include "base/format_nl.h"
#include "export/xlsx/xlsx_charts.h"
#include "export/xlsx/xlsx_sheet.h"
#include "export/xlsx/xlsx_trend.h"
#include "figures/figure_defs.h"

enum { C_FIG, C_DEEL, C_UNIT }; /* as the key figures table (xlsx_trend.c) */

static lxw_row_t info_block(wr_xlsx_sheet *s, lxw_row_t row)
{
    wr_xlsx_book *b = s->book;
    const wr_config *cfg = b->cfg;
    lxw_format *bold = wr_xlsx_fmt(b, NULL, WR_XLSX_BOLD);
    lxw_format *date = wr_xlsx_fmt(b, WR_XLSX_NUM_DATE, WR_XLSX_BOLD | WR_XLSX_LEFT);
    char text[160];
    static const char *const labels[] = {"Programma", "Aanbieder", "Opdrachtgever", "Periode", "Eerste dag",
                                         "Laatste dag", "Opgesteld op", "Meldingen over de gegevens",
                                         "Kleine aantallen"};
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        wr_xlsx_put(s, row + (lxw_row_t)i, C_FIG, labels[i], NULL);
    wr_xlsx_text(s, row, C_DEEL, cfg->programme, bold);
    wr_xlsx_text(s, row + 1, C_DEEL, cfg->provider, bold);
    wr_xlsx_text(s, row + 2, C_DEEL, cfg->client, bold);
    if (b->in->current->period.quarter)
        snprintf(text, sizeof text, "%s (%s)", b->period_nl, b->period_code);
    else
        snprintf(text, sizeof text, "%s", b->period_nl);
    wr_xlsx_text(s, row + 3, C_DEEL, text, bold);
    wr_xlsx_date(s, row + 4, C_DEEL, b->in->current->period.start, date);
    wr_xlsx_date(s, row + 5, C_DEEL, b->in->current->period.end, date);
    wr_xlsx_date(s, row + 6, C_DEEL, (wr_day)(b->in->created / 86400), date);
    if (b->quality_rows > 0 && !b->quality_cut) {
        snprintf(text, sizeof text, "=COUNTA(Datakwaliteit!$A$2:$A$%u)", (unsigned)b->quality_rows + 1);
        wr_xlsx_formula(s, row + 7, C_DEEL, text, (double)b->quality_rows, 0,
                        wr_xlsx_fmt(b, WR_XLSX_NUM_INT, WR_XLSX_BOLD | WR_XLSX_LEFT));
        wr_xlsx_check(b, worksheet_write_url_opt(s->ws, row + 7, C_UNIT, "internal:Datakwaliteit!A1",
                                                 wr_xlsx_fmt(b, NULL, WR_XLSX_LINK), "zie Datakwaliteit", NULL),
                      s->name, row + 7, C_UNIT);
    } else { /* no problems, or more than the sheet holds: the count itself */
        const wr_diag_list *diags = b->in->current->diags;
        wr_xlsx_number(s, row + 7, C_DEEL, diags ? (double)diags->count : 0, 0,
                       wr_xlsx_fmt(b, WR_XLSX_NUM_INT, WR_XLSX_BOLD | WR_XLSX_LEFT));
    }
    wr_xlsx_put(s, row + 8, C_DEEL,
                           cfg->suppress_in_appendix ? "weggelaten zoals in de openbare rapportage (<5, x, n<10)"
                                                     : "exact (niet onderdrukt; deze bijlage is niet openbaar)",
                           bold);
    return row + 10;
}

static lxw_row_t guide(wr_xlsx_sheet *s, lxw_row_t row)
{
    static const char *const sheets[][2] = {
        {"Gedaan", "Deel 1: afspraken, activiteiten, contacten, normen en klachten"},
        {"Bereikt", "Deel 2: bereik, instroom, uitstroom en wachtenden, per groep"},
        {"Effect", "Deel 3: doelrealisatie, uitval, herhaald beroep, ZRM en cli\xC3\xABntervaring"},
        {"Impact", "Deel 4: beleidsindicatoren met vorige waarde en streefwaarde"},
        {"Financi\xC3\xABn", "Begroting en realisatie per post en kwartaal, financi\xC3\xABle toetsen"},
        {"Cijfers", "Alle cijfers als \xC3\xA9\xC3\xA9n lange tabel, gelijk aan cijfers.csv (voor draaitabellen)"},
        {"Datakwaliteit", "Elke melding over de aangeleverde gegevens: bestand, regel, kolom, waarde, probleem"},
        {"Definities", "Van elk cijfer de definitie, de noemer, het bronbestand en de kolommen"},
    };
    wr_xlsx_put(s, row++, 0, "Inhoud van deze bijlage", wr_xlsx_fmt(s->book, NULL, WR_XLSX_HEADING));
    char link[64];
    for (size_t i = 0; i < sizeof sheets / sizeof sheets[0]; i++, row++) {
        snprintf(link, sizeof link, "internal:'%s'!A1", sheets[i][0]);
        wr_xlsx_check(s->book, worksheet_write_url_opt(s->ws, row, C_FIG, link, wr_xlsx_fmt(s->book, NULL, WR_XLSX_LINK),
                                                       sheets[i][0], NULL), s->name, row, C_FIG);
        wr_xlsx_put(s, row, C_DEEL, sheets[i][1], NULL); /* overflows to the right */
    }
    return row + 1;
}

static lxw_row_t files_table(wr_xlsx_sheet *s, lxw_row_t row)
{
    wr_xlsx_book *b = s->book;
    wr_xlsx_put(s, row++, 0, "Aangeleverde bestanden", wr_xlsx_fmt(b, NULL, WR_XLSX_HEADING));
    static const char *const headers[] = {"Bestand", "Aangeleverd", "Meldingen"};
    const wr_figures *f = b->in->current;
    lxw_row_t header = row;
    for (size_t file = 0; file < f->file_count; file++) {
        const char *name = f->files[file].name;
        lxw_row_t r = header + 1 + (lxw_row_t)file;
        long count = 0;
        for (size_t i = 0; f->diags && i < f->diags->count; i++)
            count += strcmp(f->diags->items[i].file, name) == 0;
        wr_xlsx_text(s, r, 0, name, NULL);
        wr_xlsx_text(s, r, 1, f->files[file].delivered ? "ja" : "nee, geen gegevens aangeleverd", NULL);
        if (b->quality_rows > 0 && !b->quality_cut) {
            char formula[128];
            snprintf(formula, sizeof formula, "=COUNTIF(Datakwaliteit!$A$2:$A$%u,\"%s\")",
                     (unsigned)b->quality_rows + 1, name);
            wr_xlsx_formula(s, r, 2, formula, (double)count, 0, wr_xlsx_fmt(b, WR_XLSX_NUM_INT, 0));
        } else {
            wr_xlsx_number(s, r, 2, (double)count, 0, wr_xlsx_fmt(b, WR_XLSX_NUM_INT, 0));
        }
    }
    wr_xlsx_table(s, "Bestanden", header, 0, header + (lxw_row_t)f->file_count, headers, 3);
    return header + (lxw_row_t)f->file_count + 2;
}

/* The first column right of the trend chart, from the widths the columns will get. */
static lxw_col_t second_chart_col(const wr_xlsx_sheet *s)
{
    double px = 0;
    for (lxw_col_t c = 0; c < WR_XLSX_MAX_COLS; c++) {
        if (px >= WR_XLSX_CHART_HALF_WIDTH + 16)
            return c;
        double w = s->width[c] > 0 ? s->width[c] + 2 : 8.43; /* as wr_xlsx_sheet_finish sets them */
        if (s->max_width[c] > 0 && w > s->max_width[c])
            w = s->max_width[c];
        px += w * 7 + 5;
    }
    return WR_XLSX_MAX_COLS;
}

void wr_xlsx_sheet_overview(wr_xlsx_book *b, lxw_worksheet *ws)
{
    wr_xlsx_sheet s;
    wr_xlsx_sheet_init(&s, b, "Overzicht");
    s.ws = ws;
    s.max_width[C_FIG] = 48;
    s.max_width[C_DEEL] = 22;
    char note[320];
    snprintf(note, sizeof note, "Alle cijfers van %s %s met hun berekening, de meldingen over de aangeleverde "
             "gegevens en de definities. Elk deel heeft een eigen tabblad; de tabbladen zijn tabellen met filters.",
             b->in->current->period.quarter ? "de" : "het", b->report_name);
    const char *notes[] = {note};
    bool exact = !b->cfg->suppress_in_appendix;
    lxw_row_t row = wr_xlsx_heading(&s, exact ? "Bijlage voor de controller \xE2\x80\x93 niet openbaar"
                                              : "Bijlage voor de controller",
                                    notes, 1, WR_XLSX_NOTE_WIDTH);
    if (exact) {
        /* Before anything else: this book may not be passed on as it is. */
        worksheet_write_string(ws, row, 0, "Niet openbaar: deze bijlage bevat exacte aantallen, ook kleine. Zij is "
                               "voor de controller; publiceer haar niet en stuur haar niet door. De openbare cijfers "
                               "staan in de rapportage.", wr_xlsx_fmt(b, NULL, WR_XLSX_BOLD));
        row += 2;
    }
    row = info_block(&s, row);
    wr_xlsx_chart_rows trend = {0};
    row = wr_xlsx_trend_table(&s, row, &trend);
    lxw_row_t breaks[] = {row, 0}; /* the charts start a printed page */
    wr_xlsx_check(b, worksheet_set_h_pagebreaks(ws, breaks), s.name, row, 0);
    row = wr_xlsx_chart_overview(b, ws, "Overzicht", &trend, row, second_chart_col(&s));
    row = guide(&s, row);
    files_table(&s, row);
    wr_xlsx_print_setup(&s, 1, 0);
    wr_xlsx_sheet_finish(&s);
}
