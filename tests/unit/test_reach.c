/* Part 2 figures on tests/fixtures/bereik with hand-computed expectations.
 * The fixture: resident A in two parts (T1 running since March, T2 started and ended in
 * Q3), B's trajectory spanning Q2 and Q3, C waiting with two trajectories, D waiting
 * with a start after the quarter, an unknown district and domain (F), a trajectory
 * ended without start (G), a date-order violation (T9), a repeated key (second T1) and
 * an unreadable startdatum (T10). */
#include <stdlib.h>

#include "check.h"
#include "config/config.h"
#include "input/dataset.h"
#include "figures/compute.h"
#include "figures/figures.h"

static const wr_config *cfg;
static const wr_dataset *ds;

static double value(const wr_figures *f, const char *figure, const char *dimension, const char *code)
{
    const wr_figure *fig = wr_figures_find(f, figure, dimension, code);
    return fig && fig->has_value ? fig->value : -1;
}

static void test_reading(void)
{
    CHECK_INT(ds->trajectory_count, 11); /* 14 rows, minus T9 (date order) and the second T1 */
    size_t kinds[WR_DIAG_KIND_COUNT] = {0};
    for (size_t i = 0; i < ds->diags.count; i++)
        kinds[ds->diags.items[i].kind]++;
    CHECK_INT(kinds[WR_DIAG_DUPLICATE_KEY], 1);
    CHECK_INT(kinds[WR_DIAG_DATE_ORDER], 1);
    CHECK_INT(kinds[WR_DIAG_INVALID_DATE], 1);
    CHECK_INT(kinds[WR_DIAG_UNKNOWN_CODE], 2); /* wijk and leefgebied of T7 */
    /* The duplicate is on physical line 11 (header is line 1), column 1. */
    for (size_t i = 0; i < ds->diags.count; i++) {
        const wr_diag *d = &ds->diags.items[i];
        if (d->kind == WR_DIAG_DUPLICATE_KEY) {
            CHECK_INT(d->line, 11);
            CHECK_INT(d->column, 1);
        }
        if (d->kind == WR_DIAG_INVALID_DATE) {
            CHECK_INT(d->line, 12);
            CHECK_INT(d->column, 8);
            CHECK_STR(d->value, "31-02-2026");
        }
    }
}

