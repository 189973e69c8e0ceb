/* The disclosure step (src/figures/disclosure.c) on figures models made by hand: which
 * rows a public document shows as "<5", "x" or "n<10", worked out by hand in the
 * comments. Threshold 5 and minimal denominator 10 throughout. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "config/config.h"
#include "figures/disclosure.h"
#include "figures/figures.h"
#include "figures/privacy.h"
#include "fill/public_value.h"

static wr_config cfg;

static wr_figure *count(wr_figures *f, const char *figure, const char *dimension, const char *code, double value)
{
    wr_figure *fig = wr_figures_add(f, WR_DEEL_BEREIKT, figure, dimension, code, code, WR_KIND_RESIDENTS);
    if (!fig) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    wr_figure_set_count(fig, value);
    return fig;
}

static wr_figure *ratio(wr_figures *f, const char *figure, const char *dimension, const char *code, double numerator,
                        long denominator)
{
    wr_figure *fig = wr_figures_add(f, WR_DEEL_GEDAAN, figure, dimension, code, code, WR_KIND_PERCENT);
    if (!fig) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    wr_figure_set_ratio(fig, numerator, denominator, 1, 100.0);
    return fig;
}

static wr_show shown(const wr_figures *f, const char *figure, const char *dimension, const char *code)
{
    const wr_figure *fig = wr_figures_find(f, figure, dimension, code);
    CHECK(fig != NULL);
    return fig ? fig->public_show : WR_SHOW_VALUE;
}

static void protect(wr_figures *f)
{
    wr_figures *set[] = {f};
    CHECK(wr_disclose_document(set, 1, &cfg, NULL));
}

/* bereik 30 = 3 + 12 + 15 by wijk: the 3 is "<5"; alone it would be 30 - 12 - 15, so
 * the smallest other (12) is "x" as well; the total and the 15 stay. Values never change. */
static void one_small_cell_in_a_breakdown(void)
{
    wr_figures *f = wr_figures_new(wr_period_quarter(2026, 3));
    count(f, "bereik", "totaal", "totaal", 30);
    count(f, "bereik", "wijk", "noord", 3);
    count(f, "bereik", "wijk", "oost", 12);
    count(f, "bereik", "wijk", "zuid", 15);
    protect(f);
    CHECK_INT(shown(f, "bereik", "wijk", "noord"), WR_SHOW_SMALL_COUNT);
    CHECK_INT(shown(f, "bereik", "wijk", "oost"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "bereik", "wijk", "zuid"), WR_SHOW_VALUE);
    CHECK_INT(shown(f, "bereik", "totaal", "totaal"), WR_SHOW_VALUE);
    CHECK_DBL(wr_figures_find(f, "bereik", "wijk", "oost")->value, 12, 0);
    char text[16];
    wr_public_value(wr_figures_find(f, "bereik", "wijk", "oost"), &cfg, text, sizeof text);
    CHECK_STR(text, "x");
    wr_disclosure_counts c;
    wr_disclosure_count(f, &c);
    CHECK_INT(c.primary, 1);
    CHECK_INT(c.secondary, 1);
    /* The same step again gives the same view (it starts from the primary rule). */
    protect(f);
    CHECK_INT(shown(f, "bereik", "wijk", "oost"), WR_SHOW_PROTECTED);
    wr_figures_free(f);
}

/* Complaints 8 = 2 + 1 + 5 by aard: the two small cells hold 3 together, and 8 - 5 = 3
 * would say so, so the 5 goes too. By uitkomst 8 = 2 + 6: the 6 goes. */
