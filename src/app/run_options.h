/* What the command line asks of a report run (app/run.h): the kind of report, the folders
 * and the period. Its own header so that app/periods.h can read it without app/run.h. */
#ifndef WR_RUN_OPTIONS_H
#define WR_RUN_OPTIONS_H

#include <stdbool.h>

#include "base/period.h"

/* A quarterly report (kwartaalrapportage), an annual report (jaarverslag), or the financial
 * interim report of a quarter on its own (financieel overzicht, for the June meeting). */
typedef enum { WR_REPORT_QUARTER, WR_REPORT_YEAR, WR_REPORT_FINANCE } wr_report_kind;

typedef struct {
    wr_report_kind kind;
    const char *data_dir;     /* export folder */
    const char *texts_dir;    /* narrative texts; NULL = <data_dir>/teksten */
    const char *config_path;  /* NULL = <data_dir>/wijkrapport.ini */
    const char *output_dir;   /* reports go to <output_dir>/<periode>/ */
    const char *share_dir;    /* holds templates/ and fonts/ */
    const char *templates_dir; /* --sjablonen: a user's copy of the templates; NULL = <share_dir>/templates */
    bool period_given;
    wr_period period;         /* when period_given: a year for WR_REPORT_YEAR, else a quarter */
    bool final;               /* --definitief: refuse while texts are missing */
    bool publication_given;   /* --datum given: publication_date is the cover date */
    wr_day publication_date;
} wr_run_options;

#endif
