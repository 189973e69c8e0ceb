#include "export/xlsx/outlook_book.h"

#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "base/format_nl.h"
#include "fill/outlook_fill.h"

typedef struct {
    lxw_workbook *wb;
    lxw_format *head, *whole, *factor, *pct, *euro;
    const wr_config *cfg;
} book;

/* A number as the document shows it (whole, or rounded to `decimals`), or its text when
 * the document shows a sign instead. */
static void cell(lxw_worksheet *ws, int r, int c, const char *shown, double value, lxw_format *fmt)
{
    if (strchr(shown, '<') || strcmp(shown, "x") == 0 || strcmp(shown, "\xE2\x80\x93") == 0)
        worksheet_write_string(ws, (lxw_row_t)r, (lxw_col_t)c, shown, NULL);
    else
        worksheet_write_number(ws, (lxw_row_t)r, (lxw_col_t)c, value, fmt);
}

static void heads(book *b, lxw_worksheet *ws, int row, const char *const *names, int n)
{
    for (int i = 0; i < n; i++)
        worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)i, names[i], b->head);
}

static void sheet_outlook(book *b, lxw_worksheet *ws, const wr_outlook *o)
{
    char title[160];
    snprintf(title, sizeof title, "Vooruitblik %d: volume per onderdeel, verwachting met 80%%-marge", o->target_year);
    worksheet_write_string(ws, 0, 0, title, b->head);
    static const char *const names[] = {"Maat", "Onderdeel", "Eenheid", "Basisjaar", "Verwachting", "Marge laag",
                                        "Marge hoog", "Demografische verwachting", "Demografische factor",
                                        "Autonome ontwikkeling", "Toets: voorspeld", "Toets: werkelijk",
                                        "Toets: fout %", "Toets: binnen de marge"};
    heads(b, ws, 2, names, (int)(sizeof names / sizeof names[0]));
    int r = 3;
    for (size_t i = 0; i < o->series_count; i++) {
        const wr_outlook_series *s = &o->series[i];
        if (!s->delivered)
            continue;
        wr_outlook_texts t;
        wr_outlook_series_texts(s, &t);
        worksheet_write_string(ws, (lxw_row_t)r, 0, s->measure_label, NULL);
        worksheet_write_string(ws, (lxw_row_t)r, 1, s->part_label, NULL);
        worksheet_write_string(ws, (lxw_row_t)r, 2, s->measure == WR_MEASURE_BEREIK ? "gemiddeld per kwartaal"
                                                                                   : "per jaar", NULL);
        cell(ws, r, 3, t.base, wr_round(s->base_volume, 0), b->whole);
        cell(ws, r, 4, t.outlook, wr_round(s->outlook.central, 0), b->whole);
        cell(ws, r, 5, t.low, wr_round(s->outlook.low < 0 ? 0 : s->outlook.low, 0), b->whole);
        cell(ws, r, 6, t.high, wr_round(s->outlook.high, 0), b->whole);
        cell(ws, r, 7, t.demographic, wr_round(s->demographic, 0), b->whole);
        cell(ws, r, 8, t.demo_factor, wr_round(s->demographic_factor, 3), b->factor);
        cell(ws, r, 9, t.autonomous, wr_round(s->autonomous, 0), b->whole);
        cell(ws, r, 10, t.bt_forecast, wr_round(s->backtest.central, 0), b->whole);
        cell(ws, r, 11, t.bt_actual, wr_round(s->backtest_actual, 0), b->whole);
        cell(ws, r, 12, t.bt_error, wr_round(s->backtest_error_pct, 1), b->pct);
        worksheet_write_string(ws, (lxw_row_t)r, 13, t.bt_verdict, NULL);
        r++;
    }
    worksheet_set_column(ws, 0, 0, 34, NULL);
    worksheet_set_column(ws, 1, 2, 24, NULL);
    worksheet_set_column(ws, 3, 13, 14, NULL);
    char note[512];
    char from[48], to[48];
    wr_nl_period(o->first, from, sizeof from);
    wr_nl_period(o->last, to, sizeof to);
    snprintf(note, sizeof note,
             "Geschiedenis: %s tot en met %s. Methode: lineaire trend met een vast effect per kwartaal van het jaar "
             "(kleinste kwadraten, GSL); marge: 80%%-voorspellingsinterval. Toets: dezelfde methode op de "
             "geschiedenis tot een jaar eerder, tegen de laatste vier kwartalen.", from, to);
    worksheet_write_string(ws, (lxw_row_t)(r + 1), 0, note, NULL);
}