static void two_small_cells_in_one_row(void)
{
    wr_figures *f = wr_figures_new(wr_period_quarter(2026, 3));
    count(f, "klachten_ontvangen", "totaal", "totaal", 8);
    count(f, "klachten_ontvangen", "aard", "bejegening", 2);
    count(f, "klachten_ontvangen", "aard", "communicatie", 1);
    count(f, "klachten_ontvangen", "aard", "overig", 5);
    count(f, "klachten_ontvangen", "uitkomst", "gegrond", 2);
    count(f, "klachten_ontvangen", "uitkomst", "ongegrond", 6);
    protect(f);
    CHECK_INT(shown(f, "klachten_ontvangen", "aard", "bejegening"), WR_SHOW_SMALL_COUNT);
    CHECK_INT(shown(f, "klachten_ontvangen", "aard", "communicatie"), WR_SHOW_SMALL_COUNT);
    CHECK_INT(shown(f, "klachten_ontvangen", "aard", "overig"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "klachten_ontvangen", "uitkomst", "ongegrond"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "klachten_ontvangen", "totaal", "totaal"), WR_SHOW_VALUE);
    wr_figures_free(f);
}

/* A cross breakdown wijk+reden_instroom with its margins (the two-way table of
 * test_protection.c):
 *              financien  wonen  werk | wijk
 *   noord            3      10    12  |  25
 *   oost             7       8    20  |  35
 *   reden           10      18    32  |  60
 * The 3 is small. In row noord the 10 protects it; then column wonen has only the 10
 * hidden, so its 8 goes, and column financien only the 3, so its 7 goes: the protector
 * needed protecting in another relation. Row oost then hides 7 + 8 = 15: safe. */
static void a_protector_protected_elsewhere(void)
{
    wr_figures *f = wr_figures_new(wr_period_quarter(2026, 3));
    count(f, "instroom", "totaal", "totaal", 60);
    count(f, "instroom", "wijk", "noord", 25);
    count(f, "instroom", "wijk", "oost", 35);
    count(f, "instroom", "reden_instroom", "financien", 10);
    count(f, "instroom", "reden_instroom", "wonen", 18);
    count(f, "instroom", "reden_instroom", "werk", 32);
    static const char *const rows[] = {"noord", "oost"}, *const cols[] = {"financien", "wonen", "werk"};
    static const double cells[2][3] = {{3, 10, 12}, {7, 8, 20}};
    for (int r = 0; r < 2; r++)
        for (int c = 0; c < 3; c++) {
            char code[64];
            snprintf(code, sizeof code, "%s+%s", rows[r], cols[c]);
            count(f, "instroom", "wijk+reden_instroom", code, cells[r][c]);
        }
    protect(f);
    CHECK_INT(shown(f, "instroom", "wijk+reden_instroom", "noord+financien"), WR_SHOW_SMALL_COUNT);
    CHECK_INT(shown(f, "instroom", "wijk+reden_instroom", "noord+wonen"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "instroom", "wijk+reden_instroom", "oost+financien"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "instroom", "wijk+reden_instroom", "oost+wonen"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "instroom", "wijk+reden_instroom", "noord+werk"), WR_SHOW_VALUE);
    CHECK_INT(shown(f, "instroom", "wijk+reden_instroom", "oost+werk"), WR_SHOW_VALUE);
    CHECK_INT(shown(f, "instroom", "wijk", "noord"), WR_SHOW_VALUE);
    CHECK_INT(shown(f, "instroom", "reden_instroom", "wonen"), WR_SHOW_VALUE);
    wr_figures_free(f);

    /* A cross row counts only when its codes are complete: noord (20) has a cross row for
     * financien (3) but none for wonen, so noord is no sum of its cross rows and stays;
     * an onbekend group that a cross breakdown lacks is no gap (it has no members there). */
    f = wr_figures_new(wr_period_quarter(2026, 3));
    count(f, "instroom", "totaal", "totaal", 20);
    count(f, "instroom", "wijk", "noord", 20);
    count(f, "instroom", "reden_instroom", "financien", 3);
    count(f, "instroom", "reden_instroom", "wonen", 17);
    count(f, "instroom", "wijk+reden_instroom", "noord+financien", 3);
    protect(f);
    CHECK_INT(shown(f, "instroom", "wijk", "noord"), WR_SHOW_VALUE);
    wr_figures_free(f);

    f = wr_figures_new(wr_period_quarter(2026, 3));
    count(f, "instroom", "totaal", "totaal", 41);
    count(f, "instroom", "wijk", "noord", 20);
    count(f, "instroom", "wijk", "oost", 21);
    count(f, "instroom", "reden_instroom", "financien", 13);
    count(f, "instroom", "reden_instroom", "wonen", 22);
    count(f, "instroom", "reden_instroom", "onbekend", 6);
    count(f, "instroom", "wijk+reden_instroom", "noord+financien", 3);
    count(f, "instroom", "wijk+reden_instroom", "noord+wonen", 17);
    count(f, "instroom", "wijk+reden_instroom", "oost+financien", 10);
    count(f, "instroom", "wijk+reden_instroom", "oost+wonen", 5);
    count(f, "instroom", "wijk+reden_instroom", "oost+onbekend", 6);
    protect(f);
    /* Row noord: 20 = 3 + 17 with the 3 small: the 17 goes (only this row relation can
     * hide it). Column financien hides the 10, column wonen then the 5. */
    CHECK_INT(shown(f, "instroom", "wijk+reden_instroom", "noord+wonen"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "instroom", "wijk+reden_instroom", "oost+financien"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "instroom", "wijk+reden_instroom", "oost+wonen"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "instroom", "wijk+reden_instroom", "oost+onbekend"), WR_SHOW_VALUE);
    wr_figures_free(f);
}

