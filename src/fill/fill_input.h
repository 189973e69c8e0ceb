/* What filling the template of one report reads: the figures model of the report's period
 * and of the comparison columns, the configuration and the narrative texts. Nothing here
 * reads the export: every figure and list comes from the model. */
#ifndef WR_FILL_INPUT_H
#define WR_FILL_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "config/config.h"
#include "figures/figures.h"
#include "narrative/narrative.h"

/* A figure of a comparison column that the figures export of that period's own report
 * had with another value: a later export corrected it (app/revisions.c). */
typedef struct {
    wr_period period;       /* the column's period */
    const wr_figure *now;   /* today's row, in that column's model */
    double old_value;       /* the earlier export's value */
} wr_revision;

typedef struct {
    const wr_config *cfg;
    const wr_figures *current;       /* the report's period */
    /* Columns of the comparison table, left to right; a NULL column is a quarter not yet
     * known (an annual report during the year). */
    const wr_figures *const *columns;
    const char *const *column_heads;
    size_t column_count;
    /* The fair comparison: the same period a year earlier (for a year in progress, the
     * same quarters of the year before), one of the columns; NULL when not computed. */
    const wr_figures *year_before;
    /* A quarterly report's previous quarter, one of the columns; NULL for a year. */
    const wr_figures *previous;
    bool year_in_progress;           /* annual report: figures up to the period's end only */
    /* Totals of the comparison columns that changed since their own report, both values
     * public in both documents; none when revision_count is 0. */
    const wr_revision *revisions;
    size_t revision_count;
    const wr_narrative *texts;
    bool draft;
} wr_fill_input;

#endif
