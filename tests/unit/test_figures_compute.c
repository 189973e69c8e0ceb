/* What wr_figures_compute puts in the model beside its rows, so that no output has to read
 * the export: the files delivered, the export's last date and the data-quality counts; the
 * agreements of the annual plan; the policy indicators; the finance summary with its
 * checks. Expectations worked out by hand:
 *
 * tests/fixtures/bereik (only trajecten.csv; see the file): the latest date is T5's
 *   startdatum 2 October 2026. Six diagnostics: ongeldige datum 1 (T10, 31-02-2026),
 *   onbekende code 2 (wijk and leefgebied of T7), dubbele sleutel 1 (the second T1),
 *   onmogelijke datumvolgorde 1 (T9 starts before it was registered), verwacht veld leeg 1
 *   (T8 ended without reden_uitstroom).
 * tests/fixtures/gedaan/volledig, afspraken.csv (as in test_gedaan_klachten.c): for
 *   2026-Q3 2026-01 op_schema "Ingehaald" (thema praktisch redzaam), 2026-02 gerealiseerd,
 *   2026-03 without a row up to 30 September (niet gerapporteerd), 2026-04 an unknown
 *   status (onbekend); for 2026-Q1 2026-01 "Loopt" and 2026-02 niet_gestart.
 * tests/fixtures/uitkomst, 2026-Q2 (as in test_uitkomst_impact.c and
 *   test_uitkomst_financien.c): six indicator series, eenzaamheid first (12,4 in 2024
 *   after 13,0 in 2022, series 2020, 2022, 2024), "nieuw" has no value before 2027; the
 *   finance summary of posts sociaal_wijkteam, vrijwilligers, jeugdoverlast up to Q2 with
 *   three checks judged on the forecast; for 2026 on realisation: met, met, not met. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "config/config.h"
#include "figures/compute.h"
#include "figures/figures.h"
#include "figures/gedaan_agreements.h"
#include "input/dataset.h"
#include "input/gedaan_data.h"

static int rows_of(const wr_figures *f, const char *figure)
{
    int n = 0;
    for (size_t i = 0; i < f->count; i++)
        n += strcmp(f->items[i].figure, figure) == 0;
    return n;
}

static void test_sources(void)
{
    wr_config *cfg = NULL;
    wr_dataset *ds = NULL;
    wr_figures *f = NULL;
    wr_error err = {0};
    if (wr_config_load("tests/fixtures/config.ini", &cfg, &err) != WR_OK ||
        wr_dataset_load("tests/fixtures/bereik", cfg, &ds, &err) != WR_OK ||
        wr_figures_compute(ds, cfg, wr_period_quarter(2026, 3), &f, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        CHECK(false);
        wr_dataset_free(ds);
        wr_config_free(cfg);
        return;
    }
    static const char *const names[] = {"trajecten.csv", "contacten.csv", "activiteiten.csv",
                                        "afspraken.csv", "klachten.csv", "ervaringen.csv",
                                        "uitkomsten.csv", "indicatoren.csv", "financien.csv"};
    CHECK_INT(f->file_count, 9);
    for (size_t i = 0; i < f->file_count && i < 9; i++) {
        CHECK_STR(f->files[i].name, names[i]);
        CHECK(f->files[i].delivered == (i == 0));
    }
    CHECK_INT(f->export_end, wr_day_from_ymd(2026, 10, 2));
    CHECK(f->diags != NULL && f->diags->count == 6);
    CHECK_INT(f->diag_counts[WR_DIAG_INVALID_DATE], 1);
    CHECK_INT(f->diag_counts[WR_DIAG_UNKNOWN_CODE], 2);
    CHECK_INT(f->diag_counts[WR_DIAG_DUPLICATE_KEY], 1);
    CHECK_INT(f->diag_counts[WR_DIAG_DATE_ORDER], 1);
    CHECK_INT(f->diag_counts[WR_DIAG_MISSING_EXPECTED], 1);
    CHECK_INT(f->diag_counts[WR_DIAG_MISSING_FIELD], 0);
    /* Files that were not delivered leave their lists empty and say so. */
    CHECK(!f->has_agreements && f->agreement_count == 0);
    CHECK(!f->has_indicators && f->indicator_count == 0);
    CHECK(!f->has_finance && f->finance.post_count == 0 && f->finance.check_count == 0);
    wr_figures_free(f);
    wr_dataset_free(ds);
    wr_config_free(cfg);
}

