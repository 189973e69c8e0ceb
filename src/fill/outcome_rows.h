/* The lists of parts 4 and financien: policy indicators ({{#INDICATOR}} with their previous
 * value, target and yearly series; {{INDICATOR_BRONNEN}}) and the finance section
 * (fill/finance_rows.h). */
#ifndef WR_OUTCOME_ROWS_H
#define WR_OUTCOME_ROWS_H

#include <stdbool.h>

#include "fill/fill_input.h"
#include "fill/template_fill.h"

/* False on out of memory. */
bool wr_fill_outcome_rows(wr_tpl_dict *dict, const wr_fill_input *in);

#endif
