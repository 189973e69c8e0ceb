#include "figures/sources.h"

void wr_figures_sources(wr_figures *f, const wr_dataset *ds)
{
    f->file_count = 0;
    for (int file = 0; file < WR_FILE_COUNT; file++)
        f->files[f->file_count++] = (wr_source_file){wr_input_file_name((wr_input_file)file), ds->delivered[file]};
    f->export_end = ds->latest_date;
    f->diags = &ds->diags;
    for (int k = 0; k < WR_DIAG_KIND_COUNT; k++)
        f->diag_counts[k] = 0;
    for (size_t i = 0; i < ds->diags.count; i++)
        f->diag_counts[ds->diags.items[i].kind]++;
}
