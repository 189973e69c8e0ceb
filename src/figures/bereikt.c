#include "figures/bereikt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/big_alloc.h"
#include "base/distinct.h"
#include "figures/bereikt_district.h"
#include "figures/bereikt_waiting.h"
#include "figures/slice_passes.h"

/* Group index of a code for a list of n codes: the code's index, n for "onbekend". */
static uint32_t group_of(int code, size_t n)
{
    return code >= 0 ? (uint32_t)code : (uint32_t)n;
}

int wr_age_group(int birth_year, int period_end_year)
{
    if (birth_year <= 0)
        return -1;
    int age = period_end_year - birth_year;
    if (age < 0)
        return -1;
    return age <= 17 ? 0 : age <= 26 ? 1 : age <= 64 ? 2 : 3;
}

/* One figure's counters: the total and one per breakdown dimension (its codes and
 * "onbekend"). A cross breakdown "A+B" is kept for one code of A (`fixed`, the age group
 * 0-17): its groups are the codes of B, exported as "fixed+b". */
typedef struct {
    const char *dimension;
    const wr_code_list *codes;
    const char *fixed;  /* NULL for a plain breakdown */
    wr_distinct residents;
} breakdown;

typedef struct {
    const char *figure;
    wr_distinct total;
    breakdown dims[7];
    size_t dim_count;
} counted_figure;

static void add_dim(counted_figure *cf, const char *dimension, const wr_code_list *codes)
{
    cf->dims[cf->dim_count].dimension = dimension;
    cf->dims[cf->dim_count].codes = codes;
    cf->dim_count++;
}

/* A cross breakdown of the age group `fixed` against dimension `codes`. */
static void add_cross(counted_figure *cf, const char *dimension, const wr_code_list *codes, const char *fixed)
{
    add_dim(cf, dimension, codes);
    cf->dims[cf->dim_count - 1].fixed = fixed;
}

/* The counts of every counter of the computation in one allocation, and where each
 * counter's groups start in their common numbering (for counting in passes). */
#define MAX_COUNTERS 32
typedef struct {
    long *counts;
    size_t groups, used, residents;
    wr_distinct *members[MAX_COUNTERS];
    size_t offsets[MAX_COUNTERS];
    size_t member_count;
} counter_space;

static void take(counter_space *space, wr_distinct *d, size_t groups)
{
    wr_distinct_init(d, groups, space->residents, NULL, space->counts + space->used);
    space->members[space->member_count] = d;
    space->offsets[space->member_count++] = space->used;
    space->used += groups;
}

static void bind_figure(counter_space *space, counted_figure *cf)
{
    take(space, &cf->total, 1);
    for (size_t d = 0; d < cf->dim_count; d++)
        take(space, &cf->dims[d].residents, cf->dims[d].codes->count + 1);
}

static size_t figure_groups(const counted_figure *cf)
{
    size_t n = 1;
    for (size_t d = 0; d < cf->dim_count; d++)
        n += cf->dims[d].codes->count + 1;
    return n;
}

/* Writes the total row and, per dimension, a row for every configured code (0 when
 * empty) plus "onbekend" when it has members. */
static bool emit(wr_figures *f, const counted_figure *cf)
{
    wr_figure *fig = wr_figures_add(f, WR_DEEL_BEREIKT, cf->figure, "totaal", "totaal", "Totaal", WR_KIND_RESIDENTS);
    if (!fig)
        return false;
    wr_figure_set_count(fig, (double)cf->total.counts[0]);
    for (size_t d = 0; d < cf->dim_count; d++) {
        const breakdown *b = &cf->dims[d];
        size_t n = b->codes->count;
        for (size_t g = 0; g <= n; g++) {
            if (g == n && b->residents.counts[g] == 0)
                continue;
            char code[64];
            snprintf(code, sizeof code, "%s%s%s", b->fixed ? b->fixed : "", b->fixed ? "+" : "",
                     g < n ? b->codes->items[g].code : "onbekend");
            fig = wr_figures_add(f, WR_DEEL_BEREIKT, cf->figure, b->dimension, code,
                                 wr_code_list_label(b->codes, g < n ? (int)g : -1), WR_KIND_RESIDENTS);
            if (!fig)
                return false;
            wr_figure_set_count(fig, (double)b->residents.counts[g]);
        }
    }
    return true;
}

