/* Part 1 "gedaan": klachten and afspraken on tests/fixtures/gedaan/volledig, files that
 * are not delivered, and a file-level error; expectations worked out by hand in the
 * comments. */
#include "gedaan_fixture.h"

static void test_diagnostics(void)
{
    /* klachten: K1 again (8) and K7 again (10, its first row was rejected); K6 handled
     * before received (7); 2026-13-01 (6); empty ontvangen (9); K4 handled without
     * uitkomst (5, warning); aard "klachtje" (11) and uitkomst "verzonnen" (13). */
    CHECK_INT(diag_count("klachten.csv", WR_DIAG_DUPLICATE_KEY), 2);
    CHECK(diag_at("klachten.csv", 8, WR_DIAG_DUPLICATE_KEY) != NULL);
    CHECK(diag_at("klachten.csv", 10, WR_DIAG_DUPLICATE_KEY) != NULL);
    CHECK_INT(diag_count("klachten.csv", WR_DIAG_DATE_ORDER), 1);
    CHECK(diag_at("klachten.csv", 7, WR_DIAG_DATE_ORDER) != NULL);
    CHECK_INT(diag_count("klachten.csv", WR_DIAG_INVALID_DATE), 1);
    CHECK_INT(diag_count("klachten.csv", WR_DIAG_MISSING_FIELD), 1);
    CHECK_INT(diag_count("klachten.csv", WR_DIAG_MISSING_EXPECTED), 1);
    CHECK(diag_at("klachten.csv", 5, WR_DIAG_MISSING_EXPECTED) != NULL);
    CHECK_INT(diag_count("klachten.csv", WR_DIAG_UNKNOWN_CODE), 2);
    /* afspraken: status "in_de_wacht" (9), empty omschrijving (10), jaar "abcd" (12). */
    CHECK_INT(diag_count("afspraken.csv", WR_DIAG_UNKNOWN_CODE), 1);
    CHECK_INT(diag_count("afspraken.csv", WR_DIAG_MISSING_FIELD), 1);
    CHECK_INT(diag_count("afspraken.csv", WR_DIAG_INVALID_NUMBER), 1);
}

