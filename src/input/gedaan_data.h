/* Part 1 "gedaan" from the four optional files contacten.csv, activiteiten.csv,
 * afspraken.csv and klachten.csv (data contract, sections 1, 3, 5 and 6).
 *
 * Contacts and meetings can number in the millions, so they are not stored: reading
 * sums them into per-quarter buckets and keeps the distinct activities as a set of
 * (quarter, group, activity) keys. A period that is a quarter or a year is then a sum
 * (or, for distinct activities, a union) over its quarters. Complaints and agreements
 * are few and are stored as rows. */
#ifndef WR_GEDAAN_DATA_H
#define WR_GEDAAN_DATA_H

#include <stdbool.h>

#include "config/config.h"
#include "base/diag.h"
#include "base/error.h"
#include "figures/figures.h"
#include "input/input_files.h"
#include "base/period.h"

typedef struct wr_gedaan_data wr_gedaan_data;

/* Reads the four files from dir when present. A missing file is not an error: it is
 * "not delivered" (delivered[file] is set false; the other entries of delivered are left
 * alone). File-level problems return WR_ERR_INPUT with a Dutch message naming file and
 * line, and *out stays NULL. Row-level problems go to diags. cfg must be the same
 * configuration later passed to the figure functions. */
wr_status wr_gedaan_data_read(const char *dir, const wr_config *cfg, wr_gedaan_data **out,
                              bool delivered[WR_FILE_COUNT], wr_diag_list *diags, wr_error *err);
void wr_gedaan_data_free(wr_gedaan_data *d);

/* Whether file (one of the four) was delivered. */
bool wr_gedaan_delivered(const wr_gedaan_data *d, wr_input_file file);

/* Appends the figure rows of part 1 for f->period (a quarter or a whole year), only for
 * delivered files, in the order afspraken, activiteiten, bijeenkomsten, deelnames,
 * vrijwilligersinzet, contacten, klachten_*. Privacy is left to the caller
 * (wr_figures_apply_privacy). */
wr_status wr_figures_gedaan(const wr_gedaan_data *d, const wr_config *cfg, wr_figures *f, wr_error *err);

/* For the report's list of agreements: calls fn for each agreement of year(p.end), in
 * file order of first appearance, with the row that has the latest peildatum <= p.end
 * (the last such row in the file on a tie). theme is the theme's label ("Onbekend" for an
 * unknown code). Without such a row: status_code "niet_gerapporteerd", label "Niet
 * gerapporteerd", explanation "", theme and description from the agreement's first row
 * of that year. An unknown status gives status_code "onbekend". Strings are never NULL
 * and live as long as d and cfg. */
typedef void (*wr_agreement_fn)(void *user, const char *id, const char *theme, const char *description,
                                const char *status_code, const char *status_label, const char *explanation);
void wr_gedaan_agreements(const wr_gedaan_data *d, const wr_config *cfg, wr_period p, wr_agreement_fn fn,
                          void *user);

#endif