static void test_q3(void)
{
    wr_figures *f = NULL;
    wr_error err = {0};
    CHECK(wr_figures_compute(ds, cfg, wr_period_quarter(2026, 3), &f, &err) == WR_OK);
    if (!f)
        return;
    /* bereik: A (T1, T2), B (T3, ends 1 July), F (T7), J (T11). */
    CHECK_DBL(value(f, "bereik", "totaal", "totaal"), 4, 0);
    CHECK_DBL(value(f, "bereik", "onderdeel", "sociaal_wijkteam"), 3, 0);
    CHECK_DBL(value(f, "bereik", "onderdeel", "sociale_basis"), 2, 0);
    CHECK_DBL(value(f, "bereik", "onderdeel", "aanvullende_ondersteuning"), 0, 0);
    CHECK_DBL(value(f, "bereik", "wijk", "noord"), 2, 0);
    CHECK_DBL(value(f, "bereik", "wijk", "oost"), 2, 0);
    CHECK_DBL(value(f, "bereik", "wijk", "centrum"), 0, 0);
    CHECK_DBL(value(f, "bereik", "wijk", "onbekend"), 1, 0);
    CHECK_DBL(value(f, "bereik", "leeftijdsgroep", "0-17"), 1, 0);
    CHECK_DBL(value(f, "bereik", "leeftijdsgroep", "18-26"), 0, 0);
    CHECK_DBL(value(f, "bereik", "leeftijdsgroep", "27-64"), 2, 0);
    CHECK_DBL(value(f, "bereik", "leeftijdsgroep", "65+"), 1, 0);
    CHECK(wr_figures_find(f, "bereik", "leeftijdsgroep", "onbekend") == NULL);
    /* instroom: A (T2), F (T7), J (T11); T5 starts after the quarter. */
    CHECK_DBL(value(f, "instroom", "totaal", "totaal"), 3, 0);
    CHECK_DBL(value(f, "instroom", "onderdeel", "sociale_basis"), 2, 0);
    CHECK_DBL(value(f, "instroom", "onderdeel", "sociaal_wijkteam"), 1, 0);
    CHECK_DBL(value(f, "instroom", "reden_instroom", "eenzaamheid"), 1, 0);
    CHECK_DBL(value(f, "instroom", "reden_instroom", "overig"), 1, 0);
    CHECK_DBL(value(f, "instroom", "reden_instroom", "werk"), 1, 0);
    CHECK_DBL(value(f, "instroom", "reden_instroom", "financien"), 0, 0);
    CHECK_DBL(value(f, "instroom", "leefgebied", "sociaal_netwerk"), 1, 0);
    CHECK_DBL(value(f, "instroom", "leefgebied", "werk_opleiding"), 1, 0);
    CHECK_DBL(value(f, "instroom", "leefgebied", "geldzaken"), 0, 0);
    CHECK_DBL(value(f, "instroom", "leefgebied", "onbekend"), 1, 0);
    CHECK_DBL(value(f, "instroom", "wijk", "oost"), 2, 0);
    CHECK_DBL(value(f, "instroom", "wijk", "onbekend"), 1, 0);
    /* uitstroom: A (T2 ends 30 September), B (T3 ends 1 July); G's T8 never started. */
    CHECK_DBL(value(f, "uitstroom", "totaal", "totaal"), 2, 0);
    CHECK_DBL(value(f, "uitstroom", "reden_uitstroom", "volgens_plan"), 1, 0);
    CHECK_DBL(value(f, "uitstroom", "reden_uitstroom", "eenzijdig_door_inwoner"), 1, 0);
    CHECK_DBL(value(f, "uitstroom", "reden_uitstroom", "verhuisd"), 0, 0);
    CHECK_DBL(value(f, "uitstroom", "onderdeel", "sociaal_wijkteam"), 1, 0);
    /* wachtend on 30 September: C twice (T4, T12), D (T5 starts 2 October). */
    CHECK_DBL(value(f, "wachtend_trajecten", "totaal", "totaal"), 3, 0);
    CHECK_DBL(value(f, "wachtend_inwoners", "totaal", "totaal"), 2, 0);
    /* Privacy: 4 residents is below the threshold of 5, 0 is not suppressed. */
    CHECK(wr_figures_find(f, "bereik", "totaal", "totaal")->public_show == WR_SHOW_SMALL_COUNT);
    CHECK(wr_figures_find(f, "bereik", "wijk", "centrum")->public_show == WR_SHOW_VALUE);
    wr_figures_free(f);
}

static void test_q2(void)
{
    wr_figures *f = NULL;
    wr_error err = {0};
    CHECK(wr_figures_compute(ds, cfg, wr_period_quarter(2026, 2), &f, &err) == WR_OK);
    if (!f)
        return;
    /* bereik: A (T1), B (T3 started 1 June), E (T6, April-June). */
    CHECK_DBL(value(f, "bereik", "totaal", "totaal"), 3, 0);
    CHECK_DBL(value(f, "instroom", "totaal", "totaal"), 2, 0);
    CHECK_DBL(value(f, "uitstroom", "totaal", "totaal"), 1, 0);
    CHECK_DBL(value(f, "wachtend_trajecten", "totaal", "totaal"), 1, 0); /* T5 */
    CHECK(wr_figures_find(f, "bereik", "wijk", "onbekend") == NULL);      /* F starts in Q3 */
    wr_figures_free(f);
}

static void test_year(void)
{
    wr_figures *f = NULL;
    wr_error err = {0};
    CHECK(wr_figures_compute(ds, cfg, wr_period_year(2026), &f, &err) == WR_OK);
    if (!f)
        return;
    /* Quarters: Q1 A; Q2 A, B, E; Q3 A, B, F, J; Q4 A, D, F, J (12 in all). The year
     * counts each resident once: A, B, D, E, F, J. */
    CHECK_DBL(value(f, "bereik", "totaal", "totaal"), 6, 0);
    CHECK_DBL(value(f, "instroom", "totaal", "totaal"), 6, 0);  /* A twice (T1, T2), once */
    CHECK_DBL(value(f, "uitstroom", "totaal", "totaal"), 3, 0); /* A, B, E */
    /* On 31 December C still waits, twice; D started on 2 October. */
    CHECK_DBL(value(f, "wachtend_trajecten", "totaal", "totaal"), 2, 0);
    CHECK_DBL(value(f, "wachtend_inwoners", "totaal", "totaal"), 1, 0);
    double quarters = 0;
    for (int q = 1; q <= 4; q++) {
        wr_figures *fq = NULL;
        CHECK(wr_figures_compute(ds, cfg, wr_period_quarter(2026, q), &fq, &err) == WR_OK);
        if (fq)
            quarters += value(fq, "bereik", "totaal", "totaal");
        wr_figures_free(fq);
    }
    CHECK_DBL(quarters, 12, 0);
    wr_figures_free(f);
}

