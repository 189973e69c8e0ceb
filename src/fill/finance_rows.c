/* Finance section values (fill/finance_rows.h). Amounts come from the model's finance
 * summary and its figure rows, so the report says what cijfers.csv says. */
#include "fill/finance_rows.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/format_nl.h"
#include "figures/financien_checks.h"
#include "figures/financien_forecast.h"
#include "fill/public_value.h"

#define DASH "\xE2\x80\x93"
#define TIMES "\xC3\x97"
#define NBSP "\xC2\xA0" /* a method stays on one line in its narrow column */

static void set_euro(wr_tpl_dict *d, const char *name, double euros)
{
    char buf[64];
    wr_nl_euro(euros, buf, sizeof buf);
    wr_tpl_dict_set(d, name, buf);
}

static void set_pct_text(bool has, double pct, char *buf, size_t size)
{
    if (has)
        wr_nl_percent(pct, buf, size);
    else
        snprintf(buf, size, DASH);
}

static void set_pct(wr_tpl_dict *d, const char *name, bool has, double pct)
{
    char buf[32];
    set_pct_text(has, pct, buf, sizeof buf);
    wr_tpl_dict_set(d, name, buf);
}

/* A figure of the model as the report shows it ("–" when the row is missing). */
static void set_figure(wr_tpl_dict *d, const char *name, const wr_fill_input *in, const char *figure,
                       const char *dimension, const char *code)
{
    const wr_figure *fig = wr_figures_find(in->current, figure, dimension, code);
    char buf[64] = DASH;
    if (fig)
        wr_public_value(fig, in->cfg, buf, sizeof buf);
    wr_tpl_dict_set(d, name, buf);
}

/* "aanbieder", "patroon 2025", "tempo × 4/3", "hele jaar": short, for a table column. */
static void method_text(wr_forecast_method m, int year, int q, char *buf, size_t size)
{
    switch (m) {
    case WR_FORECAST_COMPLETE: snprintf(buf, size, "hele" NBSP "jaar"); break;
    case WR_FORECAST_PROVIDER: snprintf(buf, size, "aanbieder"); break;
    case WR_FORECAST_SEASONAL: snprintf(buf, size, "patroon" NBSP "%d", year - 1); break;
    case WR_FORECAST_LINEAR:
        if (4 % q == 0)
            snprintf(buf, size, "tempo" NBSP TIMES NBSP "%d", 4 / q);
        else
            snprintf(buf, size, "tempo" NBSP TIMES NBSP "4/%d", q);
        break;
    }
}

static void set_amount(wr_tpl_dict *d, const char *name, double euros)
{
    char buf[64];
    wr_nl_number(euros, 0, buf, sizeof buf);
    wr_tpl_dict_set(d, name, buf);
}

/* One row of the posts table: amounts in whole euros without the sign (the table's note
 * says "in euro's"), percentages as the figures of the model. */
static void post_values(wr_tpl_dict *row, const wr_fill_input *in, const wr_finance_summary *s,
                        const wr_finance_post *p, const char *dimension)
{
    char method[48] = "";
    wr_tpl_dict_set(row, "LABEL", p->label);
    set_amount(row, "BEGROTING", p->budget);
    set_amount(row, "REALISATIE", p->spent_to_date);
    set_figure(row, "BESTEED_PCT", in, "besteed_pct", dimension, p->code);
    set_amount(row, "NAAR_RATO", p->pro_rata);
    set_amount(row, "PROGNOSE", p->forecast);
    set_figure(row, "PROGNOSE_PCT", in, "prognose_besteed_pct", dimension, p->code);
    if (strcmp(dimension, "post") == 0)
        method_text(p->method, s->year, s->last_quarter, method, sizeof method);
    wr_tpl_dict_set(row, "METHODE", method);
}

