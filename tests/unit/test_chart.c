/* The chart and key-figure model: reading Dutch-formatted values, parsing the blocks the
 * template writes (docs/grafieken.md), and the round axis steps with Dutch tick labels. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "blocks/chart.h"
#include "blocks/chart_geometry.h"
#include "blocks/keyfig.h"

static double num(const char *s, bool *ok, bool *pct)
{
    double v = NAN;
    *ok = wr_chart_number_nl(s, strlen(s), &v, pct);
    return v;
}

static void numbers(void)
{
    bool ok, pct;
    CHECK_DBL(num("1.234", &ok, &pct), 1234, 1e-9);
    CHECK(ok && !pct);
    CHECK_DBL(num("1.234.567", &ok, &pct), 1234567, 1e-9);
    CHECK(ok);
    CHECK_DBL(num("12,5%", &ok, &pct), 12.5, 1e-9);
    CHECK(ok && pct);
    CHECK_DBL(num("12,5 %", &ok, &pct), 12.5, 1e-9);
    CHECK(ok && pct);
    CHECK_DBL(num("1.234,56", &ok, &pct), 1234.56, 1e-9);
    CHECK(ok);
    CHECK_DBL(num("\xE2\x82\xAC\xC2\xA0" "1.234", &ok, &pct), 1234, 1e-9); /* € and a no-break space */
    CHECK(ok);
    CHECK_DBL(num("-3", &ok, &pct), -3, 1e-9);
    CHECK(ok);
    CHECK_DBL(num("\xE2\x88\x92" "0,4", &ok, &pct), -0.4, 1e-9); /* minus sign */
    CHECK(ok);
    CHECK_DBL(num("+56", &ok, &pct), 56, 1e-9);
    CHECK(ok);
    /* A plain number with a decimal point, as an unformatted placeholder would give. */
    CHECK_DBL(num("12.5", &ok, &pct), 12.5, 1e-9);
    CHECK(ok);
    const char *bad[] = {"", "<5", "n<10", "\xE2\x80\x93", "abc", "1,2,3", "12 dagen", "1.23.4",
                         ",5", "5,", "%"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        num(bad[i], &ok, &pct);
        CHECK(!ok);
    }
}

static void cells(void)
{
    wr_chart_cell c;
    bool pct;
    CHECK(wr_chart_cell_parse("<5", 2, &c, &pct));
    CHECK_INT(c.kind, WR_CHART_SUPPRESSED);
    CHECK_DBL(c.value, 5, 1e-9);
    CHECK_STR(c.text, "<5");
    free(c.text);
    CHECK(wr_chart_cell_parse("n<10", 4, &c, &pct));
    CHECK_INT(c.kind, WR_CHART_MISSING);
    CHECK_STR(c.text, "n<10");
    free(c.text);
    CHECK(wr_chart_cell_parse("", 0, &c, &pct));
    CHECK_INT(c.kind, WR_CHART_MISSING);
    CHECK_STR(c.text, "\xE2\x80\x93");
    free(c.text);
    CHECK(wr_chart_cell_parse("44,2%", 5, &c, &pct));
    CHECK_INT(c.kind, WR_CHART_VALUE);
    CHECK(pct);
    CHECK_DBL(c.value, 44.2, 1e-9);
    free(c.text);
}

static wr_chart *parse(const char *info, const char *body, wr_error *err)
{
    wr_chart *c = NULL;
    memset(err, 0, sizeof *err);
    wr_chart_parse(info, body, NULL, &c, err);
    return c;
}

