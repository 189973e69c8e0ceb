/* ZRM scores (uitkomsten.csv) on tests/fixtures/uitkomst, with hand-computed expectations.
 * Pairs with a begin and an eind score, trajectories started and ended in 2026-Q2:
 *   T1 geldzaken  begin 1 (line 3: earliest date; line 4 ties and is later in the file),
 *                 eind 5 (line 7: latest date, ties with line 6 and is later in the file;
 *                 line 8 comes last but has an earlier date)             change +4
 *   T1 woning     begin 3, eind 3 (line 11, score 6, is rejected)        change  0
 *   T1 sociaal_netwerk: only a begin score                               no pair
 *   T2 geldzaken  begin 4, eind 2,5                                      change -1,5
 *   T2 sociaal_netwerk (written " Sociaal_Netwerk ") begin 2, eind 4    change +2
 *   T2 financien  unknown leefgebied, counted as onbekend: 2 -> 3        change +1
 *   T2 xyz        unknown, only eind (does not pair with financien)     no pair
 * Left out: T3 ends 1 July (in the year only: 1 -> 5), T4 is rejected in trajecten.csv,
 * T6 never started, T7 has not ended, T99 and t1 are not in trajecten.csv. */
#include "outcome_fixture.h"



static void test_quarter(void)
{
    wr_figures *f = figures_for(wr_period_quarter(2026, 2));
    /* Total: 5 pairs; changes 4 + 0 - 1,5 + 2 + 1 = 5,5 -> 1,10; improved 3 of 5. */
    const wr_figure *pairs = find(f, "zrm_paren", "totaal", "totaal");
    CHECK_DBL(pairs->value, 5, 0);
    CHECK(pairs->kind == WR_KIND_TRAJECTORIES);
    CHECK(pairs->public_show == WR_SHOW_VALUE);
    const wr_figure *mean = find(f, "zrm_verschil_gem", "totaal", "totaal");
    CHECK(mean->kind == WR_KIND_MEAN && mean->has_value);
    CHECK_DBL(mean->value, 1.10, 1e-9);
    CHECK_INT(mean->denominator, 5);
    CHECK_DBL(find(f, "zrm_verbeterd_pct", "totaal", "totaal")->value, 60.0, 1e-9);
    CHECK_INT(find(f, "zrm_verbeterd_pct", "totaal", "totaal")->denominator, 5);
    /* geldzaken: T1 (+4) and T2 (-1,5): mean 1,25, improved 1 of 2. */
    CHECK_DBL(find(f, "zrm_paren", "leefgebied", "geldzaken")->value, 2, 0);
    CHECK(find(f, "zrm_paren", "leefgebied", "geldzaken")->public_show == WR_SHOW_SMALL_COUNT);
    CHECK_DBL(find(f, "zrm_verschil_gem", "leefgebied", "geldzaken")->value, 1.25, 1e-9);
    CHECK_DBL(find(f, "zrm_verbeterd_pct", "leefgebied", "geldzaken")->value, 50.0, 1e-9);
    CHECK_DBL(find(f, "zrm_verschil_gem", "leefgebied", "woning")->value, 0.0, 1e-9);
    CHECK_DBL(find(f, "zrm_verbeterd_pct", "leefgebied", "woning")->value, 0.0, 1e-9);
    CHECK_DBL(find(f, "zrm_paren", "leefgebied", "sociaal_netwerk")->value, 1, 0);
    CHECK_DBL(find(f, "zrm_verbeterd_pct", "leefgebied", "sociaal_netwerk")->value, 100.0, 1e-9);
    CHECK_DBL(find(f, "zrm_paren", "leefgebied", "onbekend")->value, 1, 0);
    /* Every configured leefgebied has rows, also without pairs (here in 2026-Q3). */
    wr_figures_free(f);
    f = figures_for(wr_period_quarter(2026, 3));
    CHECK_DBL(find(f, "zrm_paren", "totaal", "totaal")->value, 1, 0); /* T3 */
    CHECK_DBL(find(f, "zrm_paren", "leefgebied", "woning")->value, 0, 0);
    const wr_figure *empty = find(f, "zrm_verschil_gem", "leefgebied", "woning");
    CHECK(!empty->has_value && empty->has_denominator);
    CHECK_INT(empty->denominator, 0);
    CHECK(wr_figures_find(f, "zrm_paren", "leefgebied", "onbekend") == NULL);
    wr_figures_free(f);
}

