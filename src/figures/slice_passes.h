/* The passes of a distinct count over a big export, one slice of the residents at a time
 * (base/distinct.h), shared by bereik/instroom/uitstroom and the district crosses. Each
 * pass visits only the trajectories of its own slice: with more than one slice, the
 * trajectories that count are first grouped by slice, so all passes together read each
 * of them once and the work grows with the export, not with the export times the number
 * of slices. */
#ifndef WR_SLICE_PASSES_H
#define WR_SLICE_PASSES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "input/records.h"

typedef struct {
    const wr_trajectory *trajectories;
    size_t trajectory_count;
    size_t residents;    /* resident indexes are below this */
    size_t slice_words;  /* 64 residents a word (wr_distinct_slice_words) */
    void *ctx;
    /* Before each pass: point the counters at residents lo .. lo + 64 * slice_words - 1,
     * with zeroed bits. */
    void (*begin)(void *ctx, uint32_t lo);
    /* Adds one trajectory of the slice to the counters. */
    void (*visit)(void *ctx, const wr_trajectory *t);
    /* Whether visit adds anything for t in some period's count; only these are grouped
     * when there is more than one slice. */
    bool (*counts)(void *ctx, const wr_trajectory *t);
} wr_slice_passes;

/* Runs every pass. Grouping needs memory for one index per counting trajectory; without
 * it, each pass reads all trajectories and skips the other slices' (same counts, slower). */
void wr_slice_passes_run(const wr_slice_passes *sp);

#endif
