/* A set of output files written all-or-nothing: each file is first written under a
 * temporary name in its target folder, and only wr_outputs_commit renames them into
 * place. Freeing an uncommitted set removes the temporary files, so a failed run leaves
 * earlier reports untouched. */
#ifndef WR_OUTPUTS_H
#define WR_OUTPUTS_H

#include "base/error.h"

typedef struct wr_outputs wr_outputs;

wr_outputs *wr_outputs_new(void);
/* Creates the folder of final_path if needed and a temporary file beside it; *temp_path
 * (owned by the set) is where the caller writes. */
wr_status wr_outputs_add(wr_outputs *o, const char *final_path, const char **temp_path, wr_error *err);
wr_status wr_outputs_commit(wr_outputs *o, wr_error *err);
void wr_outputs_free(wr_outputs *o);

/* mkdir -p */
wr_status wr_make_dirs(const char *dir, wr_error *err);

#endif
