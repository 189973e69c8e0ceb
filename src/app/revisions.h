/* Revisions made visible: for each quarter a report compares with, the figures export its
 * own report left in the output folder (cijfers-<q>-niet-openbaar.csv or cijfers-<q>.csv),
 * and the totals of the comparison table that today's export computes differently. A
 * revision is listed only when both values were public: the old one as that quarter's own
 * report showed it (its view is worked out again from the old export with the same
 * disclosure rule), the new one as this report shows it. So a note never tells a hidden
 * value. An old export that cannot be read is passed over: it only means no note. */
#ifndef WR_APP_REVISIONS_H
#define WR_APP_REVISIONS_H

#include <stddef.h>

#include "config/config.h"
#include "figures/figures.h"
#include "fill/fill_input.h"

typedef struct {
    wr_revision *items;
    size_t count, cap;
} wr_revision_list;

/* Fills out for the quarter columns (not current) among columns[0..count) (NULL entries
 * skipped), whose views are decided already. False on out of memory. */
bool wr_revisions_find(const char *output_dir, const wr_config *cfg, const wr_figures *const *columns, size_t count,
                       const wr_figures *current, wr_revision_list *out);
void wr_revision_list_clear(wr_revision_list *l);

#endif
