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

/* Adds and writes wijken/ with every factsheet and the overview. *written receives the
 * number of files written. */
wr_status wr_factsheets_write(const wr_factsheet_run *run, size_t *written, wr_error *err);

#endif
