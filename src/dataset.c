#include "dataset.h"

#include <stdio.h>
#include <stdlib.h>

#include "gedaan/gedaan_data.h"
#include "uitkomst/outcome_data.h"

wr_status wr_dataset_load(const char *dir, const wr_config *cfg, wr_dataset **out, wr_error *err)
{
    *out = NULL;
    wr_dataset *ds = calloc(1, sizeof *ds);
    if (!ds || !(ds->residents = wr_strmap_new()) || !(ds->trajectory_keys = wr_strmap_new())) {
        wr_dataset_free(ds);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    ds->latest_date = WR_DAY_NONE;
    char path[4096];
    ds->delivered[WR_FILE_TRAJECTEN] = wr_input_file_path(dir, WR_FILE_TRAJECTEN, path, sizeof path);
    wr_status st = wr_read_trajectories(path, cfg, ds, err);
    if (st == WR_OK)
        st = wr_gedaan_data_read(dir, cfg, &ds->gedaan, ds->delivered, &ds->diags, err);
    if (st == WR_OK)
        st = wr_outcome_data_read(dir, cfg, ds, &ds->outcome, ds->delivered, &ds->diags, err);
    if (st == WR_OK && ds->diags.out_of_memory)
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen voor de lijst met gegevensproblemen.");
    if (st != WR_OK) {
        wr_dataset_free(ds);
        return st;
    }
    *out = ds;
    return WR_OK;
}

void wr_dataset_free(wr_dataset *ds)
{
    if (!ds)
        return;
    free(ds->trajectories);
    wr_strmap_free(ds->residents);
    wr_strmap_free(ds->trajectory_keys);
    free(ds->trajectory_of_key);
    wr_gedaan_data_free(ds->gedaan);
    wr_outcome_data_free(ds->outcome);
    wr_diag_list_clear(&ds->diags);
    free(ds);
}
