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

typedef struct {
    const wr_config *cfg;
    const wr_figures *current;       /* the report's period */
    /* Columns of the comparison table, left to right; a NULL column is a quarter not yet
     * known (an annual report during the year). */
    const wr_figures *const *columns;
    const char *const *column_heads;
    size_t column_count;
    bool year_in_progress;           /* annual report: figures up to the period's end only */
    const wr_narrative *texts;
    bool draft;
} wr_fill_input;

#endif
