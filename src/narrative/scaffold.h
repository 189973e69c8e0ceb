/* Prepares the folder with narrative texts for a period: every text the report asks for
 * (the text list, narrative/spec.h) that does not exist yet is created with its heading, a short
 * instruction, the guiding questions and the WR_NARRATIVE_PLACEHOLDER line.
 * An existing file is never opened, let alone changed. */
#ifndef WR_NARRATIVE_SCAFFOLD_H
#define WR_NARRATIVE_SCAFFOLD_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"
#include "narrative/spec.h"

typedef struct {
    char *folder;          /* <texts_dir>/<period_code> */
    char **created;        /* paths of the files made now, in report order */
    size_t created_count;
    char **existing;       /* paths of the files that were already there (left untouched) */
    size_t existing_count;
} wr_scaffold_result;

/* Creates <texts_dir>/<period_code>/ (and texts_dir itself) when needed, and in it every
 * missing text the list names for a quarterly (year false) or annual (year true) report. period_code is
 * "2026-Q3" or "2026" and must fit year (WR_ERR_USAGE otherwise). Folder or file that
 * cannot be made: WR_ERR_OUTPUT, message names it; files made before the failure stay.
 * On success *out is allocated; free it with wr_scaffold_result_free. */
wr_status wr_scaffold_write(const wr_narrative_list *list, const char *texts_dir, const char *period_code, bool year,
                            wr_scaffold_result **out, wr_error *err);
/* The same in <texts_dir>/<folder>/ for a folder that is no period ("kadernota-2027");
 * the caller checks the name. */
wr_status wr_scaffold_write_folder(const wr_narrative_list *list, const char *texts_dir, const char *folder,
                                   bool year, wr_scaffold_result **out, wr_error *err);
void wr_scaffold_result_free(wr_scaffold_result *r);
/* Moves the paths of other to the end of r's lists (other keeps its folder); false on out
 * of memory. */
bool wr_scaffold_result_merge(wr_scaffold_result *r, wr_scaffold_result *other);

/* The contents of a new text file for spec; the caller frees it. NULL when out of memory. */
char *wr_scaffold_text(const wr_narrative_spec *spec);

#endif
