/* Norms (part 1) and effect figures (part 3) from trajecten.csv on tests/fixtures/normen,
 * period 2026-Q2, with hand-computed expectations (see the comments per row). */
#include "check.h"
#include "config/config.h"
#include "input/dataset.h"
#include "figures/compute.h"
#include "figures/figures.h"
#include "figures/gedaan_norms.h"

static const wr_figure *find(const wr_figures *f, const char *figure, const char *dimension, const char *code)
{
    static const wr_figure none;
    const wr_figure *fig = wr_figures_find(f, figure, dimension, code);
    if (!fig)
        fprintf(stderr, "missing figure %s/%s/%s\n", figure, dimension, code);
    return fig ? fig : &none;
}

static void test_first_contact(const wr_figures *f)
{
    /* Within: N1 (4 working days over Easter Monday), N2 (exactly 5, over Koningsdag),
     * N4 (5, over Ascension), N11 (1), H3b (2). Outside: N3 (exactly 6), N6 and N10 (no
     * contact, more than 5 working days before 30 June). Left out: N5 (3 working days to
     * the end of the quarter), N8 (unreadable date), H2b (registered on the last day),
     * N7 (registered in Q1). */
    const wr_figure *pct = find(f, "eerste_contact_binnen_norm_pct", "totaal", "totaal");
    CHECK_INT(pct->denominator, 8);
    CHECK_DBL(pct->value, 62.5, 1e-9);
    /* Working days of those with a contact: 4, 5, 6, 5, 1, 2 -> median (4 + 5) / 2. */
    const wr_figure *median = find(f, "eerste_contact_mediaan_werkdagen", "totaal", "totaal");
    CHECK_INT(median->denominator, 6);
    CHECK_DBL(median->value, 4.5, 1e-9);
}

static void test_start(const wr_figures *f)
{
    /* Within: N1 (exactly 28 days), N4, N8, H3b. Outside: N2 (exactly 29 days), N3 (not
     * started, 29 days before the end of the quarter). Left out: N5, N11, H2b (too recent),
     * N6 (ended without start), N10 (unreadable start). 4 / 6 = 66.7%. */
    const wr_figure *pct = find(f, "start_binnen_norm_pct", "totaal", "totaal");
    CHECK_INT(pct->denominator, 6);
    CHECK_DBL(pct->value, 66.7, 1e-9);
}

static void test_effect(const wr_figures *f)
{
    /* Ended in Q2 after a start: E1 geheel, E2 niet, E3 gedeeltelijk (code in capitals),
     * E4 without doelrealisatie, E5 an unknown value. N6 ended without a start. */
    CHECK_DBL(find(f, "doelrealisatie_pct", "doelrealisatie", "geheel")->value, 25.0, 1e-9);
    CHECK_DBL(find(f, "doelrealisatie_pct", "doelrealisatie", "gedeeltelijk")->value, 25.0, 1e-9);
    CHECK_DBL(find(f, "doelrealisatie_pct", "doelrealisatie", "niet")->value, 25.0, 1e-9);
    CHECK_DBL(find(f, "doelrealisatie_pct", "doelrealisatie", "onbekend")->value, 25.0, 1e-9);
    CHECK_INT(find(f, "doelrealisatie_pct", "doelrealisatie", "geheel")->denominator, 4);
    /* Reden set for E1, E2, E3 and E5 (unknown code is set); E4's is missing. Dropout: E2. */
    const wr_figure *dropout = find(f, "uitval_pct", "totaal", "totaal");
    CHECK_INT(dropout->denominator, 4);
    CHECK_DBL(dropout->value, 25.0, 1e-9);
    /* Ended as planned between 1 October and 30 December 2025: H1 (1 Oct, back on 31 March,
     * within 182 days), H2 (30 Dec, back exactly 182 days later), H3 (back after 183 days),
     * H6 (registered again before the end only). H4 ends 31 Dec, H5 was a dropout. */
    const wr_figure *repeat = find(f, "herhaald_beroep_pct", "totaal", "totaal");
    CHECK_INT(repeat->denominator, 4);
    CHECK_DBL(repeat->value, 50.0, 1e-9);
}

static void test_median(void)
{
    int odd[] = {7, 1, 3};
    int even[] = {4, 1, 3, 2};
    CHECK_DBL(wr_median(odd, 3), 3.0, 0);
    CHECK_DBL(wr_median(even, 4), 2.5, 0);
}

int main(void)
{
    wr_config *cfg = NULL;
    wr_dataset *ds = NULL;
    wr_figures *f = NULL;
    wr_error err = {0};
    if (wr_config_load("tests/fixtures/config.ini", &cfg, &err) != WR_OK ||
        wr_dataset_load("tests/fixtures/normen", cfg, &ds, &err) != WR_OK ||
        wr_figures_compute(ds, cfg, wr_period_quarter(2026, 2), &f, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    test_first_contact(f);
    test_start(f);
    test_effect(f);
    test_median();
    /* Percentages over fewer than 10 trajectories are hidden in public documents. */
    CHECK(find(f, "uitval_pct", "totaal", "totaal")->public_show == WR_SHOW_SMALL_BASE);
    wr_figures_free(f);
    wr_dataset_free(ds);
    wr_config_free(cfg);
    return check_summary("normen en effect");
}
