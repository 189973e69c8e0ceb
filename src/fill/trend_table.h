/* The comparison over periods in a report: the table of key figures side by side
 * ({{VERGELIJKING_TABEL}}), the changes against the period before for the key-figure
 * tiles ({{BEREIK_VERANDERING}} ...) and the {{#PER_KOLOM}} rows for charts. */
#ifndef WR_TREND_TABLE_H
#define WR_TREND_TABLE_H

#include <stdbool.h>

#include "fill/fill_input.h"
#include "fill/template_fill.h"

/* The comparison table as Markdown in {{VERGELIJKING_TABEL}}: a column per comparison
 * period, a row per key figure whose file was delivered, each cell as its period's public
 * view shows it; {{#ONDERDRUKT_VERGELIJKING}}, {{#KLEINE_NOEMER_VERGELIJKING}} and
 * {{#AFGESCHERMD_VERGELIJKING}} when a cell shows "<5", "n<10" or "x". False on out of
 * memory. */
bool wr_fill_trend_table(wr_tpl_dict *dict, const wr_fill_input *in);

/* Changes against the period before ({{BEREIK_VERANDERING}} ...) and the {{#PER_KOLOM}}
 * rows (KOP, INSTROOM, UITSTROOM, BEREIK). False on out of memory. */
bool wr_fill_changes(wr_tpl_dict *dict, const wr_fill_input *in);

#endif
