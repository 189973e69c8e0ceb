/* The template codes of the district factsheets and their overview
 * (templates/wijkfactsheet.md, wijkfactsheets.md) that the report's own fill does not set:
 * registered with the report's names (fill/template_names.h), so that an unknown code in
 * those templates is refused like one in the report's. */
#ifndef WR_FACTSHEET_NAMES_H
#define WR_FACTSHEET_NAMES_H

#include <stdbool.h>

#include "fill/name_set.h"

/* WIJK, WIJK_PERIODE, {{#ROLLEND_JAAR}} ..., and WIJK_<FIGURE>, STAD_<FIGURE> (with
 * _NOEMER) for every figure of the definitions; false when out of memory. */
bool wr_fill_factsheet_names(wr_tpl_names *out);

#endif
