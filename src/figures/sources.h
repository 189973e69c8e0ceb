/* Where the figures come from, as the outputs show it: which files of the export were
 * delivered, the export's last date and the problems found while reading (data quality). */
#ifndef WR_FIGURES_SOURCES_H
#define WR_FIGURES_SOURCES_H

#include "figures/figures.h"
#include "input/records.h"

/* Fills f->files, f->export_end, f->diags (borrowed from ds) and f->diag_counts. */
void wr_figures_sources(wr_figures *f, const wr_dataset *ds);

#endif
