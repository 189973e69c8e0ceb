/* Policy indicators for a report whose period ends in year Y (figures/impact.h). */
#include "figures/impact.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/format_nl.h"
#include "input/fields.h"
#include "input/outcome_store.h"

const char *wr_indicator_unit_code(wr_indicator_unit unit)
{
    static const char *const codes[] = {"procent", "aantal", "cijfer", "onbekend"};
    return unit <= WR_UNIT_UNKNOWN ? codes[unit] : "onbekend";
}

size_t wr_outcome_indicator_count(const wr_outcome_data *d)
{
    return wr_outcome_delivered(d, WR_FILE_INDICATOREN) ? d->indicators.series_count : 0;
}

void wr_outcome_indicator(const wr_outcome_data *d, const wr_config *cfg, size_t i, int year, wr_indicator *out)
{
    memset(out, 0, sizeof *out);
    const wr_indicator_store *s = &d->indicators;
    if (i >= wr_outcome_indicator_count(d))
        return;
    const wr_indicator_series *ser = &s->series[i];
    const wr_indicator_row *rows = &s->rows[ser->first];
    size_t upto = 0; /* points with jaar <= year (the series ascends) */
    while (upto < ser->count && rows[upto].year <= year)
        upto++;
    const wr_indicator_row *meta = upto > 0 ? &rows[upto - 1] : &rows[0];

    out->indicator = s->codes.codes[meta->indicator];
    out->district = meta->district;
    out->area = meta->district < 0 ? "gemeente" : cfg->districts.items[meta->district].code;
    out->area_label = meta->district < 0 ? "Gemeente" : cfg->districts.items[meta->district].label;
    if (meta->district < 0)
        snprintf(out->export_code, sizeof out->export_code, "%s", out->indicator);
    else
        snprintf(out->export_code, sizeof out->export_code, "%s:%s", out->indicator, out->area);
    out->description = meta->description;
    out->goal = meta->goal;
    int theme = wr_code_lookup(&cfg->themes, meta->goal);
    out->goal_label = theme >= 0 ? cfg->themes.items[theme].label : meta->goal;
    out->source = meta->source;
    out->line = meta->line;
    out->unit = meta->unit;
    out->direction = meta->direction;
    out->series = &s->points[ser->first];
    out->series_count = upto;
    if (upto == 0)
        return;
    out->has_target = meta->has_target;
    out->target = meta->target;
    out->has_latest = true;
    out->latest_year = meta->year;
    out->latest = meta->value;
    if (upto >= 2) {
        out->has_previous = true;
        out->previous_year = rows[upto - 2].year;
        out->previous = rows[upto - 2].value;
        out->change = wr_round(out->latest - out->previous, 9); /* no binary noise (12.4 - 13.0) */
    }
}

wr_status wr_figures_impact(const wr_outcome_data *d, const wr_config *cfg, wr_figures *f, wr_error *err)
{
    if (!wr_outcome_delivered(d, WR_FILE_INDICATOREN))
        return WR_OK;
    int year = wr_day_year(f->period.end);
    size_t n = wr_outcome_indicator_count(d);
    wr_indicator *list = calloc(n + 1, sizeof *list);
    if (!list)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    free(f->indicators);
    f->indicators = list;
    f->indicator_count = n;
    f->has_indicators = true;
    for (size_t i = 0; i < n; i++) {
        wr_indicator *v = &list[i];
        wr_outcome_indicator(d, cfg, i, year, v);
        if (!v->has_latest)
            continue;
        /* The value exactly as delivered; the label (omschrijving) lives in d. */
        wr_figure *fig = wr_figures_add(f, WR_DEEL_IMPACT, "indicator_waarde", "indicator", v->export_code,
                                        v->description, WR_KIND_VALUE);
        if (!fig)
            return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
        wr_figure_set_count(fig, v->latest);
    }
    return WR_OK;
}