static bool fill_posts(wr_tpl_dict *dict, const wr_fill_input *in, const wr_finance_summary *s)
{
    for (size_t i = 0; i < s->post_count; i++) {
        const wr_finance_post *p = &s->posts[i];
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "FIN_POST");
        if (!row)
            return false;
        post_values(row, in, s, p, "post");
        if (p->method == WR_FORECAST_PROVIDER)
            wr_tpl_dict_show_section(dict, "FIN_METHODE_AANBIEDER");
        else if (p->method == WR_FORECAST_SEASONAL)
            wr_tpl_dict_show_section(dict, "FIN_METHODE_PATROON");
        else if (p->method == WR_FORECAST_LINEAR)
            wr_tpl_dict_show_section(dict, "FIN_METHODE_TEMPO");
    }
    wr_tpl_dict *total = wr_tpl_dict_add_section(dict, "FIN_TOTAAL");
    if (!total)
        return false;
    post_values(total, in, s, &s->total, "totaal");
    return true;
}

/* Per quarter, as a percentage of the year's budget: the realisation added up, the budget
 * spread evenly over the year, and the forecast from quarter q in a straight line to the
 * year's end. An empty cell draws nothing (a quarter not yet known, a forecast before q). */
static bool fill_chart(wr_tpl_dict *dict, const wr_finance_summary *s)
{
    const wr_finance_post *t = &s->total;
    double cumulative = 0, at_q = 0;
    for (int k = 1; k <= s->last_quarter; k++)
        at_q += t->spent[k - 1];
    for (int k = 1; k <= 4; k++) {
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "FIN_KWARTAAL_RIJ");
        if (!row)
            return false;
        char buf[64] = "";
        snprintf(buf, sizeof buf, "%de kw.", k);
        wr_tpl_dict_set(row, "KOP", buf);
        cumulative += t->spent[k - 1];
        double share[3] = {cumulative, t->budget * k / 4.0,
                           at_q + (t->forecast - at_q) * (k - s->last_quarter) / (4.0 - s->last_quarter)};
        bool shown[3] = {k <= s->last_quarter, true, k >= s->last_quarter && s->last_quarter < 4};
        static const char *const names[3] = {"REALISATIE", "BEGROTING", "PROGNOSE"};
        for (int i = 0; i < 3; i++) {
            buf[0] = '\0';
            if (shown[i] && t->has_pct)
                wr_nl_percent(wr_round(100.0 * share[i] / t->budget, 1), buf, sizeof buf);
            wr_tpl_dict_set(row, names[i], buf);
        }
    }
    return true;
}

static bool fill_earmarks(wr_tpl_dict *dict, const wr_finance_summary *s)
{
    for (size_t i = 0; i < s->check_count; i++) {
        const wr_finance_check_result *c = &s->checks[i];
        if (c->check->kind != WR_CHECK_MIN_REALISATION)
            continue;
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "FIN_OORMERK");
        if (!row)
            return false;
        wr_tpl_dict_show_section(dict, "FIN_OORMERKEN");
        wr_tpl_dict_set(row, "LABEL", c->label);
        set_euro(row, "MINIMUM", c->required);
        set_euro(row, "BESTEED", c->spent);
        set_euro(row, "NOG_NODIG", c->still_needed);
        set_euro(row, "LAATSTE_KWARTAAL", c->spent_last_quarter);
        set_euro(row, "PROGNOSE", c->forecast);
        wr_tpl_dict_set(row, "HAALBAAR", c->still_needed <= 0 ? "al gehaald" : c->within_reach ? "ja" : "nee");
    }
    return true;
}

static bool fill_signals(wr_tpl_dict *dict, const wr_finance_summary *s)
{
    int count = 0;
    for (size_t i = 0; i < s->post_count; i++) {
        const wr_finance_post *p = &s->posts[i];
        if (!p->signal)
            continue;
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "FIN_SIGNAAL");
        if (!row)
            return false;
        count++;
        char method[48];
        double diff = p->forecast - p->budget;
        wr_tpl_dict_set(row, "LABEL", p->label);
        set_euro(row, "BEGROTING", p->budget);
        set_euro(row, "PROGNOSE", p->forecast);
        set_euro(row, "VERSCHIL", fabs(diff));
        set_pct(row, "VERSCHIL_PCT", p->has_pct, fabs(100.0 - p->forecast_pct));
        wr_tpl_dict_set(row, "RICHTING", diff < 0 ? "lager" : "hoger");
        method_text(p->method, s->year, s->last_quarter, method, sizeof method);
        wr_tpl_dict_set(row, "METHODE", method);
    }
    char buf[16];
    snprintf(buf, sizeof buf, "%d", count);
    wr_tpl_dict_set(dict, "FIN_SIGNALEN", buf);
    wr_tpl_dict_set(dict, "FIN_SIGNALEN_WOORD", count == 1 ? "signaal" : "signalen");
    wr_tpl_dict_set(dict, "FIN_POSTEN_WOORD", count == 1 ? "post" : "posten");
    wr_tpl_dict_show_section(dict, count ? "FIN_MET_SIGNALEN" : "FIN_GEEN_SIGNAAL");
    return true;
}

