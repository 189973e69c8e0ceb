/* Folder trees for the output set (app/outputs.h): giving a file or folder a second name
 * in another folder on the same disk (a hard link, or a copy where the disk has none), and
 * removing a tree. Names are relative to open folder descriptors. */
#ifndef WR_OUTPUT_TREE_H
#define WR_OUTPUT_TREE_H

/* Makes name of from_dir (a file, symbolic link or folder, recursively) appear as name in
 * to_dir; returns 0 or an errno value. */
int wr_tree_link(int from_dir, const char *name, int to_dir);
/* Removes name of dir and, for a folder, everything in it; returns 0 or an errno value. */
int wr_tree_remove(int dir, const char *name);

#endif
