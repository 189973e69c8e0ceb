#include "figures/figures.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/format_nl.h"
#include "base/calendar.h"
#include "figures/effect.h"
#include "figures/norms.h"
#include "figures/reach.h"
#include "input/gedaan_data.h"
#include "input/outcome_data.h"

const char *wr_deel_code(wr_deel deel)
{
    switch (deel) {
    case WR_DEEL_GEDAAN: return "gedaan";
    case WR_DEEL_BEREIKT: return "bereikt";
    case WR_DEEL_EFFECT: return "effect";
    case WR_DEEL_IMPACT: return "impact";
    case WR_DEEL_FINANCIEN: return "financien";
    }
    return "?";
}

wr_figure *wr_figures_add(wr_figures *f, wr_deel deel, const char *figure, const char *dimension, const char *code,
                          const char *label, wr_value_kind kind)
{
    if (f->count == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 64;
        wr_figure *items = realloc(f->items, cap * sizeof *items);
        if (!items)
            return NULL;
        f->items = items;
        f->cap = cap;
    }
    wr_figure *fig = &f->items[f->count++];
    memset(fig, 0, sizeof *fig);
    fig->deel = deel;
    fig->figure = figure;
    fig->dimension = dimension;
    snprintf(fig->code, sizeof fig->code, "%s", code);
    fig->label = label;
    fig->kind = kind;
    return fig;
}

void wr_figure_set_count(wr_figure *fig, double value)
{
    fig->has_value = true;
    fig->value = value;
}

void wr_figure_set_ratio(wr_figure *fig, double numerator, long denominator, int decimals, double scale)
{
    fig->has_denominator = true;
    fig->denominator = denominator;
    fig->numerator = numerator;
    fig->has_value = denominator > 0;
    fig->value = denominator > 0 ? wr_round(scale * numerator / (double)denominator, decimals) : 0;
}

void wr_figures_apply_privacy(wr_figures *f, const wr_config *cfg)
{
    for (size_t i = 0; i < f->count; i++) {
        wr_figure *fig = &f->items[i];
        fig->public_show = WR_SHOW_VALUE;
        switch (fig->kind) {
        case WR_KIND_RESIDENTS:
        case WR_KIND_TRAJECTORIES:
        case WR_KIND_COMPLAINTS:
            if (fig->value >= 1 && fig->value < cfg->privacy_threshold)
                fig->public_show = WR_SHOW_SMALL_COUNT;
            break;
        case WR_KIND_PERCENT:
        case WR_KIND_MEAN:
        case WR_KIND_MEDIAN:
            if (!fig->has_value)
                fig->public_show = WR_SHOW_NO_BASE;
            else if (fig->denominator < cfg->privacy_min_denominator)
                fig->public_show = WR_SHOW_SMALL_BASE;
            break;
        case WR_KIND_COUNT:
        case WR_KIND_EURO:
        case WR_KIND_VALUE:
            break;
        }
    }
}

const wr_figure *wr_figures_find(const wr_figures *f, const char *figure, const char *dimension, const char *code)
{
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *fig = &f->items[i];
        if (strcmp(fig->figure, figure) == 0 && strcmp(fig->dimension, dimension) == 0 && strcmp(fig->code, code) == 0)
            return fig;
    }
    return NULL;
}

wr_status wr_figures_compute(const wr_dataset *ds, const wr_config *cfg, wr_period period, wr_figures **out,
                             wr_error *err)
{
    *out = NULL;
    wr_figures *f = calloc(1, sizeof *f);
    if (!f)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    f->period = period;
    wr_calendar *cal = wr_calendar_new(cfg->extra_holidays, cfg->extra_holiday_count);
    if (!cal) {
        free(f);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    /* Rows come out part by part, in the order of the report. */
    wr_status st = ds->gedaan ? wr_figures_gedaan(ds->gedaan, cfg, f, err) : WR_OK;
    if (st == WR_OK)
        st = wr_figures_norms(ds, cfg, cal, f, err);
    if (st == WR_OK)
        st = wr_figures_reach(ds, cfg, f, err);
    if (st == WR_OK)
        st = wr_figures_effect(ds, cfg, f, err);
    if (st == WR_OK && ds->outcome)
        st = wr_figures_outcome(ds->outcome, ds, cfg, f, err);
    wr_calendar_free(cal);
    /* Budget posts are free codes in financien.csv; the configuration may name them. */
    for (size_t i = 0; st == WR_OK && i < f->count; i++) {
        int k = strcmp(f->items[i].dimension, "post") == 0 ? wr_code_list_find(&cfg->posts, f->items[i].code) : -1;
        if (k >= 0)
            f->items[i].label = cfg->posts.items[k].label;
    }
    if (st != WR_OK) {
        wr_figures_free(f);
        return st;
    }
    wr_figures_apply_privacy(f, cfg);
    *out = f;
    return WR_OK;
}

void wr_figures_free(wr_figures *f)
{
    if (!f)
        return;
    free(f->items);
    free(f);
}