static void test_year_summary(void)
{
    wr_zrm_summary z;
    wr_error err = {0};
    CHECK(wr_outcome_zrm(od, ds, cfg, wr_period_year(2026), &z, &err) == WR_OK);
    /* + T3 geldzaken 1 -> 5: six pairs, changes 9,5 -> 1,58; improved 4 of 6 = 66,7%;
     * begin 1+3+4+2+2+1 = 13 -> 2,17; eind 5+3+2,5+4+3+5 = 22,5 -> 3,75. */
    CHECK_INT(z.total.pairs, 6);
    CHECK_DBL(z.total.mean_change, 1.58, 1e-9);
    CHECK_DBL(z.total.improved_pct, 66.7, 1e-9);
    CHECK_DBL(z.total.equal_pct, 16.7, 1e-9);
    CHECK_DBL(z.total.worse_pct, 16.7, 1e-9);
    CHECK_DBL(z.total.mean_begin, 2.17, 1e-9);
    CHECK_DBL(z.total.mean_end, 3.75, 1e-9);
    CHECK_INT(z.domain_count, 4); /* three configured + onbekend */
    CHECK_STR(z.domains[0].code, "geldzaken");
    CHECK_INT(z.domains[0].pairs, 3);
    CHECK_INT(z.domains[0].worse, 1);
    CHECK_DBL(z.domains[0].mean_change, 2.17, 1e-9); /* (4 - 1,5 + 4) / 3 */
    CHECK_STR(z.domains[3].code, "onbekend");
    wr_zrm_summary_clear(&z);
}

static void test_diagnostics(void)
{
    CHECK_INT(diags_in("uitkomsten.csv", 11, "score"), 1);           /* 6 is outside 1-5 */
    CHECK_INT(diags_in("uitkomsten.csv", 17, "leefgebied"), 1);      /* unknown code */
    CHECK_INT(diags_in("uitkomsten.csv", 28, "traject_id"), 1);      /* T99 */
    CHECK_INT(diags_in("uitkomsten.csv", 29, "meetmoment"), 1);      /* tussen */
    CHECK_INT(diags_in("uitkomsten.csv", 30, "traject_id"), 1);      /* keys are case-sensitive */
    CHECK_INT(diags_in("uitkomsten.csv", 22, "traject_id"), 0);      /* rejected trajectory: silent */
    CHECK_INT(diags_in("uitkomsten.csv", 7, "leefgebied") + diags_in("uitkomsten.csv", 7, "meetmoment"), 0);
}

static void test_file_level_error(void)
{
    wr_dataset *d = NULL;
    wr_error err = {0};
    /* Loading the export reads uitkomsten.csv too: a missing required column stops it. */
    CHECK(wr_dataset_load("tests/fixtures/uitkomst/kapot", cfg, &d, &err) == WR_ERR_INPUT);
    CHECK(d == NULL);
    CHECK(strstr(err.message, "uitkomsten.csv") != NULL && strstr(err.message, "score") != NULL);
    wr_outcome_data_free(NULL);
}

int main(void)
{
    if (!fixture_open())
        return 1;
    CHECK(delivered[WR_FILE_UITKOMSTEN]);
    test_quarter();
    test_year_summary();
    test_diagnostics();
    test_file_level_error();
    fixture_close();
    return check_summary("uitkomst: zrm");
}
