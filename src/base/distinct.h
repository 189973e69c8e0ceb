/* Counts distinct residents per group: collect (group, resident) pairs, then sort once.
 * Sorting beats a per-group bitmap when groups are many and most residents are absent. */
#ifndef WR_DISTINCT_H
#define WR_DISTINCT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint64_t *pairs;
    size_t count;
    size_t cap;
    bool failed;  /* an allocation failed */
} wr_distinct;

void wr_distinct_add(wr_distinct *d, uint32_t group, uint32_t resident);
/* Fills counts[0..groups) with distinct residents per group; false on out of memory. */
bool wr_distinct_count(wr_distinct *d, size_t groups, long *counts);
void wr_distinct_free(wr_distinct *d);

#endif
