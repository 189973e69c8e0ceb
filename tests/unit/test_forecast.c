/* The year-end forecast, the earmarks and the checks that judge on it (data contract,
 * section 8), against hand-computed values.
 *
 * Fixture tests/fixtures/prognose (financien.csv with a prognose column; margin 2%):
 *   2026-Q2, q = 2, per post: realisation to date -> forecast (method)
 *   aanbieder        20000 + 30000 + 0 = 50000; prognose 90000 in Q1 (does not count), Q2 rows
 *                    "95000,50" then 96000.125: the last one, rounded half away from zero
 *                    -> 96000.13 (provider)
 *   alleen_eerder    10000 + 30000; a prognose only on its Q1 row -> 40000 x 4/2 = 80000 (linear)
 *   onleesbaar       12000 + 21001 = 33001; prognose "veel" (line 23) is reported and absent;
 *                    2025 complete 10000/20000/30000/40000 -> 33001 x 100000 / 30000 =
 *                    110003.333 -> 110003.33 (seasonal)
 *   lineair          5000.01 + 5000 = 10000.01 -> 20000.02 (linear); at q = 3 (Q3: 0)
 *                    10000.01 x 4/3 = 13333.3467 -> 13333.35
 *   seizoen_nul      2025 complete but 0 in its Q1..Q2 -> 2000 x 2 = 4000 (linear)
 *   vorigjaar_incompleet  2025 without Q3 -> 25000 x 2 = 50000 (linear)
 *   vrijwilligers    (earmark vrijwilligersorganisaties) 200000 + 120000 = 320000 -> 640000
 *   jeugd            (earmark jeugdoverlast, label Jongerenwerk) 30000 + 20000 -> 100000
 *   total budget 785000, realisation 530001.01, forecast 1100003.48 (the sum of the rounded
 *   posts), expected result -315003.48 = -40.1% (an expected overrun).
 *   Checks: vrijwilligersorganisaties >= 300000: 320000 spent, already met, nothing still
 *   needed, forecast 640000 >= 306000: on track. jeugdoverlast >= 100000: 50000 still
 *   needed, Q2's 20000 x 2 quarters left = 40000 does not reach it, forecast 100000 <
 *   102000: at risk. jeugdoverlast budget 120000: budget right, but the forecast is 20000
 *   (> 2% of 120000) below it: at risk. Profit <= 4%: an expected overrun is no profit:
 *   on track. Signals (|forecast - budget| > 2% of budget): seizoen_nul, vrijwilligers,
 *   jeugd. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "figures/financien.h"
#include "figures/financien_checks.h"
#include "figures/financien_forecast.h"
#include "input/outcome_store.h"
#include "input/read_finance.h"

static wr_config *cfg;
static wr_outcome_data od;
static wr_diag_list diags;

static const wr_finance_post *post(const wr_finance_summary *s, const char *code)
{
    for (size_t i = 0; i < s->post_count; i++)
        if (strcmp(s->posts[i].code, code) == 0)
            return &s->posts[i];
    static const wr_finance_post none;
    fprintf(stderr, "missing post %s\n", code);
    return &none;
}

static const wr_figure *row(const wr_figures *f, const char *figure, const char *dimension, const char *code)
{
    static const wr_figure none;
    const wr_figure *fig = wr_figures_find(f, figure, dimension, code);
    if (!fig)
        fprintf(stderr, "missing figure %s/%s/%s\n", figure, dimension, code);
    return fig ? fig : &none;
}

static wr_finance_summary summary(wr_period p)
{
    wr_finance_summary s;
    wr_error err = {0};
    if (wr_outcome_finance(&od, cfg, p, &s, &err) != WR_OK)
        fprintf(stderr, "%s\n", err.message);
    return s;
}

/* The four methods and the rounding, on the pure function. */
static void test_methods(void)
{
    long long cents;
    wr_forecast_input in = {.q = 4, .to_date = 123456, .has_provider = true, .provider = 1};
    CHECK(wr_forecast(&in, &cents) == WR_FORECAST_COMPLETE); /* a known year beats any forecast */
    CHECK_INT(cents, 123456);
    in.q = 3;
    CHECK(wr_forecast(&in, &cents) == WR_FORECAST_PROVIDER);
    CHECK_INT(cents, 1);
    /* seasonal: 101 x 3 / 2 = 151.5 cents -> 152; -151.5 -> -152 (half away from zero) */
    in = (wr_forecast_input){.q = 2, .to_date = 101, .previous_complete = true, .previous_to_q = 2,
                             .previous_year = 3};
    CHECK(wr_forecast(&in, &cents) == WR_FORECAST_SEASONAL);
    CHECK_INT(cents, 152);
    in.to_date = -101;
    wr_forecast(&in, &cents);
    CHECK_INT(cents, -152);
    /* 2.25 x 5 / 3 = 3.75 -> 4 */
    in = (wr_forecast_input){.q = 1, .to_date = 225, .previous_complete = true, .previous_to_q = 300,
                             .previous_year = 500};
    wr_forecast(&in, &cents);
    CHECK_INT(cents, 375);
    /* no complete previous year, or nothing in its first q quarters: linear */
    in.previous_complete = false;
    CHECK(wr_forecast(&in, &cents) == WR_FORECAST_LINEAR);
    CHECK_INT(cents, 900);
    in = (wr_forecast_input){.q = 3, .to_date = 5, .previous_complete = true, .previous_to_q = 0,
                             .previous_year = 100};
    CHECK(wr_forecast(&in, &cents) == WR_FORECAST_LINEAR);
    CHECK_INT(cents, 7); /* 20/3 = 6.67 */
    /* amounts whose product needs more than 64 bits: 9 x 10^12 euros */
    in = (wr_forecast_input){.q = 3, .to_date = 900000000000000LL, .previous_complete = true,
                             .previous_to_q = 300000000000000LL, .previous_year = 400000000000000LL};
    wr_forecast(&in, &cents);
    CHECK_INT(cents, 1200000000000000LL);

    CHECK_DBL(wr_exact_pct(1, 16), 6.3, 1e-12);   /* 6.25 -> 6.3 */
    CHECK_DBL(wr_exact_pct(-1, 16), -6.3, 1e-12);
    CHECK_DBL(wr_exact_pct(96000, 100000), 96.0, 1e-12);
    CHECK(!wr_beyond_margin(10200, 10000, 10000, 2)); /* exactly the margin is no signal */
    CHECK(wr_beyond_margin(10201, 10000, 10000, 2));
    CHECK(wr_beyond_margin(9799, 10000, 10000, 2));
    CHECK(!wr_beyond_margin(10150, 10000, 10000, 1.5));
    CHECK(wr_beyond_margin(1, 0, 0, 2)); /* anything on a zero budget */
    CHECK_INT(wr_div_round(34500000, 4, 3), 25875000);
}

