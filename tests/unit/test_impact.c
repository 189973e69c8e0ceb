/* Policy indicators (indicatoren.csv) on tests/fixtures/uitkomst, and a partial delivery
 * (tests/fixtures/uitkomst/deels: trajecten.csv and indicatoren.csv only). Expectations:
 *   eenzaamheid (gemeente): 2020 12,1; 2022 13,0; 2024 12,4; 2027 11,5. A 2026 report shows
 *     2024 12,4 (2027 is later), previous 2022 13,0, change -0,6, streefwaarde 11,0.
 *   eenzaamheid:noord ("Noord"): 2022 10,0; 2024 11,0 -> 11,0, previous 10,0, change +1.
 *   schulden: 2024 6,9; 2025 7,0 then 6,5 (line 10; repeated year: last row wins, warning)
 *     -> 6,5, previous 6,9. Line 11 (gebied zuidwest) is rejected.
 *   meldingen:oost ("Meldingen", "Oost", aantal 1010): no previous value.
 *   nieuw: only 2027 -> no row before 2027.
 *   tevredenheid: unknown eenheid and richting (warnings), unreadable streefwaarde. */
#include <stdlib.h>

#include "check.h"
#include "figures/compute.h"
#include "figures/effect_experience.h"
#include "figures/effect_zrm.h"
#include "figures/financien.h"
#include "figures/impact.h"
#include "input/dataset.h"
#include "input/outcome_data.h"

static wr_config *cfg;

static const wr_figure *find(const wr_figures *f, const char *figure, const char *dimension, const char *code)
{
    static const wr_figure none;
    const wr_figure *fig = wr_figures_find(f, figure, dimension, code);
    if (!fig)
        fprintf(stderr, "missing figure %s/%s/%s\n", figure, dimension, code);
    return fig ? fig : &none;
}

static int diags_at(const wr_diag_list *diags, long line, const char *column)
{
    int n = 0;
    for (size_t i = 0; i < diags->count; i++)
        n += strcmp(diags->items[i].file, "indicatoren.csv") == 0 && diags->items[i].line == line &&
             strcmp(diags->items[i].column_name, column) == 0;
    return n;
}

static wr_figures *figures_for(const wr_outcome_data *od, const wr_dataset *ds, wr_period p)
{
    wr_figures *f = calloc(1, sizeof *f);
    wr_error err = {0};
    f->period = p;
    if (wr_figures_outcome(od, ds, cfg, f, &err) != WR_OK)
        fprintf(stderr, "%s\n", err.message);
    return f;
}

static void test_views(const wr_outcome_data *od)
{
    CHECK_INT(wr_outcome_indicator_count(od), 6);
    wr_indicator v;
    wr_outcome_indicator(od, cfg, 0, 2026, &v);
    CHECK_STR(v.export_code, "eenzaamheid");
    CHECK(v.has_latest && v.has_previous && v.has_target);
    CHECK_INT(v.latest_year, 2024);
    CHECK_DBL(v.latest, 12.4, 1e-12);
    CHECK_INT(v.previous_year, 2022);
    CHECK_DBL(v.previous, 13.0, 1e-12);
    CHECK_DBL(v.change, -0.6, 1e-12);
    CHECK_DBL(v.target, 11.0, 1e-12);
    CHECK(v.unit == WR_UNIT_PROCENT && v.direction == WR_DIRECTION_LOWER);
    CHECK_STR(v.source, "GGD, monitor");
    CHECK_STR(v.goal_label, "Lichamelijk en sociaal redzaam");
    CHECK_INT(v.series_count, 3); /* 2020, 2022, 2024 */
    CHECK_INT(v.series[2].year, 2024);
    wr_outcome_indicator(od, cfg, 0, 2027, &v); /* a 2027 report sees 2027 */
    CHECK_DBL(v.latest, 11.5, 1e-12);
    CHECK_INT(v.previous_year, 2024);
    CHECK_INT(v.series_count, 4);
    wr_outcome_indicator(od, cfg, 0, 2023, &v);
    CHECK_INT(v.latest_year, 2022);
    CHECK_INT(v.previous_year, 2020);

    wr_outcome_indicator(od, cfg, 1, 2026, &v);
    CHECK_STR(v.export_code, "eenzaamheid:noord");
    CHECK_STR(v.area_label, "Noord");
    CHECK(!v.has_target);
    CHECK_DBL(v.change, 1.0, 1e-12);
    wr_outcome_indicator(od, cfg, 2, 2026, &v);
    CHECK_STR(v.indicator, "schulden");
    CHECK_DBL(v.latest, 6.5, 1e-12);
    CHECK_DBL(v.previous, 6.9, 1e-12);
    wr_outcome_indicator(od, cfg, 3, 2026, &v);
    CHECK_STR(v.export_code, "meldingen:oost");
    CHECK(v.has_latest && !v.has_previous && v.unit == WR_UNIT_AANTAL);
    wr_outcome_indicator(od, cfg, 4, 2026, &v);
    CHECK_STR(v.indicator, "nieuw");
    CHECK(!v.has_latest && v.series_count == 0);
    wr_outcome_indicator(od, cfg, 5, 2026, &v);
    CHECK(v.unit == WR_UNIT_UNKNOWN && v.direction == WR_DIRECTION_UNKNOWN && !v.has_target);
    CHECK_STR(v.goal_label, "eigen_doel");
}

