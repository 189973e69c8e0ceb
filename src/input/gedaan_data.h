/* Reading part 1 "gedaan": the four optional files contacten.csv, activiteiten.csv,
 * afspraken.csv and klachten.csv into a wr_gedaan_data (records: input/gedaan_store.h). */
#ifndef WR_GEDAAN_DATA_H
#define WR_GEDAAN_DATA_H

#include <stdbool.h>

#include "base/diag.h"
#include "base/error.h"
#include "config/config.h"
#include "input/input_files.h"

typedef struct wr_gedaan_data wr_gedaan_data;

/* Reads the four files from dir when present. A missing file is not an error: it is
 * "not delivered" (delivered[file] is set false; the other entries of delivered are left
 * alone). File-level problems return WR_ERR_INPUT with a Dutch message naming file and
 * line, and *out stays NULL. Row-level problems go to diags. cfg must be the same
 * configuration later passed to the figure functions. */
wr_status wr_gedaan_data_read(const char *dir, const wr_config *cfg, wr_gedaan_data **out,
                              bool delivered[WR_FILE_COUNT], wr_diag_list *diags, wr_error *err);
void wr_gedaan_data_free(wr_gedaan_data *d);

/* The same, one file at a time, for a caller that reads files side by side: an empty store
 * (NULL on out of memory), whether a file is one of the four, and reading one of them
 * into d (a missing file leaves d->delivered[file] false and returns WR_OK). Different
 * files may be read into one store from different threads at once. */
wr_gedaan_data *wr_gedaan_data_new(void);
bool wr_gedaan_file(wr_input_file file);
wr_status wr_gedaan_data_read_file(const char *dir, wr_input_file file, const wr_config *cfg, wr_gedaan_data *d,
                                   wr_diag_list *diags, wr_error *err);

/* Whether file (one of the four) was delivered. */
bool wr_gedaan_delivered(const wr_gedaan_data *d, wr_input_file file);

#endif
