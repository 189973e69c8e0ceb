/* Reading the four optional outcome files ervaringen.csv, uitkomsten.csv, indicatoren.csv
 * and financien.csv into a wr_outcome_data (records: input/outcome_store.h). */
#ifndef WR_OUTCOME_DATA_H
#define WR_OUTCOME_DATA_H

#include <stdbool.h>

#include "base/diag.h"
#include "base/error.h"
#include "config/config.h"
#include "input/input_files.h"
#include "input/records.h"

typedef struct wr_outcome_data wr_outcome_data;

/* Reads the four files from dir when present. A missing file is not an error: it is "not
 * delivered" (delivered[file] stays false; the other entries of delivered are not touched).
 * ds is the already-read trajecten (for uitkomsten.traject_id); the figures of these files
 * must be computed with the same ds. File-level problems return WR_ERR_INPUT (csv_table
 * does that); row-level problems go to diags. */
wr_status wr_outcome_data_read(const char *dir, const wr_config *cfg, const wr_dataset *ds, wr_outcome_data **out,
                               bool delivered[WR_FILE_COUNT], wr_diag_list *diags, wr_error *err);
void wr_outcome_data_free(wr_outcome_data *d); /* accepts NULL */

/* The same, one file at a time (as wr_gedaan_data_read_file): an empty store, whether a
 * file is one of the four, and reading one into d. uitkomsten.csv needs ds's trajecten
 * read first. Different files may be read into one store from different threads. */
wr_outcome_data *wr_outcome_data_new(void);
bool wr_outcome_file(wr_input_file file);
wr_status wr_outcome_data_read_file(const char *dir, wr_input_file file, const wr_config *cfg, const wr_dataset *ds,
                                    wr_outcome_data *d, wr_diag_list *diags, wr_error *err);

/* Whether one of the four files was delivered (false for any other file). */
bool wr_outcome_delivered(const wr_outcome_data *d, wr_input_file file);

#endif
