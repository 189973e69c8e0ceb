#include "figures/bereikt_district.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/big_alloc.h"
#include "base/distinct.h"
#include "figures/slice_passes.h"

/* A two-way breakdown of instroom: district (configured codes, then "onbekend") against
 * the codes of `codes` (then "onbekend"), as group d * (n + 1) + b. */
typedef struct {
    const char *dimension;
    const wr_code_list *codes;
    wr_distinct pairs;
} district_cross;

static uint32_t cross_group(int district, size_t districts, int code, size_t codes)
{
    uint32_t d = district >= 0 ? (uint32_t)district : (uint32_t)districts;
    uint32_t b = code >= 0 ? (uint32_t)code : (uint32_t)codes;
    return d * (uint32_t)(codes + 1) + b;
}

/* Rows "district+code" for every configured district with every configured code (0 when
 * empty), "onbekend" codes when they have members, and the unknown district's rows only
 * when it has members: the same rules as every breakdown of the export. */
static bool emit_cross(wr_figures *f, const wr_config *cfg, district_cross *c)
{
    size_t nd = cfg->districts.count, nb = c->codes->count;
    const long *counts = c->pairs.counts;
    bool ok = true;
    for (size_t d = 0; ok && d <= nd; d++) {
        long row_total = 0;
        for (size_t b = 0; b <= nb; b++)
            row_total += counts[d * (nb + 1) + b];
        if (d == nd && row_total == 0)
            continue;
        for (size_t b = 0; ok && b <= nb; b++) {
            long n = counts[d * (nb + 1) + b];
            if (b == nb && n == 0)
                continue;
            char code[64];
            snprintf(code, sizeof code, "%s+%s", d < nd ? cfg->districts.items[d].code : "onbekend",
                     b < nb ? c->codes->items[b].code : "onbekend");
            wr_figure *fig = wr_figures_add(f, WR_DEEL_BEREIKT, "instroom", c->dimension, code,
                                            wr_code_list_label(c->codes, b < nb ? (int)b : -1), WR_KIND_RESIDENTS);
            if (!fig)
                ok = false;
            else
                wr_figure_set_count(fig, (double)n);
        }
    }
    return ok;
}

/* bereik_per_1000 per district with a number of inhabitants, and the total over those
 * districts: residents reached in any of them (distinct) over their inhabitants. */
static bool emit_per_1000(wr_figures *f, const wr_config *cfg, long reached_in_counted)
{
    long inhabitants_sum = 0;
    for (size_t d = 0; d < cfg->districts.count; d++)
        inhabitants_sum += cfg->inhabitants[d];
    if (inhabitants_sum == 0)
        return true;
    wr_figure *fig = wr_figures_add(f, WR_DEEL_BEREIKT, "bereik_per_1000", "totaal", "totaal", "Totaal", WR_KIND_RATE);
    if (!fig)
        return false;
    wr_figure_set_ratio(fig, (double)reached_in_counted, inhabitants_sum, 1, 1000.0);
    for (size_t d = 0; d < cfg->districts.count; d++) {
        if (cfg->inhabitants[d] <= 0)
            continue;
        const wr_figure *reach = wr_figures_find(f, "bereik", "wijk", cfg->districts.items[d].code);
        if (!reach)
            continue;
        double reached = reach->value;
        if (!(fig = wr_figures_add(f, WR_DEEL_BEREIKT, "bereik_per_1000", "wijk", cfg->districts.items[d].code,
                                   cfg->districts.items[d].label, WR_KIND_RATE)))
            return false;
        wr_figure_set_ratio(fig, reached, cfg->inhabitants[d], 1, 1000.0);
    }
    return true;
}

/* The counters of one computation. */
typedef struct {
    district_cross *reasons, *domains;
    wr_distinct *counted;
} counters;

/* Adds the pairs of one trajectory to the counters. */
static inline void count_one(const wr_config *cfg, wr_period p, const counters *c, const wr_trajectory *t)
{
    size_t nd = cfg->districts.count;
    if (t->start == WR_DAY_INVALID || t->start == WR_DAY_NONE)
        return;
    bool end_known = t->end != WR_DAY_INVALID, ended = end_known && t->end != WR_DAY_NONE;
    if (cfg->inhabitants && t->district >= 0 && cfg->inhabitants[t->district] > 0 && end_known &&
        t->start <= p.end && (!ended || t->end >= p.start))
        wr_distinct_add(c->counted, 0, t->resident);
    if (!wr_period_contains(p, t->start))
        return;
    wr_distinct_add(&c->reasons->pairs, cross_group(t->district, nd, t->reason_in, cfg->reasons_in.count),
                    t->resident);
    for (size_t d = 0; d < cfg->domains.count; d++)
        if (t->domains >> d & 1)
            wr_distinct_add(&c->domains->pairs, cross_group(t->district, nd, (int)d, cfg->domains.count),
                            t->resident);
    if (t->domain_unknown)
        wr_distinct_add(&c->domains->pairs, cross_group(t->district, nd, -1, cfg->domains.count), t->resident);
}

