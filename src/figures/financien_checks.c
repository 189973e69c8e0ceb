/* Financial checks (figures/financien_checks.h). Comparisons are made in cents with the
 * margin and the cap as exact hundredths of a percent. */
#include "figures/financien_checks.h"

#include <ctype.h>
#include <math.h>
#include <string.h>

#include "figures/financien_forecast.h"

typedef __int128 wide;

static double euros(long long cents)
{
    return (double)cents / 100.0;
}

/* Hundredths of a percent, exactly as the settings wrote them (to two decimals). */
static long long basis_points(double pct)
{
    return llround(pct * 100.0);
}

static const wr_earmark_spending *spending_of(const wr_earmark_spending *e, size_t n, const char *code)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(e[i].code, code) == 0)
            return &e[i];
    return NULL;
}

static void evaluate_profit(wr_finance_check_result *c, const wr_finance_summary *sum, long long margin)
{
    const wr_finance_post *t = &sum->total;
    long long cap = basis_points(c->check->amount); /* of the begroting */
    c->label = "Winst";
    c->budget = t->budget;
    c->spent = t->spent_to_date;
    c->spent_last_quarter = t->spent[sum->last_quarter - 1];
    c->forecast = t->forecast;
    c->required = c->check->amount / 100.0 * t->budget;
    long long result = t->budget_cents - (sum->complete ? t->to_date_cents : t->forecast_cents);
    c->result = euros(result);
    c->actual = euros(t->budget_cents - t->to_date_cents);
    c->has_pct = t->budget_cents > 0;
    c->pct = c->has_pct ? wr_exact_pct(t->budget_cents - t->to_date_cents, t->budget_cents) : 0;
    c->result_pct = c->has_pct ? wr_exact_pct(result, t->budget_cents) : 0;
    /* result <= cap% x B, or with room: result <= cap% x B x (1 - margin%) */
    wide lhs = (wide)result * 10000 * 10000;
    wide bound = (wide)cap * t->budget_cents * (sum->complete ? 10000 : 10000 - margin);
    bool ok = lhs <= bound;
    c->state = sum->complete ? (ok ? WR_CHECK_MET : WR_CHECK_NOT_MET) : (ok ? WR_CHECK_ON_TRACK : WR_CHECK_AT_RISK);
}

static void evaluate_earmark(wr_finance_check_result *c, const wr_finance_summary *sum, const wr_config *cfg,
                             const wr_earmark_spending *earmarks, size_t earmark_count, long long margin)
{
    const wr_finance_check *check = c->check;
    char *lower = c->earmark; /* posts, rows and code lists carry earmarks in lower case */
    size_t n = 0;
    for (; check->earmark[n] && n + 1 < sizeof c->earmark; n++)
        lower[n] = (char)tolower((unsigned char)check->earmark[n]);
    lower[n] = '\0';
    int known = wr_code_list_find(&cfg->earmarks, lower);
    c->label = known >= 0 ? cfg->earmarks.items[known].label : check->earmark;
    long long budget = 0, forecast = 0;
    for (size_t i = 0; i < sum->post_count; i++) {
        const wr_finance_post *p = &sum->posts[i];
        if (p->earmark && strcmp(p->earmark, lower) == 0) {
            budget += p->budget_cents;
            forecast += p->forecast_cents;
        }
    }
    const wr_earmark_spending *e = spending_of(earmarks, earmark_count, lower);
    long long spent = e ? e->to_date : 0, last = e ? e->last_quarter : 0;
    long long amount = llround(check->amount * 100.0);
    c->budget = euros(budget);
    c->spent = euros(spent);
    c->spent_last_quarter = euros(last);
    c->forecast = euros(forecast);
    c->required = check->amount;
    c->has_pct = check->amount > 0;
    c->pct = c->has_pct ? wr_exact_pct(spent, amount) : 0;
    bool ok;
    if (check->kind == WR_CHECK_MIN_REALISATION) {
        long long needed = amount > spent ? amount - spent : 0;
        c->actual = euros(spent);
        c->still_needed = euros(needed);
        c->within_reach = needed <= (wide)last * (4 - sum->last_quarter);
        ok = sum->complete ? spent >= amount : (wide)forecast * 10000 >= (wide)amount * (10000 + margin);
    } else {
        c->actual = euros(budget);
        ok = budget == amount && (sum->complete || !wr_beyond_margin(forecast, amount, amount, margin / 100.0));
    }
    c->state = sum->complete ? (ok ? WR_CHECK_MET : WR_CHECK_NOT_MET) : (ok ? WR_CHECK_ON_TRACK : WR_CHECK_AT_RISK);
}

void wr_finance_checks_evaluate(wr_finance_summary *sum, const wr_config *cfg, const wr_earmark_spending *earmarks,
                                size_t earmark_count)
{
    long long margin = basis_points(sum->margin_pct);
    sum->check_count = 0;
    for (size_t i = 0; i < cfg->check_count; i++) {
        wr_finance_check_result *c = &sum->checks[sum->check_count++];
        memset(c, 0, sizeof *c);
        c->check = &cfg->checks[i];
        if (c->check->kind == WR_CHECK_MAX_PROFIT_PCT)
            evaluate_profit(c, sum, margin);
        else
            evaluate_earmark(c, sum, cfg, earmarks, earmark_count, margin);
    }
}

const char *wr_check_state_name(wr_check_state state)
{
    switch (state) {
    case WR_CHECK_ON_TRACK: return "op koers";
    case WR_CHECK_AT_RISK: return "risico";
    case WR_CHECK_MET: return "gehaald";
    case WR_CHECK_NOT_MET: return "niet gehaald";
    }
    return "?";
}