/* Everything small: 4 = 1 + 3, all "<5", nothing more to hide. And 9 = 1 + 2 + 6: the
 * two small cells hold 3, so the 6 goes; everything but the total ends up hidden. */
static void everything_hidden(void)
{
    wr_figures *f = wr_figures_new(wr_period_quarter(2026, 3));
    count(f, "uitstroom", "totaal", "totaal", 4);
    count(f, "uitstroom", "reden_uitstroom", "verhuisd", 1);
    count(f, "uitstroom", "reden_uitstroom", "overleden", 3);
    count(f, "instroom", "totaal", "totaal", 9);
    count(f, "instroom", "onderdeel", "a", 1);
    count(f, "instroom", "onderdeel", "b", 2);
    count(f, "instroom", "onderdeel", "c", 6);
    protect(f);
    CHECK_INT(shown(f, "uitstroom", "totaal", "totaal"), WR_SHOW_SMALL_COUNT);
    CHECK_INT(shown(f, "uitstroom", "reden_uitstroom", "verhuisd"), WR_SHOW_SMALL_COUNT);
    CHECK_INT(shown(f, "uitstroom", "reden_uitstroom", "overleden"), WR_SHOW_SMALL_COUNT);
    CHECK_INT(shown(f, "instroom", "onderdeel", "c"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "instroom", "totaal", "totaal"), WR_SHOW_VALUE);
    wr_disclosure_counts c;
    wr_disclosure_count(f, &c);
    CHECK_INT(c.primary, 5);
    CHECK_INT(c.secondary, 1);
    wr_figures_free(f);
}

/* The row: complaints 7 | 5 | 4 in the quarters, 16 in the year. Each quarter
 * is protected as in its own report (the 4 is "<5", the 5 and 7 are shown there), so
 * hiding the 5 in the year report would not help: the year total goes ("x"). Then the
 * year's breakdown by aard, 16 = 6 + 10, needs a hidden part as well: the 6. */
