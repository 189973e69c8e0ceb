#include "app/revisions.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "figures/disclosure.h"
#include "fill/public_value.h"
#include "fill/trend_table.h"
#include "input/csv_table.h"

enum { COL_PERIODE, COL_CIJFER, COL_DIMENSIE, COL_CODE, COL_WAARDE, COL_NOEMER, COL_COUNT };

static const wr_csv_column columns[COL_COUNT] = {
    {"periode", true, false}, {"cijfer", true, false}, {"dimensie", true, false}, {"waarde_code", true, false},
    {"waarde", true, false}, {"noemer", true, false},
};

typedef struct {
    const wr_figures *now; /* today's model of the period: gives names, kinds and labels */
    wr_figures *old;       /* the earlier export as a model */
    char code[16];
    bool failed;
} read_state;

/* Today's row of the same figure and dimension, for its static names and kind. */
static const wr_figure *same_kind(const wr_figures *f, const char *figure, const char *dimension)
{
    for (size_t i = 0; i < f->count; i++)
        if (strcmp(f->items[i].figure, figure) == 0 && strcmp(f->items[i].dimension, dimension) == 0)
            return &f->items[i];
    return NULL;
}

static wr_status on_row(void *user, const wr_csv_row *row, wr_error *err)
{
    (void)err;
    read_state *st = user;
    const char *const *v = row->values;
    if (strcmp(v[COL_PERIODE], st->code) != 0)
        return WR_OK;
    const wr_figure *like = same_kind(st->now, v[COL_CIJFER], v[COL_DIMENSIE]);
    if (!like)
        return WR_OK; /* a figure today's model does not have */
    wr_figure *fig = wr_figures_add(st->old, like->deel, like->figure, like->dimension, v[COL_CODE], like->label,
                                    like->kind);
    if (!fig) {
        st->failed = true;
        return WR_ERR_NOMEM;
    }
    char *end;
    double value = strtod(v[COL_WAARDE], &end);
    bool has_value = *v[COL_WAARDE] && *end == '\0';
    long denominator = strtol(v[COL_NOEMER], &end, 10);
    if (*v[COL_NOEMER] && *end == '\0')
        wr_figure_set_ratio(fig, value * (double)denominator, denominator, 2, 1.0);
    fig->has_value = has_value; /* empty: no value, or hidden in a public export */
    fig->value = value;
    return WR_OK;
}

/* The earlier figures export of the period of now, read into a model with the views its
 * own report gave it; NULL when there is none or it cannot be read. */
static wr_figures *read_old(const char *output_dir, const wr_config *cfg, const wr_figures *now, bool *nomem)
{
    read_state st = {.now = now};
    wr_period_code(now->period, st.code, sizeof st.code);
    static const char *const names[] = {"cijfers-%s-niet-openbaar.csv", "cijfers-%s.csv"};
    for (size_t i = 0; i < 2; i++) {
        char name[64], path[4096];
        snprintf(name, sizeof name, names[i], st.code);
        snprintf(path, sizeof path, "%s/%s/%s", output_dir, st.code, name);
        if (access(path, R_OK) != 0)
            continue;
        if (!(st.old = wr_figures_new(now->period))) {
            *nomem = true;
            return NULL;
        }
        wr_diag_list diags = {0};
        wr_error err = {0};
        wr_status status = wr_csv_read_table(path, name, columns, COL_COUNT, on_row, &st, &diags, &err);
        wr_diag_list_clear(&diags);
        if (status == WR_OK && st.old->count > 0) {
            wr_figures *set[] = {st.old};
            if (!wr_disclose_document(set, 1, cfg, NULL)) {
                *nomem = true;
                wr_figures_free(st.old);
                return NULL;
            }
            return st.old;
        }
        *nomem = st.failed;
        wr_figures_free(st.old);
        st.old = NULL;
        if (*nomem)
            return NULL;
    }
    return NULL;
}

static bool add(wr_revision_list *l, wr_period p, const wr_figure *now, double old_value)
{
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        wr_revision *items = realloc(l->items, cap * sizeof *items);
        if (!items)
            return false;
        l->items = items;
        l->cap = cap;
    }
    l->items[l->count++] = (wr_revision){p, now, old_value};
    return true;
}

bool wr_revisions_find(const char *output_dir, const wr_config *cfg, const wr_figures *const *cols, size_t count,
                       const wr_figures *current, wr_revision_list *out)
{
    size_t key_count;
    const wr_key_figure *keys = wr_trend_key_figures(&key_count);
    for (size_t c = 0; c < count; c++) {
        const wr_figures *now = cols[c];
        if (!now || now == current || now->period.quarter == 0)
            continue;
        bool nomem = false;
        wr_figures *old = read_old(output_dir, cfg, now, &nomem);
        if (nomem)
            return false;
        for (size_t k = 0; old && k < key_count; k++) {
            const wr_figure *a = wr_figures_find(old, keys[k].figure, "totaal", "totaal");
            const wr_figure *b = wr_figures_find(now, keys[k].figure, "totaal", "totaal");
            if (!a || !b || a->public_show != WR_SHOW_VALUE || !a->has_value || b->public_show != WR_SHOW_VALUE ||
                !b->has_value)
                continue; /* a value either report hides is never named */
            char was[64], is[64];
            wr_public_value(a, cfg, was, sizeof was);
            wr_public_value(b, cfg, is, sizeof is);
            if (strcmp(was, is) != 0 && !add(out, now->period, b, a->value)) {
                wr_figures_free(old);
                return false;
            }
        }
        wr_figures_free(old);
    }
    return true;
}

void wr_revision_list_clear(wr_revision_list *l)
{
    if (!l)
        return;
    free(l->items);
    memset(l, 0, sizeof *l);
}