/* Whether count_one adds anything for t: the trajectories grouped by slice for the
 * passes (figures/slice_passes.h). */
static bool counts_in(const wr_config *cfg, wr_period p, const wr_trajectory *t)
{
    if (t->start == WR_DAY_INVALID || t->start == WR_DAY_NONE)
        return false;
    bool end_known = t->end != WR_DAY_INVALID, ended = end_known && t->end != WR_DAY_NONE;
    return wr_period_contains(p, t->start) ||
           (cfg->inhabitants && t->district >= 0 && cfg->inhabitants[t->district] > 0 && end_known &&
            t->start <= p.end && (!ended || t->end >= p.start));
}

/* The passes' context: the counters, their shared bits and the period. */
typedef struct {
    const wr_config *cfg;
    wr_period p;
    counters c;
    uint64_t *bits;
    size_t window_words, slice_words, reason_groups, domain_groups;
} pass_state;

static void begin_pass(void *ctx, uint32_t lo)
{
    pass_state *ps = ctx;
    size_t words = ps->slice_words;
    memset(ps->bits, 0, ps->window_words * sizeof *ps->bits);
    wr_distinct_set_slice(&ps->c.reasons->pairs, lo, words, ps->bits);
    wr_distinct_set_slice(&ps->c.domains->pairs, lo, words, ps->bits + ps->reason_groups * words);
    wr_distinct_set_slice(ps->c.counted, lo, words, ps->bits + (ps->reason_groups + ps->domain_groups) * words);
}

static void visit(void *ctx, const wr_trajectory *t)
{
    const pass_state *ps = ctx;
    count_one(ps->cfg, ps->p, &ps->c, t);
}

static bool may_count(void *ctx, const wr_trajectory *t)
{
    const pass_state *ps = ctx;
    return counts_in(ps->cfg, ps->p, t);
}

/* How many groups its distinct counts have: district against reden_instroom, against
 * leefgebied, and the residents of districts with inhabitants. */
static size_t district_groups(const wr_config *cfg)
{
    size_t nd = cfg->districts.count;
    return (nd + 1) * (cfg->reasons_in.count + 1) + (nd + 1) * (cfg->domains.count + 1) + 1;
}

wr_status wr_figures_bereikt_district(const wr_figures_prep *prep, wr_figures *f, wr_error *err)
{
    const wr_config *cfg = prep->cfg;
    const wr_period p = f->period;
    size_t nd = cfg->districts.count;
    district_cross reasons = {.dimension = "wijk+reden_instroom", .codes = &cfg->reasons_in};
    district_cross domains = {.dimension = "wijk+leefgebied", .codes = &cfg->domains};
    wr_distinct counted; /* residents reached in a district with a number of inhabitants */
    /* The three counters number their groups one after the other: reasons, domains, then
     * the one group of counted; the counts are one allocation, the bits of every group for
     * one slice of the residents at a time (base/distinct.h). */
    size_t reason_groups = (nd + 1) * (cfg->reasons_in.count + 1), domain_groups = (nd + 1) * (cfg->domains.count + 1);
    size_t groups = district_groups(cfg);
    size_t slice_words = wr_distinct_slice_words(groups, prep->residents), window_words = groups * slice_words + 1;
    uint64_t *bits = wr_big_calloc(window_words, sizeof *bits);
    long *counts = calloc(groups, sizeof *counts);
    if (!bits || !counts) {
        wr_big_free(bits, window_words, sizeof *bits);
        free(counts);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het berekenen van de cijfers per wijk.");
    }
    wr_distinct_init(&reasons.pairs, reason_groups, prep->residents, NULL, counts);
    wr_distinct_init(&domains.pairs, domain_groups, prep->residents, NULL, counts + reason_groups);
    wr_distinct_init(&counted, 1, prep->residents, NULL, counts + reason_groups + domain_groups);
    pass_state ps = {.cfg = cfg, .p = p, .c = {&reasons, &domains, &counted}, .bits = bits,
                     .window_words = window_words, .slice_words = slice_words,
                     .reason_groups = reason_groups, .domain_groups = domain_groups};
    wr_slice_passes_run(&(wr_slice_passes){.trajectories = prep->ds->trajectories,
                                           .trajectory_count = prep->ds->trajectory_count,
                                           .residents = prep->residents,
                                           .slice_words = slice_words,
                                           .ctx = &ps,
                                           .begin = begin_pass,
                                           .visit = visit,
                                           .counts = may_count});
    bool ok = emit_cross(f, cfg, &reasons) && emit_cross(f, cfg, &domains) &&
              (!cfg->inhabitants || emit_per_1000(f, cfg, counted.counts[0]));
    wr_big_free(bits, window_words, sizeof *bits);
    free(counts);
    if (!ok)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het berekenen van de cijfers per wijk.");
    return WR_OK;
}
