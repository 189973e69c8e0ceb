#include "fill/factsheet_data.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "base/format_nl.h"
#include "figures/privacy.h"
#include "fill/outcome_rows.h"
#include "fill/public_value.h"
#include "fill/template_data.h"

/* "instroom" -> "WIJK_INSTROOM" */
static void upper_name(const char *prefix, const char *s, char *buf, size_t size)
{
    size_t o = (size_t)snprintf(buf, size, "%s", prefix);
    for (; *s && o + 1 < size; s++)
        buf[o++] = isalnum((unsigned char)*s) ? (char)toupper((unsigned char)*s) : '_';
    buf[o] = '\0';
}

static bool is_cross_of(const wr_figure *fig, const char *dimension, const char *district)
{
    size_t n = strlen(district);
    return strcmp(fig->dimension, dimension) == 0 && strncmp(fig->code, district, n) == 0 && fig->code[n] == '+';
}

bool wr_factsheet_mostly_hidden(const wr_figures *f, const wr_config *cfg, size_t district)
{
    static const char *const counts[] = {"bereik", "instroom", "wachtend_trajecten", "eerste_contact_buiten_norm",
                                         "start_buiten_norm"};
    const char *code = cfg->districts.items[district].code;
    size_t nonzero = 0, hidden = 0;
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *fig = &f->items[i];
        bool counted = is_cross_of(fig, "wijk+reden_instroom", code) || is_cross_of(fig, "wijk+leefgebied", code);
        for (size_t k = 0; !counted && k < sizeof counts / sizeof counts[0]; k++)
            counted = strcmp(fig->figure, counts[k]) == 0 && strcmp(fig->dimension, "wijk") == 0 &&
                      strcmp(fig->code, code) == 0;
        if (!counted || fig->value == 0)
            continue;
        nonzero++;
        hidden += wr_figure_hidden(fig);
    }
    return nonzero > 0 && 2 * hidden > nonzero;
}

/* WIJK_<FIGURE> for the district's row of every figure with a wijk breakdown, and
 * STAD_<FIGURE> for the total of the same model, so the two compare like with like. */
static void set_district_values(wr_tpl_dict *dict, const wr_figures *f, const wr_config *cfg, const char *code)
{
    char name[128];
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *fig = &f->items[i];
        if (strcmp(fig->dimension, "wijk") == 0 && strcmp(fig->code, code) == 0) {
            upper_name("WIJK_", fig->figure, name, sizeof name);
            wr_public_set(dict, name, fig, cfg);
            upper_name("STAD_", fig->figure, name, sizeof name);
            wr_public_set(dict, name, wr_figures_find(f, fig->figure, "totaal", "totaal"), cfg);
        }
    }
}

/* Rows of a cross breakdown for the district, leaving out the groups that are exactly 0
 * (zeros are public anyway): the bar chart shows what people came with. */
static bool add_cross_rows(wr_tpl_dict *dict, const char *section, const char *shown_flag, const char *empty_flag,
                           const wr_figures *f,
                           const wr_config *cfg, const char *dimension, const char *code)
{
    bool any = false;
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *fig = &f->items[i];
        if (!is_cross_of(fig, dimension, code) || (fig->value == 0 && !wr_figure_hidden(fig)))
            continue;
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, section);
        if (!row)
            return false;
        wr_tpl_dict_set(row, "LABEL", fig->label);
        wr_public_set(row, "AANTAL", fig, cfg);
        any = true;
    }
    wr_tpl_dict_show_section(dict, any ? shown_flag : empty_flag);
    return true;
}

/* The three largest shown groups of the district's life domains, in words: "Geldzaken,
 * Sociaal netwerk en Woning". Hidden groups take no part, so the list says nothing about
 * them. */
