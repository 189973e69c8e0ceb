/* Counts distinct residents per group with one bit per (group, resident): adding marks
 * the bit and counts it the first time, so the counts are ready when the last pair is
 * added, without sorting. Resident indexes are dense (0 .. residents - 1); the caller
 * provides the zeroed bits and counts, so that all groups of a computation share one
 * allocation. */
#ifndef WR_DISTINCT_H
#define WR_DISTINCT_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint64_t *bits;   /* groups x words */
    size_t words;     /* per group */
    size_t groups;
    long *counts;     /* distinct residents per group */
} wr_distinct;

/* 64-bit words one group needs for residents below `residents`. */
static inline size_t wr_distinct_words(size_t residents)
{
    return (residents + 63) / 64;
}

/* bits: groups * wr_distinct_words(residents) zeroed words; counts: groups zeroed longs. */
static inline void wr_distinct_init(wr_distinct *d, size_t groups, size_t residents, uint64_t *bits, long *counts)
{
    d->bits = bits;
    d->words = wr_distinct_words(residents);
    d->groups = groups;
    d->counts = counts;
}

/* A group outside the counter, or a resident beyond its size, is ignored. */
static inline void wr_distinct_add(wr_distinct *d, size_t group, uint32_t resident)
{
    if (group >= d->groups || (size_t)(resident >> 6) >= d->words)
        return;
    uint64_t *w = &d->bits[group * d->words + (resident >> 6)];
    uint64_t m = (uint64_t)1 << (resident & 63);
    d->counts[group] += (*w & m) == 0;
    *w |= m;
}

#endif
