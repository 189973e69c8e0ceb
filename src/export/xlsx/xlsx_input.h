/* What the controller's workbook is written from: the figures model of the report's
 * period and of the earlier periods it is compared with, and the configuration. The
 * workbook never reads the export itself. */
#ifndef WR_XLSX_INPUT_H
#define WR_XLSX_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "config/config.h"
#include "figures/figures.h"

typedef struct {
    const wr_config *cfg;
    const wr_figures *current;       /* the report's period */
    const wr_figures *const *trend;  /* earlier periods for comparison, oldest first; may be empty */
    size_t trend_count;
    time_t created;                  /* document date (reproducible: from the period or SOURCE_DATE_EPOCH) */
    bool finance_only;               /* the financial interim report: Financien, its figures, quality, definitions */
    /* Rows the Datakwaliteit sheet may use, its header included; 0: Excel's 1,048,576.
     * Only a test sets fewer, to see the limit's note without a million problems. */
    size_t quality_row_limit;
} wr_xlsx_input;

#endif
