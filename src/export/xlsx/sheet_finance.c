/* Financiën, built for tracing: every number a controller checks is a formula over cells
 * on this sheet. Three blocks:
 * - Uitgangspunten: q, the quarters left, the margin and the profit cap as cells.
 * - Per post: budget, realisation per quarter, realisation to date (SUM), % spent, the
 *   pro-rata share q/4, the previous year's realisation, the forecast method and the
 *   forecast (a formula of the method over the cells beside it; the provider's own number
 *   as delivered), forecast % of budget, the difference and the signal by the margin; a
 *   total row of SUMs under the table. A row above the header names each column's figure
 *   code in cijfers.csv (the post's code is its waarde_code).
 * - Toetsen: per configured check the agreed amount, the earmark's budget, realisation and
 *   forecast (SUMIF over the posts), what is still needed, whether the pace reaches it, the
 *   expected result, the verdict as a formula and the figure code in cijfers.csv.
 * Percentages are fractions with a % number format. Values come from the model's finance
 * summary; each formula is stored with the value the model has for it. */
#include "export/xlsx/sheet_finance.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/format_nl.h"
#include "export/xlsx/sheet_part.h"
#include "export/xlsx/xlsx_charts.h"
#include "export/xlsx/xlsx_figure.h"
#include "export/xlsx/xlsx_sheet.h"
#include "figures/figure_defs.h"
#include "figures/financien_checks.h"
#include "figures/financien_forecast.h"

#define NUM_FRACTION_PCT "0.0%"
#define DASH "\xE2\x80\x93"

enum { C_POST, C_CODE, C_EARMARK, C_BUDGET, C_Q1 };

/* Columns of the checks table. */
enum { K_WHAT, K_EARMARK, K_AGREED, K_BUDGET, K_SPENT, K_LAST, K_FORECAST, K_NEEDED, K_REACH, K_RESULT,
       K_RESULT_PCT, K_VERDICT, K_FIGURE, K_COUNT };

typedef struct {
    wr_xlsx_sheet *s;
    const wr_finance_summary *sum;
    int q;
    /* Uitgangspunten: absolute references to the value cells. */
    char q_ref[16], left_ref[16], margin_ref[16], cap_ref[16];
    lxw_col_t c_to_date, c_pct, c_rata, c_prev_q, c_prev, c_method, c_forecast, c_forecast_pct, c_diff, c_signal,
        ncols;
    lxw_row_t first, last, total; /* data rows of the posts table and the total row under it */
} layout;

static lxw_format *fmt(const layout *l, const char *num, unsigned flags)
{
    return wr_xlsx_fmt(l->s->book, num, flags);
}

static void abs_ref(char *buf, lxw_row_t row, lxw_col_t col)
{
    lxw_rowcol_to_cell_abs(buf, row, col, 1, 1);
}

/* $C$8:$C$13: one column of the posts table. */
static void column_range(const layout *l, lxw_col_t col, char *buf, size_t size)
{
    char a[16], b[16];
    abs_ref(a, l->first, col);
    abs_ref(b, l->last, col);
    snprintf(buf, size, "%s:%s", a, b);
}

