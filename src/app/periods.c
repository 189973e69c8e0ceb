#include "app/periods.h"

#include <stdio.h>

#include "base/format_nl.h"

wr_status wr_report_period(const wr_run_options *opts, const wr_dataset *ds, wr_period *out, bool *in_progress,
                           wr_error *err)
{
    *in_progress = false;
    if (!opts->period_given && !wr_day_is_set(ds->latest_date))
        return wr_error_set(err, WR_ERR_INPUT,
                            "%s/trajecten.csv bevat geen bruikbare datums; geef de periode op, bijvoorbeeld %s.",
                            opts->data_dir, opts->kind == WR_REPORT_YEAR ? "2026" : "2026-Q3");
    if (opts->kind != WR_REPORT_YEAR) {
        *out = opts->period_given ? opts->period : wr_period_last_complete_quarter(ds->latest_date);
        return WR_OK;
    }
    wr_period p = opts->period_given ? opts->period : wr_period_year(wr_day_year(ds->latest_date));
    if (wr_day_is_set(ds->latest_date) && ds->latest_date < p.end) {
        wr_period last = wr_period_last_complete_quarter(ds->latest_date);
        if (last.year < p.year) {
            char until[48];
            wr_nl_date(ds->latest_date, until, sizeof until);
            return wr_error_set(err, WR_ERR_INPUT,
                                "De export loopt tot en met %s: van %d is nog geen kwartaal compleet.", until, p.year);
        }
        if (last.end < p.end) {
            p.end = last.end;
            *in_progress = true;
        }
    }
    *out = p;
    return WR_OK;
}

bool wr_export_quarters(const wr_dataset *ds, wr_period *first, wr_period *last)
{
    if (ds->trajectory_count == 0 || !wr_day_is_set(ds->latest_date))
        return false;
    wr_day earliest = ds->trajectories[0].registered;
    for (size_t i = 1; i < ds->trajectory_count; i++)
        if (ds->trajectories[i].registered < earliest)
            earliest = ds->trajectories[i].registered;
    *last = wr_period_last_complete_quarter(ds->latest_date);
    *first = wr_period_last_complete_quarter(earliest);
    if (first->end < earliest) /* the quarter holding `earliest`, not the one before it */
        *first = wr_period_shift(*first, 1);
    return first->start <= last->start;
}

size_t wr_report_columns(wr_report_kind kind, wr_period p, bool in_progress, wr_report_column *out, size_t max)
{
    size_t n = 0;
    if (kind == WR_REPORT_QUARTER) {
        for (int i = -4; i <= 0 && n < max; i++, n++) {
            wr_period q = wr_period_shift(p, i);
            out[n] = (wr_report_column){.known = true, .is_current = i == 0, .year_before = i == -4,
                                        .previous = i == -1, .period = q};
            snprintf(out[n].head, sizeof out[n].head, "%d-K%d", q.year, q.quarter);
        }
        return n;
    }
    for (int q = 1; q <= 4 && n < max; q++, n++) {
        wr_period quarter = wr_period_quarter(p.year, q);
        out[n] = (wr_report_column){.known = quarter.end <= p.end, .period = quarter};
        snprintf(out[n].head, sizeof out[n].head, "K%d", q);
    }
    if (n < max) {
        out[n] = (wr_report_column){.known = true, .is_current = true, .period = p};
        if (in_progress) {
            int y, m, d;
            wr_day_to_ymd(p.end, &y, &m, &d);
            snprintf(out[n].head, sizeof out[n].head, "%d t/m %.3s", p.year, wr_nl_month_name(m));
        } else {
            snprintf(out[n].head, sizeof out[n].head, "%d", p.year);
        }
        n++;
    }
    if (n < max) {
        wr_period before = wr_period_year(p.year - 1);
        if (in_progress) {
            int y, m, d;
            wr_day_to_ymd(p.end, &y, &m, &d);
            before.end = wr_period_quarter(p.year - 1, (m - 1) / 3 + 1).end;
            snprintf(out[n].head, sizeof out[n].head, "%d t/m %.3s", p.year - 1, wr_nl_month_name(m));
        } else {
            snprintf(out[n].head, sizeof out[n].head, "%d", p.year - 1);
        }
        out[n].known = true;
        out[n].is_current = out[n].previous = false;
        out[n].year_before = true;
        out[n].period = before;
        n++;
    }
    return n;
}
