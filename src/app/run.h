/* A report run: read configuration and export, compute the figures, fill the template
 * and write PDF, workbook and figures export, all-or-nothing. A quarterly report
 * (kwartaalrapportage) or an annual report (jaarverslag). */
#ifndef WR_REPORT_H
#define WR_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"
#include "base/period.h"

typedef enum { WR_REPORT_QUARTER, WR_REPORT_YEAR } wr_report_kind;

typedef struct {
    wr_report_kind kind;
    const char *data_dir;     /* export folder */
    const char *texts_dir;    /* narrative texts; NULL = <data_dir>/teksten */
    const char *config_path;  /* NULL = <data_dir>/wijkrapport.ini */
    const char *output_dir;   /* reports go to <output_dir>/<periode>/ */
    const char *share_dir;    /* holds templates/ and fonts/ */
    const char *templates_dir; /* --sjablonen: a user's copy of the templates; NULL = <share_dir>/templates */
    bool period_given;
    wr_period period;         /* when period_given: a quarter or a year matching kind */
    bool final;               /* --definitief: refuse while texts are missing */
} wr_run_options;

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
} wr_run_result;

wr_status wr_run_report(const wr_run_options *opts, wr_run_result *result, wr_error *err);
void wr_run_result_clear(wr_run_result *result);

#endif
