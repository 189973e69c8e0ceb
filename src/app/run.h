/* A report run: read the configuration and the export, compute the figures model of the
 * period and its comparison columns, fill the template and write the PDF, the HTML twin,
 * the workbook and cijfers.csv, all-or-nothing (app/outputs.h). */
#ifndef WR_RUN_H
#define WR_RUN_H

#include <stdbool.h>
#include <stddef.h>

#include "app/run_options.h"
#include "base/error.h"
#include "base/period.h"
#include "base/warnings.h"

typedef struct {
    wr_period period;         /* the period reported on (a year in progress ends early) */
    bool year_in_progress;
    char *written[8];         /* final paths of the files written */
    size_t written_count;
    char **missing_texts;     /* narrative files still to be written, "path (title)" */
    size_t missing_count;
    char **privacy_findings;  /* what looks like personal data in the texts, with file and line */
    size_t privacy_count;
    size_t problem_count;     /* row-level problems in the export */
    size_t factsheet_count;   /* files written in factsheet_dir (a quarter's district factsheets) */
    char *factsheet_dir;      /* <uitvoer>/<periode>/wijken, or NULL */
    /* No trajectory counts (a header-only trajecten.csv, or every row refused): every
     * figure about trajectories is 0, which the user must hear. */
    bool no_trajectories;
    bool trajectories_refused; /* there were rows, and each was refused */
    wr_warnings warnings;     /* what the documents cannot show as written, with file and line */
} wr_run_result;

/* Fills result (cleared first; the caller clears it with wr_run_result_clear). */
wr_status wr_run_report(const wr_run_options *opts, wr_run_result *result, wr_error *err);
void wr_run_result_clear(wr_run_result *result);

#endif
