/* Finance for a period (figures/financien.h). */
#include "figures/financien.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/format_nl.h"
#include "input/fields.h"
#include "input/outcome_store.h"

typedef struct {
    bool seen;
    int budget_quarter; /* 0: none yet */
    long long budget;   /* cents */
    uint32_t earmark;   /* of the budget row */
    long long spent[4]; /* cents */
} post_acc;

static double euros(long long cents)
{
    return (double)cents / 100.0;
}

static void fill_post(wr_finance_post *p, const char *code, const char *label, const char *earmark,
                      const post_acc *a)
{
    p->code = code;
    p->label = label;
    p->earmark = earmark;
    p->budget = euros(a->budget);
    long long to_date = 0;
    for (int q = 0; q < 4; q++) {
        p->spent[q] = euros(a->spent[q]);
        to_date += a->spent[q];
    }
    p->spent_to_date = euros(to_date);
    p->has_pct = llround(p->budget) > 0;
    p->spent_pct = p->has_pct ? wr_round(100.0 * (double)to_date / (double)a->budget, 1) : 0;
}

static void evaluate_check(wr_finance_check_result *c, const wr_finance_check *check, const wr_config *cfg,
                           const wr_finance_store *s, const post_acc *posts, const long long *earmark_spent,
                           const post_acc *total, bool year_report)
{
    long long budget = 0, spent = 0;
    bool met;
    c->check = check;
    if (check->kind == WR_CHECK_MAX_PROFIT_PCT) {
        budget = total->budget;
        for (int q = 0; q < 4; q++)
            spent += total->spent[q];
        c->label = "Winst";
        c->required = check->amount / 100.0 * euros(budget);
        c->actual = euros(budget - spent);
        c->has_pct = budget > 0;
        c->pct = c->has_pct ? wr_round(100.0 * (double)(budget - spent) / (double)budget, 1) : 0;
        met = (double)(budget - spent) * 100.0 <= check->amount * (double)budget + 0.5;
    } else {
        char code[64];
        uint32_t e = WR_NAME_NONE;
        if (wr_outcome_lower(check->earmark, code, sizeof code))
            e = wr_name_list_find(&s->earmarks, code);
        for (size_t i = 0; e != WR_NAME_NONE && i < s->posts.count; i++)
            if (posts[i].seen && posts[i].budget_quarter > 0 && posts[i].earmark == e)
                budget += posts[i].budget;
        spent = e != WR_NAME_NONE ? earmark_spent[e] : 0;
        int known = wr_code_lookup(&cfg->earmarks, check->earmark);
        c->label = known >= 0 ? cfg->earmarks.items[known].label : check->earmark;
        c->required = check->amount;
        c->has_pct = check->amount > 0;
        c->pct = c->has_pct ? wr_round(100.0 * euros(spent) / check->amount, 1) : 0;
        long long amount = llround(check->amount * 100.0);
        if (check->kind == WR_CHECK_MIN_REALISATION) {
            c->actual = euros(spent);
            met = spent >= amount;
        } else {
            c->actual = euros(budget);
            met = budget == amount;
        }
    }
    c->budget = euros(budget);
    c->spent = euros(spent);
    c->state = !year_report ? WR_CHECK_PROGRESS : met ? WR_CHECK_MET : WR_CHECK_NOT_MET;
}

/* Sums the rows of year, quarters <= last, into posts, total and earmark_spent. */
static void accumulate(const wr_finance_store *s, int year, int last, post_acc *posts, post_acc *total,
                       long long *earmark_spent)
{
    for (size_t i = 0; i < s->count; i++) { /* file order: a later row of a quarter wins the budget */
        const wr_finance_row *r = &s->rows[i];
        if (r->year != year || r->quarter > last)
            continue;
        post_acc *p = &posts[r->post];
        p->seen = true;
        p->spent[r->quarter - 1] += r->spent_cents;
        total->spent[r->quarter - 1] += r->spent_cents;
        if (r->earmark != WR_NAME_NONE)
            earmark_spent[r->earmark] += r->spent_cents;
        if (r->quarter >= p->budget_quarter) {
            p->budget_quarter = r->quarter;
            p->budget = r->budget_cents;
            p->earmark = r->earmark;
        }
    }
    for (size_t i = 0; i < s->posts.count; i++)
        total->budget += posts[i].budget;
}