static void test_figures(const wr_outcome_data *od, const wr_dataset *ds)
{
    wr_figures *f = figures_for(od, ds, wr_period_quarter(2026, 2));
    const wr_figure *e = find(f, "indicator_waarde", "indicator", "eenzaamheid");
    CHECK(e->deel == WR_DEEL_IMPACT && e->kind == WR_KIND_VALUE && !e->has_denominator);
    CHECK_DBL(e->value, 12.4, 1e-12);
    CHECK_STR(e->label, "Inwoners die zich ernstig eenzaam voelen");
    CHECK_DBL(find(f, "indicator_waarde", "indicator", "eenzaamheid:noord")->value, 11.0, 1e-12);
    CHECK_DBL(find(f, "indicator_waarde", "indicator", "schulden")->value, 6.5, 1e-12);
    CHECK_DBL(find(f, "indicator_waarde", "indicator", "meldingen:oost")->value, 1010, 0);
    CHECK(wr_figures_find(f, "indicator_waarde", "indicator", "nieuw") == NULL);
    CHECK(wr_figures_find(f, "indicator_waarde", "indicator", "schulden:zuidwest") == NULL);
    wr_figures_free(f);
    f = figures_for(od, ds, wr_period_year(2027));
    CHECK_DBL(find(f, "indicator_waarde", "indicator", "nieuw")->value, 7.7, 1e-12);
    wr_figures_free(f);
}

static void test_partial_delivery(void)
{
    wr_dataset *ds = NULL;
    wr_outcome_data *od = NULL;
    wr_diag_list diags = {0};
    wr_error err = {0};
    bool delivered[WR_FILE_COUNT] = {0};
    delivered[WR_FILE_TRAJECTEN] = true; /* not the reader's business: stays */
    delivered[WR_FILE_FINANCIEN] = true; /* set by the reader: becomes false */
    CHECK(wr_dataset_load("tests/fixtures/uitkomst/deels", cfg, &ds, &err) == WR_OK);
    CHECK(wr_outcome_data_read("tests/fixtures/uitkomst/deels", cfg, ds, &od, delivered, &diags, &err) == WR_OK);
    CHECK(delivered[WR_FILE_TRAJECTEN] && delivered[WR_FILE_INDICATOREN]);
    CHECK(!delivered[WR_FILE_ERVARINGEN] && !delivered[WR_FILE_UITKOMSTEN] && !delivered[WR_FILE_FINANCIEN]);
    CHECK(wr_outcome_delivered(od, WR_FILE_INDICATOREN) && !wr_outcome_delivered(od, WR_FILE_FINANCIEN));
    wr_figures *f = figures_for(od, ds, wr_period_year(2019));
    CHECK_INT(f->count, 0); /* the only indicator value is of 2020... */
    wr_figures_free(f);
    f = figures_for(od, ds, wr_period_quarter(2026, 2));
    CHECK_INT(f->count, 1); /* ...and the files that were not delivered give no rows at all */
    CHECK_STR(f->items[0].figure, "indicator_waarde");
    wr_figures_free(f);
    wr_zrm_summary z;
    wr_experience_summary e;
    wr_finance_summary fin;
    CHECK(wr_outcome_zrm(od, ds, cfg, wr_period_year(2026), &z, &err) == WR_OK && z.domain_count == 0);
    CHECK(wr_outcome_experience(od, cfg, wr_period_year(2026), &e, &err) == WR_OK && e.question_count == 0);
    CHECK(wr_outcome_finance(od, cfg, wr_period_year(2026), &fin, &err) == WR_OK && fin.post_count == 0);
    wr_zrm_summary_clear(&z);
    wr_experience_summary_clear(&e);
    wr_finance_summary_clear(&fin);
    CHECK_INT(diags.count, 0);
    wr_outcome_data_free(od);
    wr_dataset_free(ds);
}

int main(void)
{
    wr_dataset *ds = NULL;
    wr_outcome_data *od = NULL;
    wr_diag_list diags = {0};
    wr_error err = {0};
    bool delivered[WR_FILE_COUNT] = {0};
    if (wr_config_load("tests/fixtures/uitkomst/config.ini", &cfg, &err) != WR_OK ||
        wr_dataset_load("tests/fixtures/uitkomst", cfg, &ds, &err) != WR_OK ||
        wr_outcome_data_read("tests/fixtures/uitkomst", cfg, ds, &od, delivered, &diags, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    test_views(od);
    test_figures(od, ds);
    CHECK_INT(diags_at(&diags, 10, "jaar"), 1);    /* repeated year */
    CHECK_INT(diags_at(&diags, 11, "gebied"), 1);  /* zuidwest */
    CHECK_INT(diags_at(&diags, 14, "eenheid") + diags_at(&diags, 14, "richting") +
              diags_at(&diags, 14, "streefwaarde"), 3);
    test_partial_delivery();
    wr_outcome_data_free(od);
    wr_diag_list_clear(&diags);
    wr_dataset_free(ds);
    wr_config_free(cfg);
    return check_summary("uitkomst: impact");
}
