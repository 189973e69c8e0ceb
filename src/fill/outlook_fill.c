#include "fill/outlook_fill.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/format_nl.h"
#include "fill/public_value.h"
#include "fill/template_check.h"
#include "fill/template_fill.h"
#include "fill/template_names.h"
#include "fill/text_place.h"

static void whole(double x, char *buf, size_t size)
{
    wr_nl_number(wr_round(x, 0), 0, buf, size);
}

static void signed_whole(double x, char *buf, size_t size)
{
    char num[24];
    double r = wr_round(x, 0);
    wr_nl_number(fabs(r), 0, num, sizeof num);
    snprintf(buf, size, "%s%s", r > 0 ? "+" : r < 0 ? "\xE2\x88\x92" : "", num);
}

static void factor(double x, int decimals, char *buf, size_t size)
{
    wr_nl_number(wr_round(x, decimals), decimals, buf, size);
}

/* A change in percent with its sign and one decimal: "+15,6%", "−0,7%", "0,0%". */
static void signed_pct(double pct, char *buf, size_t size)
{
    char num[24];
    double r = wr_round(pct, 1);
    wr_nl_number(fabs(r), 1, num, sizeof num);
    snprintf(buf, size, "%s%s%%", r > 0 ? "+" : r < 0 ? "\xE2\x88\x92" : "", num);
}

void wr_outlook_series_texts(const wr_outlook_series *s, wr_outlook_texts *t)
{
    memset(t, 0, sizeof *t);
    const char *none = "\xE2\x80\x93"; /* "–": no value */
    if (!s->fitted || s->any_hidden) {
        /* A forecast from quarters that show "<5" or "x" would give their size away. */
        const char *sign = s->fitted ? WR_PROTECTED_SIGN : none;
        snprintf(t->outlook, sizeof t->outlook, "%s", sign);
        snprintf(t->low, sizeof t->low, "%s", sign);
        snprintf(t->high, sizeof t->high, "%s", sign);
    } else {
        whole(s->outlook.central, t->outlook, sizeof t->outlook);
        whole(s->outlook.low < 0 ? 0 : s->outlook.low, t->low, sizeof t->low);
        whole(s->outlook.high, t->high, sizeof t->high);
    }
    if (s->has_base && !s->base_hidden)
        whole(s->base_volume, t->base, sizeof t->base);
    else
        snprintf(t->base, sizeof t->base, "%s", s->has_base ? WR_PROTECTED_SIGN : none);
    if (s->has_demography && !s->base_hidden && !s->any_hidden) {
        whole(s->demographic, t->demographic, sizeof t->demographic);
        factor(s->demographic_factor, 3, t->demo_factor, sizeof t->demo_factor);
        signed_whole(s->autonomous, t->autonomous, sizeof t->autonomous);
    } else {
        snprintf(t->demographic, sizeof t->demographic, "%s", none);
        snprintf(t->demo_factor, sizeof t->demo_factor, "%s", none);
        snprintf(t->autonomous, sizeof t->autonomous, "%s", none);
    }
    snprintf(t->growth, sizeof t->growth, "%s", none);
    snprintf(t->demo_growth, sizeof t->demo_growth, "%s", none);
    if (s->fitted && !s->any_hidden && s->has_base && !s->base_hidden && s->base_volume > 0)
        signed_pct(100.0 * (wr_round(s->outlook.central, 0) / wr_round(s->base_volume, 0) - 1), t->growth,
                   sizeof t->growth);
    if (s->has_demography && !s->base_hidden && !s->any_hidden)
        signed_pct(100.0 * (wr_round(s->demographic_factor, 3) - 1), t->demo_growth, sizeof t->demo_growth);
    if (s->has_backtest && !s->backtest_hidden && !s->any_hidden) {
        whole(s->backtest.central, t->bt_forecast, sizeof t->bt_forecast);
        whole(s->backtest.low < 0 ? 0 : s->backtest.low, t->bt_low, sizeof t->bt_low);
        whole(s->backtest.high, t->bt_high, sizeof t->bt_high);
        whole(s->backtest_actual, t->bt_actual, sizeof t->bt_actual);
        char pct[24];
        wr_nl_number(fabs(wr_round(s->backtest_error_pct, 1)), 1, pct, sizeof pct);
        double r = wr_round(s->backtest_error_pct, 1);
        snprintf(t->bt_error, sizeof t->bt_error, "%s%s%%", r > 0 ? "+" : r < 0 ? "\xE2\x88\x92" : "", pct);
        snprintf(t->bt_verdict, sizeof t->bt_verdict, "%s", s->backtest_inside ? "binnen de marge" : "erbuiten");
    } else {
        const char *why = s->has_backtest ? WR_PROTECTED_SIGN : none;
        snprintf(t->bt_forecast, sizeof t->bt_forecast, "%s", why);
        snprintf(t->bt_low, sizeof t->bt_low, "%s", why);
        snprintf(t->bt_high, sizeof t->bt_high, "%s", why);
        snprintf(t->bt_actual, sizeof t->bt_actual, "%s", why);
        snprintf(t->bt_error, sizeof t->bt_error, "%s", why);
        snprintf(t->bt_verdict, sizeof t->bt_verdict, "%s", why);
    }
}

