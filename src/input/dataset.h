/* Reading one export folder, validated, into a wr_dataset (input/records.h): the records
 * the figures need and the diagnostics. wr_dataset_load allocates it; wr_dataset_free
 * releases all of it. */
#ifndef WR_DATASET_H
#define WR_DATASET_H

#include "base/error.h"
#include "config/config.h"
#include "input/records.h"

/* Reads every input file in dir (only trajecten.csv is required); a missing optional
 * file leaves delivered[file] false. */
wr_status wr_dataset_load(const char *dir, const wr_config *cfg, wr_dataset **out, wr_error *err);
void wr_dataset_free(wr_dataset *ds);

#endif
