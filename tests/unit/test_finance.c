/* Finance (financien.csv) on tests/fixtures/uitkomst, with hand-computed expectations.
 * Posts (file order): sociaal_wijkteam, vrijwilligers (" Vrijwilligers ", earmark
 * vrijwilligersorganisaties), jeugdoverlast (earmark), nieuwe_post (from Q3), overig (Q4,
 * budget 0, unknown earmark). Checks: vrijwilligersorganisaties realisation >= 300000,
 * jeugdoverlast budget = 310000, profit <= 4% of the total budget.
 *   2026-Q2: sociaal_wijkteam 1000000, 240000 + 260000 = 500000 (50.0%);
 *            vrijwilligers 320000, 200000 + 150000 = 350000 (109.4%, above 100);
 *            jeugdoverlast: two Q2 rows, 300000 then 305000 (last wins), realisation
 *            77500 + 40000 + 37500 = 155000 (50.8%); total 1625000, 1005000 (61.8%).
 *   2026-Q1: jeugdoverlast still 310000 and sociaal_wijkteam 1000000: later quarters
 *            (305000; 1100000 from Q3) never change an earlier report.
 *   2026:    sociaal_wijkteam 1100000, 1150000 (104.5%); vrijwilligers 340000 (106.25 ->
 *            106.3); jeugdoverlast 310000, 310000; nieuwe_post 200000, 10000; overig 0,
 *            12,34 (no percentage); total 1930000, 1810012,34; profit 119987,66 > 77200.
 *   2025:    only sociaal_wijkteam 900000, 999999. */
#include "outcome_fixture.h"


static wr_finance_summary summary(wr_period p)
{
    wr_finance_summary s;
    wr_error err = {0};
    if (wr_outcome_finance(od, cfg, p, &s, &err) != WR_OK)
        fprintf(stderr, "%s\n", err.message);
    return s;
}

static void test_quarter_figures(void)
{
    wr_figures *f = figures_for(wr_period_quarter(2026, 2));
    const wr_figure *b = find(f, "begroting", "post", "jeugdoverlast");
    CHECK(b->deel == WR_DEEL_FINANCIEN && b->kind == WR_KIND_EURO);
    CHECK_DBL(b->value, 305000, 0);
    CHECK_DBL(find(f, "realisatie", "post", "jeugdoverlast")->value, 155000, 0);
    CHECK_DBL(find(f, "besteed_pct", "post", "jeugdoverlast")->value, 50.8, 1e-9);
    CHECK_DBL(find(f, "begroting", "post", "sociaal_wijkteam")->value, 1000000, 0);
    const wr_figure *over = find(f, "besteed_pct", "post", "vrijwilligers");
    CHECK(over->kind == WR_KIND_PERCENT);
    CHECK_DBL(over->value, 109.4, 1e-9);
    CHECK_INT(over->denominator, 320000);
    CHECK_STR(find(f, "begroting", "post", "vrijwilligers")->label, "Vrijwilligers");
    CHECK_DBL(find(f, "begroting", "totaal", "totaal")->value, 1625000, 0);
    CHECK_DBL(find(f, "realisatie", "totaal", "totaal")->value, 1005000, 0);
    CHECK_DBL(find(f, "besteed_pct", "totaal", "totaal")->value, 61.8, 1e-9);
    CHECK(wr_figures_find(f, "begroting", "post", "nieuwe_post") == NULL); /* starts in Q3 */
    wr_figures_free(f);

    f = figures_for(wr_period_quarter(2026, 1));
    CHECK_DBL(find(f, "begroting", "post", "jeugdoverlast")->value, 310000, 0);
    CHECK_DBL(find(f, "realisatie", "post", "sociaal_wijkteam")->value, 240000, 0);
    CHECK_DBL(find(f, "besteed_pct", "post", "sociaal_wijkteam")->value, 24.0, 1e-9);
    wr_figures_free(f);
}