static lxw_row_t settings_table(layout *l, lxw_row_t row)
{
    wr_xlsx_sheet *s = l->s;
    const wr_finance_check *cap = NULL;
    for (size_t i = 0; i < l->sum->check_count; i++)
        if (l->sum->checks[i].check->kind == WR_CHECK_MAX_PROFIT_PCT)
            cap = l->sum->checks[i].check;
    wr_xlsx_put(s, row, 0, "Uitgangspunten", fmt(l, NULL, WR_XLSX_HEADING));
    lxw_row_t r = row + 1;
    char formula[64];
    wr_xlsx_text(s, r, 0, "Laatste kwartaal dat de periode telt (q)", NULL);
    wr_xlsx_number(s, r, 1, l->q, 0, fmt(l, WR_XLSX_NUM_INT, 0));
    abs_ref(l->q_ref, r++, 1);
    wr_xlsx_text(s, r, 0, "Kwartalen nog te gaan (4 \xE2\x88\x92 q)", NULL);
    snprintf(formula, sizeof formula, "=4-%s", l->q_ref);
    wr_xlsx_formula(s, r, 1, formula, 4 - l->q, 0, fmt(l, WR_XLSX_NUM_INT, 0));
    abs_ref(l->left_ref, r++, 1);
    wr_xlsx_text(s, r, 0, "Marge voor signalen en toetsen (marge_pct)", NULL);
    wr_xlsx_number(s, r, 1, l->sum->margin_pct / 100.0, 3, fmt(l, NUM_FRACTION_PCT, 0));
    abs_ref(l->margin_ref, r++, 1);
    l->cap_ref[0] = '\0';
    if (cap) {
        wr_xlsx_text(s, r, 0, "Winst ten hoogste (deel van de totale begroting)", NULL);
        wr_xlsx_number(s, r, 1, cap->amount / 100.0, 3, fmt(l, NUM_FRACTION_PCT, 0));
        abs_ref(l->cap_ref, r++, 1);
    }
    return r + 1;
}

/* A percentage cell: part / budget as a fraction, "–" when the budget rounds to 0 euros. */
static void fraction_cell(const layout *l, lxw_row_t r, lxw_col_t col, lxw_col_t part_col, bool has, double value,
                          const wr_figure *fig, unsigned flags)
{
    wr_xlsx_sheet *s = l->s;
    char formula[160], b[16], p[16];
    if (fig && wr_xlsx_hidden(s->book, fig)) {
        wr_xlsx_figure_value(s, r, col, fig, flags);
        return;
    }
    wr_xlsx_cell(b, r, C_BUDGET);
    wr_xlsx_cell(p, r, part_col);
    snprintf(formula, sizeof formula, "=IF(ROUND(%s,0)<=0,\"" DASH "\",%s/%s)", b, p, b);
    if (has)
        wr_xlsx_formula(s, r, col, formula, value, 1, fmt(l, NUM_FRACTION_PCT, flags));
    else
        wr_xlsx_formula_text(s, r, col, formula, DASH, fmt(l, NULL, flags | WR_XLSX_RIGHT));
}

/* The forecast as a formula of its method over the cells of the row. */
static void forecast_cell(const layout *l, lxw_row_t r, const wr_finance_post *p, lxw_format *euro)
{
    wr_xlsx_sheet *s = l->s;
    char formula[160], to_date[16], prev_q[16], prev[16];
    wr_xlsx_cell(to_date, r, l->c_to_date);
    wr_xlsx_cell(prev_q, r, l->c_prev_q);
    wr_xlsx_cell(prev, r, l->c_prev);
    switch (p->method) {
    case WR_FORECAST_PROVIDER:
        wr_xlsx_number(s, r, l->c_forecast, p->forecast, 2, euro);
        return;
    case WR_FORECAST_COMPLETE:
        snprintf(formula, sizeof formula, "=%s", to_date);
        break;
    case WR_FORECAST_SEASONAL:
        snprintf(formula, sizeof formula, "=ROUND(%s*%s/%s,2)", to_date, prev, prev_q);
        break;
    case WR_FORECAST_LINEAR:
        snprintf(formula, sizeof formula, "=ROUND(%s*4/%s,2)", to_date, l->q_ref);
        break;
    }
    wr_xlsx_formula(s, r, l->c_forecast, formula, p->forecast, 2, euro);
}

static const char *signal_text(const wr_finance_post *p)
{
    return !p->signal ? "binnen marge" : p->forecast_cents < p->budget_cents ? "lager dan begroot" : "hoger dan begroot";
}