static void test_posts(void)
{
    wr_finance_summary s = summary(wr_period_quarter(2026, 2));
    CHECK_INT(s.last_quarter, 2);
    CHECK(!s.complete);
    CHECK_INT(s.post_count, 8);
    const wr_finance_post *p = post(&s, "aanbieder");
    CHECK(p->method == WR_FORECAST_PROVIDER);
    CHECK_INT(p->forecast_cents, 9600013);
    CHECK_DBL(p->forecast_pct, 96.0, 1e-12);
    CHECK_DBL(p->pro_rata, 50000, 1e-9);
    p = post(&s, "alleen_eerder");
    CHECK(p->method == WR_FORECAST_LINEAR);
    CHECK_INT(p->forecast_cents, 8000000);
    p = post(&s, "onleesbaar");
    CHECK(p->method == WR_FORECAST_SEASONAL);
    CHECK_INT(p->to_date_cents, 3300100);
    CHECK_INT(p->forecast_cents, 11000333);
    CHECK(p->has_previous);
    CHECK_DBL(p->previous_to_q, 30000, 1e-9);
    CHECK_DBL(p->previous_year, 100000, 1e-9);
    CHECK(!p->signal); /* 3.33 above 110000 */
    p = post(&s, "lineair");
    CHECK(p->method == WR_FORECAST_LINEAR);
    CHECK_INT(p->forecast_cents, 2000002);
    p = post(&s, "seizoen_nul");
    CHECK(p->method == WR_FORECAST_LINEAR);
    CHECK_INT(p->forecast_cents, 400000);
    CHECK(p->signal);
    CHECK(p->has_previous && p->previous_to_q == 0); /* shown, though its method cannot use it */
    CHECK(post(&s, "vorigjaar_incompleet")->method == WR_FORECAST_LINEAR);
    CHECK(!post(&s, "vorigjaar_incompleet")->has_previous);
    CHECK_INT(post(&s, "vorigjaar_incompleet")->forecast_cents, 5000000);
    CHECK_INT(post(&s, "vrijwilligers")->forecast_cents, 64000000);
    CHECK(post(&s, "vrijwilligers")->signal);
    CHECK_STR(post(&s, "jeugd")->label, "Jongerenwerk");
    CHECK(post(&s, "jeugd")->signal);
    CHECK(!post(&s, "alleen_eerder")->signal);

    /* The total: the sum of the rounded forecasts, an expected overrun. */
    CHECK_INT(s.total.budget_cents, 78500000);
    CHECK_INT(s.total.to_date_cents, 53000101);
    CHECK_INT(s.total.forecast_cents, 110000348);
    CHECK(s.total.mixed_methods);
    CHECK_DBL(s.expected_result, -315003.48, 1e-6);
    CHECK_DBL(s.expected_result_pct, -40.1, 1e-12);
    CHECK_DBL(s.total.forecast_pct, 140.1, 1e-12);
    wr_finance_summary_clear(&s);

    /* A value on the row of quarter q counts: in Q1 both posts have one. */
    s = summary(wr_period_quarter(2026, 1));
    CHECK(post(&s, "alleen_eerder")->method == WR_FORECAST_PROVIDER);
    CHECK_INT(post(&s, "alleen_eerder")->forecast_cents, 5000000);
    CHECK_INT(post(&s, "aanbieder")->forecast_cents, 9000000);
    wr_finance_summary_clear(&s);

    /* q = 3: 10000.01 x 4/3 = 13333.3467 -> 13333.35; no Q3 prognose anywhere */
    s = summary(wr_period_quarter(2026, 3));
    CHECK_INT(post(&s, "lineair")->forecast_cents, 1333335);
    CHECK(post(&s, "aanbieder")->method == WR_FORECAST_LINEAR);
    CHECK_INT(post(&s, "aanbieder")->forecast_cents, 6666667);
    CHECK_DBL(post(&s, "lineair")->pro_rata, 15000, 1e-9);
    wr_finance_summary_clear(&s);

    /* A complete year: the forecast is the realisation. */
    s = summary(wr_period_year(2025));
    CHECK(s.complete);
    CHECK(post(&s, "onleesbaar")->method == WR_FORECAST_COMPLETE);
    CHECK_INT(post(&s, "onleesbaar")->forecast_cents, 10000000);
    wr_finance_summary_clear(&s);
}

