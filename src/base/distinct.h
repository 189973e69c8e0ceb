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
    uint64_t *bits;   /* groups x words: the bits of residents lo .. lo + 64 * words - 1 */
    size_t words;     /* per group */
    size_t groups;
    long *counts;     /* distinct residents per group */
    uint32_t lo;      /* the first resident of the bits */
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
    d->lo = 0;
}

/* A big export in less memory: the residents are counted a slice at a time. Each pass
 * adds the pairs of the residents in its slice, with the bits of every group for that
 * slice only; a resident is in one slice, so the counts add up to the same. The bits of
 * one pass stay within this many words (1 MiB; two periods are computed at once). The
 * figures group the registrations by slice first (figures/slice_passes.h), so each pass
 * reads only its own and the passes together cost one reading. */
#define WR_DISTINCT_PASS_WORDS ((size_t)1 << 17)

/* Words per group in one pass over `groups` groups and `residents` residents: all of
 * them when they fit, at least one. */
static inline size_t wr_distinct_slice_words(size_t groups, size_t residents)
{
    size_t words = wr_distinct_words(residents);
    size_t fit = groups ? WR_DISTINCT_PASS_WORDS / groups : words;
    size_t slice = words < fit ? words : fit;
    return slice ? slice : 1;
}

/* For the pass over residents lo .. lo + 64 * words - 1: d's bits are `bits`, its
 * groups x words zeroed words. */
static inline void wr_distinct_set_slice(wr_distinct *d, uint32_t lo, size_t words, uint64_t *bits)
{
    d->lo = lo;
    d->words = words;
    d->bits = bits;
}

/* Whether resident is in d's slice of residents. */
static inline int wr_distinct_in_slice(const wr_distinct *d, uint32_t resident)
{
    return (size_t)((resident - d->lo) >> 6) < d->words; /* wraps round below the slice */
}

/* A group outside the counter, or a resident outside its slice, is ignored. */
static inline void wr_distinct_add(wr_distinct *d, size_t group, uint32_t resident)
{
    if (group >= d->groups || !wr_distinct_in_slice(d, resident))
        return;
    uint32_t r = resident - d->lo;
    uint64_t *w = &d->bits[group * d->words + (r >> 6)];
    uint64_t m = (uint64_t)1 << (r & 63);
    d->counts[group] += (*w & m) == 0;
    *w |= m;
}

#endif
