/* The comparison table of a report: key figures side by side for the columns the run
 * chose (a quarter with the four before it; a year with its quarters and the year before). */
#include "fill/trend_table.h"

#include <stdio.h>
#include <string.h>

#include "base/format_nl.h"
#include "base/strbuf.h"
#include "fill/public_value.h"

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
bool wr_fill_trend_table(wr_tpl_dict *dict, const wr_fill_input *in)
{
    wr_strbuf t = {0};
    wr_strbuf_puts(&t, "| Kerncijfer |");
    for (size_t c = 0; c < in->column_count; c++)
        wr_strbuf_printf(&t, " %s |", in->column_heads[c]);
    wr_strbuf_puts(&t, "\n|:--|");
    for (size_t c = 0; c < in->column_count; c++)
        wr_strbuf_puts(&t, "--:|");
    wr_strbuf_puts(&t, "\n");
    bool shown_as[WR_SHOW_PROTECTED + 1] = {false};
    for (size_t k = 0; k < sizeof key_figures / sizeof key_figures[0]; k++) {
        if (!wr_figures_find(in->current, key_figures[k].figure, "totaal", "totaal"))
            continue; /* its file was not delivered */
        wr_strbuf_printf(&t, "| %s |", key_figures[k].label);
        for (size_t c = 0; c < in->column_count; c++) {
            char value[64];
            const wr_figure *cell =
                in->columns[c] ? wr_figures_find(in->columns[c], key_figures[k].figure, "totaal", "totaal") : NULL;
            if (cell) {
                wr_public_value(cell, in->cfg, value, sizeof value);
                shown_as[cell->public_show] = true;
            } else {
                snprintf(value, sizeof value, "\xE2\x80\x93");
            }
            wr_strbuf_printf(&t, " %s |", value);
        }
        wr_strbuf_puts(&t, "\n");
    }
    wr_tpl_dict_set(dict, "VERGELIJKING_TABEL", wr_strbuf_cstr(&t));
    /* For the note under the table: {{#ONDERDRUKT_VERGELIJKING}} ... */
    if (shown_as[WR_SHOW_SMALL_COUNT])
        wr_tpl_dict_show_section(dict, "ONDERDRUKT_VERGELIJKING");
    if (shown_as[WR_SHOW_SMALL_BASE])
        wr_tpl_dict_show_section(dict, "KLEINE_NOEMER_VERGELIJKING");
    if (shown_as[WR_SHOW_PROTECTED])
        wr_tpl_dict_show_section(dict, "AFGESCHERMD_VERGELIJKING");
    bool ok = !t.failed;
    wr_strbuf_free(&t);
    return ok;
}

/* "+56 t.o.v. 2e kwartaal 2026": the change of a total against the period before (the
 * previous quarter, or the previous year). Empty when either side is hidden or absent,
 * so a tile shows no change rather than a guess. */
static void change_text(const wr_figure *now, const wr_figure *before, const char *before_name, char *buf,
                        size_t size)
{
    buf[0] = '\0';
    if (!now || !before || now->public_show != WR_SHOW_VALUE || before->public_show != WR_SHOW_VALUE ||
        !now->has_value || !before->has_value)
        return;
    double d = now->value - before->value;
    char num[48];
    bool pct = now->kind == WR_KIND_PERCENT;
    wr_nl_number(d < 0 ? -d : d, pct || now->kind == WR_KIND_MEAN ? 1 : 0, num, sizeof num);
    const char *sign = wr_round(d, pct ? 1 : 0) > 0 ? "+" : wr_round(d, pct ? 1 : 0) < 0 ? "\xE2\x88\x92" : "";
    if (!*sign)
        snprintf(num, sizeof num, "0");
    snprintf(buf, size, "%s%s%s t.o.v. %s", sign, num, pct ? " %-punt" : "", before_name);
}

bool wr_fill_changes(wr_tpl_dict *dict, const wr_fill_input *in)
{
    /* The comparison column just before the report's own: the previous quarter, or for
     * an annual report the year before (the last column). */
    const wr_figures *before = NULL;
    for (size_t c = 0; c < in->column_count; c++)
        if (in->columns[c] == in->current && c > 0 && in->current->period.quarter)
            before = in->columns[c - 1];
    /* A year still in progress is not compared with a whole year: that would mislead. */
    if (!in->current->period.quarter && in->column_count > 0 && !in->year_in_progress)
        before = in->columns[in->column_count - 1];
    char before_name[64] = "";
    if (before)
        wr_nl_period(before->period, before_name, sizeof before_name);
    static const char *const totals[] = {"bereik", "instroom", "uitstroom", "wachtend_inwoners",
                                         "eerste_contact_binnen_norm_pct", "contacten", "deelnames"};
    for (size_t i = 0; i < sizeof totals / sizeof totals[0]; i++) {
        char name[96], text[128];
        snprintf(name, sizeof name, "%s_VERANDERING", totals[i]);
        for (char *p = name; *p; p++)
            *p = (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
        change_text(wr_figures_find(in->current, totals[i], "totaal", "totaal"),
                    before ? wr_figures_find(before, totals[i], "totaal", "totaal") : NULL, before_name, text,
                    sizeof text);
        wr_tpl_dict_set(dict, name, text);
    }
    /* One row per known comparison column, oldest first, for the inflow/outflow chart. */
    for (size_t c = 0; c < in->column_count; c++) {
        if (!in->columns[c] || (in->current->period.quarter == 0 && in->columns[c]->period.quarter == 0))
            continue; /* an annual report charts its quarters only */
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "PER_KOLOM");
        if (!row)
            return false;
        wr_tpl_dict_set(row, "KOP", in->column_heads[c]);
        static const char *const figures[] = {"instroom", "uitstroom", "bereik"};
        static const char *const names[] = {"INSTROOM", "UITSTROOM", "BEREIK"};
        for (size_t k = 0; k < 3; k++) {
            char value[64];
            const wr_figure *fig = wr_figures_find(in->columns[c], figures[k], "totaal", "totaal");
            if (fig)
                wr_public_value(fig, in->cfg, value, sizeof value);
            else
                snprintf(value, sizeof value, "\xE2\x80\x93");
            wr_tpl_dict_set(row, names[k], value);
        }
    }
    return true;
}
