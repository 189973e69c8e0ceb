/* The files one report run writes into <output>/<period>/, switched as one set.
 *
 * wr_outputs_open locks the output folder (app/output_lock.h: a second run on the same
 * folder is refused), repairs what a killed run left behind, and makes a fresh folder next
 * to the period folder, where the run writes its files. wr_outputs_commit then gives the
 * fresh folder every other entry of the period folder as well (files another command or a
 * user put there stay), and swaps it with the period folder in one rename (renameat2 with
 * RENAME_EXCHANGE), so the period folder holds the complete old set until that moment and
 * the complete new set from it. Only then is the old set removed. Where the disk cannot
 * exchange two names, two renames take its place; a run killed between them leaves the old
 * set under a hidden name, which the next run puts back before anything else.
 *
 * A run that fails or is killed before the swap leaves the period folder as it was; its
 * fresh folder is removed by wr_outputs_free or, after a kill, by the next run. Temporary
 * files of older versions (<name>.tmp-XXXXXX in the period folder) are removed too.
 *
 * For tests, WIJKRAPPORT_FOUT_NA=k makes the commit fail after its k-th step (0: before
 * the first), or with "k:kill" kill the process there; WIJKRAPPORT_GEEN_RUIL=1 uses the
 * two renames even where the disk can exchange. The steps: one per entry given to the
 * fresh folder, the swap (or each of its two renames), the removal of the old set. */
#ifndef WR_OUTPUTS_H
#define WR_OUTPUTS_H

#include "base/error.h"

typedef struct wr_outputs wr_outputs;

/* Starts the set for <output_dir>/<period>/, making output_dir if needed. */
wr_status wr_outputs_open(const char *output_dir, const char *period, wr_outputs **out, wr_error *err);
/* Reserves the file `name` of the set: *temp_path (owned by the set) is where the caller
 * writes it, and *final_path (owned by the set) where it will stand after the commit. */
wr_status wr_outputs_add(wr_outputs *o, const char *name, const char **temp_path, const char **final_path,
                         wr_error *err);
/* Makes the folder `name` in the set: the whole folder replaces the period folder's old
 * one at the commit; its files are added with wr_outputs_add as "name/file". */
wr_status wr_outputs_add_dir(wr_outputs *o, const char *name, wr_error *err);
wr_status wr_outputs_commit(wr_outputs *o, wr_error *err);
/* Removes the fresh folder (after a commit: the old set), releases the lock. */
void wr_outputs_free(wr_outputs *o);

/* mkdir -p */
wr_status wr_make_dirs(const char *dir, wr_error *err);

#endif
