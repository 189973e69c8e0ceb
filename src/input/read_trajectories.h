/* The reader of trajecten.csv (data contract, sections 1 and 6), used by wr_dataset_load. */
#ifndef WR_READ_TRAJECTORIES_H
#define WR_READ_TRAJECTORIES_H

#include "base/error.h"
#include "config/config.h"
#include "input/records.h"

/* Reads the file at path into ds, which must be empty; row-level problems go to diags. */
wr_status wr_read_trajectories(const char *path, const wr_config *cfg, wr_dataset *ds, wr_diag_list *diags,
                               wr_error *err);

#endif