static void domains_sentence(wr_tpl_dict *dict, const wr_figures *f, const char *code)
{
    const wr_figure *top[3] = {NULL, NULL, NULL};
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *fig = &f->items[i];
        if (!is_cross_of(fig, "wijk+leefgebied", code) || wr_figure_hidden(fig) || fig->value <= 0 ||
            strcmp(fig->code + strlen(code) + 1, "onbekend") == 0)
            continue;
        for (size_t k = 0; k < 3; k++)
            if (!top[k] || fig->value > top[k]->value) {
                for (size_t m = 2; m > k; m--)
                    top[m] = top[m - 1];
                top[k] = fig;
                break;
            }
    }
    if (!top[0])
        return;
    char sentence[512];
    if (!top[1])
        snprintf(sentence, sizeof sentence, "%s", top[0]->label);
    else if (!top[2])
        snprintf(sentence, sizeof sentence, "%s en %s", top[0]->label, top[1]->label);
    else
        snprintf(sentence, sizeof sentence, "%s, %s en %s", top[0]->label, top[1]->label, top[2]->label);
    wr_tpl_dict_set(dict, "WIJK_LEEFGEBIEDEN_ZIN", sentence);
    wr_tpl_dict_show_section(dict, "MET_LEEFGEBIEDEN");
}

/* One plain sentence on the reach per 1,000 inhabitants against the city, only when both
 * numbers are public; "about the same" within 10 % of the city's value. */
static void reach_sentence(wr_tpl_dict *dict, const wr_figures *f, const char *code, const char *label)
{
    const wr_figure *w = wr_figures_find(f, "bereik_per_1000", "wijk", code);
    const wr_figure *c = wr_figures_find(f, "bereik_per_1000", "totaal", "totaal");
    if (!w || !c || wr_figure_hidden(w) || wr_figure_hidden(c) || !w->has_value || !c->has_value)
        return;
    const char *how = w->value > c->value * 1.1   ? "meer dan"
                      : w->value < c->value * 0.9 ? "minder dan"
                                                  : "ongeveer evenveel als";
    char sentence[256];
    snprintf(sentence, sizeof sentence, "In %s kregen naar verhouding %s in de hele stad.", label,
             strcmp(how, "ongeveer evenveel als") == 0 ? "ongeveer evenveel mensen hulp als" :
             strcmp(how, "meer dan") == 0 ? "meer mensen hulp dan" : "minder mensen hulp dan");
    wr_tpl_dict_set(dict, "WIJK_BEREIK_ZIN", sentence);
    wr_tpl_dict_show_section(dict, "MET_WIJK_INWONERS");
    char number[32];
    wr_nl_number((double)w->denominator, 0, number, sizeof number);
    wr_tpl_dict_set(dict, "WIJK_INWONERS", number);
}

/* The district's policy indicators beside the city's latest value and the target. */
static bool add_indicators(wr_tpl_dict *dict, const wr_figures *f, int district)
{
    bool any = false;
    char buf[64];
    for (size_t i = 0; i < f->indicator_count; i++) {
        const wr_indicator *v = &f->indicators[i];
        if (v->district != district || !v->has_latest)
            continue;
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "WIJK_INDICATOR");
        if (!row)
            return false;
        wr_tpl_dict_set(row, "OMSCHRIJVING", v->description);
        wr_fill_indicator_value(v->unit, v->latest, buf, sizeof buf);
        wr_tpl_dict_set(row, "WAARDE", buf);
        snprintf(buf, sizeof buf, "%d", v->latest_year);
        wr_tpl_dict_set(row, "JAAR", buf);
        wr_tpl_dict_set(row, "BRON", v->source);
        const wr_indicator *city = NULL;
        for (size_t k = 0; k < f->indicator_count && !city; k++)
            if (f->indicators[k].district < 0 && f->indicators[k].has_latest &&
                strcmp(f->indicators[k].indicator, v->indicator) == 0)
                city = &f->indicators[k];
        if (city) {
            wr_fill_indicator_value(city->unit, city->latest, buf, sizeof buf);
            wr_tpl_dict_set(row, "STAD", buf);
        } else {
            wr_tpl_dict_set(row, "STAD", "\xE2\x80\x93");
        }
        /* The district's own target, else the city's. */
        const wr_indicator *target = v->has_target ? v : city && city->has_target ? city : NULL;
        if (target) {
            wr_fill_indicator_value(target->unit, target->target, buf, sizeof buf);
            wr_tpl_dict_set(row, "STREEFWAARDE", buf);
        } else {
            wr_tpl_dict_set(row, "STREEFWAARDE", "geen");
        }
        any = true;
    }
    wr_tpl_dict_show_section(dict, any ? "MET_WIJK_INDICATOREN" : "ZONDER_WIJK_INDICATOREN");
    return true;
}

