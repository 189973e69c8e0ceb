/* The reader of financien.csv, one of the four outcome files read by wr_outcome_data_read. */
#ifndef WR_READ_FINANCE_H
#define WR_READ_FINANCE_H

#include "base/diag.h"
#include "base/error.h"
#include "config/config.h"
#include "input/outcome_store.h"

/* Reads the file at path into s (zeroed); row-level problems go to diags. */
wr_status wr_read_finance(const char *path, const wr_config *cfg, wr_finance_store *s, wr_diag_list *diags,
                          wr_error *err);
void wr_finance_store_clear(wr_finance_store *s);

#endif