static void test_complaints(void)
{
    /* Kept: K1 1/7 -> 12/8 (42 days, gegrond); K2 1/7 -> 13/8 (43, ongegrond); K3 15/9
     * open; K4 20/6 -> 5/7 (15, no uitkomst); K5 1/8, afgehandeld unreadable; K8 30/9
     * -> 1/10 ("klachtje", bemiddeld); K9 1/5 open; K10 20/7 -> 30/9 (72, "verzonnen").
     * Rejected: K6 (handled before received), second K1, both K7 rows. */
    wr_figures *f = compute(wr_period_quarter(2026, 3));
    if (!f)
        return;
    /* Received in Q3: K1, K2, K3, K5, K8, K10. */
    CHECK_DBL(value(f, "klachten_ontvangen", "totaal", "totaal"), 6, 0);
    CHECK_DBL(value(f, "klachten_ontvangen", "aard", "bejegening"), 2, 0);
    CHECK_DBL(value(f, "klachten_ontvangen", "aard", "communicatie"), 2, 0);
    CHECK_DBL(value(f, "klachten_ontvangen", "aard", "bereikbaarheid"), 1, 0);
    CHECK_DBL(value(f, "klachten_ontvangen", "aard", "overig"), 0, 0);
    CHECK_DBL(value(f, "klachten_ontvangen", "aard", "onbekend"), 1, 0);
    CHECK(wr_figures_find(f, "klachten_ontvangen", "totaal", "totaal")->kind == WR_KIND_COMPLAINTS);
    /* Handled in Q3: K1, K2, K4, K10 (K8 on 1 October is Q4; K5 unreadable). */
    CHECK_DBL(value(f, "klachten_afgehandeld", "totaal", "totaal"), 4, 0);
    CHECK_DBL(value(f, "klachten_afgehandeld", "uitkomst", "gegrond"), 1, 0);
    CHECK_DBL(value(f, "klachten_afgehandeld", "uitkomst", "ongegrond"), 1, 0);
    CHECK_DBL(value(f, "klachten_afgehandeld", "uitkomst", "bemiddeld"), 0, 0);
    CHECK_DBL(value(f, "klachten_afgehandeld", "uitkomst", "onbekend"), 2, 0); /* K4 empty, K10 unknown */
    /* Within 42 days: K1 (exactly 42) and K4; not K2 (43) or K10. */
    const wr_figure *pct = wr_figures_find(f, "klachten_binnen_termijn_pct", "totaal", "totaal");
    CHECK(pct && pct->kind == WR_KIND_PERCENT && pct->has_denominator && pct->denominator == 4);
    CHECK_DBL(value(f, "klachten_binnen_termijn_pct", "totaal", "totaal"), 50.0, 1e-9);
    CHECK_INT(rows_of(f, "klachten_binnen_termijn_pct"), 1);
    /* Open on 30 September: K3, K8 (handled 1 October), K9; not K5 (undecidable). */
    CHECK_DBL(value(f, "klachten_open", "totaal", "totaal"), 3, 0);
    CHECK_INT(rows_of(f, "klachten_open"), 1);
    release(f);

    /* Q4: K8 handled after 1 day; open on 31 December: K3, K9. */
    f = compute(wr_period_quarter(2026, 4));
    if (!f)
        return;
    CHECK_DBL(value(f, "klachten_ontvangen", "totaal", "totaal"), 0, 0);
    CHECK(!present(f, "klachten_ontvangen", "aard", "onbekend"));
    CHECK_DBL(value(f, "klachten_afgehandeld", "uitkomst", "bemiddeld"), 1, 0);
    CHECK_DBL(value(f, "klachten_binnen_termijn_pct", "totaal", "totaal"), 100.0, 1e-9);
    CHECK_DBL(value(f, "klachten_open", "totaal", "totaal"), 2, 0);
    release(f);

    /* Q2: K4 and K9 received, nothing handled: no percentage, noemer 0; both open. */
    f = compute(wr_period_quarter(2026, 2));
    if (!f)
        return;
    CHECK_DBL(value(f, "klachten_ontvangen", "totaal", "totaal"), 2, 0);
    pct = wr_figures_find(f, "klachten_binnen_termijn_pct", "totaal", "totaal");
    CHECK(pct && !pct->has_value && pct->has_denominator && pct->denominator == 0);
    CHECK_DBL(value(f, "klachten_open", "totaal", "totaal"), 2, 0);
    release(f);

    /* 2026: received 8 (all kept); handled K1, K2, K4, K8, K10; within K1, K4, K8 = 60%. */
    f = compute(wr_period_year(2026));
    if (!f)
        return;
    CHECK_DBL(value(f, "klachten_ontvangen", "totaal", "totaal"), 8, 0);
    CHECK_DBL(value(f, "klachten_afgehandeld", "totaal", "totaal"), 5, 0);
    CHECK_DBL(value(f, "klachten_binnen_termijn_pct", "totaal", "totaal"), 60.0, 1e-9);
    CHECK_INT(wr_figures_find(f, "klachten_binnen_termijn_pct", "totaal", "totaal")->denominator, 5);
    CHECK_DBL(value(f, "klachten_open", "totaal", "totaal"), 2, 0);
    release(f);
}

static void test_complaint_term_setting(void)
{
    /* With a term of 43 days K2 is within as well: 3 of 4 in Q3. */
    wr_config *c = NULL;
    wr_gedaan_data *d = NULL;
    wr_diag_list dl = {0};
    bool delivered[WR_FILE_COUNT] = {0};
    wr_error err = {0};
    CHECK(wr_config_load("tests/fixtures/gedaan/termijn.ini", &c, &err) == WR_OK);
    if (c && wr_gedaan_data_read("tests/fixtures/gedaan/volledig", c, &d, delivered, &dl, &err) == WR_OK) {
        wr_figures *f = compute_with(d, c, wr_period_quarter(2026, 3));
        CHECK(f != NULL);
        if (f)
            CHECK_DBL(value(f, "klachten_binnen_termijn_pct", "totaal", "totaal"), 75.0, 1e-9);
        release(f);
    } else {
        CHECK(!"reading with termijn.ini");
    }
    wr_gedaan_data_free(d);
    wr_diag_list_clear(&dl);
    wr_config_free(c);
}

typedef struct {
    int count;
    char id[8][32], theme[8][64], description[8][64], status[8][32], label[8][32], explanation[8][64];
} agreement_list;