/* One post, or with total the total row (SUMs over the posts). */
static void post_row(const layout *l, lxw_row_t r, const wr_finance_post *p, bool total)
{
    wr_xlsx_sheet *s = l->s;
    const wr_figures *f = s->book->in->current;
    const char *dimension = total ? "totaal" : "post";
    unsigned flags = total ? WR_XLSX_BOLD | WR_XLSX_TOP : 0;
    lxw_format *euro = fmt(l, WR_XLSX_NUM_EURO, flags), *text = fmt(l, NULL, flags);
    char formula[200], a[16], b[16];
    if (total) /* the total row's line runs under every column; cells written below replace it */
        for (lxw_col_t c = C_CODE; c < l->ncols; c++)
            wr_xlsx_check(s->book, worksheet_write_blank(s->ws, r, c, text), s->name, r, c);
    wr_xlsx_text(s, r, C_POST, p->label, text);
    wr_xlsx_text(s, r, C_CODE, p->code, text);
    wr_xlsx_text(s, r, C_EARMARK, p->earmark ? p->earmark : "", text);
    /* Amounts: values on a post's row, SUMs on the total row. */
    lxw_col_t sum_cols[8] = {C_BUDGET};
    double sum_values[8] = {p->budget};
    size_t n = 1;
    for (int k = 0; k < l->q; k++, n++) {
        sum_cols[n] = (lxw_col_t)(C_Q1 + k);
        sum_values[n] = p->spent[k];
    }
    for (size_t i = 0; i < n; i++) {
        if (total) {
            wr_xlsx_cell(a, l->first, sum_cols[i]);
            wr_xlsx_cell(b, l->last, sum_cols[i]);
            snprintf(formula, sizeof formula, "=SUM(%s:%s)", a, b);
            wr_xlsx_formula(s, r, sum_cols[i], formula, sum_values[i], 2, euro);
        } else {
            wr_xlsx_number(s, r, sum_cols[i], sum_values[i], 2, euro);
        }
    }
    wr_xlsx_cell(a, r, C_Q1);
    wr_xlsx_cell(b, r, C_Q1 + l->q - 1);
    snprintf(formula, sizeof formula, "=SUM(%s:%s)", a, b);
    wr_xlsx_formula(s, r, l->c_to_date, formula, p->spent_to_date, 2, euro);
    fraction_cell(l, r, l->c_pct, l->c_to_date, p->has_pct, (double)p->to_date_cents / (double)p->budget_cents,
                  wr_figures_find(f, "besteed_pct", dimension, p->code), flags);
    if (total) {
        wr_xlsx_cell(a, l->first, l->c_rata);
        wr_xlsx_cell(b, l->last, l->c_rata);
        snprintf(formula, sizeof formula, "=SUM(%s:%s)", a, b);
    } else {
        wr_xlsx_cell(a, r, C_BUDGET);
        snprintf(formula, sizeof formula, "=ROUND(%s*%s/4,2)", a, l->q_ref);
    }
    wr_xlsx_formula(s, r, l->c_rata, formula, p->pro_rata, 2, euro);
    if (p->has_previous) {
        wr_xlsx_number(s, r, l->c_prev_q, p->previous_to_q, 2, euro);
        wr_xlsx_number(s, r, l->c_prev, p->previous_year, 2, euro);
    }
    char method[48];
    snprintf(method, sizeof method, "%s", total ? "som van de posten" : wr_forecast_method_name(p->method));
    wr_xlsx_text(s, r, l->c_method, method, text);
    if (total) {
        wr_xlsx_cell(a, l->first, l->c_forecast);
        wr_xlsx_cell(b, l->last, l->c_forecast);
        snprintf(formula, sizeof formula, "=SUM(%s:%s)", a, b);
        wr_xlsx_formula(s, r, l->c_forecast, formula, p->forecast, 2, euro);
    } else {
        forecast_cell(l, r, p, euro);
    }
    fraction_cell(l, r, l->c_forecast_pct, l->c_forecast, p->has_pct,
                  (double)p->forecast_cents / (double)p->budget_cents,
                  wr_figures_find(f, "prognose_besteed_pct", dimension, p->code), flags);
    wr_xlsx_cell(a, r, l->c_forecast);
    wr_xlsx_cell(b, r, C_BUDGET);
    snprintf(formula, sizeof formula, "=%s-%s", a, b);
    wr_xlsx_formula(s, r, l->c_diff, formula, (double)(p->forecast_cents - p->budget_cents) / 100.0, 2, euro);
    wr_xlsx_cell(a, r, l->c_diff);
    snprintf(formula, sizeof formula,
             "=IF(ABS(%s)>%s*ABS(%s),IF(%s<0,\"lager dan begroot\",\"hoger dan begroot\"),\"binnen marge\")", a,
             l->margin_ref, b, a);
    wr_xlsx_formula_text(s, r, l->c_signal, formula, signal_text(p), text);
}

