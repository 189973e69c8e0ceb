/* Part 1 "gedaan", the norms that trajecten.csv alone decides: first contact within
 * the norm of working days, and start of support within the norm of days
 * (data contract, sections 3 and 8). Counts are of trajectories, not residents. */
#ifndef WR_FIGURES_GEDAAN_NORMS_H
#define WR_FIGURES_GEDAAN_NORMS_H

#include "base/calendar.h"
#include "base/error.h"
#include "config/config.h"
#include "figures/figures.h"
#include "input/records.h"

/* Appends, per norm, the percentage within (*_binnen_norm_pct) and the number of
 * trajectories outside (*_buiten_norm) for the total, every onderdeel and every wijk
 * (onbekend when its population is not empty), and the median working days to the first
 * contact. */
wr_status wr_figures_norms(const wr_dataset *ds, const wr_config *cfg, const wr_calendar *cal, wr_figures *f,
                           wr_error *err);

/* Median of values[0..n) (sorted in place); mean of the two middle values for even n. */
double wr_median(int *values, size_t n);

#endif