static void collect(void *user, const char *id, const char *theme, const char *description, const char *status_code,
                    const char *status_label, const char *explanation, long line)
{
    (void)line;
    agreement_list *l = user;
    if (l->count >= 8)
        return;
    int i = l->count++;
    snprintf(l->id[i], sizeof l->id[i], "%s", id);
    snprintf(l->theme[i], sizeof l->theme[i], "%s", theme);
    snprintf(l->description[i], sizeof l->description[i], "%s", description);
    snprintf(l->status[i], sizeof l->status[i], "%s", status_code);
    snprintf(l->label[i], sizeof l->label[i], "%s", status_label);
    snprintf(l->explanation[i], sizeof l->explanation[i], "%s", explanation);
}

static void test_agreements(void)
{
    /* 2026-01: 31/3 op_schema "Loopt", then two rows on 30/6 (vertraagd, then op_schema
     * "Ingehaald": the later row wins). 2026-02: 31/3 niet_gestart, 30/9 gerealiseerd,
     * 1/10 vervallen. 2026-03: only 15/10 gerealiseerd. 2026-04: 1/8 "in_de_wacht"
     * (unknown). 2026-05 (no omschrijving) and 2026-06 (jaar "abcd") are rejected;
     * 2025-09 is of another year. */
    agreement_list l = {0};
    wr_gedaan_agreements(data, cfg, wr_period_quarter(2026, 3), collect, &l);
    CHECK_INT(l.count, 4);
    CHECK_STR(l.id[0], "2026-01");
    CHECK_STR(l.status[0], "op_schema");
    CHECK_STR(l.label[0], "Op schema");
    CHECK_STR(l.explanation[0], "Ingehaald");
    CHECK_STR(l.theme[0], "Praktisch redzaam");
    CHECK_STR(l.id[1], "2026-02");
    CHECK_STR(l.status[1], "gerealiseerd"); /* peildatum 30 September = P.end counts */
    CHECK_STR(l.explanation[1], "Tien nieuwe vrijwilligers");
    CHECK_STR(l.id[2], "2026-03");
    CHECK_STR(l.status[2], "niet_gerapporteerd");
    CHECK_STR(l.label[2], "Niet gerapporteerd");
    CHECK_STR(l.description[2], "Mantelzorg waarderen");
    CHECK_STR(l.explanation[2], "");
    CHECK_STR(l.id[3], "2026-04");
    CHECK_STR(l.status[3], "onbekend");

    agreement_list q1 = {0};
    wr_gedaan_agreements(data, cfg, wr_period_quarter(2026, 1), collect, &q1);
    CHECK_INT(q1.count, 4);
    CHECK_STR(q1.explanation[0], "Loopt");
    CHECK_STR(q1.status[1], "niet_gestart");

    wr_figures *f = compute(wr_period_quarter(2026, 3));
    if (!f)
        return;
    CHECK_DBL(value(f, "afspraken", "totaal", "totaal"), 4, 0);
    CHECK_DBL(value(f, "afspraken", "status", "op_schema"), 1, 0);
    CHECK_DBL(value(f, "afspraken", "status", "gerealiseerd"), 1, 0);
    CHECK_DBL(value(f, "afspraken", "status", "vertraagd"), 0, 0);
    CHECK_DBL(value(f, "afspraken", "status", "vervallen"), 0, 0);
    CHECK_DBL(value(f, "afspraken", "status", "niet_gerapporteerd"), 1, 0);
    CHECK_DBL(value(f, "afspraken", "status", "onbekend"), 1, 0);
    CHECK_INT(rows_of(f, "afspraken"), 1 + 5 + 1 + 1);
    release(f);

    /* Q2: 2026-01 op_schema (tie), 2026-02 niet_gestart, 2026-03 and 2026-04 not yet. */
    f = compute(wr_period_quarter(2026, 2));
    if (!f)
        return;
    CHECK_DBL(value(f, "afspraken", "status", "op_schema"), 1, 0);
    CHECK_DBL(value(f, "afspraken", "status", "vertraagd"), 0, 0);
    CHECK_DBL(value(f, "afspraken", "status", "niet_gestart"), 1, 0);
    CHECK_DBL(value(f, "afspraken", "status", "niet_gerapporteerd"), 2, 0);
    CHECK(!present(f, "afspraken", "status", "onbekend"));
    release(f);

    /* 2026 (ends 31 December): 2026-02 vervallen, 2026-03 gerealiseerd, none missing. */
    f = compute(wr_period_year(2026));
    if (!f)
        return;
    CHECK_DBL(value(f, "afspraken", "totaal", "totaal"), 4, 0);
    CHECK_DBL(value(f, "afspraken", "status", "vervallen"), 1, 0);
    CHECK_DBL(value(f, "afspraken", "status", "gerealiseerd"), 1, 0);
    CHECK_DBL(value(f, "afspraken", "status", "niet_gerapporteerd"), 0, 0);
    release(f);

    /* 2025-Q4 sees only the agreement of 2025. */
    f = compute(wr_period_quarter(2025, 4));
    if (!f)
        return;
    CHECK_DBL(value(f, "afspraken", "totaal", "totaal"), 1, 0);
    CHECK_DBL(value(f, "afspraken", "status", "gerealiseerd"), 1, 0);
    release(f);
}

