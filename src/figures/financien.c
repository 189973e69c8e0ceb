/* Finance for a period (figures/financien.h): realisation to date, the year-end forecast
 * per post (figures/financien_forecast.h) and the checks (figures/financien_checks.h). */
#include "figures/financien.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/format_nl.h"
#include "figures/financien_checks.h"
#include "figures/financien_forecast.h"
#include "input/fields.h"
#include "input/outcome_store.h"

typedef struct {
    bool seen;
    int budget_quarter;    /* 0: none yet */
    long long budget;      /* cents */
    uint32_t earmark;      /* of the budget row */
    long long spent[4];    /* cents */
    bool has_provider;     /* a prognose on a row of quarter q (the last such row wins) */
    long long provider;
    bool previous_quarter[4]; /* the previous year has a row for that quarter */
    long long previous[4];
} post_acc;

static double euros(long long cents)
{
    return (double)cents / 100.0;
}

static void fill_post(wr_finance_post *p, const char *code, const char *label, const char *earmark,
                      const post_acc *a, int q, double margin_pct)
{
    memset(p, 0, sizeof *p);
    p->code = code;
    p->label = label;
    p->earmark = earmark;
    p->budget_cents = a->budget;
    p->budget = euros(a->budget);
    for (int k = 0; k < 4; k++) {
        p->spent[k] = euros(a->spent[k]);
        p->to_date_cents += a->spent[k];
    }
    p->spent_to_date = euros(p->to_date_cents);
    p->has_pct = llround(p->budget) > 0;
    p->spent_pct = p->has_pct ? wr_round(100.0 * (double)p->to_date_cents / (double)a->budget, 1) : 0;
    p->pro_rata = euros(wr_div_round(a->budget, 4, q));

    wr_forecast_input in = {.q = q, .to_date = p->to_date_cents, .has_provider = a->has_provider,
                            .provider = a->provider, .previous_complete = true};
    for (int k = 0; k < 4; k++) {
        in.previous_complete &= a->previous_quarter[k];
        in.previous_year += a->previous[k];
        in.previous_to_q += k < q ? a->previous[k] : 0;
    }
    p->method = wr_forecast(&in, &p->forecast_cents);
    p->has_previous = in.previous_complete; /* shown beside any method, used by the seasonal one */
    p->previous_to_q = euros(in.previous_to_q);
    p->previous_year = euros(in.previous_year);
    p->forecast = euros(p->forecast_cents);
    p->forecast_pct = p->has_pct ? wr_exact_pct(p->forecast_cents, a->budget) : 0;
    p->signal = wr_beyond_margin(p->forecast_cents, a->budget, a->budget, margin_pct);
}

/* The total row: sums of the posts, its forecast the sum of their rounded forecasts. */
static void fill_total(wr_finance_summary *out, const post_acc *total, double margin_pct)
{
    wr_finance_post *t = &out->total;
    fill_post(t, "totaal", "Totaal", NULL, total, out->last_quarter, margin_pct);
    t->forecast_cents = 0;
    t->pro_rata = 0;
    for (size_t i = 0; i < out->post_count; i++) {
        const wr_finance_post *p = &out->posts[i];
        t->forecast_cents += p->forecast_cents;
        t->pro_rata += p->pro_rata;
        t->mixed_methods |= p->method != out->posts[0].method;
    }
    t->method = out->post_count && !t->mixed_methods ? out->posts[0].method : WR_FORECAST_LINEAR;
    t->has_previous = false;
    t->forecast = euros(t->forecast_cents);
    t->forecast_pct = t->has_pct ? wr_exact_pct(t->forecast_cents, t->budget_cents) : 0;
    t->signal = wr_beyond_margin(t->forecast_cents, t->budget_cents, t->budget_cents, margin_pct);
}

/* Sums the rows of year, quarters <= q, into posts, total and earmark_spent (by the rows'
 * own oormerk; [0] to date, [1] quarter q), and the previous year's rows into posts. */
