/* ZRM for a period: trajectories that were accepted and started, with einddatum in P; their
 * (trajectory, leefgebied) pairs with both a begin and an eind score. Per leefgebied and in
 * total: pairs, mean begin, mean eind, mean change and % improved / equal / worse. Exported:
 * zrm_paren, zrm_verschil_gem and zrm_verbeterd_pct (noemer = pairs). */
#include "figures/effect_zrm.h"

#include <stdlib.h>
#include <string.h>

#include "base/format_nl.h"
#include "input/outcome_store.h"

typedef struct {
    long pairs, improved, equal, worse;
    double begin, end, change; /* sums */
} accumulator;

static void add_pair(accumulator *a, const wr_zrm_pair *p)
{
    a->pairs++;
    a->improved += p->end > p->begin;
    a->equal += p->end == p->begin;
    a->worse += p->end < p->begin;
    a->begin += p->begin;
    a->end += p->end;
    a->change += p->end - p->begin;
}

static double ratio(double numerator, long n, int decimals, double scale)
{
    return n > 0 ? wr_round(scale * numerator / (double)n, decimals) : 0;
}

static void fill_domain(wr_zrm_domain *d, const char *code, const char *label, const accumulator *a)
{
    d->code = code;
    d->label = label;
    d->pairs = a->pairs;
    d->improved = a->improved;
    d->equal = a->equal;
    d->worse = a->worse;
    d->has_value = a->pairs > 0;
    d->mean_begin = ratio(a->begin, a->pairs, 2, 1.0);
    d->mean_end = ratio(a->end, a->pairs, 2, 1.0);
    d->mean_change = ratio(a->change, a->pairs, 2, 1.0);
    d->improved_pct = ratio((double)a->improved, a->pairs, 1, 100.0);
    d->equal_pct = ratio((double)a->equal, a->pairs, 1, 100.0);
    d->worse_pct = ratio((double)a->worse, a->pairs, 1, 100.0);
}

/* acc has cfg->domains.count + 2 entries: the domains, onbekend, totaal. */
static void accumulate(const wr_zrm_store *s, const wr_dataset *ds, size_t domains, wr_period p, accumulator *acc)
{
    for (size_t key = 0; key < s->key_count; key++) {
        if (s->first[key] == WR_PAIR_NONE)
            continue;
        const wr_trajectory *t = &ds->trajectories[ds->trajectory_of_key[key]];
        if (!wr_day_is_set(t->start) || !wr_day_is_set(t->end) || !wr_period_contains(p, t->end))
            continue;
        for (uint32_t i = s->first[key]; i != WR_PAIR_NONE; i = s->pairs[i].next) {
            const wr_zrm_pair *pair = &s->pairs[i];
            if (pair->begin_day == WR_DAY_NONE || pair->end_day == WR_DAY_NONE)
                continue;
            add_pair(&acc[pair->domain >= 0 ? (size_t)pair->domain : domains], pair);
            add_pair(&acc[domains + 1], pair);
        }
    }
}

wr_status wr_outcome_zrm(const wr_outcome_data *d, const wr_dataset *ds, const wr_config *cfg, wr_period p,
                         wr_zrm_summary *out, wr_error *err)
{
    memset(out, 0, sizeof *out);
    if (!wr_outcome_delivered(d, WR_FILE_UITKOMSTEN))
        return WR_OK;
    size_t domains = cfg->domains.count;
    accumulator *acc = calloc(domains + 2, sizeof *acc);
    out->domains = calloc(domains + 1, sizeof *out->domains);
    if (!acc || !out->domains) {
        free(acc);
        wr_zrm_summary_clear(out);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    accumulate(&d->zrm, ds, domains, p, acc);
    for (size_t i = 0; i < domains; i++)
        fill_domain(&out->domains[out->domain_count++], cfg->domains.items[i].code, cfg->domains.items[i].label,
                    &acc[i]);
    if (acc[domains].pairs > 0)
        fill_domain(&out->domains[out->domain_count++], "onbekend", wr_code_list_label(&cfg->domains, -1),
                    &acc[domains]);
    fill_domain(&out->total, "totaal", "Totaal", &acc[domains + 1]);
    free(acc);
    return WR_OK;
}

void wr_zrm_summary_clear(wr_zrm_summary *s)
{
    if (!s)
        return;
    free(s->domains);
    memset(s, 0, sizeof *s);
}

/* Adds the three exported figures of one group. */
static bool add_rows(wr_figures *f, const char *dimension, const wr_zrm_domain *z, int which)
{
    static const char *const names[] = {"zrm_paren", "zrm_verschil_gem", "zrm_verbeterd_pct"};
    static const wr_value_kind kinds[] = {WR_KIND_TRAJECTORIES, WR_KIND_MEAN, WR_KIND_PERCENT};
    wr_figure *fig = wr_figures_add(f, WR_DEEL_EFFECT, names[which], dimension, z->code, z->label, kinds[which]);
    if (!fig)
        return false;
    if (which == 0) {
        wr_figure_set_count(fig, (double)z->pairs);
    } else { /* the summary's values are already rounded as published */
        wr_figure_set_ratio(fig, 0, z->pairs, which == 1 ? 2 : 1, 1.0);
        fig->value = which == 1 ? z->mean_change : z->improved_pct;
        if (which == 2)
            fig->numerator = (double)z->improved;
    }
    return true;
}

wr_status wr_figures_zrm(const wr_outcome_data *d, const wr_dataset *ds, const wr_config *cfg, wr_figures *f,
                         wr_error *err)
{
    if (!wr_outcome_delivered(d, WR_FILE_UITKOMSTEN))
        return WR_OK;
    wr_zrm_summary z;
    wr_status st = wr_outcome_zrm(d, ds, cfg, f->period, &z, err);
    if (st != WR_OK)
        return st;
    bool ok = true;
    for (int which = 0; which < 3 && ok; which++) {
        ok = add_rows(f, "totaal", &z.total, which);
        for (size_t i = 0; i < z.domain_count && ok; i++)
            ok = add_rows(f, "leefgebied", &z.domains[i], which);
    }
    wr_zrm_summary_clear(&z);
    return ok ? WR_OK : wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
}
