/* The figures export (cijfers.csv, data contract section 5): one row per figure. */
#ifndef WR_EXPORT_CSV_H
#define WR_EXPORT_CSV_H

#include <stdbool.h>
#include <stdio.h>

#include "base/error.h"
#include "figures/figures.h"

/* The published value as a plain number with '.' as decimal point ("" when there is
 * none); with `suppress`, small values are left out as in public documents ("" too). */
void wr_export_value(const wr_figure *fig, char *buf, size_t size);
/* The denominator, "" when the figure has none. */
void wr_export_denominator(const wr_figure *fig, char *buf, size_t size);
/* True when the appendix must hide this value (configuration asks for suppression). */
bool wr_export_hidden(const wr_figure *fig, bool suppress_in_appendix);

wr_status wr_export_csv_write(const wr_figures *f, bool suppress_in_appendix, FILE *out, const char *path,
                              wr_error *err);

#endif
