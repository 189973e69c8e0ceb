/* The controller's Excel appendix, written with libxlsxwriter straight from the figures
 * model. libxlsxwriter formats numbers with the C library, so the caller must run with
 * LC_NUMERIC=C (main does) or decimals come out with commas and corrupt the file. */
#ifndef WR_XLSX_BOOK_H
#define WR_XLSX_BOOK_H

#include <time.h>

#include "config/config.h"
#include "input/dataset.h"
#include "base/error.h"
#include "figures/figures.h"

typedef struct {
    const wr_config *cfg;
    const wr_dataset *ds;
    const wr_figures *current;       /* the report's period */
    const wr_figures *const *trend;  /* earlier periods for comparison, oldest first; may be empty */
    size_t trend_count;
    time_t created;                  /* document date (reproducible: from the period or SOURCE_DATE_EPOCH) */
} wr_xlsx_input;

wr_status wr_xlsx_write(const char *path, const wr_xlsx_input *in, wr_error *err);

#endif