static void blocks(void)
{
    wr_error err;
    CHECK(wr_chart_is_block("grafiek staven"));
    CHECK(wr_chart_is_block("Grafiek kolommen"));
    CHECK(!wr_chart_is_block("grafieken"));
    CHECK(!wr_chart_is_block("c"));
    CHECK(!wr_chart_is_block(NULL));

    wr_chart *c = parse("grafiek staven",
                        "titel: Bereik per wijk\ntekst: Het bereik per wijk.\neenheid: inwoners\n"
                        "Centrum | 246\n\nNoord | 1.045\n| Spaarndam-West | <5 |\nOnbekend | \xE2\x80\x93\n",
                        &err);
    CHECK(c != NULL);
    if (c) {
        CHECK_INT(c->type, WR_CHART_BARS);
        CHECK_STR(c->title, "Bereik per wijk");
        CHECK_STR(c->text, "Het bereik per wijk.");
        CHECK_STR(c->unit, "inwoners");
        CHECK_INT(c->nseries, 1);
        CHECK_INT(c->nrows, 4);
        CHECK(!c->percent);
        CHECK_STR(c->rows[2].label, "Spaarndam-West");
        CHECK_INT(c->rows[2].cells[0].kind, WR_CHART_SUPPRESSED);
        CHECK_DBL(c->rows[1].cells[0].value, 1045, 1e-9);
        CHECK_INT(c->rows[3].cells[0].kind, WR_CHART_MISSING);
        double lo, hi;
        wr_chart_range(c, &lo, &hi);
        CHECK_DBL(lo, 246, 1e-9); /* "<5" sets no scale while there are real values */
        CHECK_DBL(hi, 1045, 1e-9);
        CHECK(wr_chart_integral(c));
    }
    wr_chart_free(c);

    c = parse("grafiek lijn",
              "titel: Eenzaamheid\ntekst: Rond 12%.\ndoel: 11,0% | Streefwaarde 2026\n"
              "2020 | 12,1%\n2022 | 13,0%\n2024 | 12,4%\n",
              &err);
    CHECK(c != NULL);
    if (c) {
        CHECK(c->percent);
        CHECK(c->has_target);
        CHECK_DBL(c->target, 11.0, 1e-9);
        CHECK_STR(c->target_text, "11,0%");
        CHECK_STR(c->target_label, "Streefwaarde 2026");
        CHECK(!wr_chart_integral(c));
    }
    wr_chart_free(c);

    /* Only suppressed values: the threshold sets the scale; "<5" does not make a
     * percentage chart a count chart. */
    c = parse("grafiek lijn", "titel: T\ntekst: Z.\n2020 | <5\n2021 | n<10\n", &err);
    CHECK(c != NULL);
    if (c) {
        double lo, hi;
        wr_chart_range(c, &lo, &hi);
        CHECK_DBL(hi, 5, 1e-9);
    }
    wr_chart_free(c);
    c = parse("grafiek lijn", "titel: T\ntekst: Z.\n2020 | 12,5%\n2021 | <5\n", &err);
    CHECK(c && c->percent);
    wr_chart_free(c);

    /* An empty target (an indicator without one) draws no target line. */
    c = parse("grafiek lijn", "titel: T\ntekst: Z.\ndoel: \n2020 | 4\n", &err);
    CHECK(c && !c->has_target);
    wr_chart_free(c);

    c = parse("grafiek gestapeld",
              "titel: Doelrealisatie\ntekst: Z.\nreeksen: Bereikt | Deels | Niet |\n"
              "A | 50% | 30% | 20%\nB | 40% | <5 | 20%\n",
              &err);
    CHECK(c != NULL);
    if (c) {
        CHECK_INT(c->nseries, 3);
        CHECK_STR(c->series[1], "Deels");
        double lo, hi;
        wr_chart_range(c, &lo, &hi);
        CHECK_DBL(hi, 100, 1e-9); /* stacked: the longest bar */
    }
    wr_chart_free(c);

    /* Rows without series names: the first row sets the count. */
    c = parse("grafiek kolommen", "titel: T\ntekst: Z.\nK1 | 1 | 2\nK2 | 3 | 4\n", &err);
    CHECK(c && c->nseries == 2 && c->series[0] == NULL);
    wr_chart_free(c);

    /* An empty loop: a chart without rows is drawn with a "no data" line. */
    c = parse("grafiek staven", "titel: T\ntekst: Z.\n", &err);
    CHECK(c && c->nrows == 0);
    wr_chart_free(c);
}

