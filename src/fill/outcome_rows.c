/* Template values from the outcome files that are lists rather than figure rows:
 * the policy indicators (with their previous value and target); the finance section's
 * lists are in fill/finance_rows.c. */
#include "fill/outcome_rows.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/format_nl.h"
#include "base/strbuf.h"
#include "fill/finance_rows.h"

void wr_fill_indicator_value(wr_indicator_unit unit, double v, char *buf, size_t size)
{
    switch (unit) {
    case WR_UNIT_PROCENT:
        wr_nl_percent(v, buf, size);
        break;
    case WR_UNIT_CIJFER:
        wr_nl_number(v, 1, buf, size);
        break;
    default:
        wr_nl_number(v, v == floor(v) ? 0 : 1, buf, size);
        break;
    }
}

/* A change with its sign; percentages change in percentage points. */
static void unit_change(wr_indicator_unit unit, double v, char *buf, size_t size)
{
    char num[48];
    wr_nl_number(fabs(v), unit == WR_UNIT_AANTAL && v == floor(v) ? 0 : 1, num, sizeof num);
    const char *sign = wr_round(v, 1) > 0 ? "+" : wr_round(v, 1) < 0 ? "\xE2\x88\x92" : "\xC2\xB1";
    snprintf(buf, size, "%s%s%s", sign, num, unit == WR_UNIT_PROCENT ? " %-punt" : "");
}

static const char *direction_text(wr_indicator_direction d)
{
    switch (d) {
    case WR_DIRECTION_HIGHER: return "hoger";
    case WR_DIRECTION_LOWER: return "lager";
    case WR_DIRECTION_NEUTRAL: return "geen";
    default: return "onbekend";
    }
}

/* One {{#INDICATOR}} row with its {{#PER_JAAR}} series; false on out of memory. */
static bool indicator_row(wr_tpl_dict *dict, const wr_indicator *v)
{
    wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "INDICATOR");
    if (!row)
        return false;
    char buf[64];
    wr_tpl_dict_set(row, "OMSCHRIJVING", v->description);
    wr_tpl_dict_set(row, "GEBIED", v->area_label);
    wr_fill_indicator_value(v->unit, v->latest, buf, sizeof buf);
    wr_tpl_dict_set(row, "WAARDE", buf);
    snprintf(buf, sizeof buf, "%d", v->latest_year);
    wr_tpl_dict_set(row, "JAAR", buf);
    if (v->has_previous) {
        char value[48];
        wr_fill_indicator_value(v->unit, v->previous, value, sizeof value);
        snprintf(buf, sizeof buf, "%s (%d)", value, v->previous_year);
        wr_tpl_dict_set(row, "VORIGE", buf);
        unit_change(v->unit, v->change, buf, sizeof buf);
        wr_tpl_dict_set(row, "VERANDERING", buf);
    } else {
        wr_tpl_dict_set(row, "VORIGE", "\xE2\x80\x93");
        wr_tpl_dict_set(row, "VERANDERING", "\xE2\x80\x93");
    }
    if (v->has_target)
        wr_tpl_dict_show_section(row, "HEEFT_STREEFWAARDE");
    if (v->has_target)
        wr_fill_indicator_value(v->unit, v->target, buf, sizeof buf);
    else
        snprintf(buf, sizeof buf, "\xE2\x80\x93");
    wr_tpl_dict_set(row, "STREEFWAARDE", buf);
    wr_tpl_dict_set(row, "GEWENST", direction_text(v->direction));
    wr_tpl_dict_set(row, "BRON", v->source);
    for (size_t k = 0; k < v->series_count; k++) {
        wr_tpl_dict *point = wr_tpl_dict_add_section(row, "PER_JAAR");
        if (!point)
            return false;
        char year_text[16], value[48];
        snprintf(year_text, sizeof year_text, "%d", v->series[k].year);
        wr_fill_indicator_value(v->unit, v->series[k].value, value, sizeof value);
        wr_tpl_dict_set(point, "JAAR", year_text);
        wr_tpl_dict_set(point, "WAARDE", value);
    }
    return true;
}