/* The district figures of Q3 (figures/bereikt_district.c). instroom: A (T2: oost,
 * eenzaamheid, sociaal_netwerk), F (T7: unknown district, overig, unknown domain), J (T11:
 * oost, werk, werk_opleiding). bereik: noord A (T1) and B (T3), oost A (T2) and J (T11). */
static void test_districts(wr_config *c)
{
    long inhabitants[8] = {0};
    inhabitants[wr_code_list_find(&c->districts, "noord")] = 2000;
    inhabitants[wr_code_list_find(&c->districts, "oost")] = 4000;
    c->inhabitants = inhabitants;
    wr_figures *f = NULL;
    wr_error err = {0};
    CHECK(wr_figures_compute(ds, c, wr_period_quarter(2026, 3), &f, &err) == WR_OK);
    c->inhabitants = NULL;
    if (!f)
        return;
    CHECK_DBL(value(f, "instroom", "wijk+reden_instroom", "oost+eenzaamheid"), 1, 0);
    CHECK_DBL(value(f, "instroom", "wijk+reden_instroom", "oost+werk"), 1, 0);
    CHECK_DBL(value(f, "instroom", "wijk+reden_instroom", "oost+financien"), 0, 0);
    CHECK_DBL(value(f, "instroom", "wijk+reden_instroom", "noord+financien"), 0, 0); /* T1 started in March */
    CHECK_DBL(value(f, "instroom", "wijk+reden_instroom", "onbekend+overig"), 1, 0);
    CHECK(wr_figures_find(f, "instroom", "wijk+reden_instroom", "oost+onbekend") == NULL); /* no members */
    CHECK_DBL(value(f, "instroom", "wijk+leefgebied", "oost+sociaal_netwerk"), 1, 0);
    CHECK_DBL(value(f, "instroom", "wijk+leefgebied", "oost+werk_opleiding"), 1, 0);
    CHECK_DBL(value(f, "instroom", "wijk+leefgebied", "onbekend+onbekend"), 1, 0);
    /* Per 1,000: noord 2 / 2000, oost 2 / 4000; the total counts A once: 3 / 6000. */
    CHECK_DBL(value(f, "bereik_per_1000", "wijk", "noord"), 1.0, 1e-9);
    CHECK_DBL(value(f, "bereik_per_1000", "wijk", "oost"), 0.5, 1e-9);
    CHECK_DBL(value(f, "bereik_per_1000", "totaal", "totaal"), 0.5, 1e-9);
    CHECK_INT(wr_figures_find(f, "bereik_per_1000", "totaal", "totaal")->denominator, 6000);
    CHECK(wr_figures_find(f, "bereik_per_1000", "wijk", "centrum") == NULL); /* no number in the settings */
    /* The cross rows are cells of the disclosure control: 1 is shown as "<5". */
    CHECK(wr_figures_find(f, "instroom", "wijk+reden_instroom", "oost+werk")->public_show == WR_SHOW_SMALL_COUNT);
    wr_figures_free(f);
}

int main(void)
{
    wr_config *c = NULL;
    wr_dataset *d = NULL;
    wr_error err = {0};
    if (wr_config_load("tests/fixtures/config.ini", &c, &err) != WR_OK ||
        wr_dataset_load("tests/fixtures/bereik", c, &d, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        wr_config_free(c);
        return 1;
    }
    cfg = c;
    ds = d;
    test_reading();
    test_q3();
    test_q2();
    test_year();
    test_districts(c);
    wr_dataset_free(d);
    wr_config_free(c);
    return check_summary("bereikt");
}