wr_status wr_outcome_finance(const wr_outcome_data *d, const wr_config *cfg, wr_period p, wr_finance_summary *out,
                             wr_error *err)
{
    memset(out, 0, sizeof *out);
    out->year = wr_day_year(p.end);
    /* A year still in progress ends at its last complete quarter: it shows progress, and
     * only a whole year is judged. */
    int end_year, end_month, end_day;
    wr_day_to_ymd(p.end, &end_year, &end_month, &end_day);
    out->last_quarter = (end_month - 1) / 3 + 1;
    out->year_report = p.quarter == 0 && end_month == 12 && end_day == 31;
    if (!wr_outcome_delivered(d, WR_FILE_FINANCIEN))
        return WR_OK;
    const wr_finance_store *s = &d->finance;
    post_acc *posts = calloc(s->posts.count + 1, sizeof *posts);
    long long *earmark_spent = calloc(s->earmarks.count + 1, sizeof *earmark_spent);
    out->posts = calloc(s->posts.count + 1, sizeof *out->posts);
    out->checks = calloc(cfg->check_count + 1, sizeof *out->checks);
    if (!posts || !earmark_spent || !out->posts || !out->checks) {
        free(posts);
        free(earmark_spent);
        wr_finance_summary_clear(out);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    post_acc total = {0};
    accumulate(s, out->year, out->last_quarter, posts, &total, earmark_spent);
    for (size_t i = 0; i < s->posts.count; i++)
        if (posts[i].seen)
            fill_post(&out->posts[out->post_count++], s->posts.codes[i], s->posts.labels[i],
                      posts[i].earmark != WR_NAME_NONE ? s->earmarks.codes[posts[i].earmark] : NULL, &posts[i]);
    fill_post(&out->total, "totaal", "Totaal", NULL, &total);
    out->profit = out->total.budget - out->total.spent_to_date;
    out->has_profit_pct = total.budget > 0;
    out->profit_pct = out->has_profit_pct ? wr_round(100.0 * out->profit / out->total.budget, 1) : 0;
    for (size_t i = 0; i < cfg->check_count; i++)
        evaluate_check(&out->checks[out->check_count++], &cfg->checks[i], cfg, s, posts, earmark_spent, &total,
                       out->year_report);
    free(posts);
    free(earmark_spent);
    return WR_OK;
}

/* Adds figure `which` (0 begroting, 1 realisatie, 2 besteed_pct) of one post or the total. */
static bool add_row(wr_figures *f, const wr_finance_post *p, const char *dimension, int which)
{
    static const char *const names[] = {"begroting", "realisatie", "besteed_pct"};
    wr_figure *fig = wr_figures_add(f, WR_DEEL_FINANCIEN, names[which], dimension, p->code, p->label,
                                    which == 2 ? WR_KIND_PERCENT : WR_KIND_EURO);
    if (!fig)
        return false;
    if (which < 2) {
        wr_figure_set_count(fig, which == 0 ? p->budget : p->spent_to_date);
    } else { /* noemer = begroting in whole euros; the percentage uses the exact amount */
        wr_figure_set_ratio(fig, 0, p->has_pct ? (long)llround(p->budget) : 0, 1, 100.0);
        fig->value = p->spent_pct;
        fig->numerator = p->spent_to_date;
    }
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
    size_t first = f->count;
    bool ok = true;
    for (int which = 0; which < 3 && ok; which++) { /* per figure: totaal first, then the posts */
        ok = add_row(f, &sum->total, "totaal", which);
        for (size_t i = 0; i < sum->post_count && ok; i++)
            ok = add_row(f, &sum->posts[i], "post", which);
    }
    if (!ok)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    /* Budget posts are free codes in financien.csv; the configuration may name them. */
    for (size_t i = first; i < f->count; i++) {
        int k = strcmp(f->items[i].dimension, "post") == 0 ? wr_code_list_find(&cfg->posts, f->items[i].code) : -1;
        if (k >= 0)
            f->items[i].label = cfg->posts.items[k].label;
    }
    return WR_OK;
}
