/* Turns the figures model, configuration and narrative texts into the template dictionary
 * of a report. Values are formatted the Dutch way and shown as the model's public view
 * says (figures/disclosure.h): "<5", "x", "n<10" or "–" where a value is hidden.
 *
 * Names in the dictionary (documented for template writers in templates/README.md):
 *   {{PROGRAMMA}} {{AANBIEDER}} {{OPDRACHTGEVER}} {{PERIODE}} {{PERIODE_CODE}} ...
 *   {{BEREIK}}          a figure's total (the cijfer in capitals)
 *   {{#PER_WIJK}}...{{/PER_WIJK}}   one row per code of a dimension, with {{LABEL}}
 *                       and every figure broken down by it ({{BEREIK}}, {{INSTROOM}} ...)
 *   {{#ONDERDRUKT_WIJK}}  shown when a value of that dimension (or the total of a figure
 *                       broken down by it) shows "<5", a denominator too;
 *                       {{#KLEINE_NOEMER_WIJK}} "n<10"; {{#AFGESCHERMD_WIJK}} "x";
 *                       {{#AFGESCHERMD_WIJK_BEREIK}} ... for one figure's cells alone;
 *                       _TOTAAL for all totals, and _NORMEN, _KLACHTEN, _WACHTEND,
 *                       _UITVAL, _ZRM and _ERVARING for the cells of those tables
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
