/* Agreements for a period P: those with jaar = year(P.end), each with its row of the
 * latest peildatum <= P.end (on a tie the last such row in the file), or none. */
#include "figures/gedaan_agreements.h"

#include <stdint.h>
#include <stdlib.h>

static const char *const not_reported = "niet_gerapporteerd";
static const char *const not_reported_label = "Niet gerapporteerd";

/* The agreements of year(p.end) in order of first appearance, with the first and the
 * chosen row of each. */
typedef struct {
    size_t count;
    size_t *first;   /* row index of the agreement's first row of the year */
    long *chosen;    /* row index, or -1 when no row has peildatum <= p.end */
} resolution;

static void resolution_free(resolution *r)
{
    free(r->first);
    free(r->chosen);
}

static bool resolve(const wr_gedaan_data *d, wr_period p, resolution *r)
{
    r->count = 0;
    r->first = NULL;
    r->chosen = NULL;
    size_t keys = d->agreement_keys;
    long *position = malloc((keys ? keys : 1) * sizeof *position);
    r->first = malloc((keys ? keys : 1) * sizeof *r->first);
    r->chosen = malloc((keys ? keys : 1) * sizeof *r->chosen);
    if (!position || !r->first || !r->chosen) {
        free(position);
        resolution_free(r);
        return false;
    }
    for (size_t k = 0; k < keys; k++)
        position[k] = -1;
    const int year = wr_day_year(p.end);
    for (size_t i = 0; i < d->agreement_count; i++) {
        const wr_gedaan_agreement_row *a = &d->agreements[i];
        if (a->year != year)
            continue;
        long pos = position[a->key];
        if (pos < 0) {
            pos = position[a->key] = (long)r->count++;
            r->first[pos] = i;
            r->chosen[pos] = -1;
        }
        long best = r->chosen[pos];
        if (a->date <= p.end && (best < 0 || a->date >= d->agreements[best].date))
            r->chosen[pos] = (long)i;
    }
    free(position);
    return true;
}

/* Status index for a chosen row: the configured index, `unknown` for an unknown code,
 * `none` for no row (or the configured index of "niet_gerapporteerd" if configured). */
static size_t status_group(const wr_gedaan_data *d, long chosen, size_t unknown, size_t none)
{
    if (chosen < 0)
        return none;
    int s = d->agreements[chosen].status;
    return s >= 0 ? (size_t)s : unknown;
}

bool wr_gedaan_figures_agreements(const wr_gedaan_data *d, const wr_config *cfg, wr_figures *f)
{
    resolution r;
    if (!resolve(d, f->period, &r))
        return false;
    const size_t n = cfg->statuses.count;
    int configured_none = wr_code_list_find(&cfg->statuses, not_reported);
    size_t none = configured_none >= 0 ? (size_t)configured_none : n + 1;
    long *counts = calloc(n + 2, sizeof *counts); /* configured, onbekend, niet_gerapporteerd */
    if (!counts) {
        resolution_free(&r);
        return false;
    }
    for (size_t i = 0; i < r.count; i++)
        counts[status_group(d, r.chosen[i], n, none)]++;
    resolution_free(&r);

    wr_figure *fig = wr_figures_add(f, WR_DEEL_GEDAAN, "afspraken", "totaal", "totaal", "Totaal", WR_KIND_COUNT);
    if (fig)
        wr_figure_set_count(fig, (double)r.count);
    for (size_t g = 0; g < n + 2 && fig; g++) {
        if (g == n && counts[g] == 0)
            continue; /* onbekend only with members */
        if (g == n + 1 && configured_none >= 0)
            continue; /* already a configured code */
        const char *code = g < n ? cfg->statuses.items[g].code : g == n ? "onbekend" : not_reported;
        const char *label = g < n ? cfg->statuses.items[g].label
                            : g == n ? wr_code_list_label(&cfg->statuses, -1) : not_reported_label;
        fig = wr_figures_add(f, WR_DEEL_GEDAAN, "afspraken", "status", code, label, WR_KIND_COUNT);
        if (fig)
            wr_figure_set_count(fig, (double)counts[g]);
    }
    free(counts);
    return fig != NULL;
}

bool wr_gedaan_agreements(const wr_gedaan_data *d, const wr_config *cfg, wr_period p, wr_agreement_fn fn,
                          void *user)
{
    resolution r;
    if (!d || !d->delivered[WR_FILE_AFSPRAKEN])
        return true;
    if (!resolve(d, p, &r))
        return false;
    for (size_t i = 0; i < r.count; i++) {
        long chosen = r.chosen[i];
        const wr_gedaan_agreement_row *a = &d->agreements[chosen >= 0 ? (size_t)chosen : r.first[i]];
        const char *theme = wr_code_list_label(&cfg->themes, a->theme);
        if (chosen < 0)
            fn(user, a->id, theme, a->description, not_reported, not_reported_label, "", a->line);
        else
            fn(user, a->id, theme, a->description, a->status >= 0 ? cfg->statuses.items[a->status].code : "onbekend",
               wr_code_list_label(&cfg->statuses, a->status), a->explanation, a->line);
    }
    resolution_free(&r);
    return true;
}

typedef struct {
    wr_figures *f;
    size_t cap;
    bool failed;
} list_state;

static void add_to_list(void *user, const char *id, const char *theme, const char *description,
                        const char *status_code, const char *status_label, const char *explanation, long line)
{
    list_state *st = user;
    wr_figures *f = st->f;
    if (st->failed)
        return;
    if (f->agreement_count == st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 16;
        wr_agreement *items = realloc(f->agreements, cap * sizeof *items);
        if (!items) {
            st->failed = true;
            return;
        }
        f->agreements = items;
        st->cap = cap;
    }
    f->agreements[f->agreement_count++] = (wr_agreement){id, theme, description, status_code, status_label,
                                                         explanation, line};
}

bool wr_gedaan_agreement_list(const wr_gedaan_data *d, const wr_config *cfg, wr_figures *f)
{
    f->has_agreements = d && d->delivered[WR_FILE_AFSPRAKEN];
    list_state st = {f, f->agreement_count, false};
    return wr_gedaan_agreements(d, cfg, f->period, add_to_list, &st) && !st.failed;
}