static lxw_row_t posts_table(layout *l, lxw_row_t row)
{
    wr_xlsx_sheet *s = l->s;
    const wr_finance_summary *sum = l->sum;
    char names[4][40], to_date[40], rata[48], prev_q[48], prev[40];
    const char *headers[WR_XLSX_MAX_COLS] = {"Post", "Code", "Oormerk", "Begroting (jaar)"};
    for (int k = 0; k < l->q; k++) {
        snprintf(names[k], sizeof names[k], "Realisatie %de kw.", k + 1);
        headers[C_Q1 + k] = names[k];
    }
    snprintf(to_date, sizeof to_date, "Realisatie t/m %de kw.", l->q);
    snprintf(rata, sizeof rata, "Naar rato (%d/4 van de begroting)", l->q);
    snprintf(prev_q, sizeof prev_q, "Realisatie %d t/m %de kw.", sum->year - 1, l->q);
    snprintf(prev, sizeof prev, "Realisatie %d", sum->year - 1);
    headers[l->c_to_date] = to_date;
    headers[l->c_pct] = "Besteed";
    headers[l->c_rata] = rata;
    headers[l->c_prev_q] = prev_q;
    headers[l->c_prev] = prev;
    headers[l->c_method] = "Methode prognose";
    headers[l->c_forecast] = "Prognose (jaar)";
    headers[l->c_forecast_pct] = "Prognose / begroting";
    headers[l->c_diff] = "Prognose \xE2\x88\x92 begroting";
    headers[l->c_signal] = "Signaal";
    /* The row above the header: which figure of cijfers.csv each column is. */
    lxw_format *grey = fmt(l, NULL, WR_XLSX_GREY);
    wr_xlsx_text(s, row, C_POST, "Cijfer in cijfers.csv:", grey);
    wr_xlsx_text(s, row, C_CODE, "waarde_code", grey);
    wr_xlsx_text(s, row, C_BUDGET, "begroting", grey);
    wr_xlsx_text(s, row, l->c_to_date, "realisatie", grey);
    wr_xlsx_text(s, row, l->c_pct, "besteed_pct", grey);
    wr_xlsx_text(s, row, l->c_forecast, "prognose", grey);
    wr_xlsx_text(s, row, l->c_forecast_pct, "prognose_besteed_pct", grey);
    lxw_row_t header = row + 1;
    l->first = header + 1;
    l->last = header + (lxw_row_t)(sum->post_count ? sum->post_count : 1);
    for (size_t i = 0; i < sum->post_count; i++)
        post_row(l, l->first + (lxw_row_t)i, &sum->posts[i], false);
    wr_xlsx_table(s, "Financien", header, 0, l->last, headers, l->ncols);
    l->total = l->last + 1;
    if (sum->post_count)
        post_row(l, l->total, &sum->total, true); /* under the table: sorting leaves it last */
    return header;
}

/* What SUMIF over the posts' Oormerk column gives for an earmark: the posts' amounts
 * (to date, or of quarter q). The model counts realisation by each row's own oormerk;
 * when a post's rows disagree with its budget row the two differ. */