static void sheet_quarters(book *b, lxw_worksheet *ws, const wr_outlook *o)
{
    static const char *const names[] = {"Maat", "Onderdeel", "Kwartaal", "Werkelijk", "Trend of verwachting",
                                        "Marge laag", "Marge hoog"};
    heads(b, ws, 0, names, 7);
    int r = 1;
    char head[16], v[32];
    for (size_t i = 0; i < o->series_count; i++) {
        const wr_outlook_series *s = &o->series[i];
        if (!s->delivered || !s->fitted)
            continue;
        wr_period first = wr_period_shift(o->first, (int)s->offset);
        for (size_t k = 0; k < s->n + s->ahead; k++, r++) {
            wr_period q = wr_period_shift(first, (int)k);
            snprintf(head, sizeof head, "%d-K%d", q.year, q.quarter);
            worksheet_write_string(ws, (lxw_row_t)r, 0, s->figure, NULL);
            worksheet_write_string(ws, (lxw_row_t)r, 1, s->part, NULL);
            worksheet_write_string(ws, (lxw_row_t)r, 2, head, NULL);
            if (k < s->n) {
                if (s->show[k] == WR_SHOW_SMALL_COUNT)
                    snprintf(v, sizeof v, "<%d", b->cfg->privacy_threshold);
                else
                    snprintf(v, sizeof v, "%s", s->show[k] == WR_SHOW_PROTECTED ? "x" : "0");
                cell(ws, r, 3, v, wr_round(s->value[k], 0), b->whole);
                if (s->any_hidden) /* the fit would give the hidden quarters' size away */
                    worksheet_write_string(ws, (lxw_row_t)r, 4, "x", NULL);
                else
                    worksheet_write_number(ws, (lxw_row_t)r, 4, wr_round(wr_fit_value(&s->fit, (double)k), 0),
                                           b->whole);
            } else if (s->any_hidden) {
                for (lxw_col_t c = 4; c <= 6; c++)
                    worksheet_write_string(ws, (lxw_row_t)r, c, "x", NULL);
            } else {
                const wr_forecast_range *f = &s->quarter_forecast[k - s->n];
                worksheet_write_number(ws, (lxw_row_t)r, 4, wr_round(f->central, 0), b->whole);
                worksheet_write_number(ws, (lxw_row_t)r, 5, wr_round(f->low < 0 ? 0 : f->low, 0), b->whole);
                worksheet_write_number(ws, (lxw_row_t)r, 6, wr_round(f->high, 0), b->whole);
            }
        }
    }
    worksheet_set_column(ws, 0, 6, 16, NULL);
}

static void sheet_population(book *b, lxw_worksheet *ws, const wr_outlook *o)
{
    char h1[48], h2[48], h3[64];
    snprintf(h1, sizeof h1, "Inwoners %d", o->base_year);
    snprintf(h2, sizeof h2, "Inwoners %d", o->target_year);
    snprintf(h3, sizeof h3, "Bereik %d (inwoners)", o->base_year);
    const char *names[] = {"Leeftijdsgroep", h1, h2, h3, "Bereik per 1.000 inwoners"};
    heads(b, ws, 0, names, 5);
    if (!o->has_population) {
        worksheet_write_string(ws, 1, 0, "De instellingen geven geen bevolking per leeftijdsgroep ([bevolking]).", NULL);
        return;
    }
    for (int g = 0; g < WR_AGE_GROUPS; g++) {
        const wr_outlook_age *a = &o->ages[g];
        worksheet_write_string(ws, (lxw_row_t)(g + 1), 0, a->code, NULL);
        worksheet_write_number(ws, (lxw_row_t)(g + 1), 1, a->pop_base, b->whole);
        worksheet_write_number(ws, (lxw_row_t)(g + 1), 2, a->pop_target, b->whole);
        char v[16] = "0";
        if (a->reached_show == WR_SHOW_SMALL_COUNT)
            snprintf(v, sizeof v, "<%d", b->cfg->privacy_threshold);
        else if (a->reached_show == WR_SHOW_PROTECTED)
            snprintf(v, sizeof v, "x");
        cell(ws, g + 1, 3, v, a->reached, b->whole);
        if (a->has_rate)
            worksheet_write_number(ws, (lxw_row_t)(g + 1), 4, wr_round(a->rate_per_1000, 1), b->pct);
    }
    worksheet_set_column(ws, 0, 4, 20, NULL);
}