static void test_agreements(void)
{
    wr_config *cfg = NULL;
    wr_gedaan_data *d = NULL, *only_complaints = NULL;
    wr_diag_list diags = {0};
    bool delivered[WR_FILE_COUNT] = {0};
    wr_error err = {0};
    if (wr_config_load("tests/fixtures/config.ini", &cfg, &err) != WR_OK ||
        wr_gedaan_data_read("tests/fixtures/gedaan/volledig", cfg, &d, delivered, &diags, &err) != WR_OK ||
        wr_gedaan_data_read("tests/fixtures/gedaan/alleen-klachten", cfg, &only_complaints, delivered, &diags,
                            &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        CHECK(false);
        wr_gedaan_data_free(d);
        wr_diag_list_clear(&diags);
        wr_config_free(cfg);
        return;
    }
    wr_figures *f = wr_figures_new(wr_period_quarter(2026, 3));
    CHECK(f && wr_gedaan_agreement_list(d, cfg, f));
    if (f) {
        CHECK(f->has_agreements);
        CHECK_INT(f->agreement_count, 4);
    }
    if (f && f->agreement_count == 4) {
        const wr_agreement *a = f->agreements;
        CHECK_STR(a[0].id, "2026-01");
        CHECK_STR(a[0].status_code, "op_schema");
        CHECK_STR(a[0].status_label, "Op schema");
        CHECK_STR(a[0].explanation, "Ingehaald");
        CHECK_STR(a[0].theme, "Praktisch redzaam");
        CHECK_STR(a[1].id, "2026-02");
        CHECK_STR(a[1].status_code, "gerealiseerd");
        CHECK_STR(a[1].explanation, "Tien nieuwe vrijwilligers");
        CHECK_STR(a[2].id, "2026-03");
        CHECK_STR(a[2].status_code, "niet_gerapporteerd");
        CHECK_STR(a[2].status_label, "Niet gerapporteerd");
        CHECK_STR(a[2].description, "Mantelzorg waarderen");
        CHECK_STR(a[2].explanation, "");
        CHECK_STR(a[3].id, "2026-04");
        CHECK_STR(a[3].status_code, "onbekend");
    }
    wr_figures_free(f);

    f = wr_figures_new(wr_period_quarter(2026, 1));
    CHECK(f && wr_gedaan_agreement_list(d, cfg, f));
    if (f && f->agreement_count == 4) {
        CHECK_STR(f->agreements[0].explanation, "Loopt");
        CHECK_STR(f->agreements[1].status_code, "niet_gestart");
    } else {
        CHECK(false);
    }
    wr_figures_free(f);

    /* afspraken.csv not delivered, or no part-1 files at all: no list. */
    f = wr_figures_new(wr_period_quarter(2026, 3));
    CHECK(f && wr_gedaan_agreement_list(only_complaints, cfg, f) && !f->has_agreements && f->agreement_count == 0);
    CHECK(f && wr_gedaan_agreement_list(NULL, cfg, f) && !f->has_agreements && f->agreement_count == 0);
    wr_figures_free(f);

    wr_gedaan_data_free(d);
    wr_gedaan_data_free(only_complaints);
    wr_diag_list_clear(&diags);
    wr_config_free(cfg);
}

static void test_indicators(const wr_figures *f)
{
    CHECK(f->has_indicators);
    CHECK_INT(f->indicator_count, 6);
    if (f->indicator_count != 6)
        return;
    const wr_indicator *v = &f->indicators[0];
    CHECK_STR(v->export_code, "eenzaamheid");
    CHECK_STR(v->area_label, "Gemeente");
    CHECK(v->has_latest && v->has_previous && v->has_target);
    CHECK_INT(v->latest_year, 2024);
    CHECK_DBL(v->latest, 12.4, 1e-12);
    CHECK_INT(v->previous_year, 2022);
    CHECK_DBL(v->previous, 13.0, 1e-12);
    CHECK_DBL(v->change, -0.6, 1e-12);
    CHECK_DBL(v->target, 11.0, 1e-12);
    CHECK(v->unit == WR_UNIT_PROCENT && v->direction == WR_DIRECTION_LOWER);
    CHECK_STR(v->source, "GGD, monitor");
    CHECK_INT(v->series_count, 3);
    if (v->series_count == 3) {
        CHECK(v->series[0].year == 2020 && v->series[1].year == 2022 && v->series[2].year == 2024);
        CHECK_DBL(v->series[0].value, 12.1, 1e-12);
    }
    v = &f->indicators[1];
    CHECK_STR(v->export_code, "eenzaamheid:noord");
    CHECK_STR(v->area_label, "Noord");
    CHECK(!v->has_target);
    CHECK_DBL(v->change, 1.0, 1e-12);
    /* nieuw only has 2027: listed, without a value, and without a row. */
    int without_value = 0;
    for (size_t i = 0; i < f->indicator_count; i++) {
        v = &f->indicators[i];
        const wr_figure *row = wr_figures_find(f, "indicator_waarde", "indicator", v->export_code);
        if (!v->has_latest) {
            without_value++;
            CHECK_STR(v->indicator, "nieuw");
            CHECK(row == NULL);
        } else {
            CHECK(row != NULL && row->value == v->latest);
        }
    }
    CHECK_INT(without_value, 1);
    CHECK_INT(rows_of(f, "indicator_waarde"), 5);
}

static void test_finance(const wr_figures *f)
{
    const wr_finance_summary *s = &f->finance;
    CHECK(f->has_finance);
    CHECK_INT(s->year, 2026);
    CHECK_INT(s->last_quarter, 2);
    CHECK(!s->year_report);
    CHECK_INT(s->post_count, 3);
    if (s->post_count == 3) {
        CHECK_STR(s->posts[1].code, "vrijwilligers");
        CHECK_STR(s->posts[1].earmark, "vrijwilligersorganisaties");
        CHECK_DBL(s->posts[1].spent[0], 200000, 0);
        CHECK_DBL(s->posts[1].spent[1], 150000, 0);
        CHECK_DBL(s->posts[1].spent_to_date, 350000, 0);
        /* The summary and the rows say the same. */
        CHECK_DBL(wr_figures_find(f, "begroting", "post", "jeugdoverlast")->value, s->posts[2].budget, 0);
        CHECK_DBL(s->posts[2].budget, 305000, 0);
    }
    CHECK_DBL(s->total.budget, 1625000, 0);
    CHECK_DBL(s->total.spent_to_date, 1005000, 0);
    CHECK_INT(s->check_count, 3);
    if (s->check_count == 3) {
        /* Judged on the forecast while the year runs: 350000 x 4/2 = 700000 >= 306000. */
        CHECK(s->checks[0].state == WR_CHECK_ON_TRACK && s->checks[0].check->kind == WR_CHECK_MIN_REALISATION);
        CHECK_STR(s->checks[0].label, "Vrijwilligersorganisaties");
        CHECK_DBL(s->checks[0].actual, 350000, 0);
        CHECK_DBL(s->checks[0].required, 300000, 0);
        CHECK_DBL(s->checks[0].pct, 116.7, 1e-9);
        CHECK_DBL(s->checks[2].actual, 620000, 0);
    }
}

static void test_outcome(void)
{
    wr_config *cfg = NULL;
    wr_dataset *ds = NULL;
    wr_figures *f = NULL, *year = NULL;
    wr_error err = {0};
    if (wr_config_load("tests/fixtures/uitkomst/config.ini", &cfg, &err) != WR_OK ||
        wr_dataset_load("tests/fixtures/uitkomst", cfg, &ds, &err) != WR_OK ||
        wr_figures_compute(ds, cfg, wr_period_quarter(2026, 2), &f, &err) != WR_OK ||
        wr_figures_compute(ds, cfg, wr_period_year(2026), &year, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        CHECK(false);
    } else {
        CHECK(f->files[7].delivered && f->files[8].delivered && !f->files[1].delivered);
        CHECK(!f->has_agreements);
        test_indicators(f);
        test_finance(f);
        /* The year is judged: 340000 >= 300000, budget 310000, profit 119987,66 > 77200. */
        CHECK(year->has_finance && year->finance.year_report && year->finance.check_count == 3);
        if (year->finance.check_count == 3) {
            CHECK(year->finance.checks[0].state == WR_CHECK_MET);
            CHECK(year->finance.checks[1].state == WR_CHECK_MET);
            CHECK(year->finance.checks[2].state == WR_CHECK_NOT_MET);
        }
        /* The diagnostics are the dataset's, counted per kind. */
        long total = 0;
        for (int k = 0; k < WR_DIAG_KIND_COUNT; k++)
            total += f->diag_counts[k];
        CHECK(f->diags == &ds->diags && total == (long)ds->diags.count && total > 0);
    }
    wr_figures_free(f);
    wr_figures_free(year);
    wr_dataset_free(ds);
    wr_config_free(cfg);
}

int main(void)
{
    test_sources();
    test_agreements();
    test_outcome();
    return check_summary("figures_compute");
}
