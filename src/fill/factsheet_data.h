/* Template data for a district factsheet (templates/wijkfactsheet.md) and for the overview
 * page of a quarter's factsheets (templates/wijkfactsheets.md): the district's figures from
 * the figures model, beside the city's, as the public view of that model shows them. The
 * city report and every factsheet of a quarter read the same model, so a number hidden in
 * one is hidden in all (docs/privacy.md).
 *
 * Where the district's quarter is mostly hidden (wr_factsheet_mostly_hidden), the caller
 * passes the rolling year (the last four quarters, protected with those quarters) as
 * `shown`; the factsheet then says so. The trend always shows the quarters themselves. */
#ifndef WR_FACTSHEET_DATA_H
#define WR_FACTSHEET_DATA_H

#include <stdbool.h>
#include <stddef.h>

#include "fill/fill_input.h"
#include "fill/template_fill.h"

/* One district's factsheet. */
typedef struct {
    const wr_fill_input *report;  /* the quarterly report's input: settings, the quarter, its columns */
    size_t district;              /* index in cfg->districts */
    const wr_figures *shown;      /* the model the district's figures come from: the quarter or the rolling year */
    bool rolling;                 /* shown is the rolling year */
    const char *text;             /* the district's own text (Markdown), or its placeholder */
    bool text_missing;
} wr_factsheet_input;

/* True when more than half of the district's non-zero counts of residents and
 * trajectories that a factsheet shows are hidden ("<5" or "x") in f. */
bool wr_factsheet_mostly_hidden(const wr_figures *f, const wr_config *cfg, size_t district);

/* Fills dict for one factsheet (the report's general values as well); false on out of memory. */
bool wr_fill_factsheet(wr_tpl_dict *dict, const wr_factsheet_input *in);
/* The same without the report's general values (wr_fill_template_data), for a dict that
 * has them already: the factsheets of a run fill those once for all (wr_tpl_dict_mirror). */
bool wr_fill_factsheet_own(wr_tpl_dict *dict, const wr_factsheet_input *in);

/* Fills dict for the overview page: {{#WIJKFACTSHEET}} rows with WIJK, BESTAND_PDF,
 * BESTAND_HTML and the district's reach; false on out of memory. */
bool wr_fill_factsheet_overview(wr_tpl_dict *dict, const wr_fill_input *report, const bool *rolling);
bool wr_fill_factsheet_overview_own(wr_tpl_dict *dict, const wr_fill_input *report, const bool *rolling);


#endif
