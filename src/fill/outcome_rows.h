/* The lists of parts 4 and financien: policy indicators ({{#INDICATOR}} with their previous
 * value, target and yearly series; {{INDICATOR_BRONNEN}}) and the finance section
 * (fill/finance_rows.h). */
#ifndef WR_OUTCOME_ROWS_H
#define WR_OUTCOME_ROWS_H

#include <stdbool.h>
#include <stddef.h>

#include "fill/fill_input.h"
#include "fill/template_fill.h"

/* False on out of memory. */
bool wr_fill_outcome_rows(wr_tpl_dict *dict, const wr_fill_input *in);

/* An indicator value in its unit: "12,4%", "890", "7,2". */
void wr_fill_indicator_value(wr_indicator_unit unit, double v, char *buf, size_t size);

#endif
