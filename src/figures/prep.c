#include "figures/prep.h"

#include <stdlib.h>

/* Up to this many residents the registrations are put in order with an array of offsets,
 * one per resident (1 MiB); a bigger export sorts them in place instead, since the offsets
 * would stand beside the dataset and the registrations where its memory peaks. */
#define OFFSETS_MAX ((size_t)1 << 18)

/* Counting sort by resident (indexes are dense): linear in the trajectories. */
static bool counting_sort(wr_figures_prep *prep, size_t residents)
{
    const wr_dataset *ds = prep->ds;
    size_t n = ds->trajectory_count;
    uint32_t *start = calloc(residents + 1, sizeof *start);
    if (!start)
        return false;
    for (size_t i = 0; i < n; i++)
        start[ds->trajectories[i].resident + 1]++;
    for (size_t r = 0; r < residents; r++)
        start[r + 1] += start[r];
    for (size_t i = 0; i < n; i++) {
        const wr_trajectory *t = &ds->trajectories[i];
        wr_registration *slot = &prep->regs[start[t->resident]++];
        slot->resident = t->resident;
        slot->registered = t->registered;
    }
    free(start);
    return true;
}

/* In-place radix sort by resident, eight bits at a time from `shift` down (American flag
 * sort): a few hundred counters instead of an offset per resident. */
static void radix_sort(wr_registration *a, size_t n, int shift)
{
    if (n < 2)
        return;
    size_t count[256] = {0}, next[256], end[256];
    for (size_t i = 0; i < n; i++)
        count[a[i].resident >> shift & 255]++;
    for (size_t b = 0, at = 0; b < 256; b++) {
        next[b] = at;
        at += count[b];
        end[b] = at;
    }
    for (size_t b = 0; b < 256; b++)
        while (next[b] < end[b]) {
            wr_registration x = a[next[b]];
            size_t d = x.resident >> shift & 255;
            while (d != b) { /* x goes to its bucket; what stood there comes along */
                wr_registration y = a[next[d]];
                a[next[d]++] = x;
                x = y;
                d = x.resident >> shift & 255;
            }
            a[next[b]++] = x;
        }
    for (size_t b = 0, at = 0; shift > 0 && b < 256; at += count[b], b++)
        radix_sort(a + at, count[b], shift - 8);
}

/* Every registration by resident, then each resident's few by date. Registrations with the
 * same resident and date are equal, so how they are ordered among themselves is unseen. */
static bool sort_registrations(wr_figures_prep *prep)
{
    const wr_dataset *ds = prep->ds;
    size_t n = ds->trajectory_count, residents = 0;
    for (size_t i = 0; i < n; i++)
        if (ds->trajectories[i].resident >= residents)
            residents = (size_t)ds->trajectories[i].resident + 1;
    prep->residents = residents;
    if (n >= UINT32_MAX)
        return false; /* trajectory indexes are 32-bit throughout (input/records.h) */
    prep->regs = malloc((n + 1) * sizeof *prep->regs);
    if (!prep->regs)
        return false;
    if (residents <= OFFSETS_MAX) {
        if (!counting_sort(prep, residents))
            return false;
    } else {
        for (size_t i = 0; i < n; i++)
            prep->regs[i] = (wr_registration){ds->trajectories[i].resident, ds->trajectories[i].registered};
        int shift = 0;
        while (shift < 24 && ((residents - 1) >> shift) >> 8)
            shift += 8;
        radix_sort(prep->regs, n, shift);
    }
    for (size_t i = 1; i < n; i++) { /* runs of one resident are short */
        wr_registration x = prep->regs[i];
        size_t j = i;
        for (; j > 0 && prep->regs[j - 1].resident == x.resident && prep->regs[j - 1].registered > x.registered; j--)
            prep->regs[j] = prep->regs[j - 1];
        prep->regs[j] = x;
    }
    prep->reg_count = n;
    return true;
}

wr_figures_prep *wr_figures_prep_new(const wr_dataset *ds, const wr_config *cfg)
{
    wr_figures_prep *prep = calloc(1, sizeof *prep);
    if (!prep)
        return NULL;
    prep->ds = ds;
    prep->cfg = cfg;
    if (!(prep->cal = wr_calendar_new(cfg->extra_holidays, cfg->extra_holiday_count)) || !sort_registrations(prep)) {
        wr_figures_prep_free(prep);
        return NULL;
    }
    return prep;
}

void wr_figures_prep_free(wr_figures_prep *prep)
{
    if (!prep)
        return;
    wr_calendar_free(prep->cal);
    free(prep->regs);
    free(prep);
}