static void test_checks_and_earmarks(void)
{
    wr_finance_summary s = summary(wr_period_quarter(2026, 2));
    CHECK_INT(s.check_count, 4);
    const wr_finance_check_result *c = &s.checks[0]; /* vrijwilligersorganisaties >= 300000 */
    CHECK_DBL(c->spent, 320000, 1e-9);
    CHECK_DBL(c->still_needed, 0, 0); /* already met */
    CHECK(c->within_reach);
    CHECK_DBL(c->forecast, 640000, 1e-9);
    CHECK(c->state == WR_CHECK_ON_TRACK);
    c = &s.checks[1]; /* jeugdoverlast >= 100000 */
    CHECK_DBL(c->still_needed, 50000, 1e-9);
    CHECK_DBL(c->spent_last_quarter, 20000, 1e-9);
    CHECK(!c->within_reach); /* 20000 x 2 < 50000 */
    CHECK(c->state == WR_CHECK_AT_RISK);
    CHECK_STR(c->label, "Aanpak jeugdoverlast");
    c = &s.checks[2]; /* jeugdoverlast budget 120000 */
    CHECK_DBL(c->budget, 120000, 1e-9);
    CHECK(c->state == WR_CHECK_AT_RISK);
    c = &s.checks[3]; /* profit <= 4%: an expected overrun is no profit */
    CHECK(c->state == WR_CHECK_ON_TRACK);
    CHECK_DBL(c->result, -315003.48, 1e-6);
    CHECK_DBL(c->result_pct, -40.1, 1e-12);
    wr_finance_summary_clear(&s);

    /* A complete year is judged on realisation. */
    s = summary(wr_period_year(2025));
    CHECK(s.checks[0].state == WR_CHECK_NOT_MET);
    CHECK(s.checks[2].state == WR_CHECK_NOT_MET);
    CHECK(s.checks[3].state == WR_CHECK_MET); /* 155000 budget, 230000 spent */
    wr_finance_summary_clear(&s);
}

