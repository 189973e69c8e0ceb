#include "figures/prep.h"

#include <stdlib.h>

#include "base/big_alloc.h"

/* Counting sort by resident (indexes are dense), then each resident's few registrations
 * by date: linear in the trajectories, where sorting them all would not be. */
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
    /* 32-bit offsets: half the memory of size_t where it peaks, beside the dataset. */
    uint32_t *start = wr_big_calloc(residents + 1, sizeof *start); /* given back whole when freed */
    prep->regs = malloc((n + 1) * sizeof *prep->regs);
    if (!start || !prep->regs) {
        wr_big_free(start, residents + 1, sizeof *start);
        return false;
    }
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
    wr_big_free(start, residents + 1, sizeof *start);
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
