#include "figures/disclosure.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"
#include "figures/privacy.h"
#include "figures/protection.h"

#define NONE SIZE_MAX

/* A model in the solver: its rows looked up by (figure, dimension, code), and the cell of
 * each row that takes part. */
typedef struct {
    const wr_figures *f;
    wr_figures *writable; /* NULL for a fixed model (a year's quarter) */
    wr_strmap *keys;      /* key of row i has index i */
    size_t *cell;         /* per row: its cell, or NONE */
} model;

typedef struct {
    const wr_config *cfg;
    wr_protect *p;
    model *models;
    size_t count;
    size_t *parts; /* scratch for one relation */
    size_t part_cap;
    size_t relations;
} solver;

static size_t make_key(char *buf, size_t size, const char *figure, const char *dimension, const char *code)
{
    int n = snprintf(buf, size, "%s\x1f%s\x1f%s", figure, dimension, code);
    return n < 0 ? 0 : (size_t)n < size ? (size_t)n : size - 1;
}

static size_t find_row(const model *m, const char *figure, const char *dimension, const char *code)
{
    char key[256];
    size_t len = make_key(key, sizeof key, figure, dimension, code);
    uint32_t i = wr_strmap_find(m->keys, key, len);
    return i == WR_STRMAP_NONE ? NONE : (size_t)i;
}

static size_t find_cell(const model *m, const char *figure, const char *dimension, const char *code)
{
    size_t row = find_row(m, figure, dimension, code);
    return row == NONE ? NONE : m->cell[row];
}

/* Indexes the rows of f and adds a cell for each count of people, trajectories or
 * complaints: free cells for a model being protected, fixed ones for a part. */
static bool add_model(solver *s, model *m, const wr_figures *f, wr_figures *writable)
{
    m->f = f;
    m->writable = writable;
    m->keys = wr_strmap_new();
    m->cell = malloc((f->count + 1) * sizeof *m->cell);
    if (!m->keys || !m->cell)
        return false;
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *fig = &f->items[i];
        char key[256];
        uint32_t index;
        bool added;
        if (!wr_strmap_intern(m->keys, key, make_key(key, sizeof key, fig->figure, fig->dimension, fig->code), &index,
                              &added))
            return false;
        m->cell[i] = NONE;
        if (!added || index != i)
            continue; /* a row twice: only the first takes part (the model never does this) */
        if (!wr_figure_kind_suppressible(fig->kind) || !fig->has_value)
            continue;
        bool ok = writable ? wr_protect_add_cell(s->p, (long)fig->value, true, &m->cell[i])
                           : wr_protect_add_fixed_cell(s->p, (long)fig->value, wr_figure_hidden(fig), &m->cell[i]);
        if (!ok)
            return false;
    }
    return true;
}

static bool push_part(solver *s, size_t *n, size_t cell)
{
    if (cell == NONE)
        return true;
    if (*n == s->part_cap) {
        size_t cap = s->part_cap ? s->part_cap * 2 : 64;
        size_t *grown = realloc(s->parts, cap * sizeof *grown);
        if (!grown)
            return false;
        s->parts = grown;
        s->part_cap = cap;
    }
    s->parts[(*n)++] = cell;
    return true;
}

static bool relate(solver *s, size_t total, size_t n)
{
    if (total == NONE || n == 0)
        return true;
    s->relations++;
    return wr_protect_add_relation(s->p, total, s->parts, n);
}

/* True when rows[0..i) of f already hold a row of figure with this dimension. */
static bool seen_dimension(const wr_figures *f, size_t i, const char *figure, const char *dimension)
{
    for (size_t j = 0; j < i; j++)
        if (strcmp(f->items[j].figure, figure) == 0 && strcmp(f->items[j].dimension, dimension) == 0)
            return true;
    return false;
}

/* Every breakdown of a figure against its total. */
static bool relate_breakdowns(solver *s, const model *m, const wr_figure *total)
{
    const wr_figures *f = m->f;
    size_t total_cell = find_cell(m, total->figure, "totaal", "totaal");
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *row = &f->items[i];
        if (strcmp(row->figure, total->figure) != 0 || strcmp(row->dimension, "totaal") == 0 ||
            strchr(row->dimension, '+') || seen_dimension(f, i, row->figure, row->dimension))
            continue;
        size_t n = 0;
        for (size_t k = i; k < f->count; k++)
            if (strcmp(f->items[k].figure, row->figure) == 0 && strcmp(f->items[k].dimension, row->dimension) == 0 &&
                !push_part(s, &n, m->cell[k]))
                return false;
        if (!relate(s, total_cell, n))
            return false;
    }
    return true;
}

