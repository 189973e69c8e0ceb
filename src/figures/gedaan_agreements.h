/* Part 1 "gedaan", the agreements of the annual plan (afspraken.csv) for a period P: those
 * with jaar = year(P.end), each with its row of the latest peildatum <= P.end (on a tie the
 * last such row in the file), or none ("niet gerapporteerd"). */
#ifndef WR_FIGURES_GEDAAN_AGREEMENTS_H
#define WR_FIGURES_GEDAAN_AGREEMENTS_H

#include <stdbool.h>

#include "base/period.h"
#include "config/config.h"
#include "figures/figures.h"
#include "input/gedaan_store.h"

/* Appends the rows afspraken (totaal and per status) for f->period; false on out of memory. */
bool wr_gedaan_figures_agreements(const wr_gedaan_data *d, const wr_config *cfg, wr_figures *f);

/* Calls fn for each agreement of year(p.end), in file order of first appearance, with the
 * row that has the latest peildatum <= p.end (line: its line in afspraken.csv). theme is the theme's label ("Onbekend" for an
 * unknown code). Without such a row: status_code "niet_gerapporteerd", label "Niet
 * gerapporteerd", explanation "", theme and description from the agreement's first row of
 * that year. An unknown status gives status_code "onbekend". Strings are never NULL and live
 * as long as d and cfg. Nothing when d is NULL or afspraken.csv was not delivered; false on
 * out of memory. */
typedef void (*wr_agreement_fn)(void *user, const char *id, const char *theme, const char *description,
                                const char *status_code, const char *status_label, const char *explanation,
                                long line);
bool wr_gedaan_agreements(const wr_gedaan_data *d, const wr_config *cfg, wr_period p, wr_agreement_fn fn,
                          void *user);

/* Fills the model's list of agreements (f->agreements, f->has_agreements) for f->period,
 * as wr_gedaan_agreements gives them; false on out of memory. d may be NULL. */
bool wr_gedaan_agreement_list(const wr_gedaan_data *d, const wr_config *cfg, wr_figures *f);

#endif
