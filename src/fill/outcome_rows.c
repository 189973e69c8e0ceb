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

/* An indicator value in its unit: "12,4%", "890", "7,2". */
static void unit_value(wr_indicator_unit unit, double v, char *buf, size_t size)
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
    unit_value(v->unit, v->latest, buf, sizeof buf);
    wr_tpl_dict_set(row, "WAARDE", buf);
    snprintf(buf, sizeof buf, "%d", v->latest_year);
    wr_tpl_dict_set(row, "JAAR", buf);
    if (v->has_previous) {
        char value[48];
        unit_value(v->unit, v->previous, value, sizeof value);
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
        unit_value(v->unit, v->target, buf, sizeof buf);
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
        unit_value(v->unit, v->series[k].value, value, sizeof value);
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

bool wr_fill_outcome_rows(wr_tpl_dict *dict, const wr_fill_input *in)
{
    const wr_figures *f = in->current;
    if (f->has_indicators && !fill_indicators(dict, f))
        return false;
    return wr_fill_finance_rows(dict, in);
}
