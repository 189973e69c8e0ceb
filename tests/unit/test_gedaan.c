/* Part 1 "gedaan", counted figures: contacten and activiteiten (with bijeenkomsten,
 * deelnames, vrijwilligersinzet) on tests/fixtures/gedaan/volledig, expectations worked
 * out by hand in the comments. */
#include "gedaan_fixture.h"

static void test_diagnostics(void)
{
    /* contacten: note on column "opmerking"; unknown wijk (line 6) and kanaal (11);
     * aantal -3 (7); empty kanaal (8); 31-06-2026 (9); line 12 ";;;;;" is skipped; line
     * 15 repeats wijk "atlantis" (reported again) with aantal "abc" (rejected). */
    CHECK_INT(diag_count("contacten.csv", WR_DIAG_UNKNOWN_COLUMN), 1);
    CHECK_INT(diag_count("contacten.csv", WR_DIAG_UNKNOWN_CODE), 3);
    CHECK(diag_at("contacten.csv", 15, WR_DIAG_UNKNOWN_CODE) != NULL);
    CHECK_INT(diag_count("contacten.csv", WR_DIAG_INVALID_NUMBER), 2);
    CHECK_INT(diag_count("contacten.csv", WR_DIAG_MISSING_FIELD), 1);
    CHECK_INT(diag_count("contacten.csv", WR_DIAG_INVALID_DATE), 1);
    CHECK(diag_at("contacten.csv", 7, WR_DIAG_INVALID_NUMBER) != NULL);
    CHECK(diag_at("contacten.csv", 12, WR_DIAG_MISSING_FIELD) == NULL);
    /* activiteiten: vrijwilligers "x" (6) and deelnemers -1 (11); empty naam (10);
     * thema "sport" (9) and wijk "mars" (12). */
    CHECK_INT(diag_count("activiteiten.csv", WR_DIAG_INVALID_NUMBER), 2);
    CHECK_INT(diag_count("activiteiten.csv", WR_DIAG_MISSING_FIELD), 1);
    CHECK_INT(diag_count("activiteiten.csv", WR_DIAG_UNKNOWN_CODE), 2);
    const wr_diag *d = diag_at("activiteiten.csv", 6, WR_DIAG_INVALID_NUMBER);
    CHECK(d != NULL);
    if (d) {
        CHECK_INT(d->column, 7);
        CHECK_STR(d->value, "x");
        CHECK_INT(d->severity, WR_SEVERITY_ERROR);
    }
}