static void test_quarter_checks(void)
{
    wr_finance_summary s = summary(wr_period_quarter(2026, 2));
    CHECK_INT(s.year, 2026);
    CHECK_INT(s.last_quarter, 2);
    CHECK_INT(s.post_count, 3);
    CHECK_DBL(s.posts[0].spent[0], 240000, 0);
    CHECK_DBL(s.posts[0].spent[1], 260000, 0);
    CHECK_DBL(s.posts[0].spent[2], 0, 0);
    CHECK_STR(s.posts[1].earmark, "vrijwilligersorganisaties");
    CHECK_INT(s.check_count, 3);
    /* A year in progress is judged on the forecast (linear here: no complete 2025). */
    CHECK(s.checks[0].state == WR_CHECK_ON_TRACK && s.checks[0].check->kind == WR_CHECK_MIN_REALISATION);
    CHECK_DBL(s.checks[0].forecast, 700000, 0); /* 350000 x 4/2 */
    CHECK_DBL(s.checks[0].actual, 350000, 0);
    CHECK_DBL(s.checks[0].required, 300000, 0);
    CHECK_DBL(s.checks[0].pct, 116.7, 1e-9);
    CHECK_STR(s.checks[0].label, "Vrijwilligersorganisaties");
    CHECK(s.checks[1].state == WR_CHECK_AT_RISK); /* budget 305000, not 310000 */
    CHECK_DBL(s.checks[1].actual, 305000, 0);   /* the budget as of Q2 */
    CHECK_DBL(s.checks[1].spent, 155000, 0);
    CHECK_DBL(s.checks[1].pct, 50.0, 1e-9);     /* 155000 of 310000 */
    CHECK(s.checks[2].state == WR_CHECK_ON_TRACK); /* forecast 2010000: an overrun, no profit */
    CHECK_DBL(s.checks[2].result, -385000, 1e-6);
    CHECK_DBL(s.checks[2].actual, 620000, 0);   /* 1625000 - 1005000 */
    CHECK_DBL(s.checks[2].required, 65000, 1e-6); /* 4% of 1625000 */
    wr_finance_summary_clear(&s);
}

static void test_year(void)
{
    wr_figures *f = figures_for(wr_period_year(2026));
    CHECK_DBL(find(f, "begroting", "post", "sociaal_wijkteam")->value, 1100000, 0);
    CHECK_DBL(find(f, "besteed_pct", "post", "sociaal_wijkteam")->value, 104.5, 1e-9);
    CHECK_DBL(find(f, "besteed_pct", "post", "vrijwilligers")->value, 106.3, 1e-9);
    const wr_figure *zero = find(f, "besteed_pct", "post", "overig");
    CHECK(!zero->has_value && zero->has_denominator && zero->denominator == 0);
    CHECK_DBL(find(f, "realisatie", "post", "overig")->value, 12.34, 1e-9);
    CHECK_DBL(find(f, "realisatie", "totaal", "totaal")->value, 1810012.34, 1e-6);
    CHECK_DBL(find(f, "begroting", "totaal", "totaal")->value, 1930000, 0);
    wr_figures_free(f);

    wr_finance_summary s = summary(wr_period_year(2026));
    CHECK(s.year_report);
    CHECK_INT(s.post_count, 5);
    CHECK(s.checks[0].state == WR_CHECK_MET);     /* 340000 >= 300000 */
    CHECK(s.checks[1].state == WR_CHECK_MET);     /* budget 310000 */
    CHECK(s.checks[2].state == WR_CHECK_NOT_MET); /* profit 119987,66 > 77200 */
    CHECK_DBL(s.profit, 119987.66, 1e-6);
    CHECK_DBL(s.profit_pct, 6.2, 1e-9);
    CHECK_DBL(s.checks[2].required, 77200, 1e-6);
    wr_finance_summary_clear(&s);

    s = summary(wr_period_year(2025));
    CHECK_INT(s.post_count, 1);
    CHECK(s.checks[0].state == WR_CHECK_NOT_MET); /* nothing realised */
    CHECK(s.checks[1].state == WR_CHECK_NOT_MET); /* no jeugdoverlast budget */
    CHECK(s.checks[2].state == WR_CHECK_MET);     /* a loss is no profit */
    wr_finance_summary_clear(&s);
}

static void test_diagnostics(void)
{
    int budget_warnings = 0, q5 = 0, dots = 0, earmark = 0;
    for (size_t i = 0; i < diags.count; i++) {
        const wr_diag *d = &diags.items[i];
        if (strcmp(d->file, "financien.csv") != 0)
            continue;
        if (strncmp(d->message, "begroting wijkt af", 18) == 0) {
            budget_warnings++;
            CHECK(d->severity == WR_SEVERITY_WARNING);
            CHECK(d->line == 8 || d->line == 9 || d->line == 10 || d->line == 12);
        }
        q5 += d->line == 17 && strcmp(d->column_name, "kwartaal") == 0;
        dots += d->line == 18 && strcmp(d->column_name, "begroting") == 0;
        earmark += d->line == 19 && strcmp(d->column_name, "oormerk") == 0;
    }
    CHECK_INT(budget_warnings, 4);
    CHECK_INT(q5, 1);
    CHECK_INT(dots, 1);
    CHECK_INT(earmark, 1);
}

int main(void)
{
    if (!fixture_open())
        return 1;
    CHECK(delivered[WR_FILE_FINANCIEN]);
    test_quarter_figures();
    test_quarter_checks();
    test_year();
    test_diagnostics();
    fixture_close();
    return check_summary("uitkomst: financien");
}