static void errors(void)
{
    const struct {
        const char *info, *body, *message;
    } cases[] = {
        {"grafiek taart", "titel: T\ntekst: Z.\nA | 1\n", "staven, kolommen, lijn of gestapeld"},
        {"grafiek", "titel: T\ntekst: Z.\nA | 1\n", "onbekend soort grafiek"},
        {"grafiek staven", "tekst: Z.\nA | 1\n", "titel"},
        {"grafiek staven", "titel: T\nA | 1\n", "tekst:"},
        {"grafiek staven", "titel: T\ntekst: Z.\nA | 1 | 2\n", "regel 3"},
        {"grafiek kolommen", "titel: T\ntekst: Z.\nreeksen: X | Y\nA | 1\n", "aantal reeksen"},
        {"grafiek kolommen", "titel: T\ntekst: Z.\nA | 1 | 2\nB | 1\n", "regels erboven"},
        {"grafiek staven", "titel: T\ntekst: Z.\ndoel: 5\nA | 1\n", "lijngrafiek"},
        {"grafiek lijn", "titel: T\ntekst: Z.\ndoel: hoog\nA | 1\n", "'doel:' verwacht een getal"},
        {"grafiek lijn", "titel: T\ntekst: Z.\nwaarden: soms\nA | 1\n", "'waarden:' is 'ja' of 'geen'"},
        {"grafiek kolommen", "titel: T\ntekst: Z.\nwaarden: geen\nA | 1\n", "alleen bij een lijngrafiek"},
        {"grafiek staven", "titel: T\ntekst: Z.\nalleen een label\n", "label | waarde"},
        {"grafiek kolommen", "titel: T\ntekst: Z.\nA | 1 | 2 | 3 | 4 | 5 | 6 | 7\n", "hoogstens 6"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        wr_error err;
        wr_chart *c = parse(cases[i].info, cases[i].body, &err);
        CHECK(c == NULL);
        CHECK_INT(err.status, WR_ERR_CONFIG);
        if (!strstr(err.message, cases[i].message))
            fprintf(stderr, "case %zu: message \"%s\" lacks \"%s\"\n", i, err.message,
                    cases[i].message);
        CHECK(strstr(err.message, cases[i].message) != NULL);
        wr_chart_free(c);
    }
    wr_chart_free(NULL);
}

static void axes(void)
{
    char label[32];
    wr_chart_axis a = wr_chart_axis_for(0, 673, 6, true);
    CHECK_DBL(a.step, 200, 1e-9);
    CHECK_DBL(a.max, 800, 1e-9);
    CHECK_INT(a.count, 5);
    a = wr_chart_axis_for(0, 1020, 5, true);
    CHECK_DBL(a.step, 250, 1e-9);
    wr_chart_tick_label(&a, 5, false, label, sizeof label);
    CHECK_STR(label, "1.250");
    a = wr_chart_axis_for(10.5, 13.0, 4, false);
    CHECK_DBL(a.step, 1, 1e-9);
    CHECK_DBL(a.min, 10, 1e-9);
    wr_chart_tick_label(&a, 0, true, label, sizeof label);
    CHECK_STR(label, "10%");
    a = wr_chart_axis_for(0, 1.2, 5, false);
    CHECK_DBL(a.step, 0.25, 1e-9);
    CHECK_INT(a.decimals, 2);
    wr_chart_tick_label(&a, 1, false, label, sizeof label);
    CHECK_STR(label, "0,25");
    /* Counts of people: no half steps, even for tiny numbers. */
    a = wr_chart_axis_for(0, 3, 5, true);
    CHECK_DBL(a.step, 1, 1e-9);
    a = wr_chart_axis_for(-40, 30, 4, true);
    CHECK(a.min <= -40 && a.max >= 30);
    wr_chart_tick_label(&a, 0, false, label, sizeof label);
    CHECK(strncmp(label, "\xE2\x88\x92", 3) == 0); /* a minus sign, not a hyphen */
    a = wr_chart_axis_for(0, 0, 4, true); /* nothing to show: still a sane axis */
    CHECK(a.max > a.min && a.count >= 2);
}

static void keyfigs(void)
{
    wr_error err = {0};
    wr_keyfigs *k = NULL;
    CHECK(wr_keyfigs_is_block("kerncijfers"));
    CHECK(!wr_keyfigs_is_block("kerncijfer"));
    CHECK_INT(wr_keyfigs_parse("Bereik | 2.240 | +56 t.o.v. vorig kwartaal\n"
                               "Instroom | 945 | \xE2\x88\x92" "12\n"
                               "| Uitstroom | 999 | 0 |\n\n"
                               "Wachtend | <5 | \xE2\x80\x93\n"
                               "Klachten | 3\n",
                               NULL, &k, &err),
              WR_OK);
    CHECK(k && k->count == 5);
    if (k && k->count == 5) {
        CHECK_STR(k->items[0].value, "2.240");
        CHECK_INT(k->items[0].trend, WR_KEYFIG_UP);
        CHECK_INT(k->items[1].trend, WR_KEYFIG_DOWN);
        CHECK_STR(k->items[2].label, "Uitstroom");
        CHECK_INT(k->items[2].trend, WR_KEYFIG_SAME);
        CHECK_INT(k->items[3].trend, WR_KEYFIG_NONE); /* "–": no value, no arrow */
        CHECK(k->items[4].change == NULL);
    }
    wr_keyfigs_free(k);
    k = NULL;
    CHECK_INT(wr_keyfigs_parse("Alleen een label\n", NULL, &k, &err), WR_ERR_CONFIG);
    CHECK(k == NULL && strstr(err.message, "regel 1") != NULL);
    wr_keyfigs_free(NULL);
}

/* Issue 11, case 14: a second 'reeksen:' line replaces the first; the names of the first
 * were leaked (LeakSanitizer in make sanitize-test; the fuzz regression
 * tests/fuzz/regressions/blocks/case14-series-twice.txt replays it there too). */
static void series_twice(void)
{
    wr_error err;
    wr_chart *c = parse("grafiek kolommen", "titel: T\ntekst: Z.\nreeksen: A | B\nreeksen: C | D | E\nX | 1 | 2 | 3\n",
                        &err);
    CHECK(c != NULL);
    if (c) {
        CHECK_INT(c->nseries, 3);
        CHECK_STR(c->series[0], "C");
        CHECK_STR(c->series[2], "E");
    }
    wr_chart_free(c);
    /* Fewer names the second time: none of the first stays. */
    c = parse("grafiek kolommen", "titel: T\ntekst: Z.\nreeksen: A | B | C\nreeksen: D\nX | 1\n", &err);
    CHECK(c != NULL && c->nseries == 1 && c->series[1] == NULL && c->series[2] == NULL);
    wr_chart_free(c);
}

int main(void)
{
    series_twice();
    numbers();
    cells();
    blocks();
    errors();
    axes();
    keyfigs();
    return check_summary("chart");
}
