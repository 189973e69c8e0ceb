/* What the figures of every period share, prepared once per run from the dataset, so that
 * a report's five to ten periods do not each repeat it: the calendar of working days, and
 * every registration sorted by resident and date (for repeat requests). Read-only once
 * made, so periods may be computed side by side. */
#ifndef WR_FIGURES_PREP_H
#define WR_FIGURES_PREP_H

#include <stddef.h>
#include <stdint.h>

#include "base/calendar.h"
#include "config/config.h"
#include "input/records.h"

typedef struct {
    uint32_t resident;
    wr_day registered;
} wr_registration;

typedef struct {
    const wr_dataset *ds;
    const wr_config *cfg;
    wr_calendar *cal;
    wr_registration *regs;   /* one per trajectory, by resident, then registration date */
    size_t reg_count;
    size_t residents;        /* resident indexes are below this */
} wr_figures_prep;

/* NULL on out of memory. ds and cfg are borrowed and must outlive it. */
wr_figures_prep *wr_figures_prep_new(const wr_dataset *ds, const wr_config *cfg);
void wr_figures_prep_free(wr_figures_prep *prep);

#endif