static const char *unit_of(wr_measure m, int year)
{
    (void)year;
    return m == WR_MEASURE_BEREIK ? "gemiddeld per kwartaal" : "per jaar";
}

static void period_nl(wr_period p, char *buf, size_t size)
{
    wr_nl_period(p, buf, size);
}

/* A history value as the public document shows it. */
static void shown_value(const wr_outlook_series *s, size_t i, const wr_config *cfg, char *buf, size_t size)
{
    if (s->show[i] == WR_SHOW_SMALL_COUNT)
        snprintf(buf, size, "<%d", cfg->privacy_threshold);
    else if (s->show[i] == WR_SHOW_PROTECTED)
        snprintf(buf, size, "%s", WR_PROTECTED_SIGN);
    else
        whole(s->value[i], buf, size);
}

static void fill_series_row(wr_tpl_dict *row, const wr_outlook_series *s, int year)
{
    wr_outlook_texts t;
    wr_outlook_series_texts(s, &t);
    static const char *const short_labels[WR_MEASURE_COUNT] = {"Bereik", "Instroom", "Korte contacten",
                                                                "Deelnames"};
    wr_tpl_dict_set(row, "MAAT", short_labels[s->measure]);
    wr_tpl_dict_set(row, "LABEL", s->part_label);
    wr_tpl_dict_set(row, "EENHEID", unit_of(s->measure, year));
    wr_tpl_dict_set(row, "VERWACHTING", t.outlook);
    wr_tpl_dict_set(row, "ONDER", t.low);
    wr_tpl_dict_set(row, "BOVEN", t.high);
    char range[80];
    /* One sign for a hidden or missing interval, not "x–x". */
    if (strcmp(t.low, t.high) == 0 && !s->fitted)
        snprintf(range, sizeof range, "%s", t.low);
    else if (strcmp(t.low, WR_PROTECTED_SIGN) == 0)
        snprintf(range, sizeof range, "%s", WR_PROTECTED_SIGN);
    else
        snprintf(range, sizeof range, "%s\xE2\x80\x93%s", t.low, t.high);
    wr_tpl_dict_set(row, "MARGE", range);
    if (strcmp(t.bt_low, t.bt_high) == 0 && (strcmp(t.bt_low, WR_PROTECTED_SIGN) == 0 || !s->has_backtest))
        snprintf(range, sizeof range, "%s", t.bt_low);
    else
        snprintf(range, sizeof range, "%s\xE2\x80\x93%s", t.bt_low, t.bt_high);
    wr_tpl_dict_set(row, "TOETS_MARGE", range);
    wr_tpl_dict_set(row, "BASIS", t.base);
    wr_tpl_dict_set(row, "DEMOGRAFISCH", t.demographic);
    wr_tpl_dict_set(row, "DEMO_FACTOR", t.demo_factor);
    wr_tpl_dict_set(row, "AUTONOOM", t.autonomous);
    wr_tpl_dict_set(row, "GROEI", t.growth);
    wr_tpl_dict_set(row, "DEMO_GROEI", t.demo_growth);
    wr_tpl_dict_set(row, "TOETS_VOORSPELD", t.bt_forecast);
    wr_tpl_dict_set(row, "TOETS_ONDER", t.bt_low);
    wr_tpl_dict_set(row, "TOETS_BOVEN", t.bt_high);
    wr_tpl_dict_set(row, "TOETS_WERKELIJK", t.bt_actual);
    wr_tpl_dict_set(row, "TOETS_FOUT", t.bt_error);
    wr_tpl_dict_set(row, "TOETS_OORDEEL", t.bt_verdict);
}

