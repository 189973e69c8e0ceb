/* The container of the figures model: rows added by the part computations, looked up by
 * the outputs. */
#include "figures/figures.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/format_nl.h"

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

wr_figures *wr_figures_new(wr_period period)
{
    wr_figures *f = calloc(1, sizeof *f);
    if (!f)
        return NULL;
    f->period = period;
    f->export_end = WR_DAY_NONE;
    return f;
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

const wr_figure *wr_figures_find(const wr_figures *f, const char *figure, const char *dimension, const char *code)
{
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *fig = &f->items[i];
        if (strcmp(fig->figure, figure) == 0 && strcmp(fig->dimension, dimension) == 0 && strcmp(fig->code, code) == 0)
            return fig;
    }
    return NULL;
}

void wr_finance_summary_clear(wr_finance_summary *s)
{
    if (!s)
        return;
    free(s->posts);
    free(s->checks);
    memset(s, 0, sizeof *s);
}

void wr_figures_free(wr_figures *f)
{
    if (!f)
        return;
    free(f->items);
    free(f->agreements);
    free(f->indicators);
    wr_finance_summary_clear(&f->finance);
    free(f);
}
