/* Which period a run reports on, and which periods sit beside it in the comparison table. */
#ifndef WR_PERIODS_H
#define WR_PERIODS_H

#include <stdbool.h>
#include <stddef.h>

#include "app/run_options.h"
#include "base/error.h"
#include "base/period.h"
#include "input/records.h"

/* Resolves the period: the one given, or the latest complete quarter (quarter report) or
 * the year of the latest date (annual report) in the export. A year that the export does
 * not cover to its end stops at its last complete quarter (*in_progress = true). */
wr_status wr_report_period(const wr_run_options *opts, const wr_dataset *ds, wr_period *out, bool *in_progress,
                           wr_error *err);

typedef struct {
    bool known;        /* false: a quarter after the export's end, shown as "–" */
    bool is_current;   /* the report's own period */
    bool year_before;  /* the same period a year earlier: the fair comparison */
    bool previous;     /* the quarter just before a quarterly report's own */
    wr_period period;
    char head[48];     /* column head, e.g. "2025-K3", "2026 t/m sep", "2025" */
} wr_report_column;

/* The quarters the export covers: from the quarter of the earliest aanmelddatum of an
 * accepted trajectory to the latest complete quarter. False when there is none. */
bool wr_export_quarters(const wr_dataset *ds, wr_period *first, wr_period *last);

/* The comparison columns, left to right; returns how many (at most max). A quarter: the
 * same quarter a year earlier, the three quarters between, itself. A year: its four
 * quarters, itself and the year before; for a year in progress the year before covers the
 * same quarters (period.end a year before the report's end, quarter 0), so that nine
 * months are compared with nine months. */
size_t wr_report_columns(wr_report_kind kind, wr_period p, bool in_progress, wr_report_column *out, size_t max);

#endif