/* One chart per measure: the whole programme's history, the fitted trend, and the
 * forecast quarters with their 80% interval. */
static void fill_chart(wr_tpl_dict *dict, const wr_outlook *o, const wr_outlook_series *s, const wr_config *cfg)
{
    wr_tpl_dict *chart = wr_tpl_dict_add_section(dict, "KN_GRAFIEK");
    char title[160], text[512], from[48], to[48], v[32], lo[32], hi[32];
    snprintf(title, sizeof title, "%s: verloop per kwartaal en verwachting %d", s->measure_label, o->target_year);
    wr_tpl_dict_set(chart, "TITEL", title);
    wr_tpl_dict_set(chart, "MAAT", s->measure_label);
    wr_outlook_texts t;
    wr_outlook_series_texts(s, &t);
    wr_period first = wr_period_shift(o->first, (int)s->offset);
    period_nl(first, from, sizeof from);
    period_nl(o->last, to, sizeof to);
    snprintf(text, sizeof text,
             "Van het %s tot en met het %s de werkelijke aantallen per kwartaal, met de trendlijn; daarna de "
             "verwachting per kwartaal met de marge waarbinnen de uitkomst met 80%% kans valt. Voor %d: %s %s "
             "(marge %s tot %s).", from, to, o->target_year, t.outlook, unit_of(s->measure, o->target_year), t.low,
             t.high);
    wr_tpl_dict_set(chart, "TEKST", text);
    for (size_t i = 0; i < s->n; i++) {
        wr_tpl_dict *pt = wr_tpl_dict_add_section(chart, "KN_PUNT");
        char head[16];
        wr_period q = wr_period_shift(first, (int)i);
        snprintf(head, sizeof head, "K%d %d", q.quarter, q.year);
        wr_tpl_dict_set(pt, "KOP", head);
        shown_value(s, i, cfg, v, sizeof v);
        wr_tpl_dict_set(pt, "WERKELIJK", v);
        whole(wr_fit_value(&s->fit, (double)i), v, sizeof v);
        wr_tpl_dict_set(pt, "TREND", v);
        wr_tpl_dict_set(pt, "ONDER", "\xE2\x80\x93");
        wr_tpl_dict_set(pt, "BOVEN", "\xE2\x80\x93");
    }
    for (size_t k = 0; k < s->ahead; k++) {
        wr_tpl_dict *pt = wr_tpl_dict_add_section(chart, "KN_PUNT");
        char head[16];
        wr_period q = wr_period_shift(o->last, (int)k + 1);
        snprintf(head, sizeof head, "K%d %d", q.quarter, q.year);
        wr_tpl_dict_set(pt, "KOP", head);
        wr_tpl_dict_set(pt, "WERKELIJK", "\xE2\x80\x93");
        whole(s->quarter_forecast[k].central, v, sizeof v);
        whole(s->quarter_forecast[k].low < 0 ? 0 : s->quarter_forecast[k].low, lo, sizeof lo);
        whole(s->quarter_forecast[k].high, hi, sizeof hi);
        wr_tpl_dict_set(pt, "TREND", v);
        wr_tpl_dict_set(pt, "ONDER", lo);
        wr_tpl_dict_set(pt, "BOVEN", hi);
    }
}