static bool fill_indicators(wr_tpl_dict *dict, const wr_figures *f)
{
    wr_strbuf sources = {0};
    bool ok = true;
    for (size_t i = 0; i < f->indicator_count && ok; i++) {
        const wr_indicator *v = &f->indicators[i];
        if (!v->has_latest || v->district >= 0) /* the council table shows the city; districts are in the appendix */
            continue;
        ok = indicator_row(dict, v);
        if (ok && !strstr(wr_strbuf_cstr(&sources), v->source)) {
            if (sources.len)
                wr_strbuf_puts(&sources, "; ");
            wr_strbuf_puts(&sources, v->source);
        }
    }
    ok = ok && !sources.failed;
    if (ok)
        wr_tpl_dict_set(dict, "INDICATOR_BRONNEN", wr_strbuf_cstr(&sources));
    wr_strbuf_free(&sources);
    return ok;
}

/* The district series of indicator (code) in district d, or NULL. */
static const wr_indicator *district_series(const wr_figures *f, const char *code, int d)
{
    for (size_t i = 0; i < f->indicator_count; i++)
        if (f->indicators[i].district == d && f->indicators[i].has_latest &&
            strcmp(f->indicators[i].indicator, code) == 0)
            return &f->indicators[i];
    return NULL;
}

/* The indicators measured per district, as a table with a column per district, so the
 * report itself shows the district figures its impact text may cite. The table is built
 * here because its columns depend on the districts. */
static bool fill_district_table(wr_tpl_dict *dict, const wr_config *cfg, const wr_figures *f)
{
    size_t districts = cfg->districts.count;
    bool any = false;
    wr_strbuf t = {0};
    wr_strbuf_puts(&t, "| Indicator | Gemeente |");
    for (size_t d = 0; d < districts; d++)
        wr_strbuf_printf(&t, " %s |", cfg->districts.items[d].label);
    wr_strbuf_puts(&t, "\n|:--|--:|");
    for (size_t d = 0; d < districts; d++)
        wr_strbuf_puts(&t, "--:|");
    wr_strbuf_puts(&t, "\n");
    for (size_t i = 0; i < f->indicator_count; i++) {
        const wr_indicator *city = &f->indicators[i];
        if (city->district >= 0 || !city->has_latest)
            continue;
        bool measured = false;
        for (size_t d = 0; d < districts && !measured; d++)
            measured = district_series(f, city->indicator, (int)d) != NULL;
        if (!measured)
            continue;
        any = true;
        char value[64];
        wr_fill_indicator_value(city->unit, city->latest, value, sizeof value);
        wr_strbuf_printf(&t, "| %s (%d) | %s |", city->description, city->latest_year, value);
        for (size_t d = 0; d < districts; d++) {
            const wr_indicator *v = district_series(f, city->indicator, (int)d);
            if (!v) {
                wr_strbuf_puts(&t, " \xE2\x80\x93 |");
                continue;
            }
            wr_fill_indicator_value(v->unit, v->latest, value, sizeof value);
            if (v->latest_year != city->latest_year)
                wr_strbuf_printf(&t, " %s (%d) |", value, v->latest_year);
            else
                wr_strbuf_printf(&t, " %s |", value);
        }
        wr_strbuf_puts(&t, "\n");
    }
    bool ok = !t.failed;
    if (ok && any) {
        wr_tpl_dict_set(dict, "INDICATOREN_PER_WIJK_TABEL", wr_strbuf_cstr(&t));
        wr_tpl_dict_show_section(dict, "MET_INDICATOREN_PER_WIJK");
    }
    wr_strbuf_free(&t);
    return ok;
}

bool wr_fill_outcome_rows(wr_tpl_dict *dict, const wr_fill_input *in)
{
    const wr_figures *f = in->current;
    if (f->has_indicators && (!fill_indicators(dict, f) || !fill_district_table(dict, in->cfg, f)))
        return false;
    return wr_fill_finance_rows(dict, in);
}