/* Five quarters of the district, each as its own report shows it. */
static bool add_trend(wr_tpl_dict *dict, const wr_fill_input *in, const char *code)
{
    for (size_t i = 0; i < in->column_count; i++) {
        const wr_figures *col = in->columns[i];
        if (!col)
            continue;
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "WIJK_PER_KWARTAAL");
        if (!row)
            return false;
        wr_tpl_dict_set(row, "KOP", in->column_heads[i]);
        wr_public_set(row, "BEREIK", wr_figures_find(col, "bereik", "wijk", code), in->cfg);
        wr_public_set(row, "INSTROOM", wr_figures_find(col, "instroom", "wijk", code), in->cfg);
        wr_public_set(row, "WACHTEND", wr_figures_find(col, "wachtend_trajecten", "wijk", code), in->cfg);
    }
    return true;
}

/* "3e kwartaal 2026", or for the rolling year "4e kwartaal 2025 tot en met 3e kwartaal 2026". */
static void shown_period(const wr_factsheet_input *in, char *buf, size_t size)
{
    wr_period end = in->report->current->period;
    if (!in->rolling) {
        wr_nl_period(end, buf, size);
        return;
    }
    char from[64], to[64];
    wr_nl_period(wr_period_shift(end, -3), from, sizeof from);
    wr_nl_period(end, to, sizeof to);
    snprintf(buf, size, "%s tot en met %s", from, to);
}

bool wr_fill_factsheet(wr_tpl_dict *dict, const wr_factsheet_input *in)
{
    return wr_fill_template_data(dict, in->report) && wr_fill_factsheet_own(dict, in);
}

bool wr_fill_factsheet_own(wr_tpl_dict *dict, const wr_factsheet_input *in)
{
    const wr_config *cfg = in->report->cfg;
    const wr_code *district = &cfg->districts.items[in->district];
    char period[160];
    shown_period(in, period, sizeof period);
    wr_tpl_dict_set(dict, "WIJK", district->label);
    wr_tpl_dict_set(dict, "WIJK_CODE", district->code);
    wr_tpl_dict_set(dict, "WIJK_PERIODE", period);
    wr_tpl_dict_show_section(dict, in->rolling ? "ROLLEND_JAAR" : "KWARTAAL");
    set_district_values(dict, in->shown, cfg, district->code);
    reach_sentence(dict, in->shown, district->code, district->label);
    wr_tpl_dict_set(dict, "WIJK_TEKST", in->text);
    if (in->text_missing)
        wr_tpl_dict_show_section(dict, "WIJK_TEKST_ONTBREEKT");
    return add_cross_rows(dict, "WIJK_PER_REDEN", "MET_REDENEN", "ZONDER_REDENEN", in->shown, cfg, "wijk+reden_instroom",
                          district->code) &&
           (domains_sentence(dict, in->shown, district->code), true) &&
           add_indicators(dict, in->report->current, (int)in->district) &&
           add_trend(dict, in->report, district->code);
}

bool wr_fill_factsheet_overview(wr_tpl_dict *dict, const wr_fill_input *report, const bool *rolling)
{
    return wr_fill_template_data(dict, report) && wr_fill_factsheet_overview_own(dict, report, rolling);
}

bool wr_fill_factsheet_overview_own(wr_tpl_dict *dict, const wr_fill_input *report, const bool *rolling)
{
    const wr_config *cfg = report->cfg;
    const wr_figures *f = report->current;
    char code[16], file[256];
    wr_period_code(f->period, code, sizeof code);
    for (size_t d = 0; d < cfg->districts.count; d++) {
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "WIJKFACTSHEET");
        if (!row)
            return false;
        wr_tpl_dict_set(row, "WIJK", cfg->districts.items[d].label);
        snprintf(file, sizeof file, "wijkfactsheet-%s-%s.pdf", cfg->districts.items[d].code, code);
        wr_tpl_dict_set(row, "BESTAND_PDF", file);
        snprintf(file, sizeof file, "wijkfactsheet-%s-%s.html", cfg->districts.items[d].code, code);
        wr_tpl_dict_set(row, "BESTAND_HTML", file);
        wr_public_set(row, "BEREIK", wr_figures_find(f, "bereik", "wijk", cfg->districts.items[d].code), cfg);
        wr_public_set(row, "BEREIK_PER_1000", wr_figures_find(f, "bereik_per_1000", "wijk", cfg->districts.items[d].code),
                  cfg);
        if (rolling && rolling[d])
            wr_tpl_dict_show_section(row, "ROLLEND_JAAR");
    }
    return true;
}
