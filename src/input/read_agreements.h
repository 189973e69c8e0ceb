/* The reader of afspraken.csv, one of the four part-1 files read by wr_gedaan_data_read. */
#ifndef WR_READ_AGREEMENTS_H
#define WR_READ_AGREEMENTS_H

#include "base/diag.h"
#include "base/error.h"
#include "config/config.h"
#include "input/gedaan_store.h"

/* Reads the file at path into d; row-level problems go to diags. */
wr_status wr_gedaan_read_agreements(const char *path, const wr_config *cfg, wr_gedaan_data *d, wr_diag_list *diags,
                                    wr_error *err);

#endif