static bool fill_checks(wr_tpl_dict *dict, const wr_finance_summary *s)
{
    for (size_t i = 0; i < s->check_count; i++) {
        const wr_finance_check_result *c = &s->checks[i];
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "TOETS");
        if (!row)
            return false;
        char what[256], norm[64], state[256], expect[256], a[48], b[48], pct[32];
        wr_nl_euro(c->required, norm, sizeof norm);
        wr_nl_euro(c->spent, a, sizeof a);
        set_pct_text(c->has_pct, c->pct, pct, sizeof pct);
        switch (c->check->kind) {
        case WR_CHECK_MIN_REALISATION:
            snprintf(what, sizeof what, "%s: ten minste %s per jaar besteden", c->label, norm);
            snprintf(state, sizeof state, "%s besteed (%s)", a, pct);
            wr_nl_euro(c->forecast, b, sizeof b);
            snprintf(expect, sizeof expect, "%s besteed", b);
            break;
        case WR_CHECK_BUDGET:
            snprintf(what, sizeof what, "%s: %s begroten en besteden", c->label, norm);
            wr_nl_euro(c->actual, b, sizeof b);
            snprintf(state, sizeof state, "begroot %s; %s besteed", b, a);
            wr_nl_euro(c->forecast, b, sizeof b);
            snprintf(expect, sizeof expect, "%s besteed", b);
            break;
        case WR_CHECK_MAX_PROFIT_PCT: {
            char amount[32], result_pct[32];
            wr_nl_number(c->check->amount, c->check->amount == floor(c->check->amount) ? 0 : 1, amount,
                         sizeof amount);
            snprintf(what, sizeof what, "Winst ten hoogste %s%% van de totale begroting", amount);
            wr_nl_percent(fabs(c->result_pct), result_pct, sizeof result_pct);
            wr_nl_euro(fabs(c->result), b, sizeof b);
            if (s->complete) { /* the year is known: what is left is the result */
                snprintf(state, sizeof state, "%s %s (%s van de begroting)", c->result < 0 ? "tekort" : "resultaat", b,
                         result_pct);
            } else { /* part-way through a year, unspent money is no result yet */
                char spent_pct[32];
                set_pct_text(s->total.has_pct, s->total.spent_pct, spent_pct, sizeof spent_pct);
                snprintf(state, sizeof state, "%s besteed (%s van de begroting)", a, spent_pct);
            }
            snprintf(expect, sizeof expect, "verwacht %s %s (%s)", c->result < 0 ? "tekort" : "resultaat", b,
                     result_pct);
            break;
        }
        }
        wr_tpl_dict_set(row, "OMSCHRIJVING", what);
        wr_tpl_dict_set(row, "NORM", norm);
        wr_tpl_dict_set(row, "STAND", state);
        wr_tpl_dict_set(row, "VERWACHTING", expect);
        wr_tpl_dict_set(row, "OORDEEL", wr_check_state_name(c->state));
        if (c->check->kind == WR_CHECK_MAX_PROFIT_PCT) {
            char cap[32];
            wr_nl_number(c->check->amount, c->check->amount == floor(c->check->amount) ? 0 : 1, cap, sizeof cap);
            strcat(cap, "%");
            wr_tpl_dict_set(dict, "FIN_WINST_MAX", cap);
            wr_tpl_dict_show_section(dict, "FIN_WINSTTOETS");
        }
    }
    return true;
}

