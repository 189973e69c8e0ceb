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
    uint64_t *bits;   /* window x words: the bits of groups first .. first + window - 1 */
    size_t words;     /* per group */
    size_t groups;
    long *counts;     /* distinct residents per group (all groups) */
    size_t first, window;
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
    d->first = 0;
    d->window = groups;
}

/* A big export in less memory: the groups are counted a window at a time, each pass adding
 * the same pairs, so only one window's bits exist at once; the counts come out the same.
 * The bits of one pass stay within this many words (1 MiB; two periods are computed at
 * once), but a pass counts at least WR_DISTINCT_PASS_MIN_GROUPS groups: every pass reads
 * all registrations, so with a fixed budget the passes would grow with the residents and
 * the time with their square (thirty times Haarlem); this way the bits grow with the
 * residents instead. */
#define WR_DISTINCT_PASS_WORDS ((size_t)1 << 17)
#define WR_DISTINCT_PASS_MIN_GROUPS 4

/* How many groups one pass counts, of `groups` in all. */
static inline size_t wr_distinct_pass_groups(size_t groups, size_t residents)
{
    size_t words = wr_distinct_words(residents);
    if (words == 0)
        return groups;
    size_t fit = WR_DISTINCT_PASS_WORDS / words;
    if (fit < WR_DISTINCT_PASS_MIN_GROUPS)
        fit = WR_DISTINCT_PASS_MIN_GROUPS;
    return groups < fit ? groups : fit;
}

/* For the pass over the groups [first, first + count) of a numbering in which d's groups
 * start at `offset`: d counts the part of its groups inside that window, in bits (the
 * window's zeroed bits, count * words) from that part's place on; adding to its other
 * groups does nothing in this pass. */
static inline void wr_distinct_set_window(wr_distinct *d, size_t offset, size_t first, size_t count, uint64_t *bits)
{
    size_t lo = first > offset ? first : offset;
    size_t end = offset + d->groups < first + count ? offset + d->groups : first + count;
    d->first = lo > offset ? lo - offset : 0;
    d->window = end > lo ? end - lo : 0;
    d->bits = bits + (end > lo ? (lo - first) * d->words : 0);
}

/* A group outside the counter (or its window), or a resident beyond its size, is ignored. */
static inline void wr_distinct_add(wr_distinct *d, size_t group, uint32_t resident)
{
    size_t in_window = group - d->first; /* wraps round below the window */
    if (in_window >= d->window || (size_t)(resident >> 6) >= d->words)
        return;
    uint64_t *w = &d->bits[in_window * d->words + (resident >> 6)];
    uint64_t m = (uint64_t)1 << (resident & 63);
    d->counts[group] += (*w & m) == 0;
    *w |= m;
}

#endif