static void accumulate(const wr_finance_store *s, int year, int q, post_acc *posts, post_acc *total,
                       long long (*earmark_spent)[2])
{
    for (size_t i = 0; i < s->count; i++) { /* file order: a later row of a quarter wins */
        const wr_finance_row *r = &s->rows[i];
        post_acc *p = &posts[r->post];
        if (r->year == year - 1) {
            p->previous_quarter[r->quarter - 1] = true;
            p->previous[r->quarter - 1] += r->spent_cents;
        }
        if (r->year != year || r->quarter > q)
            continue;
        p->seen = true;
        p->spent[r->quarter - 1] += r->spent_cents;
        total->spent[r->quarter - 1] += r->spent_cents;
        if (r->earmark != WR_NAME_NONE) {
            earmark_spent[r->earmark][0] += r->spent_cents;
            earmark_spent[r->earmark][1] += r->quarter == q ? r->spent_cents : 0;
        }
        if (r->quarter >= p->budget_quarter) {
            p->budget_quarter = r->quarter;
            p->budget = r->budget_cents;
            p->earmark = r->earmark;
        }
        if (r->quarter == q && r->has_forecast) {
            p->has_provider = true;
            p->provider = r->forecast_cents;
        }
    }
    for (size_t i = 0; i < s->posts.count; i++)
        total->budget += posts[i].seen ? posts[i].budget : 0;
}

