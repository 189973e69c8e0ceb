/* Turns the figures model, configuration and narrative texts into the template dictionary
 * of a report. Values are formatted the Dutch way and suppressed as public documents need.
 *
 * Names in the dictionary (documented for template writers in templates/README.md):
 *   {{PROGRAMMA}} {{AANBIEDER}} {{OPDRACHTGEVER}} {{PERIODE}} {{PERIODE_CODE}} ...
 *   {{BEREIK}}          a figure's total (the cijfer in capitals)
 *   {{#PER_WIJK}}...{{/PER_WIJK}}   one row per code of a dimension, with {{LABEL}}
 *                       and every figure broken down by it ({{BEREIK}}, {{INSTROOM}} ...)
 *   {{#ONDERDRUKT_WIJK}}  shown when a value of that dimension is suppressed
 *   {{TEKST_INLEIDING}} ... narrative texts
 * and the lists and comparisons of fill/agreement_rows.h, fill/outcome_rows.h and
 * fill/trend_table.h. */
#ifndef WR_TEMPLATE_DATA_H
#define WR_TEMPLATE_DATA_H

#include <stdbool.h>

#include "fill/fill_input.h"
#include "fill/template_fill.h"

/* Fills dict; returns false on out of memory. */
bool wr_fill_template_data(wr_tpl_dict *dict, const wr_fill_input *in);

#endif