/* The side (0: A, 1: B) of a cross code "a+b", copied to buf; false when code has no '+'. */
static bool code_side(const char *code, int side, char *buf, size_t size)
{
    const char *plus = strchr(code, '+');
    if (!plus)
        return false;
    if (side == 0)
        snprintf(buf, size, "%.*s", (int)(plus - code), code);
    else
        snprintf(buf, size, "%s", plus + 1);
    return true;
}

/* Groups that appear only when they have members: a cross breakdown lacks them where
 * they are empty, which is no gap. */
static bool only_when_present(const char *code)
{
    return strcmp(code, "onbekend") == 0 || strcmp(code, "stadsbreed") == 0;
}

/* True when the rows of cross breakdown `dimension` of figure with `fixed` on side `side`
 * hold every code the other side has: in the figure's own breakdown by that dimension,
 * and in the cross rows of any other fixed code. */
static bool complete(const model *m, const char *figure, const char *dimension, int side, const char *fixed,
                     const char *other_dimension)
{
    const wr_figures *f = m->f;
    char want[64], other[64], key_code[136];
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *row = &f->items[i];
        if (strcmp(row->figure, figure) != 0)
            continue;
        if (strcmp(row->dimension, other_dimension) == 0)
            snprintf(want, sizeof want, "%s", row->code);
        else if (strcmp(row->dimension, dimension) != 0 || !code_side(row->code, 1 - side, want, sizeof want))
            continue;
        if (only_when_present(want))
            continue;
        snprintf(other, sizeof other, "%s", fixed);
        if (side == 0)
            snprintf(key_code, sizeof key_code, "%s+%s", other, want);
        else
            snprintf(key_code, sizeof key_code, "%s+%s", want, other);
        if (find_row(m, figure, dimension, key_code) == NONE)
            return false;
    }
    return true;
}

/* A cross breakdown "A+B" of a figure: for each code a of A whose row (figure, A, a)
 * exists, that row is the sum of the cross rows a+b when they cover every code of B; and
 * likewise for each code of B. */
static bool relate_cross(solver *s, const model *m, const char *figure, const char *dimension)
{
    const wr_figures *f = m->f;
    const char *plus = strchr(dimension, '+');
    char sides[2][64];
    snprintf(sides[0], sizeof sides[0], "%.*s", (int)(plus - dimension), dimension);
    snprintf(sides[1], sizeof sides[1], "%s", plus + 1);
    for (int side = 0; side < 2; side++) {
        for (size_t i = 0; i < f->count; i++) {
            const wr_figure *row = &f->items[i];
            char fixed[64], mine[64];
            if (strcmp(row->figure, figure) != 0 || strcmp(row->dimension, dimension) != 0 ||
                !code_side(row->code, side, fixed, sizeof fixed))
                continue;
            bool first = true; /* relate each fixed code once, at its first cross row */
            for (size_t j = 0; j < i && first; j++)
                first = !(strcmp(f->items[j].figure, figure) == 0 && strcmp(f->items[j].dimension, dimension) == 0 &&
                          code_side(f->items[j].code, side, mine, sizeof mine) && strcmp(mine, fixed) == 0);
            size_t total = find_cell(m, figure, sides[side], fixed);
            if (!first || total == NONE || !complete(m, figure, dimension, side, fixed, sides[1 - side]))
                continue;
            size_t n = 0;
            for (size_t k = i; k < f->count; k++)
                if (strcmp(f->items[k].figure, figure) == 0 && strcmp(f->items[k].dimension, dimension) == 0 &&
                    code_side(f->items[k].code, side, mine, sizeof mine) && strcmp(mine, fixed) == 0 &&
                    !push_part(s, &n, m->cell[k]))
                    return false;
            if (!relate(s, total, n))
                return false;
        }
    }
    return true;
}

