/* The Kadernota outlook run (wijkrapport kadernota JAAR): reads the settings and the
 * export, computes the outlook (figures/outlook.h), fills templates/kadernota.md and
 * writes UITVOER/kadernota-JAAR/kadernota-JAAR.pdf, .html and .xlsx all-or-nothing. */
#ifndef WR_OUTLOOK_RUN_H
#define WR_OUTLOOK_RUN_H

#include "app/run.h"

/* Fills result (cleared first) like wr_run_report: the files written and the warnings. */
wr_status wr_run_outlook(const wr_run_options *opts, int target_year, wr_run_result *result, wr_error *err);

#endif
