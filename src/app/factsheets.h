/* The district factsheets of a quarterly run: one PDF and HTML twin per configured
 * district in <periode>/wijken/, and an overview page linking them (HTML and PDF), written
 * into the run's output set so they switch together with the city report.
 *
 * A district whose quarter is mostly hidden by the disclosure control
 * (fill/factsheet_data.h) shows the rolling year: the last four quarters computed as one
 * period and protected with those quarters' views fixed, as a year with its quarters. */
#ifndef WR_APP_FACTSHEETS_H
#define WR_APP_FACTSHEETS_H

#include <stdbool.h>
#include <stddef.h>

#include "app/output_jobs.h"
#include "app/outputs.h"
#include "base/error.h"
#include "fill/fill_input.h"
#include "narrative/narrative.h"
#include "render/html/html_options.h"
#include "render/pdf/pdf_options.h"

typedef struct {
    const wr_fill_input *report;     /* the quarterly report's input */
    wr_figures *const *last_quarters; /* the four quarters ending with the report's, oldest first (NULL: unknown) */
    /* The last four quarters as one period, computed with the report's columns (so from
     * the same preparation), not yet protected; NULL when a quarter is unknown. */
    wr_figures *rolling;
    const wr_narrative *texts;       /* the districts' texts (app/texts.h), in district order */
    const char *templates_dir;
    const wr_pdf_options *pdf;       /* the report's options: fonts, dates, draft */
    const wr_html_options *html;
    wr_outputs *outputs;
} wr_factsheet_run;

/* The factsheets in two steps, so that their files are written on both cores beside the
 * report's (app/output_jobs.h). */
typedef struct wr_factsheet_set wr_factsheet_set;

/* What must happen on the calling thread, in order: adds wijken/ to the output set,
 * protects the rolling year, fills and expands every factsheet and the overview (ctemplate
 * and the output set are not shared between threads) and reserves their files. A failure
 * there ends the set: it becomes its last job, so that the failures of the documents
 * before it come first, as when each factsheet was written right after its fill. Fails
 * only when out of memory; *out is freed with wr_factsheet_set_free after the jobs ran. */
wr_status wr_factsheets_prepare(const wr_factsheet_run *run, wr_factsheet_set **out, wr_error *err);

/* How many jobs the set has, and its jobs into jobs[0..count): the factsheets (PDF and
 * HTML each), the rolling year's figures when a factsheet shows them, the overview. */
size_t wr_factsheets_job_count(const wr_factsheet_set *set);
size_t wr_factsheets_jobs(wr_factsheet_set *set, wr_output_job *jobs);

/* Accepts NULL. */
void wr_factsheet_set_free(wr_factsheet_set *set);

#endif
