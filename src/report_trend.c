/* The trend table of the report: key figures for the report's quarter and the four
 * quarters before it (the first of which is the same quarter a year earlier). */
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
    size_t columns = in->trend_count + 1;
    const wr_figures *periods[16];
    if (columns > sizeof periods / sizeof periods[0])
        columns = sizeof periods / sizeof periods[0];
    for (size_t i = 0; i + 1 < columns; i++)
        periods[i] = in->trend[i];
    periods[columns - 1] = in->current;

    for (size_t c = 0; c < columns; c++) {
        char name[32], head[32];
        snprintf(name, sizeof name, "TREND_KOP_%zu", c + 1);
        snprintf(head, sizeof head, "%d-K%d", periods[c]->period.year, periods[c]->period.quarter);
        wr_tpl_dict_set(dict, name, head);
    }
    for (size_t k = 0; k < sizeof key_figures / sizeof key_figures[0]; k++) {
        const wr_figure *cells[16];
        bool any = false;
        for (size_t c = 0; c < columns; c++) {
            cells[c] = wr_figures_find(periods[c], key_figures[k].figure, "totaal", "totaal");
            any |= cells[c] != NULL;
        }
        if (!any) /* its file was not delivered */
            continue;
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "TREND");
        if (!row)
            return false;
        wr_tpl_dict_set(row, "LABEL", key_figures[k].label);
        for (size_t c = 0; c < columns; c++) {
            char name[16], value[64];
            snprintf(name, sizeof name, "K%zu", c + 1);
            if (cells[c])
                wr_public_value(cells[c], in->cfg, value, sizeof value);
            else
                snprintf(value, sizeof value, "\xE2\x80\x93");
            wr_tpl_dict_set(row, name, value);
        }
    }
    return true;
}