/* The young people's age group: the first of the fixed age groups (0-17). */
#define YOUTH 0

typedef struct {
    counted_figure *reach, *inflow, *outflow;
} counters;

/* Adds the pairs of one trajectory to the counters. */
static inline void count_one(const wr_config *cfg, wr_period p, const counters *c, const wr_trajectory *t)
{
    const int end_year = p.year;
    /* An unreadable date leaves exactly the figures that must read it: instroom reads
     * only startdatum, the others read startdatum and einddatum. */
    if (t->start == WR_DAY_INVALID)
        return;
    bool started = t->start != WR_DAY_NONE;
    bool end_known = t->end != WR_DAY_INVALID;
    bool ended = end_known && t->end != WR_DAY_NONE;
    uint32_t r = t->resident;
    int age = wr_age_group(t->birth_year, end_year);
    uint32_t part = group_of(t->part, cfg->parts.count);

    if (end_known && started && t->start <= p.end && (!ended || t->end >= p.start)) {
        wr_distinct_add(&c->reach->total, 0, r);
        wr_distinct_add(&c->reach->dims[0].residents, part, r);
        wr_distinct_add(&c->reach->dims[1].residents, group_of(t->district, cfg->districts.count), r);
        wr_distinct_add(&c->reach->dims[2].residents, group_of(age, 4), r);
        if (age == YOUTH)
            wr_distinct_add(&c->reach->dims[3].residents, part, r);
    }
    if (started && wr_period_contains(p, t->start)) {
        uint32_t reason = group_of(t->reason_in, cfg->reasons_in.count);
        wr_distinct_add(&c->inflow->total, 0, r);
        wr_distinct_add(&c->inflow->dims[0].residents, part, r);
        wr_distinct_add(&c->inflow->dims[1].residents, reason, r);
        for (size_t d = 0; d < cfg->domains.count; d++)
            if (t->domains >> d & 1)
                wr_distinct_add(&c->inflow->dims[2].residents, (uint32_t)d, r);
        if (t->domain_unknown)
            wr_distinct_add(&c->inflow->dims[2].residents, (uint32_t)cfg->domains.count, r);
        wr_distinct_add(&c->inflow->dims[3].residents, group_of(t->district, cfg->districts.count), r);
        wr_distinct_add(&c->inflow->dims[4].residents, group_of(age, 4), r);
        if (age == YOUTH) {
            wr_distinct_add(&c->inflow->dims[5].residents, part, r);
            wr_distinct_add(&c->inflow->dims[6].residents, reason, r);
        }
    }
    if (started && ended && wr_period_contains(p, t->end)) {
        wr_distinct_add(&c->outflow->total, 0, r);
        wr_distinct_add(&c->outflow->dims[0].residents, group_of(t->reason_out, cfg->reasons_out.count), r);
        wr_distinct_add(&c->outflow->dims[1].residents, part, r);
    }
}

/* Whether count_one adds anything for t: the trajectories grouped by slice for the
 * passes (figures/slice_passes.h). */
static bool counts_in(wr_period p, const wr_trajectory *t)
{
    if (t->start == WR_DAY_INVALID || t->start == WR_DAY_NONE)
        return false;
    bool end_known = t->end != WR_DAY_INVALID, ended = end_known && t->end != WR_DAY_NONE;
    return (end_known && t->start <= p.end && (!ended || t->end >= p.start)) || wr_period_contains(p, t->start) ||
           (ended && wr_period_contains(p, t->end));
}

/* The passes' context: the counters, their shared bits and the period. */
typedef struct {
    const wr_config *cfg;
    wr_period p;
    counters c;
    counter_space *space;
    uint64_t *bits;
    size_t window_words, slice_words;
} pass_state;

