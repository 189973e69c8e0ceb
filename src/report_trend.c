/* The comparison table of a report: key figures side by side for the columns the run
 * chose (a quarter with the four before it; a year with its quarters and the year before). */
#include <stdio.h>
#include <string.h>

#include "format_nl.h"
#include "report_dict.h"

typedef struct {
    const char *figure;
    const char *label;
} key_figure;

static const key_figure key_figures[] = {
    {"bereik", "Bereikte inwoners"},
    {"instroom", "Instroom (inwoners)"},
    {"uitstroom", "Uitstroom (inwoners)"},
    {"wachtend_inwoners", "Wachtende inwoners aan het eind van het kwartaal"},
    {"eerste_contact_binnen_norm_pct", "Eerste contact binnen de norm"},
    {"start_binnen_norm_pct", "Start binnen de norm"},
    {"contacten", "Korte contacten"},
    {"deelnames", "Deelnames aan groepsactiviteiten"},
    {"klachten_ontvangen", "Ontvangen klachten"},
    {"uitval_pct", "Uitval"},
    {"rapportcijfer_gem", "Gemiddeld rapportcijfer"},
};

bool wr_report_dict_trend(wr_tpl_dict *dict, const wr_report_input *in)
{
    size_t columns = in->column_count;
    for (size_t c = 0; c < columns; c++) {
        char name[32];
        snprintf(name, sizeof name, "TREND_KOP_%zu", c + 1);
        wr_tpl_dict_set(dict, name, in->column_heads[c]);
    }
    for (size_t k = 0; k < sizeof key_figures / sizeof key_figures[0]; k++) {
        if (!wr_figures_find(in->current, key_figures[k].figure, "totaal", "totaal"))
            continue; /* its file was not delivered */
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "TREND");
        if (!row)
            return false;
        wr_tpl_dict_set(row, "LABEL", key_figures[k].label);
        for (size_t c = 0; c < columns; c++) {
            char name[32], value[64];
            snprintf(name, sizeof name, "K%zu", c + 1);
            const wr_figure *cell =
                in->columns[c] ? wr_figures_find(in->columns[c], key_figures[k].figure, "totaal", "totaal") : NULL;
            if (cell)
                wr_public_value(cell, in->cfg, value, sizeof value);
            else
                snprintf(value, sizeof value, "\xE2\x80\x93");
            wr_tpl_dict_set(row, name, value);
        }
    }
    return true;
}