static bool relate_model(solver *s, const model *m)
{
    const wr_figures *f = m->f;
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *row = &f->items[i];
        if (m->cell[i] == NONE)
            continue;
        if (strcmp(row->dimension, "totaal") == 0 && strcmp(row->code, "totaal") == 0 &&
            !relate_breakdowns(s, m, row))
            return false;
        if (strchr(row->dimension, '+') && !seen_dimension(f, i, row->figure, row->dimension) &&
            !relate_cross(s, m, row->figure, row->dimension))
            return false;
    }
    return true;
}

/* Every row of a year against the same row of each of its quarters. */
static bool relate_parts(solver *s, const model *whole, const model *parts, size_t part_count)
{
    const wr_figures *f = whole->f;
    for (size_t i = 0; i < f->count; i++) {
        if (whole->cell[i] == NONE)
            continue;
        const wr_figure *row = &f->items[i];
        size_t n = 0;
        for (size_t q = 0; q < part_count; q++)
            if (!push_part(s, &n, find_cell(&parts[q], row->figure, row->dimension, row->code)))
                return false;
        if (!relate(s, whole->cell[i], n))
            return false;
    }
    return true;
}

static bool pair_count_hidden(const model *m, const wr_figure *ratio, const wr_ratio_pair *pair, const wr_config *cfg,
                              wr_show *how)
{
    *how = WR_SHOW_VALUE;
    if (pair->rows == WR_PAIR_SAME_GROUP) {
        size_t row = find_row(m, pair->count, ratio->dimension, ratio->code);
        if (row != NONE && wr_figure_hidden(&m->f->items[row]))
            *how = m->f->items[row].public_show;
    } else {
        for (size_t c = 0; c < cfg->dropout_reasons.count; c++) {
            size_t row = find_row(m, pair->count, "reden_uitstroom", cfg->dropout_reasons.items[c].code);
            if (row != NONE && wr_figure_hidden(&m->f->items[row]))
                *how = m->f->items[row].public_show;
        }
    }
    return *how != WR_SHOW_VALUE;
}

/* Hides every ratio of m that would give away a hidden count, and a denominator that is
 * such a count. */
static void hide_revealing_ratios(const model *m, const wr_config *cfg, const wr_ratio_pair *pairs, size_t pair_count)
{
    for (size_t i = 0; i < m->f->count; i++) {
        wr_figure *fig = &m->writable->items[i];
        for (size_t k = 0; k < pair_count; k++) {
            wr_show how;
            if (strcmp(pairs[k].ratio, fig->figure) != 0 || !pair_count_hidden(m, fig, &pairs[k], cfg, &how))
                continue;
            if (fig->public_show == WR_SHOW_VALUE)
                fig->public_show = WR_SHOW_PROTECTED;
            if (pairs[k].reveals == WR_REVEALS_DENOMINATOR && fig->has_denominator &&
                fig->denominator_show == WR_SHOW_VALUE)
                fig->denominator_show = how == WR_SHOW_SMALL_COUNT ? WR_SHOW_SMALL_COUNT : WR_SHOW_PROTECTED;
        }
    }
}

static void solver_free(solver *s)
{
    for (size_t i = 0; i < s->count; i++) {
        wr_strmap_free(s->models[i].keys);
        free(s->models[i].cell);
    }
    free(s->models);
    free(s->parts);
    wr_protect_free(s->p);
}

/* Builds the cells and relations of a set: the members' models first, then every part. */
static bool build(solver *s, const wr_disclosure_member *members, size_t count)
{
    size_t total = count;
    for (size_t i = 0; i < count; i++)
        total += members[i].part_count;
    s->models = calloc(total + 1, sizeof *s->models);
    if (!s->models)
        return false;
    for (size_t i = 0; i < count; i++, s->count++) {
        wr_figures_apply_privacy(members[i].model, s->cfg);
        if (!add_model(s, &s->models[s->count], members[i].model, members[i].model))
            return false;
    }
    for (size_t i = 0; i < count; i++) {
        size_t first_part = s->count;
        for (size_t q = 0; q < members[i].part_count; q++, s->count++)
            if (!add_model(s, &s->models[s->count], members[i].parts[q], NULL))
                return false;
        if (!relate_model(s, &s->models[i]) ||
            !relate_parts(s, &s->models[i], &s->models[first_part], members[i].part_count))
            return false;
    }
    return true;
}