static void year_and_quarters(void)
{
    static const double quarters[] = {7, 5, 4};
    wr_figures *models[4];
    for (int q = 0; q < 3; q++) {
        models[q] = wr_figures_new(wr_period_quarter(2026, q + 1));
        count(models[q], "klachten_ontvangen", "totaal", "totaal", quarters[q]);
    }
    wr_figures *year = models[3] = wr_figures_new((wr_period){2026, 0, wr_period_quarter(2026, 1).start,
                                                              wr_period_quarter(2026, 3).end});
    count(year, "klachten_ontvangen", "totaal", "totaal", 16);
    count(year, "klachten_ontvangen", "aard", "bejegening", 6);
    count(year, "klachten_ontvangen", "aard", "overig", 10);
    /* The year comes first in the list: quarters are protected first all the same. */
    wr_figures *set[] = {year, models[0], models[1], models[2], models[1]};
    wr_disclosure_counts solved;
    CHECK(wr_disclose_document(set, 5, &cfg, &solved));
    CHECK_INT(solved.relations, 2); /* year = its aard groups; year = its quarters */
    CHECK_INT(solved.unsafe, 0);
    CHECK_INT(shown(models[2], "klachten_ontvangen", "totaal", "totaal"), WR_SHOW_SMALL_COUNT);
    CHECK_INT(shown(models[1], "klachten_ontvangen", "totaal", "totaal"), WR_SHOW_VALUE);
    CHECK_INT(shown(models[0], "klachten_ontvangen", "totaal", "totaal"), WR_SHOW_VALUE);
    CHECK_INT(shown(year, "klachten_ontvangen", "totaal", "totaal"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(year, "klachten_ontvangen", "aard", "bejegening"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(year, "klachten_ontvangen", "aard", "overig"), WR_SHOW_VALUE);
    /* A year whose quarters hide enough together needs nothing: 25 = 3 + 2 + 20, where
     * the two small quarters hold 5 between them. A quarter's own breakdown is protected
     * in its own right: 20 = 2 + 18 by onderdeel hides the 18 there. */
    for (int q = 0; q < 4; q++)
        wr_figures_free(models[q]);
    static const double totals[] = {3, 2, 20};
    for (int q = 0; q < 3; q++) {
        models[q] = wr_figures_new(wr_period_quarter(2025, q + 1));
        count(models[q], "uitstroom", "totaal", "totaal", totals[q]);
    }
    count(models[2], "uitstroom", "onderdeel", "a", 2);
    count(models[2], "uitstroom", "onderdeel", "b", 18);
    year = models[3] = wr_figures_new(wr_period_year(2025));
    count(year, "uitstroom", "totaal", "totaal", 25);
    CHECK(wr_disclose_document(models, 4, &cfg, NULL));
    CHECK_INT(shown(models[2], "uitstroom", "onderdeel", "b"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(models[2], "uitstroom", "totaal", "totaal"), WR_SHOW_VALUE);
    CHECK_INT(shown(year, "uitstroom", "totaal", "totaal"), WR_SHOW_VALUE);
    for (int q = 0; q < 4; q++)
        wr_figures_free(models[q]);
}

/* A ratio that would give a hidden count away with its shown denominator is hidden: a
 * made-up pair (a percentage within a norm and the number outside it), then the pairs
 * the model registers (the norms, once eerste_contact_buiten_norm exists; dropout). A
 * percentage over a shown count stays. */
static void ratio_revealing_a_hidden_count(void)
{
    static const wr_ratio_pair pairs[] = {{"proef_binnen_pct", "proef_buiten", WR_REVEALS_COMPLEMENT,
                                           WR_PAIR_SAME_GROUP}};
    wr_figures *f = wr_figures_new(wr_period_quarter(2026, 3));
    ratio(f, "proef_binnen_pct", "totaal", "totaal", 17, 20); /* 85% of 20: 3 outside */
    wr_figure *outside = wr_figures_add(f, WR_DEEL_GEDAAN, "proef_buiten", "totaal", "totaal", "", WR_KIND_TRAJECTORIES);
    wr_figure_set_count(outside, 3);
    ratio(f, "proef_binnen_pct", "wijk", "noord", 12, 12); /* nobody outside: shown */
    wr_figure *none = wr_figures_add(f, WR_DEEL_GEDAAN, "proef_buiten", "wijk", "noord", "", WR_KIND_TRAJECTORIES);
    wr_figure_set_count(none, 0);
    wr_disclosure_member m = {.model = f};
    CHECK(wr_disclose_set(&m, 1, &cfg, pairs, 1, NULL));
    CHECK_INT(shown(f, "proef_binnen_pct", "totaal", "totaal"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "proef_binnen_pct", "wijk", "noord"), WR_SHOW_VALUE);
    CHECK_INT(wr_figures_find(f, "proef_binnen_pct", "totaal", "totaal")->denominator_show, WR_SHOW_VALUE);
    wr_disclosure_counts c;
    wr_disclosure_count(f, &c);
    CHECK_INT(c.ratios, 1);
    /* Without the pair, nothing links them. */
    CHECK(wr_disclose_set(&m, 1, &cfg, NULL, 0, NULL));
    CHECK_INT(shown(f, "proef_binnen_pct", "totaal", "totaal"), WR_SHOW_VALUE);
    wr_figures_free(f);

    f = wr_figures_new(wr_period_quarter(2026, 3));
    ratio(f, "eerste_contact_binnen_norm_pct", "totaal", "totaal", 40, 42);
    wr_figure_set_count(wr_figures_add(f, WR_DEEL_GEDAAN, "eerste_contact_buiten_norm", "totaal", "totaal", "",
                                       WR_KIND_TRAJECTORIES), 2);
    ratio(f, "uitval_pct", "totaal", "totaal", 2, 40);
    count(f, "uitstroom", "totaal", "totaal", 38);
    count(f, "uitstroom", "reden_uitstroom", "eenzijdig_door_inwoner", 2);
    count(f, "uitstroom", "reden_uitstroom", "volgens_plan", 36);
    protect(f);
    CHECK_INT(shown(f, "eerste_contact_binnen_norm_pct", "totaal", "totaal"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "uitval_pct", "totaal", "totaal"), WR_SHOW_PROTECTED);
    wr_figures_free(f);
}

/* Section 8 of the contract: the norms per onderdeel and wijk, with the number outside
 * each beside the percentage. Outside the first-contact norm, by wijk, 14 = 3 + 11: the 3
 * is "<5", the 11 protects it ("x"), and each percentage beside a hidden number outside
 * is "x" too, so that percentage x trajectories does not give the number back. The
 * waiting list by waiting time 20 = 2 + 18: the 18 goes; the median waiting time
 * follows its trajectories only when their total is hidden. */
static void norms_and_waiting_per_group(void)
{
    wr_figures *f = wr_figures_new(wr_period_quarter(2026, 3));
    ratio(f, "eerste_contact_binnen_norm_pct", "totaal", "totaal", 86, 100);
    wr_figure_set_count(wr_figures_add(f, WR_DEEL_GEDAAN, "eerste_contact_buiten_norm", "totaal", "totaal", "",
                                       WR_KIND_TRAJECTORIES), 14);
    ratio(f, "eerste_contact_binnen_norm_pct", "wijk", "noord", 37, 40);
    ratio(f, "eerste_contact_binnen_norm_pct", "wijk", "oost", 49, 60);
    wr_figure_set_count(wr_figures_add(f, WR_DEEL_GEDAAN, "eerste_contact_buiten_norm", "wijk", "noord", "",
                                       WR_KIND_TRAJECTORIES), 3);
    wr_figure_set_count(wr_figures_add(f, WR_DEEL_GEDAAN, "eerste_contact_buiten_norm", "wijk", "oost", "",
                                       WR_KIND_TRAJECTORIES), 11);
    wr_figure_set_count(wr_figures_add(f, WR_DEEL_BEREIKT, "wachtend_trajecten", "totaal", "totaal", "",
                                       WR_KIND_TRAJECTORIES), 20);
    wr_figure_set_count(wr_figures_add(f, WR_DEEL_BEREIKT, "wachtend_trajecten", "wachttijd", "0-14", "",
                                       WR_KIND_TRAJECTORIES), 18);
    wr_figure_set_count(wr_figures_add(f, WR_DEEL_BEREIKT, "wachtend_trajecten", "wachttijd", "57+", "",
                                       WR_KIND_TRAJECTORIES), 2);
    wr_figure *median = wr_figures_add(f, WR_DEEL_BEREIKT, "wachttijd_mediaan_dagen", "totaal", "totaal", "",
                                       WR_KIND_MEDIAN);
    median->has_value = median->has_denominator = true;
    median->value = 9;
    median->denominator = 20;
    protect(f);
    CHECK_INT(shown(f, "eerste_contact_buiten_norm", "wijk", "noord"), WR_SHOW_SMALL_COUNT);
    CHECK_INT(shown(f, "eerste_contact_buiten_norm", "wijk", "oost"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "eerste_contact_binnen_norm_pct", "wijk", "noord"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "eerste_contact_binnen_norm_pct", "wijk", "oost"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "eerste_contact_binnen_norm_pct", "totaal", "totaal"), WR_SHOW_VALUE);
    CHECK_INT(shown(f, "wachtend_trajecten", "wachttijd", "57+"), WR_SHOW_SMALL_COUNT);
    CHECK_INT(shown(f, "wachtend_trajecten", "wachttijd", "0-14"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "wachttijd_mediaan_dagen", "totaal", "totaal"), WR_SHOW_VALUE);
    wr_figures_free(f);

    f = wr_figures_new(wr_period_quarter(2026, 3));
    wr_figure_set_count(wr_figures_add(f, WR_DEEL_BEREIKT, "wachtend_trajecten", "totaal", "totaal", "",
                                       WR_KIND_TRAJECTORIES), 3);
    median = wr_figures_add(f, WR_DEEL_BEREIKT, "wachttijd_mediaan_dagen", "totaal", "totaal", "", WR_KIND_MEDIAN);
    median->has_value = median->has_denominator = true;
    median->denominator = 3;
    protect(f);
    char text[16];
    wr_public_denominator(median, &cfg, text, sizeof text);
    CHECK_STR(text, "<5");
    wr_figures_free(f);
}

/* The young people's cross breakdown (contract, section 5): bereik 0-17 = 12 by onderdeel
 * 3 + 9 + 0 + (the onbekend group of 1 is missing where it has no members, no gap). The 3
 * is "<5" and the 9 protects it. Only the age group 0-17 is crossed, so an onderdeel's own
 * row is no sum of cross rows and stays as it is. */
static void youth_cross_breakdown(void)
{
    wr_figures *f = wr_figures_new(wr_period_quarter(2026, 3));
    count(f, "bereik", "totaal", "totaal", 200);
    count(f, "bereik", "onderdeel", "basis", 80);
    count(f, "bereik", "onderdeel", "wijkteam", 120);
    count(f, "bereik", "onderdeel", "aanvullend", 0);
    count(f, "bereik", "onderdeel", "onbekend", 1);
    count(f, "bereik", "leeftijdsgroep", "0-17", 12);
    count(f, "bereik", "leeftijdsgroep", "18-26", 188);
    count(f, "bereik", "leeftijdsgroep+onderdeel", "0-17+basis", 3);
    count(f, "bereik", "leeftijdsgroep+onderdeel", "0-17+wijkteam", 9);
    count(f, "bereik", "leeftijdsgroep+onderdeel", "0-17+aanvullend", 0);
    protect(f);
    CHECK_INT(shown(f, "bereik", "leeftijdsgroep+onderdeel", "0-17+basis"), WR_SHOW_SMALL_COUNT);
    CHECK_INT(shown(f, "bereik", "leeftijdsgroep+onderdeel", "0-17+wijkteam"), WR_SHOW_PROTECTED);
    CHECK_INT(shown(f, "bereik", "leeftijdsgroep+onderdeel", "0-17+aanvullend"), WR_SHOW_VALUE);
    CHECK_INT(shown(f, "bereik", "leeftijdsgroep", "0-17"), WR_SHOW_VALUE);
    CHECK_INT(shown(f, "bereik", "onderdeel", "basis"), WR_SHOW_VALUE);
    CHECK_INT(shown(f, "bereik", "onderdeel", "wijkteam"), WR_SHOW_VALUE);
    wr_figures_free(f);
}

/* A denominator printed beside a ratio is a count: 4 answers show as "<5" (and the
 * percentage as "n<10"). ZRM pairs hidden to protect others ("x") take their mean and
 * percentage along, and the denominator they print. A budget is no count. */
static void denominators(void)
{
    wr_figures *f = wr_figures_new(wr_period_quarter(2026, 3));
    ratio(f, "ervaring_eens_pct", "vraag", "passend", 3, 4);
    wr_figure *pairs = wr_figures_add(f, WR_DEEL_EFFECT, "zrm_paren", "totaal", "totaal", "", WR_KIND_TRAJECTORIES);
    wr_figure_set_count(pairs, 40);
    static const char *const domains[] = {"geldzaken", "woning", "justitie"};
    static const double counts[] = {3, 12, 25};
    for (int i = 0; i < 3; i++) {
        wr_figure *p = wr_figures_add(f, WR_DEEL_EFFECT, "zrm_paren", "leefgebied", domains[i], "",
                                      WR_KIND_TRAJECTORIES);
        wr_figure_set_count(p, counts[i]);
        ratio(f, "zrm_verbeterd_pct", "leefgebied", domains[i], counts[i] / 2, (long)counts[i]);
    }
    wr_figure *spent = wr_figures_add(f, WR_DEEL_FINANCIEN, "besteed_pct", "totaal", "totaal", "", WR_KIND_PERCENT);
    wr_figure_set_ratio(spent, 1, 4, 1, 100.0);
    protect(f);
    const wr_figure *answers = wr_figures_find(f, "ervaring_eens_pct", "vraag", "passend");
    char text[16];
    CHECK_INT(answers->public_show, WR_SHOW_SMALL_BASE);
    wr_public_denominator(answers, &cfg, text, sizeof text);
    CHECK_STR(text, "<5");
    CHECK_INT(shown(f, "zrm_paren", "leefgebied", "woning"), WR_SHOW_PROTECTED);
    const wr_figure *woning = wr_figures_find(f, "zrm_verbeterd_pct", "leefgebied", "woning");
    CHECK_INT(woning->public_show, WR_SHOW_PROTECTED);
    wr_public_denominator(woning, &cfg, text, sizeof text);
    CHECK_STR(text, "x");
    const wr_figure *justitie = wr_figures_find(f, "zrm_verbeterd_pct", "leefgebied", "justitie");
    CHECK_INT(justitie->public_show, WR_SHOW_VALUE);
    wr_public_denominator(justitie, &cfg, text, sizeof text);
    CHECK_STR(text, "25");
    CHECK_INT(wr_figures_find(f, "besteed_pct", "totaal", "totaal")->denominator_show, WR_SHOW_VALUE);
    wr_disclosure_counts c;
    wr_disclosure_count(f, &c);
    CHECK_INT(c.denominators, 3); /* 4 answers, 3 pairs of geldzaken, the pairs of woning */
    wr_figures_free(f);
}

int main(void)
{
    memset(&cfg, 0, sizeof cfg);
    cfg.privacy_threshold = 5;
    cfg.privacy_min_denominator = 10;
    if (wr_code_list_set(&cfg.dropout_reasons, "eenzijdig_door_inwoner", "Gestopt door inwoner") != 0)
        return 1;
    one_small_cell_in_a_breakdown();
    two_small_cells_in_one_row();
    a_protector_protected_elsewhere();
    everything_hidden();
    year_and_quarters();
    ratio_revealing_a_hidden_count();
    denominators();
    norms_and_waiting_per_group();
    youth_cross_breakdown();
    wr_code_list_clear(&cfg.dropout_reasons);
    return check_summary("disclosure");
}
