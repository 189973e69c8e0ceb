/* The controller's Excel appendix, written with libxlsxwriter straight from the figures
 * model. libxlsxwriter formats numbers with the C library, so the caller must run with
 * LC_NUMERIC=C (main does) or decimals come out with commas and corrupt the file. */
#ifndef WR_XLSX_BOOK_H
#define WR_XLSX_BOOK_H

#include <time.h>

#include "config.h"
#include "dataset.h"
#include "error.h"
#include "figures.h"

wr_status wr_xlsx_write(const char *path, const wr_config *cfg, const wr_dataset *ds, const wr_figures *f,
                        time_t created, wr_error *err);

#endif
