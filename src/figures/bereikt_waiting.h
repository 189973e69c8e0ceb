/* Part 2 "bereikt", the waiting list at the period's last day (data contract, sections 3
 * and 8): the waiting trajectories in total, per onderdeel, per wijk and per waiting time,
 * the distinct residents who wait, and the median waiting time. */
#ifndef WR_FIGURES_BEREIKT_WAITING_H
#define WR_FIGURES_BEREIKT_WAITING_H

#include <stdbool.h>

#include "base/error.h"
#include "config/config.h"
#include "figures/figures.h"
#include "figures/prep.h"
#include "input/records.h"

/* The groups of waiting time w = P.end - aanmelddatum in calendar days. */
#define WR_WAIT_GROUPS 4

/* The index of a waiting time in days among the groups 0-14, 15-28, 29-56 and 57+. */
int wr_wait_group(int days);

/* True when t waits on day: registered on or before it, not started and not ended by
 * then. An unreadable start date leaves the trajectory out. */
bool wr_trajectory_waits(const wr_trajectory *t, wr_day day);

/* Appends wachtend_trajecten (totaal, onderdeel, wijk, wachttijd), wachtend_inwoners and
 * wachttijd_mediaan_dagen for f->period. */
wr_status wr_figures_waiting(const wr_figures_prep *prep, wr_figures *f, wr_error *err);

#endif