static void test_not_delivered(void)
{
    /* Only klachten.csv: the other three are not delivered and give no rows; entries of
     * delivered[] for other files are left alone. */
    wr_gedaan_data *d = NULL;
    wr_diag_list dl = {0};
    wr_error err = {0};
    bool delivered[WR_FILE_COUNT] = {0};
    delivered[WR_FILE_TRAJECTEN] = true;
    delivered[WR_FILE_CONTACTEN] = true; /* must be reset */
    CHECK(wr_gedaan_data_read("tests/fixtures/gedaan/alleen-klachten", cfg, &d, delivered, &dl, &err) == WR_OK);
    CHECK(delivered[WR_FILE_TRAJECTEN]);
    CHECK(!delivered[WR_FILE_CONTACTEN]);
    CHECK(!delivered[WR_FILE_ACTIVITEITEN]);
    CHECK(!delivered[WR_FILE_AFSPRAKEN]);
    CHECK(delivered[WR_FILE_KLACHTEN]);
    CHECK(wr_gedaan_delivered(d, WR_FILE_KLACHTEN) && !wr_gedaan_delivered(d, WR_FILE_CONTACTEN));
    wr_figures *f = compute_with(d, cfg, wr_period_quarter(2026, 3));
    if (f) {
        CHECK_INT(rows_of(f, "contacten"), 0);
        CHECK_INT(rows_of(f, "activiteiten"), 0);
        CHECK_INT(rows_of(f, "vrijwilligersinzet"), 0);
        CHECK_INT(rows_of(f, "afspraken"), 0);
        CHECK_DBL(value(f, "klachten_ontvangen", "totaal", "totaal"), 1, 0);
        CHECK_DBL(value(f, "klachten_open", "totaal", "totaal"), 1, 0);
    }
    release(f);
    agreement_list l = {0};
    wr_gedaan_agreements(d, cfg, wr_period_quarter(2026, 3), collect, &l);
    CHECK_INT(l.count, 0);
    wr_gedaan_data_free(d);
    CHECK_INT(dl.count, 0);

    /* None of the four files: no rows at all. */
    d = NULL;
    CHECK(wr_gedaan_data_read("tests/fixtures/gedaan/leeg", cfg, &d, delivered, &dl, &err) == WR_OK);
    CHECK(!delivered[WR_FILE_KLACHTEN]);
    f = compute_with(d, cfg, wr_period_year(2026));
    CHECK(f && f->count == 0);
    release(f);
    wr_gedaan_data_free(d);
    wr_diag_list_clear(&dl);
    wr_gedaan_data_free(NULL);
}

static void test_file_error(void)
{
    /* activiteiten.csv without the required column deelnemers stops the run. */
    wr_gedaan_data *d = (wr_gedaan_data *)&d; /* must be reset to NULL */
    wr_diag_list dl = {0};
    wr_error err = {0};
    bool delivered[WR_FILE_COUNT] = {0};
    CHECK(wr_gedaan_data_read("tests/fixtures/gedaan/kapot", cfg, &d, delivered, &dl, &err) == WR_ERR_INPUT);
    CHECK(d == NULL);
    CHECK(strstr(err.message, "activiteiten.csv") != NULL);
    CHECK(strstr(err.message, "deelnemers") != NULL);
    CHECK(strstr(err.message, "regel 1") != NULL);
    wr_diag_list_clear(&dl);
}

int main(void)
{
    wr_config *c = NULL;
    wr_gedaan_data *d = NULL;
    if (!load_fixture(&c, &d))
        return finish(c, d, "gedaan (klachten, afspraken)") | 1;
    test_diagnostics();
    test_complaints();
    test_complaint_term_setting();
    test_agreements();
    test_not_delivered();
    test_file_error();
    return finish(c, d, "gedaan (klachten, afspraken)");
}