static void fill_general(wr_tpl_dict *dict, const wr_finance_summary *s)
{
    char buf[64];
    int q = s->last_quarter, left = 4 - q;
    snprintf(buf, sizeof buf, "%de kwartaal", q);
    wr_tpl_dict_set(dict, "FIN_KWARTAAL", buf);
    snprintf(buf, sizeof buf, "%d", q);
    wr_tpl_dict_set(dict, "FIN_Q", buf);
    snprintf(buf, sizeof buf, "%d/4", q);
    wr_tpl_dict_set(dict, "FIN_NAAR_RATO_DEEL", buf);
    set_pct(dict, "FIN_NAAR_RATO_PCT", true, 25.0 * q);
    snprintf(buf, sizeof buf, "%d %s", left, left == 1 ? "kwartaal" : "kwartalen");
    wr_tpl_dict_set(dict, "FIN_KWARTALEN_OVER", buf);
    snprintf(buf, sizeof buf, "%d", s->year - 1);
    wr_tpl_dict_set(dict, "FIN_VORIG_JAAR", buf);
    wr_nl_number(s->margin_pct, s->margin_pct == floor(s->margin_pct) ? 0 : 1, buf, sizeof buf);
    strcat(buf, "%");
    wr_tpl_dict_set(dict, "FIN_MARGE", buf);
    set_euro(dict, "FIN_NAAR_RATO", s->total.pro_rata);
    set_euro(dict, "FIN_RESULTAAT", fabs(s->expected_result));
    set_pct(dict, "FIN_RESULTAAT_PCT", s->has_profit_pct, fabs(s->expected_result_pct));
    wr_tpl_dict_show_section(dict, s->complete ? "FIN_JAAR_COMPLEET" : "FIN_VERWACHTING");
    wr_tpl_dict_show_section(dict, s->expected_result < 0 ? "FIN_OVERSCHRIJDING" : "FIN_OVERSCHOT");
}

bool wr_fill_finance_rows(wr_tpl_dict *dict, const wr_fill_input *in)
{
    const wr_figures *f = in->current;
    if (!f->has_finance)
        return true;
    const wr_finance_summary *s = &f->finance;
    fill_general(dict, s);
    return fill_posts(dict, in, s) && fill_chart(dict, s) && fill_earmarks(dict, s) && fill_signals(dict, s) &&
           fill_checks(dict, s);
}

bool wr_fill_finance_names(wr_tpl_names *out)
{
    static const char *const values[] = {
        "FIN_KWARTAAL", "FIN_KWARTALEN_OVER", "FIN_MARGE", "FIN_NAAR_RATO_DEEL", "FIN_POSTEN_WOORD", "FIN_Q",
        "FIN_SIGNALEN", "FIN_SIGNALEN_WOORD", "FIN_VORIG_JAAR", "FIN_WINST_MAX", "FIN_NAAR_RATO_PCT",
        "FIN_NAAR_RATO", "FIN_RESULTAAT", "FIN_RESULTAAT_PCT",
        /* fields of the rows */
        "BEGROTING", "REALISATIE", "BESTEED_PCT", "NAAR_RATO", "PROGNOSE", "PROGNOSE_PCT", "MINIMUM", "BESTEED",
        "NOG_NODIG", "LAATSTE_KWARTAAL", "VERSCHIL", "VERSCHIL_PCT", "HAALBAAR", "KOP", "LABEL", "METHODE",
        "NORM", "OMSCHRIJVING", "OORDEEL", "RICHTING", "STAND", "VERWACHTING"};
    static const char *const sections[] = {
        "FIN_KWARTAAL_RIJ", "FIN_OORMERK", "FIN_POST", "FIN_SIGNAAL", "FIN_TOTAAL", "TOETS",
        "FIN_METHODE_AANBIEDER", "FIN_METHODE_PATROON", "FIN_METHODE_TEMPO", "FIN_OORMERKEN", "FIN_WINSTTOETS",
        "FIN_MET_SIGNALEN", "FIN_GEEN_SIGNAAL", "FIN_JAAR_COMPLEET", "FIN_VERWACHTING", "FIN_OVERSCHRIJDING",
        "FIN_OVERSCHOT"};
    bool ok = true;
    for (size_t i = 0; ok && i < sizeof values / sizeof values[0]; i++)
        ok = wr_tpl_names_add(out, WR_TPL_VALUE, values[i]);
    for (size_t i = 0; ok && i < sizeof sections / sizeof sections[0]; i++)
        ok = wr_tpl_names_add(out, WR_TPL_SECTION, sections[i]);
    return ok;
}