static void sheet_budget(book *b, lxw_worksheet *ws, const wr_outlook *o)
{
    char h1[48], h2[48];
    snprintf(h1, sizeof h1, "Begroting %d", o->budget_year);
    snprintf(h2, sizeof h2, "Benodigd %d", o->target_year);
    const char *names[] = {"Post", "Volume volgt", "Begroting", "Volumefactor", "Prijsfactor", "Benodigd"};
    names[2] = h1;
    names[5] = h2;
    heads(b, ws, 0, names, 6);
    if (!o->has_finance) {
        worksheet_write_string(ws, 1, 0, "De export bevat geen financien.csv.", NULL);
        return;
    }
    int r = 1;
    for (size_t i = 0; i < o->post_count; i++, r++) {
        const wr_outlook_post *p = &o->posts[i];
        worksheet_write_string(ws, (lxw_row_t)r, 0, p->label, NULL);
        worksheet_write_string(ws, (lxw_row_t)r, 1, p->has_volume_factor ? p->part_label : "geen (volume gelijk)",
                               NULL);
        worksheet_write_number(ws, (lxw_row_t)r, 2, wr_round(p->budget, 0), b->euro);
        worksheet_write_number(ws, (lxw_row_t)r, 3, wr_round(p->volume_factor, 3), b->factor);
        worksheet_write_number(ws, (lxw_row_t)r, 4, wr_round(o->price_factor, 3), b->factor);
        worksheet_write_number(ws, (lxw_row_t)r, 5, wr_round(p->need, 0), b->euro);
    }
    worksheet_write_string(ws, (lxw_row_t)r, 0, "Totaal", b->head);
    worksheet_write_number(ws, (lxw_row_t)r, 2, wr_round(o->budget_total, 0), b->euro);
    worksheet_write_number(ws, (lxw_row_t)r, 5, wr_round(o->need_total, 0), b->euro);
    worksheet_set_column(ws, 0, 1, 30, NULL);
    worksheet_set_column(ws, 2, 5, 16, NULL);
}

wr_status wr_xlsx_write_outlook(const char *path, const wr_outlook *o, const wr_config *cfg, time_t created,
                                wr_error *err)
{
    lxw_workbook_options options = {.constant_memory = LXW_FALSE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
    book b = {.cfg = cfg};
    if (!(b.wb = workbook_new_opt(path, &options)))
        return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden aangemaakt.", path);
    char title[256];
    snprintf(title, sizeof title, "%s \xE2\x80\x93 vooruitblik voor de Kadernota %d", cfg->programme, o->target_year);
    lxw_doc_properties props = {.title = title, .author = cfg->provider, .company = cfg->provider,
                                .manager = cfg->client, .comments = "Gemaakt met wijkrapport " WR_VERSION,
                                .created = created};
    workbook_set_properties(b.wb, &props);
    b.head = workbook_add_format(b.wb);
    b.whole = workbook_add_format(b.wb);
    b.factor = workbook_add_format(b.wb);
    b.pct = workbook_add_format(b.wb);
    b.euro = workbook_add_format(b.wb);
    lxw_worksheet *outlook = workbook_add_worksheet(b.wb, "Vooruitblik");
    lxw_worksheet *quarters = workbook_add_worksheet(b.wb, "Kwartalen");
    lxw_worksheet *population = workbook_add_worksheet(b.wb, "Bevolking");
    lxw_worksheet *budget = workbook_add_worksheet(b.wb, "Budget");
    if (!b.head || !b.whole || !b.factor || !b.pct || !b.euro || !outlook || !quarters || !population || !budget) {
        workbook_close(b.wb);
        remove(path);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het schrijven van %s.", path);
    }
    format_set_bold(b.head);
    format_set_num_format(b.whole, "#,##0");
    format_set_num_format(b.factor, "0.000");
    format_set_num_format(b.pct, "0.0");
    format_set_num_format(b.euro, "\xE2\x82\xAC #,##0");
    sheet_outlook(&b, outlook, o);
    sheet_quarters(&b, quarters, o);
    sheet_population(&b, population, o);
    sheet_budget(&b, budget, o);
    worksheet_activate(outlook);
    if (workbook_close(b.wb) != LXW_NO_ERROR)
        return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven.", path);
    return WR_OK;
}
