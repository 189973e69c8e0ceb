#include "base/distinct.h"

#include <stdlib.h>
#include <string.h>

void wr_distinct_add(wr_distinct *d, uint32_t group, uint32_t resident)
{
    if (d->failed)
        return;
    if (d->count == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 256;
        uint64_t *p = realloc(d->pairs, cap * sizeof *p);
        if (!p) {
            d->failed = true;
            return;
        }
        d->pairs = p;
        d->cap = cap;
    }
    d->pairs[d->count++] = (uint64_t)group << 32 | resident;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

bool wr_distinct_count(wr_distinct *d, size_t groups, long *counts)
{
    memset(counts, 0, groups * sizeof *counts);
    if (d->failed)
        return false;
    if (d->count > 1)
        qsort(d->pairs, d->count, sizeof *d->pairs, cmp_u64);
    for (size_t i = 0; i < d->count; i++) {
        if (i > 0 && d->pairs[i] == d->pairs[i - 1])
            continue;
        size_t group = (size_t)(d->pairs[i] >> 32);
        if (group < groups)
            counts[group]++;
    }
    return true;
}

void wr_distinct_free(wr_distinct *d)
{
    if (!d)
        return;
    free(d->pairs);
    d->pairs = NULL;
    d->count = d->cap = 0;
}