/* The margin as room, at its boundaries, on a summary built by hand. */
static void test_check_boundaries(void)
{
    wr_config *c = wr_config_new_defaults();
    if (!c) {
        CHECK(false);
        return;
    }
    c->checks = calloc(2, sizeof *c->checks);
    c->checks[0] = (wr_finance_check){WR_CHECK_MAX_PROFIT_PCT, NULL, 4};
    c->checks[1] = (wr_finance_check){WR_CHECK_MIN_REALISATION, strdup("Buurt"), 100000}; /* as a user wrote it */
    c->check_count = 2;
    wr_finance_post posts[1] = {{.code = "p", .earmark = "buurt", .budget_cents = 12000000}};
    wr_finance_check_result results[2];
    wr_finance_summary s = {.last_quarter = 3, .margin_pct = 2, .posts = posts, .post_count = 1,
                            .checks = results};
    s.total.budget_cents = 100000000; /* 1.000.000: cap 40000, with room 39200 */
    s.total.budget = 1000000;
    wr_earmark_spending spending = {"buurt", 5000000, 1000000};
    const long long forecasts[][2] = {{96080000, WR_CHECK_ON_TRACK}, /* result 39200.00 */
                                      {96079999, WR_CHECK_AT_RISK},  /* 39200.01 */
                                      {110000000, WR_CHECK_ON_TRACK}}; /* an overrun */
    for (size_t i = 0; i < 3; i++) {
        s.total.forecast_cents = forecasts[i][0];
        wr_finance_checks_evaluate(&s, c, &spending, 1);
        CHECK_INT(results[0].state, forecasts[i][1]);
    }
    /* minimum 100000 with room: a forecast of 102000.00 is on track, a cent less is not */
    posts[0].forecast_cents = 10200000;
    wr_finance_checks_evaluate(&s, c, &spending, 1);
    CHECK(results[1].state == WR_CHECK_ON_TRACK);
    CHECK_STR(results[1].earmark, "buurt"); /* the code in cijfers.csv is lower case */
    CHECK_DBL(results[1].still_needed, 50000, 1e-9);
    CHECK(!results[1].within_reach); /* 10000 x 1 quarter left */
    posts[0].forecast_cents = 10199999;
    wr_finance_checks_evaluate(&s, c, &spending, 1);
    CHECK(results[1].state == WR_CHECK_AT_RISK);
    /* the complete year: realisation against the cap itself */
    s.last_quarter = 4;
    s.complete = true;
    s.total.to_date_cents = 96000000; /* result 40000.00: met */
    wr_finance_checks_evaluate(&s, c, &spending, 1);
    CHECK(results[0].state == WR_CHECK_MET);
    s.total.to_date_cents = 95999999;
    wr_finance_checks_evaluate(&s, c, &spending, 1);
    CHECK(results[0].state == WR_CHECK_NOT_MET);
    wr_config_free(c);
}

/* The rows of cijfers.csv. */
static void test_figures(void)
{
    wr_figures *f = calloc(1, sizeof *f);
    wr_error err = {0};
    f->period = wr_period_quarter(2026, 2);
    if (wr_figures_financien(&od, cfg, f, &err) != WR_OK)
        fprintf(stderr, "%s\n", err.message);
    const wr_figure *fig = row(f, "prognose", "post", "aanbieder");
    CHECK(fig->deel == WR_DEEL_FINANCIEN && fig->kind == WR_KIND_EURO);
    CHECK_DBL(fig->value, 96000.13, 1e-9);
    CHECK_DBL(row(f, "prognose", "totaal", "totaal")->value, 1100003.48, 1e-6);
    fig = row(f, "prognose_besteed_pct", "post", "onleesbaar");
    CHECK_DBL(fig->value, 100.0, 1e-12); /* 110003.33 / 110000 */
    CHECK_INT(fig->denominator, 110000);
    fig = row(f, "resultaat_prognose_pct", "totaal", "totaal");
    CHECK_DBL(fig->value, -40.1, 1e-12);
    CHECK_INT(fig->denominator, 785000);
    CHECK_DBL(row(f, "oormerk_nog_nodig", "oormerk", "vrijwilligersorganisaties")->value, 0, 0);
    CHECK_DBL(row(f, "oormerk_nog_nodig", "oormerk", "jeugdoverlast")->value, 50000, 1e-9);
    CHECK(wr_figures_find(f, "oormerk_nog_nodig", "totaal", "totaal") == NULL);
    CHECK_STR(row(f, "prognose", "post", "jeugd")->label, "Jongerenwerk");
    wr_figures_free(f);
}

/* The unreadable prognose is reported; its row still counts. */
static void test_diagnostics(void)
{
    int found = 0;
    for (size_t i = 0; i < diags.count; i++) {
        const wr_diag *d = &diags.items[i];
        if (d->line == 23 && strcmp(d->column_name, "prognose") == 0) {
            found++;
            CHECK(strstr(d->message, "de prognose telt niet mee") != NULL);
        }
    }
    CHECK_INT(found, 1);
    CHECK_INT(diags.count, 1);
}

int main(void)
{
    wr_error err = {0};
    if (wr_config_load("tests/fixtures/prognose/config.ini", &cfg, &err) != WR_OK ||
        wr_read_finance("tests/fixtures/prognose/financien.csv", cfg, &od.finance, &diags, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    od.delivered[WR_FILE_FINANCIEN] = true;
    test_methods();
    test_posts();
    test_checks_and_earmarks();
    test_check_boundaries();
    test_figures();
    test_diagnostics();
    wr_finance_store_clear(&od.finance);
    wr_diag_list_clear(&diags);
    wr_config_free(cfg);
    return check_summary("prognose");
}