static double posts_by_earmark(const layout *l, const char *earmark, bool last_quarter)
{
    double sum = 0;
    for (size_t i = 0; i < l->sum->post_count; i++) {
        const wr_finance_post *p = &l->sum->posts[i];
        if (p->earmark && strcasecmp(p->earmark, earmark) == 0)
            sum += last_quarter ? p->spent[l->q - 1] : p->spent_to_date;
    }
    return sum;
}

/* =SUMIF over the posts by earmark when that gives the model's amount, else the amount
 * itself (returns false then). */
static bool earmark_sum(const layout *l, lxw_row_t r, lxw_col_t col, lxw_col_t post_col, double sheet, double model)
{
    char earmarks[40], values[40], code[16], formula[160];
    wr_xlsx_cell(code, r, K_EARMARK);
    column_range(l, C_EARMARK, earmarks, sizeof earmarks);
    column_range(l, post_col, values, sizeof values);
    snprintf(formula, sizeof formula, "=SUMIF(%s,%s,%s)", earmarks, code, values);
    lxw_format *euro = fmt(l, WR_XLSX_NUM_EURO, 0);
    if (fabs(sheet - model) >= 0.005) {
        wr_xlsx_number(l->s, r, col, model, 2, euro);
        return false;
    }
    wr_xlsx_formula(l->s, r, col, formula, model, 2, euro);
    return true;
}

/* A reference to the total row's cell in a column of the posts table: =H14. */
static void total_ref(const layout *l, lxw_row_t r, lxw_col_t col, lxw_col_t post_col, double value)
{
    char ref[16], formula[32];
    wr_xlsx_cell(ref, l->total, post_col);
    snprintf(formula, sizeof formula, "=%s", ref);
    wr_xlsx_formula(l->s, r, col, formula, value, 2, fmt(l, WR_XLSX_NUM_EURO, 0));
}

