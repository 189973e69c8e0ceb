/* Which period a run reports on and the columns beside it, on tests/fixtures/bereik
 * (its latest date is 2 October 2026, T5's start). */
#include "check.h"
#include "config/config.h"
#include "input/dataset.h"
#include "app/periods.h"

int main(void)
{
    wr_config *cfg = NULL;
    wr_dataset *ds = NULL;
    wr_error err = {0};
    if (wr_config_load("tests/fixtures/config.ini", &cfg, &err) != WR_OK ||
        wr_dataset_load("tests/fixtures/bereik", cfg, &ds, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    wr_run_options opts = {.kind = WR_REPORT_QUARTER, .data_dir = "tests/fixtures/bereik"};
    wr_period p;
    bool in_progress;
    /* The latest complete quarter in the export: Q3, since Q4 has only begun. */
    CHECK(wr_report_period(&opts, ds, &p, &in_progress, &err) == WR_OK);
    CHECK(p.year == 2026 && p.quarter == 3 && !in_progress);
    wr_report_column cols[8];
    size_t n = wr_report_columns(WR_REPORT_QUARTER, p, false, cols, 8);
    CHECK_INT(n, 5);
    CHECK_STR(cols[0].head, "2025-K3"); /* the same quarter a year earlier */
    CHECK_STR(cols[4].head, "2026-K3");
    CHECK(cols[4].is_current && !cols[0].is_current);
    CHECK(cols[0].year_before && cols[3].previous && !cols[4].year_before && !cols[2].previous);

    /* The year 2026 is not over in the export: it stops at 30 September. */
    opts.kind = WR_REPORT_YEAR;
    CHECK(wr_report_period(&opts, ds, &p, &in_progress, &err) == WR_OK);
    CHECK(p.year == 2026 && p.quarter == 0 && in_progress);
    CHECK_INT(p.start, wr_day_from_ymd(2026, 1, 1));
    CHECK_INT(p.end, wr_day_from_ymd(2026, 9, 30));
    n = wr_report_columns(WR_REPORT_YEAR, p, in_progress, cols, 8);
    CHECK_INT(n, 6);
    CHECK_STR(cols[0].head, "K1");
    CHECK(cols[2].known && !cols[3].known); /* Q3 is known, Q4 not yet */
    CHECK_STR(cols[4].head, "2026 t/m sep");
    CHECK(cols[4].is_current);
    /* Compared like for like: the same nine months of 2025, not the whole year. */
    CHECK_STR(cols[5].head, "2025 t/m sep");
    CHECK(cols[5].year_before && !cols[5].is_current && cols[5].period.quarter == 0);
    CHECK_INT(cols[5].period.start, wr_day_from_ymd(2025, 1, 1));
    CHECK_INT(cols[5].period.end, wr_day_from_ymd(2025, 9, 30));

    /* A year that is over in the export is reported whole. */
    opts.period_given = true;
    opts.period = wr_period_year(2025);
    CHECK(wr_report_period(&opts, ds, &p, &in_progress, &err) == WR_OK);
    CHECK(!in_progress && p.end == wr_day_from_ymd(2025, 12, 31));
    /* A year the export has not reached yet cannot be reported. */
    opts.period = wr_period_year(2027);
    CHECK(wr_report_period(&opts, ds, &p, &in_progress, &err) == WR_ERR_INPUT);
    CHECK(strstr(err.message, "2027") != NULL);

    wr_dataset_free(ds);
    wr_config_free(cfg);
    return check_summary("perioden");
}
