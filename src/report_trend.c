/* The comparison table of a report: key figures side by side for the columns the run
 * chose (a quarter with the four before it; a year with its quarters and the year before). */
#include <stdio.h>
#include <string.h>

#include "format_nl.h"
#include "report_dict.h"
#include "strbuf.h"

typedef struct {
    const char *figure;
    const char *label;
} key_figure;

static const key_figure key_figures[] = {
    {"bereik", "Bereikte inwoners"},
    {"instroom", "Instroom (inwoners)"},
    {"uitstroom", "Uitstroom (inwoners)"},
    {"wachtend_inwoners", "Wachtende inwoners aan het eind van de periode"},
    {"eerste_contact_binnen_norm_pct", "Eerste contact binnen de norm"},
    {"start_binnen_norm_pct", "Start binnen de norm"},
    {"contacten", "Korte contacten"},
    {"deelnames", "Deelnames aan groepsactiviteiten"},
    {"klachten_ontvangen", "Ontvangen klachten"},
    {"uitval_pct", "Uitval"},
    {"rapportcijfer_gem", "Gemiddeld rapportcijfer"},
};

/* The table is built here rather than in the template because its number of columns
 * depends on the kind of report. */
bool wr_report_dict_trend(wr_tpl_dict *dict, const wr_report_input *in)
{
    wr_strbuf t = {0};
    wr_strbuf_puts(&t, "| Kerncijfer |");
    for (size_t c = 0; c < in->column_count; c++)
        wr_strbuf_printf(&t, " %s |", in->column_heads[c]);
    wr_strbuf_puts(&t, "\n|:--|");
    for (size_t c = 0; c < in->column_count; c++)
        wr_strbuf_puts(&t, "--:|");
    wr_strbuf_puts(&t, "\n");
    for (size_t k = 0; k < sizeof key_figures / sizeof key_figures[0]; k++) {
        if (!wr_figures_find(in->current, key_figures[k].figure, "totaal", "totaal"))
            continue; /* its file was not delivered */
        wr_strbuf_printf(&t, "| %s |", key_figures[k].label);
        for (size_t c = 0; c < in->column_count; c++) {
            char value[64];
            const wr_figure *cell =
                in->columns[c] ? wr_figures_find(in->columns[c], key_figures[k].figure, "totaal", "totaal") : NULL;
            if (cell)
                wr_public_value(cell, in->cfg, value, sizeof value);
            else
                snprintf(value, sizeof value, "\xE2\x80\x93");
            wr_strbuf_printf(&t, " %s |", value);
        }
        wr_strbuf_puts(&t, "\n");
    }
    wr_tpl_dict_set(dict, "VERGELIJKING_TABEL", wr_strbuf_cstr(&t));
    bool ok = !t.failed;
    wr_strbuf_free(&t);
    return ok;
}
