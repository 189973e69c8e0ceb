/* The comparison over periods in a report: the table of key figures side by side
 * ({{VERGELIJKING_TABEL}}), the changes against the period before for the key-figure
 * tiles ({{BEREIK_VERANDERING}} ...) and the {{#PER_KOLOM}} rows for charts. */
#ifndef WR_TREND_TABLE_H
#define WR_TREND_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "fill/fill_input.h"
#include "fill/template_fill.h"

/* A row of the comparison table: a total and its label. */
typedef struct {
    const char *figure;
    const char *label;
} wr_key_figure;

/* The rows of the comparison table, in order. */
const wr_key_figure *wr_trend_key_figures(size_t *count);

/* The comparison table as Markdown in {{VERGELIJKING_TABEL}}: a column per comparison
 * period, a row per key figure whose file was delivered, each cell as its period's public
 * view shows it and marked "*" when the figures export of that quarter's own report had
 * another value (in->revisions; {{#MET_WIJZIGINGEN}} and {{WIJZIGINGEN}} list them), then the change against
 * the same period a year earlier and against the previous quarter ({{#MET_VERSCHIL}});
 * {{#ONDERDRUKT_VERGELIJKING}}, {{#KLEINE_NOEMER_VERGELIJKING}} and
 * {{#AFGESCHERMD_VERGELIJKING}} when a cell shows "<5", "n<10" or "x". False on out of
 * memory. */
bool wr_fill_trend_table(wr_tpl_dict *dict, const wr_fill_input *in);

/* For the key-figure tiles, every total's change against the same period a year earlier
 * and (a quarter) the quarter before, labelled: {{BEREIK_VERANDERING}} = "+56 t.o.v. 3e
 * kwartaal 2025 · -20 t.o.v. 2e kwartaal 2026", empty where a value is hidden; also
 * {{DOELREALISATIE_PCT_GEHEEL_VERANDERING}}. And the {{#PER_KOLOM}} rows (KOP, INSTROOM,
 * UITSTROOM, BEREIK). False on out of memory. */
bool wr_fill_changes(wr_tpl_dict *dict, const wr_fill_input *in);

#endif
