/* The figures export (cijfers.csv, data contract section 5): one row per figure. */
#ifndef WR_EXPORT_CSV_H
#define WR_EXPORT_CSV_H

#include <stdbool.h>
#include <stdio.h>

#include "base/error.h"
#include "figures/figures.h"

/* The published value as a plain number with '.' as decimal point; "" when there is none. */
void wr_export_value(const wr_figure *fig, char *buf, size_t size);
/* The denominator, "" when the figure has none. */
void wr_export_denominator(const wr_figure *fig, char *buf, size_t size);
/* True when the appendices must hide this value: the settings ask for suppression there
 * (suppress_in_appendix) and a public document shows "<5", "x" or "n<10" in its place. */
bool wr_export_hidden(const wr_figure *fig, bool suppress_in_appendix);
/* Likewise for the denominator: a public document shows "<5" or "x" beside the ratio. */
bool wr_export_denominator_hidden(const wr_figure *fig, bool suppress_in_appendix);

/* The file name of the figures export for a period code: "cijfers-2026-Q3.csv" when it
 * carries the public view (suppress_in_appendix), else "cijfers-2026-Q3-niet-openbaar.csv":
 * exact values, small counts included, are not for publication. */
void wr_export_csv_name(const char *period_code, bool suppress_in_appendix, char *buf, size_t size);

/* Writes cijfers.csv for f to out: a header, then one row per figure row in model order;
 * a hidden value or denominator is left empty. path names the file in the error message. */
wr_status wr_export_csv_write(const wr_figures *f, bool suppress_in_appendix, FILE *out, const char *path,
                              wr_error *err);
/* The same for the rows of f that keep (NULL: all) accepts, with `period` in the first
 * column: the district factsheets' rolling year ("2025-Q4 t/m 2026-Q3"). */
wr_status wr_export_csv_write_rows(const wr_figures *f, const char *period, bool (*keep)(const wr_figure *),
                                   bool suppress_in_appendix, FILE *out, const char *path, wr_error *err);

#endif
