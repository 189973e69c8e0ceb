/* The container of the figures model: rows added by the part computations, looked up by
 * the outputs. */
#include "figures/figures.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/format_nl.h"
#include "base/strmap.h"

/* The index key of a row: its three names, joined by a separator no name holds. */
static size_t row_key(char *buf, size_t size, const char *figure, const char *dimension, const char *code)
{
    int n = snprintf(buf, size, "%s\x1f%s\x1f%.63s", figure, dimension, code);
    return n < 0 ? 0 : (size_t)n < size ? (size_t)n : size - 1;
}

/* Adds row i to the index; false on out of memory. A key seen before keeps its first row. */
static bool index_row(wr_figures *f, size_t i)
{
    if (!f->keys && !(f->keys = wr_strmap_new()))
        return false;
    char key[512];
    const wr_figure *fig = &f->items[i];
    uint32_t k;
    bool added;
    if (!wr_strmap_intern(f->keys, key, row_key(key, sizeof key, fig->figure, fig->dimension, fig->code), &k, &added))
        return false;
    if (!added)
        return true;
    if (k >= f->key_row_cap) {
        size_t cap = f->key_row_cap ? f->key_row_cap * 2 : 64;
        uint32_t *p = realloc(f->key_row, cap * sizeof *p);
        if (!p)
            return false;
        f->key_row = p;
        f->key_row_cap = cap;
    }
    f->key_row[k] = (uint32_t)i;
    return true;
}

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
    if (!index_row(f, f->count - 1)) {
        f->count--;
        return NULL;
    }
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
    if (!f->keys)
        return NULL; /* nothing was added */
    char key[512];
    size_t len = row_key(key, sizeof key, figure, dimension, code);
    /* A code longer than a row's 63 bytes names no row. */
    if (strlen(code) >= sizeof f->items[0].code)
        return NULL;
    uint32_t k = wr_strmap_find(f->keys, key, len);
    return k == WR_STRMAP_NONE ? NULL : &f->items[f->key_row[k]];
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
    wr_strmap_free(f->keys);
    free(f->key_row);
    free(f->agreements);
    free(f->indicators);
    wr_finance_summary_clear(&f->finance);
    free(f);
}
