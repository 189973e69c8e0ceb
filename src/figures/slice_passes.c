#include "figures/slice_passes.h"

#include <stdlib.h>

#include "base/distinct.h"

/* Each pass reads every trajectory and visits those of its slice: the way when there is
 * one slice, and the fallback when grouping finds no memory. */
static void scan_passes(const wr_slice_passes *sp, size_t slices, size_t slice_residents)
{
    for (size_t k = 0; k < slices; k++) {
        size_t lo = k * slice_residents;
        sp->begin(sp->ctx, (uint32_t)lo);
        for (size_t i = 0; i < sp->trajectory_count; i++) {
            const wr_trajectory *t = &sp->trajectories[i];
            if (t->resident >= lo && t->resident - lo < slice_residents)
                sp->visit(sp->ctx, t);
        }
    }
}

void wr_slice_passes_run(const wr_slice_passes *sp)
{
    size_t all_words = wr_distinct_words(sp->residents);
    size_t slice_words = sp->slice_words ? sp->slice_words : 1;
    size_t slices = all_words ? (all_words + slice_words - 1) / slice_words : 1;
    size_t slice_residents = slice_words * 64;
    if (slices == 1) {
        scan_passes(sp, 1, slice_residents);
        return;
    }
    /* A counting sort of the counting trajectories by slice, in index order within one:
     * start[k] .. start[k + 1] are slice k's places in order. */
    size_t *start = calloc(slices + 1, sizeof *start);
    uint32_t *order = NULL;
    size_t counting = 0;
    if (start) {
        for (size_t i = 0; i < sp->trajectory_count; i++) {
            const wr_trajectory *t = &sp->trajectories[i];
            size_t k = t->resident / slice_residents;
            if (k < slices && sp->counts(sp->ctx, t)) {
                start[k + 1]++;
                counting++;
            }
        }
        order = malloc((counting ? counting : 1) * sizeof *order);
    }
    if (!order) {
        free(start);
        scan_passes(sp, slices, slice_residents);
        return;
    }
    for (size_t k = 0; k < slices; k++)
        start[k + 1] += start[k];
    size_t *next = calloc(slices, sizeof *next);
    if (!next) {
        free(order);
        free(start);
        scan_passes(sp, slices, slice_residents);
        return;
    }
    for (size_t k = 0; k < slices; k++)
        next[k] = start[k];
    for (size_t i = 0; i < sp->trajectory_count; i++) {
        const wr_trajectory *t = &sp->trajectories[i];
        size_t k = t->resident / slice_residents;
        if (k < slices && sp->counts(sp->ctx, t))
            order[next[k]++] = (uint32_t)i;
    }
    free(next);
    for (size_t k = 0; k < slices; k++) {
        sp->begin(sp->ctx, (uint32_t)(k * slice_residents));
        for (size_t j = start[k]; j < start[k + 1]; j++)
            sp->visit(sp->ctx, &sp->trajectories[order[j]]);
    }
    free(order);
    free(start);
}