static void test_contacts(void)
{
    /* Q3: 30-09 noord tel 3; 1-7 stadsbreed dig 2 (swt); 15-07 oost fys 4 (codes in
     * other case, padded); 01-08 "atlantis" dig 1; 04-08 centrum "brief" 2. 1 October
     * (5) is Q4; the rows with -3, no kanaal and 31-06 are rejected. */
    wr_figures *f = compute(wr_period_quarter(2026, 3));
    if (!f)
        return;
    CHECK_DBL(value(f, "contacten", "totaal", "totaal"), 12, 0);
    CHECK_DBL(value(f, "contacten", "kanaal", "telefonisch"), 3, 0);
    CHECK_DBL(value(f, "contacten", "kanaal", "digitaal"), 3, 0);
    CHECK_DBL(value(f, "contacten", "kanaal", "fysiek"), 4, 0);
    CHECK_DBL(value(f, "contacten", "kanaal", "schriftelijk"), 0, 0);
    CHECK_DBL(value(f, "contacten", "kanaal", "onbekend"), 2, 0);
    CHECK_DBL(value(f, "contacten", "onderdeel", "sociale_basis"), 10, 0);
    CHECK_DBL(value(f, "contacten", "onderdeel", "sociaal_wijkteam"), 2, 0);
    CHECK_DBL(value(f, "contacten", "onderdeel", "aanvullende_ondersteuning"), 0, 0);
    CHECK(!present(f, "contacten", "onderdeel", "onbekend"));
    CHECK_DBL(value(f, "contacten", "wijk", "noord"), 3, 0);
    CHECK_DBL(value(f, "contacten", "wijk", "oost"), 4, 0);
    CHECK_DBL(value(f, "contacten", "wijk", "centrum"), 2, 0);
    CHECK_DBL(value(f, "contacten", "wijk", "spaarndam"), 0, 0);
    CHECK_DBL(value(f, "contacten", "wijk", "stadsbreed"), 2, 0);
    CHECK_DBL(value(f, "contacten", "wijk", "onbekend"), 1, 0);
    CHECK_STR(wr_figures_find(f, "contacten", "wijk", "stadsbreed")->label, "Stadsbreed");
    CHECK_STR(wr_figures_find(f, "contacten", "wijk", "zuid_west")->label, "Zuid-West");
    CHECK(wr_figures_find(f, "contacten", "totaal", "totaal")->kind == WR_KIND_COUNT);
    CHECK(wr_figures_find(f, "contacten", "totaal", "totaal")->deel == WR_DEEL_GEDAAN);
    CHECK_INT(rows_of(f, "contacten"), 1 + (4 + 1) + 3 + (6 + 2));
    release(f);

    /* Q4: 1 October noord 5 and 31 December zuid_west 0; no stadsbreed, no onbekend,
     * but zuid_west has a (zero) row like every configured code. */
    f = compute(wr_period_quarter(2026, 4));
    if (!f)
        return;
    CHECK_DBL(value(f, "contacten", "totaal", "totaal"), 5, 0);
    CHECK_DBL(value(f, "contacten", "wijk", "noord"), 5, 0);
    CHECK_DBL(value(f, "contacten", "wijk", "zuid_west"), 0, 0);
    CHECK(!present(f, "contacten", "wijk", "stadsbreed"));
    CHECK(!present(f, "contacten", "wijk", "onbekend"));
    CHECK(!present(f, "contacten", "kanaal", "onbekend"));
    CHECK_INT(rows_of(f, "contacten"), 1 + 4 + 3 + 6);
    release(f);

    /* Q1: 31 March centrum 6, and 15 February stadsbreed 0: a member with value 0 still
     * gets its stadsbreed row. */
    f = compute(wr_period_quarter(2026, 1));
    if (!f)
        return;
    CHECK_DBL(value(f, "contacten", "totaal", "totaal"), 6, 0);
    CHECK_DBL(value(f, "contacten", "wijk", "stadsbreed"), 0, 0);
    CHECK_DBL(value(f, "contacten", "kanaal", "telefonisch"), 0, 0);
    CHECK_INT(rows_of(f, "contacten"), 1 + 4 + 3 + (6 + 1));
    release(f);

    /* Q2: nothing, all configured codes 0. */
    f = compute(wr_period_quarter(2026, 2));
    if (!f)
        return;
    CHECK_DBL(value(f, "contacten", "totaal", "totaal"), 0, 0);
    CHECK_DBL(value(f, "contacten", "kanaal", "telefonisch"), 0, 0);
    CHECK_INT(rows_of(f, "contacten"), 1 + 4 + 3 + 6);
    release(f);

    /* 2026 = Q1 (6 + 0) + Q3 (12) + Q4 (5). */
    f = compute(wr_period_year(2026));
    if (!f)
        return;
    CHECK_DBL(value(f, "contacten", "totaal", "totaal"), 23, 0);
    CHECK_DBL(value(f, "contacten", "kanaal", "schriftelijk"), 6, 0);
    CHECK_DBL(value(f, "contacten", "onderdeel", "sociale_basis"), 15, 0);
    CHECK_DBL(value(f, "contacten", "wijk", "stadsbreed"), 2, 0);
    CHECK_DBL(value(f, "contacten", "wijk", "noord"), 8, 0);
    release(f);
}

