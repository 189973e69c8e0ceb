/* Large zeroed arrays: the hash tables and per-row stores of a big export. From 1 MiB up
 * they are mapped on their own and marked for transparent huge pages, so first use costs
 * one page fault per 2 MiB instead of one per 4 KiB, and growing them moves page tables
 * instead of copying. Smaller ones come from calloc. The caller passes the same counts to
 * every call for one array. NULL on overflow or out of memory; wr_big_free accepts NULL. */
#ifndef WR_BIG_ALLOC_H
#define WR_BIG_ALLOC_H

#include <stddef.h>

void *wr_big_calloc(size_t count, size_t size);
/* Grows an array of old_count elements to new_count (>= old_count), keeping its contents;
 * the new elements are zero. On failure the old array stays as it was. */
void *wr_big_grow(void *p, size_t old_count, size_t new_count, size_t size);
void wr_big_free(void *p, size_t count, size_t size);

#endif
