/* The reader of indicatoren.csv, one of the four outcome files read by wr_outcome_data_read. */
#ifndef WR_READ_INDICATORS_H
#define WR_READ_INDICATORS_H

#include "base/diag.h"
#include "base/error.h"
#include "config/config.h"
#include "input/outcome_store.h"

/* Reads the file at path into s (zeroed) and sorts it into series; row-level problems go
 * to diags. */
wr_status wr_read_indicators(const char *path, const wr_config *cfg, wr_indicator_store *s, wr_diag_list *diags,
                             wr_error *err);
void wr_indicator_store_clear(wr_indicator_store *s);

#endif