wr_status wr_outcome_finance(const wr_outcome_data *d, const wr_config *cfg, wr_period p, wr_finance_summary *out,
                             wr_error *err)
{
    memset(out, 0, sizeof *out);
    out->year = wr_day_year(p.end);
    /* A year still in progress ends at its last complete quarter: q is that quarter. */
    int end_year, end_month, end_day;
    wr_day_to_ymd(p.end, &end_year, &end_month, &end_day);
    out->last_quarter = (end_month - 1) / 3 + 1;
    out->year_report = p.quarter == 0 && end_month == 12 && end_day == 31;
    out->complete = out->last_quarter == 4;
    out->margin_pct = cfg->forecast_margin_pct;
    if (!wr_outcome_delivered(d, WR_FILE_FINANCIEN))
        return WR_OK;
    const wr_finance_store *s = &d->finance;
    post_acc *posts = calloc(s->posts.count + 1, sizeof *posts);
    long long (*earmark_spent)[2] = calloc(s->earmarks.count + 1, sizeof *earmark_spent);
    wr_earmark_spending *spending = calloc(s->earmarks.count + 1, sizeof *spending);
    out->posts = calloc(s->posts.count + 1, sizeof *out->posts);
    out->checks = calloc(cfg->check_count + 1, sizeof *out->checks);
    if (!posts || !earmark_spent || !spending || !out->posts || !out->checks) {
        free(posts);
        free(earmark_spent);
        free(spending);
        wr_finance_summary_clear(out);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    post_acc total = {0};
    accumulate(s, out->year, out->last_quarter, posts, &total, earmark_spent);
    for (size_t i = 0; i < s->posts.count; i++) {
        if (!posts[i].seen)
            continue;
        int k = wr_code_list_find(&cfg->posts, s->posts.codes[i]); /* the configuration may name a post */
        fill_post(&out->posts[out->post_count++], s->posts.codes[i],
                  k >= 0 ? cfg->posts.items[k].label : s->posts.labels[i],
                  posts[i].earmark != WR_NAME_NONE ? s->earmarks.codes[posts[i].earmark] : NULL, &posts[i],
                  out->last_quarter, out->margin_pct);
    }
    fill_total(out, &total, out->margin_pct);
    out->profit = out->total.budget - out->total.spent_to_date;
    out->has_profit_pct = total.budget > 0;
    out->profit_pct = out->has_profit_pct ? wr_exact_pct(total.budget - out->total.to_date_cents, total.budget) : 0;
    out->expected_result = euros(total.budget - out->total.forecast_cents);
    out->expected_result_pct =
        out->has_profit_pct ? wr_exact_pct(total.budget - out->total.forecast_cents, total.budget) : 0;
    for (size_t i = 0; i < s->earmarks.count; i++)
        spending[i] = (wr_earmark_spending){s->earmarks.codes[i], earmark_spent[i][0], earmark_spent[i][1]};
    wr_finance_checks_evaluate(out, cfg, spending, s->earmarks.count);
    free(posts);
    free(earmark_spent);
    free(spending);
    return WR_OK;
}

enum { F_BUDGET, F_SPENT, F_SPENT_PCT, F_FORECAST, F_FORECAST_PCT, F_POST_COUNT };

/* Adds figure `which` of one post or the total. */
static bool add_row(wr_figures *f, const wr_finance_post *p, const char *dimension, int which)
{
    static const char *const names[] = {"begroting", "realisatie", "besteed_pct", "prognose", "prognose_besteed_pct"};
    bool pct = which == F_SPENT_PCT || which == F_FORECAST_PCT;
    wr_figure *fig = wr_figures_add(f, WR_DEEL_FINANCIEN, names[which], dimension, p->code, p->label,
                                    pct ? WR_KIND_PERCENT : WR_KIND_EURO);
    if (!fig)
        return false;
    if (!pct) {
        wr_figure_set_count(fig, which == F_BUDGET ? p->budget : which == F_SPENT ? p->spent_to_date : p->forecast);
        return true;
    }
    /* noemer = begroting in whole euros; the percentage uses the exact amounts */
    wr_figure_set_ratio(fig, 0, p->has_pct ? (long)llround(p->budget) : 0, 1, 100.0);
    fig->value = which == F_SPENT_PCT ? p->spent_pct : p->forecast_pct;
    fig->numerator = which == F_SPENT_PCT ? p->spent_to_date : p->forecast;
    return true;
}

/* oormerk_nog_nodig for each earmark with a minimum, and resultaat_prognose_pct. */
static bool add_steering_rows(wr_figures *f, const wr_finance_summary *sum)
{
    for (size_t i = 0; i < sum->check_count; i++) {
        const wr_finance_check_result *c = &sum->checks[i];
        if (c->check->kind != WR_CHECK_MIN_REALISATION)
            continue;
        wr_figure *fig = wr_figures_add(f, WR_DEEL_FINANCIEN, "oormerk_nog_nodig", "oormerk", c->earmark, c->label,
                                        WR_KIND_EURO);
        if (!fig)
            return false;
        wr_figure_set_count(fig, c->still_needed);
    }
    wr_figure *fig = wr_figures_add(f, WR_DEEL_FINANCIEN, "resultaat_prognose_pct", "totaal", "totaal", "Totaal",
                                    WR_KIND_PERCENT);
    if (!fig)
        return false;
    wr_figure_set_ratio(fig, 0, sum->has_profit_pct ? (long)llround(sum->total.budget) : 0, 1, 100.0);
    fig->value = sum->expected_result_pct;
    fig->numerator = sum->expected_result;
    return true;
}

wr_status wr_figures_financien(const wr_outcome_data *d, const wr_config *cfg, wr_figures *f, wr_error *err)
{
    if (!wr_outcome_delivered(d, WR_FILE_FINANCIEN))
        return WR_OK;
    wr_finance_summary_clear(&f->finance);
    wr_status st = wr_outcome_finance(d, cfg, f->period, &f->finance, err);
    if (st != WR_OK)
        return st;
    f->has_finance = true;
    const wr_finance_summary *sum = &f->finance;
    bool ok = true;
    for (int which = 0; which < F_POST_COUNT && ok; which++) { /* per figure: totaal first, then the posts */
        ok = add_row(f, &sum->total, "totaal", which);
        for (size_t i = 0; i < sum->post_count && ok; i++)
            ok = add_row(f, &sum->posts[i], "post", which);
    }
    if (!ok || !add_steering_rows(f, sum))
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    return WR_OK;
}
