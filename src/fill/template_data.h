/* Turns the figures, configuration and narrative texts into the template dictionary of
 * a report. Values are formatted the Dutch way and suppressed as public documents need.
 *
 * Names in the dictionary (documented for template writers in templates/README.md):
 *   {{PROGRAMMA}} {{AANBIEDER}} {{OPDRACHTGEVER}} {{PERIODE}} {{PERIODE_CODE}} ...
 *   {{BEREIK}}          a figure's total (the cijfer in capitals)
 *   {{#PER_WIJK}}...{{/PER_WIJK}}   one row per code of a dimension, with {{LABEL}}
 *                       and every figure broken down by it ({{BEREIK}}, {{INSTROOM}} ...)
 *   {{#ONDERDRUKT_WIJK}}  shown when a value of that dimension is suppressed
 *   {{TEKST_INLEIDING}} ... narrative texts */
#ifndef WR_REPORT_DICT_H
#define WR_REPORT_DICT_H

#include <stdbool.h>
#include <stddef.h>

#include "config/config.h"
#include "input/dataset.h"
#include "figures/figures.h"
#include "narrative/narrative.h"
#include "fill/template_fill.h"

/* A figure as a public document shows it: "1.234", "12,5%", "<5", "n<10", "–". */
void wr_public_value(const wr_figure *fig, const wr_config *cfg, char *buf, size_t size);

typedef struct {
    const wr_config *cfg;
    const wr_dataset *ds;
    const wr_figures *current;       /* the report's period */
    /* Columns of the comparison table, left to right; a NULL column is a quarter not yet
     * known (an annual report during the year). */
    const wr_figures *const *columns;
    const char *const *column_heads;
    size_t column_count;
    bool year_in_progress;           /* annual report: figures up to the period's end only */
    const wr_narrative *texts;
    bool draft;
} wr_report_input;

/* Fills dict; returns false on out of memory. */
bool wr_report_dict_fill(wr_tpl_dict *dict, const wr_report_input *in);

/* Changes against the period before for the key-figure tiles ({{BEREIK_VERANDERING}}
 * ...) and the {{#PER_KOLOM}} rows (KOP, INSTROOM, UITSTROOM, BEREIK) for charts. */
bool wr_report_dict_changes(wr_tpl_dict *dict, const wr_report_input *in);

/* Agreement rows ({{#AFSPRAAK}}) with the latest status up to the period's end. */
bool wr_report_dict_gedaan(wr_tpl_dict *dict, const wr_report_input *in);

/* Indicator rows ({{#INDICATOR}}) and financial checks ({{#TOETS}}) from the outcome files. */
bool wr_report_dict_outcome(wr_tpl_dict *dict, const wr_report_input *in);

/* The comparison table as Markdown in {{VERGELIJKING_TABEL}}: a column per comparison
 * period, a row per key figure whose file was delivered. */
bool wr_report_dict_trend(wr_tpl_dict *dict, const wr_report_input *in);

#endif
