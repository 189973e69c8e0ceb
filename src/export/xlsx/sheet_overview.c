/* Overzicht: what the appendix is about (programme, period as dates, counts of data
 * problems), the key figures over time (xb_trend.c), the two charts of the report, a guide to
 * the sheets and which files were delivered. Written last: it points at the other sheets. */
#include <stdio.h>
#include <string.h>

#include "figures/figure_defs.h"
#include "base/format_nl.h"
#include "export/xlsx/xb_charts.h"
#include "export/xlsx/xb.h"

enum { C_FIG, C_DEEL, C_UNIT }; /* as the key figures table (xb_trend.c) */

static lxw_row_t info_block(xb_sheet *s, lxw_row_t row)
{
    xb_book *b = s->book;
    const wr_config *cfg = b->cfg;
    lxw_format *bold = xb_fmt(b, NULL, XB_BOLD), *date = xb_fmt(b, XB_NUM_DATE, XB_BOLD | XB_LEFT);
    char text[160];
    static const char *const labels[] = {"Programma", "Aanbieder", "Opdrachtgever", "Periode", "Eerste dag",
                                         "Laatste dag", "Opgesteld op", "Meldingen over de gegevens",
                                         "Kleine aantallen"};
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        worksheet_write_string(s->ws, row + (lxw_row_t)i, C_FIG, labels[i], NULL);
    xb_text(s, row, C_DEEL, cfg->programme, bold);
    xb_text(s, row + 1, C_DEEL, cfg->provider, bold);
    xb_text(s, row + 2, C_DEEL, cfg->client, bold);
    if (b->in->current->period.quarter)
        snprintf(text, sizeof text, "%s (%s)", b->period_nl, b->period_code);
    else
        snprintf(text, sizeof text, "%s", b->period_nl);
    xb_text(s, row + 3, C_DEEL, text, bold);
    xb_date(s, row + 4, C_DEEL, b->in->current->period.start, date);
    xb_date(s, row + 5, C_DEEL, b->in->current->period.end, date);
    xb_date(s, row + 6, C_DEEL, (wr_day)(b->in->created / 86400), date);
    if (b->quality_rows > 0) {
        snprintf(text, sizeof text, "=COUNTA(Datakwaliteit!$A$2:$A$%u)", (unsigned)b->quality_rows + 1);
        xb_formula(s, row + 7, C_DEEL, text, (double)b->quality_rows, 0, xb_fmt(b, XB_NUM_INT, XB_BOLD | XB_LEFT));
        worksheet_write_url_opt(s->ws, row + 7, C_UNIT, "internal:Datakwaliteit!A1", xb_fmt(b, NULL, XB_LINK),
                                "zie Datakwaliteit", NULL);
    } else {
        xb_number(s, row + 7, C_DEEL, 0, 0, xb_fmt(b, XB_NUM_INT, XB_BOLD | XB_LEFT));
    }
    worksheet_write_string(s->ws, row + 8, C_DEEL,
                           cfg->suppress_in_appendix ? "onderdrukt zoals in de openbare rapportage (<5, n<10)"
                                                     : "exact (niet onderdrukt; deze bijlage is niet openbaar)",
                           bold);
    return row + 10;
}

static lxw_row_t guide(xb_sheet *s, lxw_row_t row)
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
    worksheet_write_string(s->ws, row++, 0, "Inhoud van deze bijlage", xb_fmt(s->book, NULL, XB_HEADING));
    char link[64];
    for (size_t i = 0; i < sizeof sheets / sizeof sheets[0]; i++, row++) {
        snprintf(link, sizeof link, "internal:'%s'!A1", sheets[i][0]);
        worksheet_write_url_opt(s->ws, row, C_FIG, link, xb_fmt(s->book, NULL, XB_LINK), sheets[i][0], NULL);
        worksheet_write_string(s->ws, row, C_DEEL, sheets[i][1], NULL); /* overflows to the right */
    }
    return row + 1;
}

static lxw_row_t files_table(xb_sheet *s, lxw_row_t row)
{
    xb_book *b = s->book;
    worksheet_write_string(s->ws, row++, 0, "Aangeleverde bestanden", xb_fmt(b, NULL, XB_HEADING));
    static const char *const headers[] = {"Bestand", "Aangeleverd", "Meldingen"};
    lxw_row_t header = row;
    for (int file = 0; file < WR_FILE_COUNT; file++) {
        const char *name = wr_input_file_name((wr_input_file)file);
        lxw_row_t r = header + 1 + (lxw_row_t)file;
        long count = 0;
        for (size_t i = 0; i < b->in->ds->diags.count; i++)
            count += strcmp(b->in->ds->diags.items[i].file, name) == 0;
        xb_text(s, r, 0, name, NULL);
        xb_text(s, r, 1, b->in->ds->delivered[file] ? "ja" : "nee, geen gegevens aangeleverd", NULL);
        if (b->quality_rows > 0) {
            char formula[128];
            snprintf(formula, sizeof formula, "=COUNTIF(Datakwaliteit!$A$2:$A$%u,\"%s\")",
                     (unsigned)b->quality_rows + 1, name);
            xb_formula(s, r, 2, formula, (double)count, 0, xb_fmt(b, XB_NUM_INT, 0));
        } else {
            xb_number(s, r, 2, 0, 0, xb_fmt(b, XB_NUM_INT, 0));
        }
    }
    xb_table(s, "Bestanden", header, 0, header + WR_FILE_COUNT, headers, 3);
    return header + WR_FILE_COUNT + 2;
}

/* The first column right of the trend chart, from the widths the columns will get. */
static lxw_col_t second_chart_col(const xb_sheet *s)
{
    double px = 0;
    for (lxw_col_t c = 0; c < XB_MAX_COLS; c++) {
        if (px >= XB_CHART_HALF_WIDTH + 16)
            return c;
        double w = s->width[c] > 0 ? s->width[c] + 2 : 8.43; /* as xb_sheet_finish sets them */
        if (s->max_width[c] > 0 && w > s->max_width[c])
            w = s->max_width[c];
        px += w * 7 + 5;
    }
    return XB_MAX_COLS;
}

void xb_sheet_overview(xb_book *b, lxw_worksheet *ws)
{
    xb_sheet s;
    xb_sheet_init(&s, b, "Overzicht");
    s.ws = ws;
    s.max_width[C_FIG] = 48;
    s.max_width[C_DEEL] = 22;
    char note[320];
    snprintf(note, sizeof note, "Alle cijfers van %s %s met hun berekening, de meldingen over de aangeleverde "
             "gegevens en de definities. Elk deel heeft een eigen tabblad; de tabbladen zijn tabellen met filters.",
             b->in->current->period.quarter ? "de" : "het", b->report_name);
    const char *notes[] = {note};
    lxw_row_t row = xb_heading(&s, "Bijlage voor de controller", notes, 1, XB_NOTE_WIDTH);
    row = info_block(&s, row);
    xb_chart_rows trend = {0};
    row = xb_trend_table(&s, row, &trend);
    lxw_row_t breaks[] = {row, 0}; /* the charts start a printed page */
    worksheet_set_h_pagebreaks(ws, breaks);
    row = xb_chart_overview(b, ws, "Overzicht", &trend, row, second_chart_col(&s));
    row = guide(&s, row);
    files_table(&s, row);
    xb_print_setup(&s, 1, 0);
    xb_sheet_finish(&s);
}