/* One check; returns false when a realisation could not be a SUMIF (see posts_by_earmark). */
static bool check_row(const layout *l, lxw_row_t r, const wr_finance_check_result *c)
{
    wr_xlsx_sheet *s = l->s;
    const wr_finance_summary *sum = l->sum;
    bool complete = sum->complete, traced = true;
    lxw_format *euro = fmt(l, WR_XLSX_NUM_EURO, 0), *text = fmt(l, NULL, 0);
    char what[320], amount[48], formula[240], figure[160];
    char agreed[16], budget[16], spent[16], last[16], forecast[16], needed[16], result[16];
    wr_xlsx_cell(agreed, r, K_AGREED);
    wr_xlsx_cell(budget, r, K_BUDGET);
    wr_xlsx_cell(spent, r, K_SPENT);
    wr_xlsx_cell(last, r, K_LAST);
    wr_xlsx_cell(forecast, r, K_FORECAST);
    wr_xlsx_cell(needed, r, K_NEEDED);
    wr_xlsx_cell(result, r, K_RESULT);
    wr_nl_euro(c->check->amount, amount, sizeof amount);
    lxw_col_t q_col = (lxw_col_t)(C_Q1 + l->q - 1);
    if (c->check->kind == WR_CHECK_MAX_PROFIT_PCT) {
        char pct[32];
        wr_nl_number(c->check->amount, c->check->amount == floor(c->check->amount) ? 0 : 1, pct, sizeof pct);
        snprintf(what, sizeof what, "Winst ten hoogste %s%% van de totale begroting: %s", pct,
                 complete ? "resultaat = begroting \xE2\x88\x92 realisatie"
                          : "verwacht resultaat = begroting \xE2\x88\x92 prognose");
        wr_xlsx_wrapped(s, r, K_WHAT, what, 0);
        wr_xlsx_text(s, r, K_EARMARK, "totaal", text);
        snprintf(formula, sizeof formula, "=%s*%s", l->cap_ref, budget);
        wr_xlsx_formula(s, r, K_AGREED, formula, c->required, 2, euro);
        total_ref(l, r, K_BUDGET, C_BUDGET, c->budget);
        total_ref(l, r, K_SPENT, l->c_to_date, c->spent);
        total_ref(l, r, K_LAST, q_col, c->spent_last_quarter);
        total_ref(l, r, K_FORECAST, l->c_forecast, c->forecast);
        snprintf(formula, sizeof formula, "=%s-%s", budget, complete ? spent : forecast);
        wr_xlsx_formula(s, r, K_RESULT, formula, c->result, 2, euro);
        snprintf(formula, sizeof formula, "=IF(ROUND(%s,0)<=0,\"" DASH "\",%s/%s)", budget, result, budget);
        if (c->has_pct)
            wr_xlsx_formula(s, r, K_RESULT_PCT, formula, c->result / c->budget, 1, fmt(l, NUM_FRACTION_PCT, 0));
        else
            wr_xlsx_formula_text(s, r, K_RESULT_PCT, formula, DASH, fmt(l, NULL, WR_XLSX_RIGHT));
        if (complete)
            snprintf(formula, sizeof formula, "=IF(ROUND(%s-%s,2)<=0,\"gehaald\",\"niet gehaald\")", result, agreed);
        else
            snprintf(formula, sizeof formula, "=IF(ROUND(%s-%s*(1-%s),2)<=0,\"op koers\",\"risico\")", result,
                     agreed, l->margin_ref);
        snprintf(figure, sizeof figure, "%s (totaal)", complete ? "begroting, realisatie" : "resultaat_prognose_pct");
    } else {
        bool minimum = c->check->kind == WR_CHECK_MIN_REALISATION;
        if (minimum)
            snprintf(what, sizeof what, "%s: ten minste %s per jaar besteden", c->label, amount);
        else
            snprintf(what, sizeof what, "%s: %s begroten en besteden", c->label, amount);
        wr_xlsx_wrapped(s, r, K_WHAT, what, 0);
        wr_xlsx_text(s, r, K_EARMARK, c->earmark, text);
        wr_xlsx_number(s, r, K_AGREED, c->required, 2, euro);
        earmark_sum(l, r, K_BUDGET, C_BUDGET, c->budget, c->budget);
        traced &= earmark_sum(l, r, K_SPENT, l->c_to_date, posts_by_earmark(l, c->earmark, false), c->spent);
        traced &= earmark_sum(l, r, K_LAST, q_col, posts_by_earmark(l, c->earmark, true), c->spent_last_quarter);
        earmark_sum(l, r, K_FORECAST, l->c_forecast, c->forecast, c->forecast);
        if (minimum) {
            snprintf(formula, sizeof formula, "=MAX(0,%s-%s)", agreed, spent);
            wr_xlsx_formula(s, r, K_NEEDED, formula, c->still_needed, 2, euro);
            if (!complete) {
                snprintf(formula, sizeof formula, "=IF(%s<=0,\"al gehaald\",IF(%s<=%s*%s,\"ja\",\"nee\"))", needed,
                         needed, last, l->left_ref);
                wr_xlsx_formula_text(s, r, K_REACH, formula,
                                     c->still_needed <= 0 ? "al gehaald" : c->within_reach ? "ja" : "nee", text);
            }
            if (complete)
                snprintf(formula, sizeof formula, "=IF(ROUND(%s-%s,2)>=0,\"gehaald\",\"niet gehaald\")", spent,
                         agreed);
            else
                snprintf(formula, sizeof formula, "=IF(ROUND(%s-%s*(1+%s),2)>=0,\"op koers\",\"risico\")", forecast,
                         agreed, l->margin_ref);
            snprintf(figure, sizeof figure, "oormerk_nog_nodig (oormerk %s)", c->earmark);
        } else {
            if (complete)
                snprintf(formula, sizeof formula, "=IF(ROUND(%s-%s,2)=0,\"gehaald\",\"niet gehaald\")", budget, agreed);
            else
                snprintf(formula, sizeof formula,
                         "=IF(AND(ROUND(%s-%s,2)=0,ROUND(ABS(%s-%s)-%s*%s,2)<=0),\"op koers\",\"risico\")", budget,
                         agreed, forecast, agreed, l->margin_ref, agreed);
            snprintf(figure, sizeof figure, "begroting, prognose (posten met oormerk %s)", c->earmark);
        }
    }
    wr_xlsx_formula_text(s, r, K_VERDICT, formula, wr_check_state_name(c->state), fmt(l, NULL, WR_XLSX_BOLD));
    wr_xlsx_wrapped(s, r, K_FIGURE, figure, 0);
    return traced;
}

