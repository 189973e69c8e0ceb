/* Computing the figures model of one period from the dataset: the dispatcher over the
 * report's parts, in the order of the report. */
#ifndef WR_FIGURES_COMPUTE_H
#define WR_FIGURES_COMPUTE_H

#include "base/error.h"
#include "base/period.h"
#include "config/config.h"
#include "figures/figures.h"
#include "figures/prep.h"
#include "input/outcome_data.h"
#include "input/records.h"

/* Allocates *out and fills it for period: the rows part by part (gedaan, bereikt, effect,
 * impact, financien), the lists beside them, the sources, then the privacy decision of
 * every row. The model borrows from ds and cfg (figures/figures.h). */
wr_status wr_figures_compute(const wr_dataset *ds, const wr_config *cfg, wr_period period, wr_figures **out,
                             wr_error *err);

/* The same with what the periods share prepared once (figures/prep.h): a report's
 * periods are computed from one prep. */
wr_status wr_figures_compute_prepared(const wr_figures_prep *prep, wr_period period, wr_figures **out, wr_error *err);

/* Appends to f (for f->period) only what the four outcome files give, in report order:
 * ZRM and experience (effect), indicators (impact) and financien, only for delivered files;
 * then decides privacy for every row of f. od must have been read with ds. */
wr_status wr_figures_outcome(const wr_outcome_data *od, const wr_dataset *ds, const wr_config *cfg, wr_figures *f,
                             wr_error *err);

#endif