static void begin_pass(void *ctx, uint32_t lo)
{
    pass_state *ps = ctx;
    memset(ps->bits, 0, ps->window_words * sizeof *ps->bits);
    for (size_t m = 0; m < ps->space->member_count; m++)
        wr_distinct_set_slice(ps->space->members[m], lo, ps->slice_words,
                              ps->bits + ps->space->offsets[m] * ps->slice_words);
}

static void visit(void *ctx, const wr_trajectory *t)
{
    const pass_state *ps = ctx;
    count_one(ps->cfg, ps->p, &ps->c, t);
}

static bool may_count(void *ctx, const wr_trajectory *t)
{
    return counts_in(((const pass_state *)ctx)->p, t);
}

/* The breakdowns of the three figures. */
static void set_up(const wr_config *cfg, counted_figure *reach, counted_figure *inflow, counted_figure *outflow)
{
    const char *youth = cfg->age_groups.items[YOUTH].code;
    add_dim(reach, "onderdeel", &cfg->parts);
    add_dim(reach, "wijk", &cfg->districts);
    add_dim(reach, "leeftijdsgroep", &cfg->age_groups);
    add_cross(reach, "leeftijdsgroep+onderdeel", &cfg->parts, youth);
    add_dim(inflow, "onderdeel", &cfg->parts);
    add_dim(inflow, "reden_instroom", &cfg->reasons_in);
    add_dim(inflow, "leefgebied", &cfg->domains);
    add_dim(inflow, "wijk", &cfg->districts);
    add_dim(inflow, "leeftijdsgroep", &cfg->age_groups);
    add_cross(inflow, "leeftijdsgroep+onderdeel", &cfg->parts, youth);
    add_cross(inflow, "leeftijdsgroep+reden_instroom", &cfg->reasons_in, youth);
    add_dim(outflow, "reden_uitstroom", &cfg->reasons_out);
    add_dim(outflow, "onderdeel", &cfg->parts);
}

wr_status wr_figures_bereikt(const wr_figures_prep *prep, wr_figures *f, wr_error *err)
{
    const wr_config *cfg = prep->cfg;
    const wr_period p = f->period;
    counted_figure reach = {.figure = "bereik"}, inflow = {.figure = "instroom"}, outflow = {.figure = "uitstroom"};
    set_up(cfg, &reach, &inflow, &outflow);

    counter_space space = {.residents = prep->residents};
    space.groups = figure_groups(&reach) + figure_groups(&inflow) + figure_groups(&outflow);
    space.counts = calloc(space.groups, sizeof *space.counts);
    size_t slice_words = wr_distinct_slice_words(space.groups, space.residents);
    size_t window_words = space.groups * slice_words;
    uint64_t *bits = space.counts ? wr_big_calloc(window_words, sizeof *bits) : NULL;
    if (!bits || !space.counts) {
        wr_big_free(bits, window_words, sizeof *bits);
        free(space.counts);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het berekenen van het bereik.");
    }
    bind_figure(&space, &reach);
    bind_figure(&space, &inflow);
    bind_figure(&space, &outflow);
    pass_state ps = {.cfg = cfg, .p = p, .c = {&reach, &inflow, &outflow}, .space = &space, .bits = bits,
                     .window_words = window_words, .slice_words = slice_words};
    wr_slice_passes_run(&(wr_slice_passes){.trajectories = prep->ds->trajectories,
                                           .trajectory_count = prep->ds->trajectory_count,
                                           .residents = space.residents,
                                           .slice_words = slice_words,
                                           .ctx = &ps,
                                           .begin = begin_pass,
                                           .visit = visit,
                                           .counts = may_count});

    bool ok = emit(f, &reach) && emit(f, &inflow) && emit(f, &outflow);
    wr_big_free(bits, window_words, sizeof *bits);
    free(space.counts);
    if (!ok)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het berekenen van het bereik.");
    wr_status st = wr_figures_waiting(prep, f, err);
    return st == WR_OK ? wr_figures_bereikt_district(prep, f, err) : st;
}
