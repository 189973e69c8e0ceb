/* The reader of uitkomsten.csv, one of the four outcome files read by wr_outcome_data_read. */
#ifndef WR_READ_ZRM_H
#define WR_READ_ZRM_H

#include "base/diag.h"
#include "base/error.h"
#include "config/config.h"
#include "input/outcome_store.h"
#include "input/records.h"

/* Reads the file at path into s (zeroed); ds holds the already-read trajecten (for
 * traject_id). Row-level problems go to diags. */
wr_status wr_read_zrm(const char *path, const wr_config *cfg, const wr_dataset *ds, wr_zrm_store *s,
                      wr_diag_list *diags, wr_error *err);
void wr_zrm_store_clear(wr_zrm_store *s);

#endif
