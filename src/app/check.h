/* `wijkrapport controleer`: checks an export without writing reports and lists every
 * problem, grouped by kind. */
#ifndef WR_CMD_CHECK_H
#define WR_CMD_CHECK_H

#include <stdio.h>

#include "input/records.h"

/* Writes the Dutch summary of ds's delivered files and problems to out. */
void wr_check_print(const wr_dataset *ds, const char *data_dir, FILE *out);

#endif
