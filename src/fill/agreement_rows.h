/* The agreements of the annual plan as {{#AFSPRAAK}} rows (OMSCHRIJVING, THEMA, STATUS,
 * TOELICHTING) with their latest status up to the period's end. */
#ifndef WR_AGREEMENT_ROWS_H
#define WR_AGREEMENT_ROWS_H

#include <stdbool.h>

#include "fill/fill_input.h"
#include "fill/template_fill.h"

/* False on out of memory. */
bool wr_fill_agreement_rows(wr_tpl_dict *dict, const wr_fill_input *in);

#endif