bool wr_disclose_set(const wr_disclosure_member *members, size_t count, const wr_config *cfg,
                     const wr_ratio_pair *pairs, size_t pair_count, wr_disclosure_counts *counts)
{
    solver s = {.cfg = cfg, .p = wr_protect_new(cfg->privacy_threshold)};
    bool ok = s.p && build(&s, members, count);
    if (ok) {
        wr_protect_solve(s.p);
        for (size_t i = 0; i < count; i++) {
            const model *m = &s.models[i];
            for (size_t r = 0; r < m->f->count; r++)
                if (m->cell[r] != NONE && wr_protect_state(s.p, m->cell[r]) == WR_CELL_SECONDARY)
                    m->writable->items[r].public_show = WR_SHOW_PROTECTED;
            hide_revealing_ratios(m, cfg, pairs ? pairs : wr_ratio_pairs, pairs ? pair_count : wr_ratio_pair_count);
        }
        if (counts) {
            counts->cells = wr_protect_cell_count(s.p);
            counts->relations = wr_protect_relation_count(s.p);
            counts->unsafe = 0;
            for (size_t r = 0; r < counts->relations; r++)
                counts->unsafe += !wr_protect_relation_safe(s.p, r);
        }
    }
    solver_free(&s);
    return ok;
}

static bool same_period(wr_period a, wr_period b)
{
    return a.start == b.start && a.end == b.end;
}

static bool listed_before(wr_figures *const *models, size_t i)
{
    for (size_t j = 0; j < i; j++)
        if (models[j] == models[i])
            return true;
    return false;
}

/* Protects every period of models whose kind is quarter (or not): one set per period. */
static bool disclose_periods(wr_figures *const *models, size_t count, const wr_config *cfg, bool quarters,
                             wr_disclosure_counts *counts)
{
    wr_disclosure_member *members = calloc(count + 1, sizeof *members);
    const wr_figures **parts = calloc(count + 1, sizeof *parts);
    bool ok = members && parts;
    for (size_t i = 0; ok && i < count; i++) {
        if (!models[i] || listed_before(models, i) || (models[i]->period.quarter != 0) != quarters)
            continue;
        bool first_of_period = true;
        for (size_t j = 0; j < i && first_of_period; j++)
            first_of_period = !(models[j] && same_period(models[j]->period, models[i]->period));
        if (!first_of_period)
            continue;
        /* The set of this period: every model with it; a year also gets its quarters. */
        size_t n = 0, part_count = 0;
        for (size_t j = i; j < count; j++)
            if (models[j] && !listed_before(models, j) && same_period(models[j]->period, models[i]->period))
                members[n++].model = models[j];
        for (size_t j = 0; !quarters && j < count; j++)
            if (models[j] && !listed_before(models, j) && models[j]->period.quarter != 0 &&
                models[j]->period.start >= models[i]->period.start && models[j]->period.end <= models[i]->period.end)
                parts[part_count++] = models[j];
        for (size_t k = 0; k < n; k++) {
            members[k].parts = parts;
            members[k].part_count = part_count;
        }
        wr_disclosure_counts set = {0};
        ok = wr_disclose_set(members, n, cfg, NULL, 0, &set);
        if (counts) {
            counts->cells += set.cells;
            counts->relations += set.relations;
            counts->unsafe += set.unsafe;
        }
    }
    free(members);
    free(parts);
    return ok;
}

bool wr_disclose_document(wr_figures *const *models, size_t count, const wr_config *cfg,
                          wr_disclosure_counts *counts)
{
    if (counts)
        memset(counts, 0, sizeof *counts);
    return disclose_periods(models, count, cfg, true, counts) && disclose_periods(models, count, cfg, false, counts);
}

void wr_disclosure_count(const wr_figures *f, wr_disclosure_counts *counts)
{
    memset(counts, 0, sizeof *counts);
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *fig = &f->items[i];
        bool count = wr_figure_kind_suppressible(fig->kind);
        counts->primary += count && fig->public_show == WR_SHOW_SMALL_COUNT;
        counts->secondary += count && fig->public_show == WR_SHOW_PROTECTED;
        counts->ratios += !count && fig->public_show == WR_SHOW_PROTECTED;
        counts->denominators += fig->has_denominator && fig->denominator_show != WR_SHOW_VALUE;
    }
}