static void fill_budget(wr_tpl_dict *dict, const wr_outlook *o)
{
    char buf[64];
    if (!o->has_finance) {
        wr_tpl_dict_show_section(dict, "KN_ZONDER_FINANCIEN");
        return;
    }
    wr_tpl_dict_show_section(dict, "KN_MET_FINANCIEN");
    wr_tpl_dict_show_section(dict, o->has_price_index ? "KN_MET_PRIJSINDEX" : "KN_ZONDER_PRIJSINDEX");
    snprintf(buf, sizeof buf, "%d", o->budget_year);
    wr_tpl_dict_set(dict, "KN_BEGROTINGSJAAR", buf);
    snprintf(buf, sizeof buf, "%d", o->target_year - o->budget_year);
    wr_tpl_dict_set(dict, "KN_JAREN_PRIJS", buf);
    wr_nl_number(o->price_index_pct, 1, buf, sizeof buf);
    strcat(buf, "%");
    wr_tpl_dict_set(dict, "KN_PRIJSINDEX", buf);
    factor(o->price_factor, 3, buf, sizeof buf);
    wr_tpl_dict_set(dict, "KN_PRIJSFACTOR", buf);
    wr_nl_euro(wr_round(o->budget_total, 0), buf, sizeof buf);
    wr_tpl_dict_set(dict, "KN_BEGROTING_TOTAAL", buf);
    wr_nl_euro(wr_round(o->need_total, 0), buf, sizeof buf);
    wr_tpl_dict_set(dict, "KN_BEHOEFTE_TOTAAL", buf);
    double diff = wr_round(o->need_total, 0) - wr_round(o->budget_total, 0);
    char num[48];
    wr_nl_euro(fabs(diff), num, sizeof num);
    snprintf(buf, sizeof buf, "%s%s", diff > 0 ? "+" : diff < 0 ? "\xE2\x88\x92" : "", num);
    wr_tpl_dict_set(dict, "KN_VERSCHIL_TOTAAL", buf);
    for (size_t i = 0; i < o->post_count; i++) {
        const wr_outlook_post *p = &o->posts[i];
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "KN_POST");
        wr_tpl_dict_set(row, "LABEL", p->label);
        wr_nl_euro(wr_round(p->budget, 0), buf, sizeof buf);
        wr_tpl_dict_set(row, "BEGROTING", buf);
        wr_tpl_dict_set(row, "ONDERDEEL", p->has_volume_factor ? p->part_label : "geen (volume gelijk)");
        factor(p->volume_factor, 3, buf, sizeof buf);
        wr_tpl_dict_set(row, "VOLUMEFACTOR", buf);
        factor(o->price_factor, 3, buf, sizeof buf);
        wr_tpl_dict_set(row, "PRIJSFACTOR", buf);
        wr_nl_euro(wr_round(p->need, 0), buf, sizeof buf);
        wr_tpl_dict_set(row, "BEHOEFTE", buf);
    }
    wr_tpl_dict_show_section(dict, "KN_TOTAAL_POST");
}