static void test_activities(void)
{
    /* Q3 meetings: A1 2, 9 July and 30 September (noord, praktisch: 10+12+8, vrijw
     * 2+3+2); A2 (stadsbreed, participatie, 6, vrijwilligers "x"); A3 10 July (oost,
     * samenredzaamheid, 7, vrijwilligers empty); A4 (oost, thema "sport", 4, 2); A7
     * (wijk "mars", participatie, 5, 1). A5 (no naam) and A6 (deelnemers -1) are out. */
    wr_figures *f = compute(wr_period_quarter(2026, 3));
    if (!f)
        return;
    CHECK_DBL(value(f, "activiteiten", "totaal", "totaal"), 5, 0);
    CHECK_DBL(value(f, "bijeenkomsten", "totaal", "totaal"), 7, 0);
    CHECK_DBL(value(f, "deelnames", "totaal", "totaal"), 52, 0);
    CHECK_DBL(value(f, "vrijwilligersinzet", "totaal", "totaal"), 10, 0);
    /* A1's three meetings are one activity. */
    CHECK_DBL(value(f, "activiteiten", "thema", "praktisch_redzaam"), 1, 0);
    CHECK_DBL(value(f, "bijeenkomsten", "thema", "praktisch_redzaam"), 3, 0);
    CHECK_DBL(value(f, "deelnames", "thema", "praktisch_redzaam"), 30, 0);
    CHECK_DBL(value(f, "vrijwilligersinzet", "thema", "praktisch_redzaam"), 7, 0);
    /* A2 and A7; A2's invalid vrijwilligers leaves only vrijwilligersinzet. */
    CHECK_DBL(value(f, "activiteiten", "thema", "participatie"), 2, 0);
    CHECK_DBL(value(f, "bijeenkomsten", "thema", "participatie"), 2, 0);
    CHECK_DBL(value(f, "deelnames", "thema", "participatie"), 11, 0);
    CHECK_DBL(value(f, "vrijwilligersinzet", "thema", "participatie"), 1, 0);
    CHECK_DBL(value(f, "activiteiten", "thema", "lichamelijk_sociaal_redzaam"), 0, 0);
    CHECK_DBL(value(f, "activiteiten", "thema", "onbekend"), 1, 0);
    CHECK_DBL(value(f, "deelnames", "thema", "onbekend"), 4, 0);
    CHECK(!present(f, "activiteiten", "thema", "stadsbreed"));
    CHECK_DBL(value(f, "activiteiten", "wijk", "noord"), 1, 0);
    CHECK_DBL(value(f, "activiteiten", "wijk", "oost"), 2, 0);
    CHECK_DBL(value(f, "bijeenkomsten", "wijk", "oost"), 2, 0);
    CHECK_DBL(value(f, "activiteiten", "wijk", "centrum"), 0, 0);
    CHECK_DBL(value(f, "activiteiten", "wijk", "stadsbreed"), 1, 0);
    CHECK_DBL(value(f, "deelnames", "wijk", "stadsbreed"), 6, 0);
    /* A2, stadsbreed's only meeting, leaves vrijwilligersinzet (vrijwilligers "x"), so
     * that figure has no stadsbreed row; A3's empty vrijwilligers counts as 0. */
    CHECK(!present(f, "vrijwilligersinzet", "wijk", "stadsbreed"));
    CHECK_DBL(value(f, "vrijwilligersinzet", "thema", "samenredzaamheid"), 0, 0);
    CHECK_INT(rows_of(f, "vrijwilligersinzet"), 1 + (4 + 1) + (6 + 1));
    CHECK_DBL(value(f, "activiteiten", "wijk", "onbekend"), 1, 0);
    CHECK_DBL(value(f, "vrijwilligersinzet", "wijk", "onbekend"), 1, 0);
    CHECK_INT(rows_of(f, "activiteiten"), 1 + (4 + 1) + (6 + 2));
    release(f);

    /* Q4: A1 on 1 October only. */
    f = compute(wr_period_quarter(2026, 4));
    if (!f)
        return;
    CHECK_DBL(value(f, "activiteiten", "totaal", "totaal"), 1, 0);
    CHECK_DBL(value(f, "bijeenkomsten", "totaal", "totaal"), 1, 0);
    CHECK_DBL(value(f, "deelnames", "totaal", "totaal"), 9, 0);
    CHECK_DBL(value(f, "vrijwilligersinzet", "totaal", "totaal"), 1, 0);
    CHECK(!present(f, "activiteiten", "wijk", "stadsbreed"));
    CHECK(!present(f, "vrijwilligersinzet", "wijk", "onbekend"));
    CHECK_INT(rows_of(f, "bijeenkomsten"), 1 + 4 + 6);
    release(f);

    /* 2026: distinct activities are a union over the quarters (Q2 A3 + Q3 five + Q4 A1
     * would be 7 as a sum; the union is A1, A2, A3, A4, A7 = 5). Sums add up:
     * meetings 1 + 7 + 1, deelnames 5 + 52 + 9, vrijwilligers 1 + 10 + 1. */
    f = compute(wr_period_year(2026));
    if (!f)
        return;
    CHECK_DBL(value(f, "activiteiten", "totaal", "totaal"), 5, 0);
    CHECK_DBL(value(f, "activiteiten", "wijk", "oost"), 2, 0);
    CHECK_DBL(value(f, "activiteiten", "wijk", "noord"), 1, 0);
    CHECK_DBL(value(f, "activiteiten", "thema", "samenredzaamheid"), 1, 0);
    CHECK_DBL(value(f, "bijeenkomsten", "totaal", "totaal"), 9, 0);
    CHECK_DBL(value(f, "bijeenkomsten", "wijk", "noord"), 4, 0);
    CHECK_DBL(value(f, "deelnames", "totaal", "totaal"), 66, 0);
    CHECK_DBL(value(f, "vrijwilligersinzet", "totaal", "totaal"), 12, 0);
    release(f);
}

int main(void)
{
    wr_config *c = NULL;
    wr_gedaan_data *d = NULL;
    if (!load_fixture(&c, &d))
        return finish(c, d, "gedaan (contacten, activiteiten)") | 1;
    test_diagnostics();
    test_contacts();
    test_activities();
    return finish(c, d, "gedaan (contacten, activiteiten)");
}
