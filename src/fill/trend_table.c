/* The comparison table of a report: key figures side by side for the columns the run
 * chose (a quarter with the four before it; a year with its quarters and the year before),
 * then the change against the same period a year earlier and, for a quarter, against the
 * quarter before. */
#include "fill/trend_table.h"

#include <stdio.h>
#include <string.h>

#include "base/format_nl.h"
#include "base/strbuf.h"
#include "fill/compare.h"
#include "fill/public_value.h"

static const wr_key_figure key_figures[] = {
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
#define KEY_FIGURE_COUNT (sizeof key_figures / sizeof key_figures[0])

const wr_key_figure *wr_trend_key_figures(size_t *count)
{
    *count = KEY_FIGURE_COUNT;
    return key_figures;
}

/* The index of the column holding model m, or column_count. */
static size_t column_of(const wr_fill_input *in, const wr_figures *m)
{
    for (size_t c = 0; m && c < in->column_count; c++)
        if (in->columns[c] == m)
            return c;
    return in->column_count;
}

/* The comparisons the table shows after its period columns: the same period a year
 * earlier, and for a quarter the quarter before. */
typedef struct {
    const wr_figures *model;
    const char *head;
} comparison;

static size_t comparisons(const wr_fill_input *in, comparison out[2])
{
    size_t n = 0;
    const wr_figures *with[2] = {in->year_before, in->previous};
    for (int i = 0; i < 2; i++) {
        size_t c = column_of(in, with[i]);
        if (c < in->column_count)
            out[n++] = (comparison){with[i], in->column_heads[c]};
    }
    return n;
}

/* The revision of (period, figure), or NULL. */
static const wr_revision *revision_of(const wr_fill_input *in, const wr_figures *column, const char *figure)
{
    for (size_t i = 0; column && i < in->revision_count; i++)
        if (in->revisions[i].period.start == column->period.start && in->revisions[i].period.end == column->period.end &&
            strcmp(in->revisions[i].now->figure, figure) == 0)
            return &in->revisions[i];
    return NULL;
}

static const char *label_of(const char *figure)
{
    for (size_t i = 0; i < KEY_FIGURE_COUNT; i++)
        if (strcmp(key_figures[i].figure, figure) == 0)
            return key_figures[i].label;
    return figure;
}

/* {{#MET_WIJZIGINGEN}} and {{WIJZIGINGEN}}: per changed figure its label, period, and the
 * value of the quarter's own report against today's, as a reader of both saw them. */
static bool revision_note(wr_tpl_dict *dict, const wr_fill_input *in)
{
    wr_strbuf b = {0};
    for (size_t i = 0; i < in->revision_count; i++) {
        const wr_revision *r = &in->revisions[i];
        wr_figure old = *r->now;
        old.value = r->old_value;
        char before[64], now[64], period[64];
        wr_public_value(&old, in->cfg, before, sizeof before);
        wr_public_value(r->now, in->cfg, now, sizeof now);
        wr_fill_period_name(r->period, period, sizeof period);
        wr_strbuf_printf(&b, "%s%s, %s: %s in de eigen rapportage, nu %s", b.len ? "; " : "", label_of(r->now->figure),
                         period, before, now);
    }
    bool ok = !b.failed;
    if (ok && b.len) {
        wr_tpl_dict_set(dict, "WIJZIGINGEN", wr_strbuf_cstr(&b));
        wr_tpl_dict_show_section(dict, "MET_WIJZIGINGEN");
    }
    wr_strbuf_free(&b);
    return ok;
}

/* The table is built here rather than in the template because its number of columns
 * depends on the kind of report. */
bool wr_fill_trend_table(wr_tpl_dict *dict, const wr_fill_input *in)
{
    comparison cmp[2];
    size_t cmp_count = comparisons(in, cmp);
    wr_strbuf t = {0};
    wr_strbuf_puts(&t, "| Kerncijfer |");
    for (size_t c = 0; c < in->column_count; c++)
        wr_strbuf_printf(&t, " %s |", in->column_heads[c]);
    for (size_t k = 0; k < cmp_count; k++)
        wr_strbuf_printf(&t, " t.o.v. %s |", cmp[k].head);
    wr_strbuf_puts(&t, "\n|:--|");
    for (size_t c = 0; c < in->column_count + cmp_count; c++)
        wr_strbuf_puts(&t, "--:|");
    wr_strbuf_puts(&t, "\n");
    bool shown_as[WR_SHOW_PROTECTED + 1] = {false}, revised = false;
    for (size_t k = 0; k < sizeof key_figures / sizeof key_figures[0]; k++) {
        const wr_figure *now = wr_figures_find(in->current, key_figures[k].figure, "totaal", "totaal");
        if (!now)
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
            /* A figure a later export changed since the quarter's own report: marked. */
            bool mark = revision_of(in, in->columns[c], key_figures[k].figure) != NULL;
            revised |= mark;
            wr_strbuf_printf(&t, " %s%s |", value, mark ? "\\*" : "");
        }
        for (size_t i = 0; i < cmp_count; i++) {
            char change[64];
            wr_fill_change(now, wr_figures_find(cmp[i].model, key_figures[k].figure, "totaal", "totaal"), change,
                           sizeof change);
            wr_strbuf_printf(&t, " %s |", *change ? change : "\xE2\x80\x93");
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
    if (cmp_count)
        wr_tpl_dict_show_section(dict, "MET_VERSCHIL");
    bool ok = !t.failed && (!revised || revision_note(dict, in));
    wr_strbuf_free(&t);
    return ok;
}

/* "+56 t.o.v. 3e kwartaal 2025": the change of now against a shown earlier value, "" when
 * either is hidden or absent, so a tile shows no change rather than a guess. */
static void tile_change(const wr_figure *now, const wr_figure *before, wr_period when, wr_strbuf *b)
{
    char change[64], name[64];
    wr_fill_change(now, before, change, sizeof change);
    if (!*change)
        return;
    wr_fill_period_short(when, name, sizeof name);
    wr_strbuf_printf(b, "%s%s%s t.o.v. %s", b->len ? " \xC2\xB7 " : "", change,
                     now->kind == WR_KIND_PERCENT && strcmp(change, "0") != 0 ? " %-punt" : "", name);
}

static void set_change(wr_tpl_dict *dict, const wr_fill_input *in, const char *figure, const char *dimension,
                       const char *code, const char *name)
{
    wr_strbuf b = {0};
    const wr_figure *now = wr_figures_find(in->current, figure, dimension, code);
    /* The fair comparison first: its sign gives the tile its arrow. */
    const wr_figures *with[2] = {in->year_before, in->previous};
    for (int i = 0; now && i < 2; i++)
        if (with[i])
            tile_change(now, wr_figures_find(with[i], figure, dimension, code), with[i]->period, &b);
    wr_tpl_dict_set(dict, name, b.failed ? "" : wr_strbuf_cstr(&b));
    wr_strbuf_free(&b);
}

bool wr_fill_changes(wr_tpl_dict *dict, const wr_fill_input *in)
{
    /* {{BEREIK_VERANDERING}} for every total, and the goal reached in full. */
    for (size_t i = 0; i < in->current->count; i++) {
        const wr_figure *fig = &in->current->items[i];
        if (strcmp(fig->dimension, "totaal") != 0)
            continue;
        char name[96];
        snprintf(name, sizeof name, "%s_VERANDERING", fig->figure);
        for (char *p = name; *p; p++)
            *p = (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
        set_change(dict, in, fig->figure, "totaal", "totaal", name);
    }
    set_change(dict, in, "doelrealisatie_pct", "doelrealisatie", "geheel", "DOELREALISATIE_PCT_GEHEEL_VERANDERING");
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