static lxw_row_t checks_table(const layout *l, lxw_row_t row)
{
    wr_xlsx_sheet *s = l->s;
    const wr_finance_summary *sum = l->sum;
    if (sum->check_count == 0)
        return row;
    wr_xlsx_put(s, row++, 0, "Financi\xC3\xABle toetsen", fmt(l, NULL, WR_XLSX_HEADING));
    char spent[40], last[40];
    snprintf(spent, sizeof spent, "Realisatie t/m %de kw.", l->q);
    snprintf(last, sizeof last, "Realisatie %de kw.", l->q);
    const char *headers[K_COUNT] = {
        [K_WHAT] = "Toets", [K_EARMARK] = "Oormerk", [K_AGREED] = "Afgesproken bedrag",
        [K_BUDGET] = "Begroting", [K_SPENT] = spent, [K_LAST] = last, [K_FORECAST] = "Prognose",
        [K_NEEDED] = "Nog nodig", [K_REACH] = "Haalbaar in tempo laatste kwartaal",
        [K_RESULT] = sum->complete ? "Resultaat" : "Verwacht resultaat",
        [K_RESULT_PCT] = sum->complete ? "Resultaat / begroting" : "Verwacht resultaat / begroting",
        [K_VERDICT] = "Oordeel", [K_FIGURE] = "Cijfer in cijfers.csv"};
    lxw_row_t header = row;
    bool traced = true;
    for (size_t i = 0; i < sum->check_count; i++)
        traced &= check_row(l, header + 1 + (lxw_row_t)i, &sum->checks[i]);
    wr_xlsx_table(s, "Toetsen", header, 0, header + (lxw_row_t)sum->check_count, headers, K_COUNT);
    lxw_row_t r = header + (lxw_row_t)sum->check_count + 1;
    if (sum->complete) {
        wr_xlsx_put(s, r++, 0, "Het jaar is compleet: elke toets is beoordeeld op de realisatie "
                               "(gehaald of niet gehaald).", NULL);
    } else {
        char margin[32], note[320];
        wr_nl_number(sum->margin_pct, sum->margin_pct == floor(sum->margin_pct) ? 0 : 2, margin, sizeof margin);
        wr_xlsx_put(s, r++, 0, "Het jaar loopt nog: het oordeel gaat over de prognose.", NULL);
        snprintf(note, sizeof note, "Op koers: de prognose haalt de afspraak met ten minste de marge (%s%% van het "
                 "afgesproken bedrag) over; bij de begroting van een oormerk wijkt de prognose er ten hoogste de "
                 "marge van af. Anders: risico.", margin);
        wr_xlsx_put(s, r++, 0, note, NULL);
        snprintf(note, sizeof note, "Haalbaar in tempo: wat nog nodig is, is ten hoogste de realisatie van het %de "
                 "kwartaal keer de kwartalen die nog komen.", l->q);
        wr_xlsx_put(s, r++, 0, note, NULL);
    }
    if (!traced)
        wr_xlsx_put(s, r++, 0, "Een realisatie zonder formule telt de regels naar hun eigen oormerk; "
                               "dat wijkt hier af van het oormerk van de post (zie Datakwaliteit).", NULL);
    return r + 1;
}