static void fill_demography(wr_tpl_dict *dict, const wr_outlook *o, const wr_config *cfg)
{
    char buf[64];
    if (!o->has_population) {
        wr_tpl_dict_show_section(dict, "KN_ZONDER_BEVOLKING");
        return;
    }
    wr_tpl_dict_show_section(dict, "KN_MET_BEVOLKING");
    for (int g = 0; g < WR_AGE_GROUPS; g++) {
        const wr_outlook_age *a = &o->ages[g];
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "KN_LEEFTIJD");
        snprintf(buf, sizeof buf, "%s jaar", a->code);
        wr_tpl_dict_set(row, "LABEL", buf);
        whole(a->pop_base, buf, sizeof buf);
        wr_tpl_dict_set(row, "INWONERS_BASIS", buf);
        whole(a->pop_target, buf, sizeof buf);
        wr_tpl_dict_set(row, "INWONERS_DOEL", buf);
        if (a->reached_show == WR_SHOW_SMALL_COUNT)
            snprintf(buf, sizeof buf, "<%d", cfg->privacy_threshold);
        else if (a->reached_show == WR_SHOW_PROTECTED)
            snprintf(buf, sizeof buf, "%s", WR_PROTECTED_SIGN);
        else
            whole(a->reached, buf, sizeof buf);
        wr_tpl_dict_set(row, "BEREIK", buf);
        if (a->has_rate)
            wr_nl_number(wr_round(a->rate_per_1000, 1), 1, buf, sizeof buf);
        else
            snprintf(buf, sizeof buf, "\xE2\x80\x93");
        wr_tpl_dict_set(row, "PER_1000", buf);
        double growth = a->pop_base > 0 ? 100.0 * (a->pop_target - a->pop_base) / a->pop_base : 0;
        char num[24];
        wr_nl_number(fabs(wr_round(growth, 1)), 1, num, sizeof num);
        double r = wr_round(growth, 1);
        snprintf(buf, sizeof buf, "%s%s%%", r > 0 ? "+" : r < 0 ? "\xE2\x88\x92" : "", num);
        wr_tpl_dict_set(row, "GROEI", buf);
    }
}

static void fill_dict(wr_tpl_dict *dict, const wr_outlook *o, const wr_config *cfg, bool draft)
{
    char buf[96];
    wr_tpl_dict_set(dict, "PROGRAMMA", cfg->programme);
    wr_tpl_dict_set(dict, "AANBIEDER", cfg->provider);
    wr_tpl_dict_set(dict, "OPDRACHTGEVER", cfg->client);
    wr_tpl_dict_set(dict, "STATUS", draft ? "Concept" : "Definitief");
    if (draft)
        wr_tpl_dict_show_section(dict, "CONCEPT");
    snprintf(buf, sizeof buf, "%d", o->target_year);
    wr_tpl_dict_set(dict, "JAAR", buf);
    snprintf(buf, sizeof buf, "%d", cfg->privacy_threshold);
    wr_tpl_dict_set(dict, "DREMPEL", buf);
    period_nl(o->first, buf, sizeof buf);
    wr_tpl_dict_set(dict, "KN_VANAF", buf);
    period_nl(o->last, buf, sizeof buf);
    wr_tpl_dict_set(dict, "KN_TOT", buf);
    snprintf(buf, sizeof buf, "%zu", o->quarters);
    wr_tpl_dict_set(dict, "KN_KWARTALEN", buf);
    snprintf(buf, sizeof buf, "%d", o->base_year);
    wr_tpl_dict_set(dict, "KN_BASISJAAR", buf);
    period_nl(o->backtest_first, buf, sizeof buf);
    wr_tpl_dict_set(dict, "KN_TOETS_VAN", buf);
    period_nl(o->backtest_last, buf, sizeof buf);
    wr_tpl_dict_set(dict, "KN_TOETS_TOT", buf);

    bool any_hidden = false, any_backtest = false;
    size_t inside = 0, tested = 0;
    for (int m = 0; m < WR_MEASURE_COUNT; m++) {
        const wr_outlook_series *total = NULL;
        bool shown_measure = false;
        for (size_t i = 0; i < o->series_count; i++) {
            const wr_outlook_series *s = &o->series[i];
            if ((int)s->measure != m || !s->delivered)
                continue;
            if (!shown_measure) {
                wr_tpl_dict *head = wr_tpl_dict_add_section(dict, "KN_MAAT");
                wr_tpl_dict_set(head, "MAAT", s->measure_label);
                wr_tpl_dict_set(head, "EENHEID", unit_of(s->measure, o->target_year));
                shown_measure = true;
            }
            fill_series_row(wr_tpl_dict_add_section(dict, "KN_REEKS"), s, o->target_year);
            any_hidden |= s->any_hidden;
            if (s->has_backtest && !s->backtest_hidden && !s->any_hidden) {
                any_backtest = true;
                tested++;
                inside += s->backtest_inside;
            }
            if (strcmp(s->part, "totaal") == 0)
                total = s;
        }
        if (total && total->fitted && !total->any_hidden) {
            fill_chart(dict, o, total, cfg);
            wr_tpl_dict *tile = wr_tpl_dict_add_section(dict, "KN_KERNCIJFER");
            wr_outlook_texts t;
            wr_outlook_series_texts(total, &t);
            wr_tpl_dict_set(tile, "MAAT", total->measure_label);
            wr_tpl_dict_set(tile, "VERWACHTING", t.outlook);
            wr_tpl_dict_set(tile, "ONDER", t.low);
            wr_tpl_dict_set(tile, "BOVEN", t.high);
            wr_tpl_dict_set(tile, "EENHEID", unit_of(total->measure, o->target_year));
            wr_tpl_dict_set(tile, "GROEI", t.growth);
            wr_tpl_dict_set(tile, "DEMO_GROEI", t.demo_growth);
        }
    }
    if (any_hidden)
        wr_tpl_dict_show_section(dict, "KN_ONDERDRUKT");
    wr_tpl_dict_show_section(dict, any_backtest ? "KN_MET_TOETS" : "KN_ZONDER_TOETS");
    snprintf(buf, sizeof buf, "%zu", inside);
    wr_tpl_dict_set(dict, "KN_TOETS_BINNEN", buf);
    snprintf(buf, sizeof buf, "%zu", tested);
    wr_tpl_dict_set(dict, "KN_TOETS_AANTAL", buf);
    fill_demography(dict, o, cfg);
    fill_budget(dict, o);
}

/* Where the team's text goes: it is put in after the expansion (fill/text_place.h), so
 * the template engine never sees the text. */
#define TEXT_MARK "\x1AWR-KADERNOTATEKST\x1A"

wr_status wr_fill_outlook(const wr_outlook *o, const wr_config *cfg, const wr_narrative *texts, bool draft,
                          const char *template_dir, const char *template_name, wr_filled_report *out,
                          wr_error *err)
{
    memset(out, 0, sizeof *out);
    wr_tpl_names *known = wr_tpl_names_new();
    wr_tpl_dict *dict = wr_tpl_dict_new();
    wr_status st = WR_OK;
    char path[4096];
    if (!known || !dict || !(out->sources = wr_source_map_new()) || !wr_fill_outlook_names(known)) {
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het vullen van het sjabloon.");
        goto done;
    }
    snprintf(path, sizeof path, "%s/%s", template_dir, template_name);
    FILE *probe = fopen(path, "rb");
    if (probe) { /* a missing template: wr_tpl_expand says so in its own words */
        fclose(probe);
        wr_tpl_unknown found = {0};
        if ((st = wr_tpl_check_file(path, known, &found, err)) != WR_OK) {
            wr_strbuf_free(&found.list);
            goto done;
        }
        if ((st = wr_tpl_unknown_report(&found, err)) != WR_OK)
            goto done;
    }
    fill_dict(dict, o, cfg, draft);
    wr_tpl_dict_set(dict, "TEKST_TOELICHTING", TEXT_MARK);
    st = wr_tpl_expand(template_dir, template_name, dict, &out->markdown, &out->len, err);
    if (st == WR_OK) {
        const wr_narrative_text *text = texts && texts->count ? &texts->texts[0] : NULL;
        if (!wr_place_text(&out->markdown, TEXT_MARK, text, texts ? texts->folder : "", out->sources))
            st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het vullen van het sjabloon.");
        else
            out->len = strlen(out->markdown);
    }
done:
    wr_tpl_dict_free(dict);
    wr_tpl_names_free(known);
    if (st != WR_OK)
        wr_filled_report_clear(out);
    return st;
}