void wr_xlsx_sheet_finance(wr_xlsx_book *b, lxw_worksheet *ws)
{
    wr_xlsx_sheet s;
    wr_xlsx_sheet_init(&s, b, "Financi\xC3\xABn");
    s.ws = ws;
    s.max_width[K_WHAT] = 48;
    s.max_width[K_FIGURE] = 36; /* the figure codes wrap; the posts' method shares the column */
    const wr_finance_summary *sum = &b->in->current->finance;
    bool have = b->in->current->has_finance;
    static const char *const skip[] = {"begroting", "realisatie", "besteed_pct", "prognose", "prognose_besteed_pct",
                                       "oormerk_nog_nodig", "resultaat_prognose_pct", NULL};
    wr_xlsx_part_plan plan;
    if (!wr_xlsx_part_plan_make(b, WR_DEEL_FINANCIEN, skip, &plan))
        return;
    const char *notes[8];
    size_t n = wr_xlsx_part_notes(b, &plan, notes);
    if (have) {
        notes[n++] = "Bedragen in euro's, percentages als echte percentages. Elke berekende cel is een formule over "
                     "cellen op dit tabblad: 'Realisatie t/m' is de SOM van de kwartalen, 'Besteed' = realisatie / "
                     "begroting, 'Naar rato' = begroting \xC3\x97 q / 4, de prognose volgt de methode van de post, "
                     "'Signaal' vergelijkt het verschil met de marge \xC3\x97 de begroting. De totaalregel onder de "
                     "tabel telt de posten op; de toetsen tellen de posten per oormerk op (SUMIF).";
        notes[n++] = "Methoden van de prognose, de eerste die past: jaar compleet (q = 4: de realisatie); opgave "
                     "aanbieder (de prognose op de regel van kwartaal q in financien.csv); patroon vorig jaar "
                     "(realisatie t/m q \xC3\x97 realisatie vorig jaar / realisatie vorig jaar t/m q, als het vorige "
                     "jaar alle vier kwartalen heeft); tempo tot nu (realisatie t/m q \xC3\x97 4 / q). Afgerond op "
                     "centen.";
    }
    lxw_row_t row = wr_xlsx_heading(&s, wr_deel_question(WR_DEEL_FINANCIEN), notes, n, WR_XLSX_NOTE_WIDTH);
    lxw_row_t header = row;
    if (have) {
        layout l = {.s = &s, .sum = sum, .q = sum->last_quarter};
        l.c_to_date = (lxw_col_t)(C_Q1 + l.q);
        l.c_pct = l.c_to_date + 1;
        l.c_rata = l.c_pct + 1;
        l.c_prev_q = l.c_rata + 1;
        l.c_prev = l.c_prev_q + 1;
        l.c_method = l.c_prev + 1;
        l.c_forecast = l.c_method + 1;
        l.c_forecast_pct = l.c_forecast + 1;
        l.c_diff = l.c_forecast_pct + 1;
        l.c_signal = l.c_diff + 1;
        l.ncols = l.c_signal + 1;
        row = settings_table(&l, row);
        header = posts_table(&l, row);
        row = checks_table(&l, l.total + 2);
        if (sum->post_count) {
            const lxw_col_t series[] = {C_BUDGET, l.c_to_date, l.c_forecast};
            row = wr_xlsx_chart_budget(b, ws, s.name, l.first, l.last, C_POST, series, 3, row);
        }
        worksheet_freeze_panes(ws, header + 1, 0);
    }
    if (plan.count > 0)
        wr_xlsx_part_write(&s, &plan, row, "FinancienOverig");
    wr_xlsx_print_setup(&s, header, have ? header : header - 1);
    wr_xlsx_sheet_finish(&s);
    wr_xlsx_part_plan_free(&plan);
}
