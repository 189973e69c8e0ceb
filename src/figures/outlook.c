#include "figures/outlook.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/distinct.h"
#include "figures/bereikt.h"
#include "figures/compute.h"
#include "figures/disclosure.h"
#include "input/records.h"

static const struct {
    const char *figure, *label;
    wr_input_file file;
    bool per_part;
} measures[WR_MEASURE_COUNT] = {
    [WR_MEASURE_BEREIK] = {"bereik", "Bereik (inwoners per kwartaal)", WR_FILE_TRAJECTEN, true},
    [WR_MEASURE_INSTROOM] = {"instroom", "Instroom (inwoners)", WR_FILE_TRAJECTEN, true},
    [WR_MEASURE_CONTACTEN] = {"contacten", "Korte contacten", WR_FILE_CONTACTEN, true},
    [WR_MEASURE_DEELNAMES] = {"deelnames", "Deelnames aan groepsactiviteiten", WR_FILE_ACTIVITEITEN, false},
};

double wr_outlook_year_weight(wr_measure m)
{
    return m == WR_MEASURE_BEREIK ? 0.25 : 1.0;
}

static wr_status nomem(wr_error *err)
{
    return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen voor de vooruitblik.");
}

void wr_outlook_free(wr_outlook *o)
{
    if (!o)
        return;
    free(o->series);
    free(o->posts);
    free(o);
}

/* The quarters of history: from [kadernota] vanaf, else the quarter of the earliest
 * aanmelddatum, to the last complete quarter; at most WR_OUTLOOK_MAX_QUARTERS. */
static bool history_window(const wr_dataset *ds, const wr_config *cfg, wr_period *first, wr_period *last)
{
    if (ds->trajectory_count == 0 || !wr_day_is_set(ds->latest_date))
        return false;
    *last = wr_period_last_complete_quarter(ds->latest_date);
    if (cfg->outlook.has_history_start) {
        *first = cfg->outlook.history_start;
    } else {
        wr_day earliest = ds->trajectories[0].registered;
        for (size_t i = 1; i < ds->trajectory_count; i++)
            if (ds->trajectories[i].registered < earliest)
                earliest = ds->trajectories[i].registered;
        *first = wr_period_last_complete_quarter(earliest);
        if (first->end < earliest)
            *first = wr_period_shift(*first, 1);
    }
    if (wr_period_shift(*last, -(WR_OUTLOOK_MAX_QUARTERS - 1)).start > first->start)
        *first = wr_period_shift(*last, -(WR_OUTLOOK_MAX_QUARTERS - 1));
    return first->start <= last->start;
}

static size_t quarters_between(wr_period a, wr_period b)
{
    return (size_t)((b.year - a.year) * 4 + (b.quarter - a.quarter)) + 1;
}

/* Reads one series out of the protected quarter models. */
static void gather(wr_outlook_series *s, wr_figures *const *quarters, size_t count)
{
    const char *dim = strcmp(s->part, "totaal") == 0 ? "totaal" : "onderdeel";
    bool started = false;
    for (size_t i = 0; i < count; i++) {
        const wr_figure *fig = wr_figures_find(quarters[i], s->figure, dim, s->part);
        double v = fig && fig->has_value ? fig->value : 0;
        if (!started && v <= 0 && s->measure != WR_MEASURE_BEREIK && s->measure != WR_MEASURE_INSTROOM) {
            s->offset++;
            continue;
        }
        started = true;
        s->value[s->n] = v;
        s->show[s->n] = fig ? fig->public_show : WR_SHOW_VALUE;
        s->any_hidden |= s->show[s->n] == WR_SHOW_SMALL_COUNT || s->show[s->n] == WR_SHOW_PROTECTED;
        s->n++;
    }
}

static bool hidden(wr_show show)
{
    return show == WR_SHOW_SMALL_COUNT || show == WR_SHOW_PROTECTED;
}

/* Index in the series of quarter index q of the outlook (q counted from o->first). */
static bool series_index(const wr_outlook_series *s, size_t q, size_t *i)
{
    if (q < s->offset || q - s->offset >= s->n)
        return false;
    *i = q - s->offset;
    return true;
}

/* The year's volume (mean or sum over its quarters): known quarters from the history,
 * later ones from the fit. False when a quarter lies before the series' history. */
static bool year_volume(const wr_outlook *o, const wr_outlook_series *s, int year, double *volume, bool *any_hidden)
{
    double w = wr_outlook_year_weight(s->measure), sum = 0;
    *any_hidden = false;
    for (int q = 1; q <= 4; q++) {
        wr_period p = wr_period_quarter(year, q);
        if (p.start < o->first.start)
            return false;
        size_t qi = quarters_between(o->first, p) - 1, i;
        if (p.start <= o->last.start) {
            if (!series_index(s, qi, &i))
                return false;
            sum += s->value[i];
            *any_hidden |= hidden(s->show[i]);
        } else {
            size_t step = qi - (s->offset + s->n);
            sum += s->quarter_forecast[step].central;
        }
    }
    *volume = w * sum;
    return true;
}

static void forecast_series(wr_outlook *o, wr_outlook_series *s)
{
    if (!wr_fit_series(s->value, s->n, s->offset == 0 ? o->first.quarter
                                                        : wr_period_shift(o->first, (int)s->offset).quarter, &s->fit))
        return;
    s->fitted = true;
    for (size_t k = 0; k < s->ahead; k++)
        s->quarter_forecast[k] = wr_fit_forecast(&s->fit, &k, 1, 1.0);
    /* The forecast year's quarters as steps after the last complete quarter. */
    size_t steps[4];
    size_t first_step = quarters_between(o->last, wr_period_quarter(o->target_year, 1)) - 2;
    for (size_t k = 0; k < 4; k++)
        steps[k] = first_step + k;
    s->outlook = wr_fit_forecast(&s->fit, steps, 4, wr_outlook_year_weight(s->measure));
    bool h;
    if (!year_volume(o, s, o->budget_year, &s->budget_year_volume, &h))
        s->budget_year_volume = 0;
    s->has_base = year_volume(o, s, o->base_year, &s->base_volume, &s->base_hidden);

    /* Backtest: the same method on the history up to one year before the last complete
     * quarter, forecasting the four quarters after it. */
    wr_backtest bt;
    int q0 = wr_period_shift(o->first, (int)s->offset).quarter;
    if (s->n >= WR_FIT_MIN_QUARTERS + 4 && wr_fit_backtest(s->value, s->n, q0, wr_outlook_year_weight(s->measure), &bt)) {
        s->has_backtest = true;
        s->backtest = bt.forecast;
        s->backtest_actual = bt.actual;
        s->backtest_error_pct = bt.error_pct;
        s->backtest_inside = bt.inside;
        for (size_t k = s->n - 4; k < s->n; k++)
            s->backtest_hidden |= hidden(s->show[k]);
    }
}

/* Residents reached in the base year per onderdeel (index parts.count: all) and age
 * group (WR_AGE_GROUPS: unknown), with the definition of bereik (data contract, 3.2). */
static bool reached_by_age(const wr_dataset *ds, const wr_config *cfg, int year, long *counts)
{
    wr_period p = wr_period_year(year);
    size_t parts = cfg->parts.count + 1, groups = WR_AGE_GROUPS + 1;
    size_t residents = 0;
    for (size_t i = 0; i < ds->trajectory_count; i++)
        if ((size_t)ds->trajectories[i].resident + 1 > residents)
            residents = (size_t)ds->trajectories[i].resident + 1;
    uint64_t *bits = calloc(parts * groups * wr_distinct_words(residents) + 1, sizeof *bits);
    if (!bits)
        return false;
    for (size_t k = 0; k < parts * groups; k++)
        counts[k] = 0;
    wr_distinct d;
    wr_distinct_init(&d, parts * groups, residents, bits, counts);
    for (size_t i = 0; i < ds->trajectory_count; i++) {
        const wr_trajectory *t = &ds->trajectories[i];
        if (t->start == WR_DAY_INVALID || t->start == WR_DAY_NONE || t->end == WR_DAY_INVALID)
            continue;
        if (t->start > p.end || (t->end != WR_DAY_NONE && t->end < p.start))
            continue;
        int age = wr_age_group(t->birth_year, year);
        size_t g = age < 0 ? WR_AGE_GROUPS : (size_t)age;
        if (t->part >= 0)
            wr_distinct_add(&d, (size_t)t->part * groups + g, t->resident);
        wr_distinct_add(&d, cfg->parts.count * groups + g, t->resident);
    }
    free(bits);
    return true;
}

/* The demographic expectation of every series: bereik and instroom of an onderdeel follow
 * the age make-up of that onderdeel's bereik, contacts and attendances that of the whole
 * programme. */
static bool demography(wr_outlook *o, const wr_dataset *ds, const wr_config *cfg, const wr_figures *base_model)
{
    const wr_outlook_settings *st = &cfg->outlook;
    o->has_population = true;
    for (int g = 0; g < WR_AGE_GROUPS; g++) {
        wr_outlook_age *a = &o->ages[g];
        a->code = cfg->age_groups.items[g].code;
        a->pop_base = wr_outlook_population(st, o->base_year, g);
        a->pop_target = wr_outlook_population(st, o->target_year, g);
        o->has_population &= a->pop_base > 0 && a->pop_target >= 0;
        const wr_figure *fig = base_model ? wr_figures_find(base_model, "bereik", "leeftijdsgroep", a->code) : NULL;
        a->reached = fig ? fig->value : 0;
        a->reached_show = fig ? fig->public_show : WR_SHOW_VALUE;
        a->has_rate = a->pop_base > 0 && !hidden(a->reached_show);
        if (a->has_rate)
            a->rate_per_1000 = 1000.0 * a->reached / a->pop_base;
    }
    const wr_figure *unknown = base_model ? wr_figures_find(base_model, "bereik", "leeftijdsgroep", "onbekend") : NULL;
    o->unknown_age = unknown ? unknown->value : 0;
    if (!o->has_population)
        return true;
    size_t groups = WR_AGE_GROUPS + 1;
    long *counts = calloc((cfg->parts.count + 1) * groups, sizeof *counts);
    if (!counts || !reached_by_age(ds, cfg, o->base_year, counts)) {
        free(counts);
        return false;
    }
    double pop_base[WR_AGE_GROUPS], pop_target[WR_AGE_GROUPS];
    for (int g = 0; g < WR_AGE_GROUPS; g++) {
        pop_base[g] = o->ages[g].pop_base;
        pop_target[g] = o->ages[g].pop_target;
    }
    for (size_t i = 0; i < o->series_count; i++) {
        wr_outlook_series *s = &o->series[i];
        int part = -1;
        if (s->measure == WR_MEASURE_BEREIK || s->measure == WR_MEASURE_INSTROOM)
            part = wr_code_list_find(&cfg->parts, s->part);
        const long *row = &counts[(part < 0 ? cfg->parts.count : (size_t)part) * groups];
        long total = 0;
        for (size_t g = 0; g < groups; g++)
            total += row[g];
        double expected;
        if (!s->fitted || !s->has_base || total <= 0 ||
            !wr_demographic_expectation(row, row[WR_AGE_GROUPS], pop_base, pop_target, &expected))
            continue;
        s->has_demography = true;
        s->demographic_factor = expected / (double)total;
        s->demographic = s->base_volume * s->demographic_factor;
        s->autonomous = s->outlook.central - s->demographic;
    }
    free(counts);
    return true;
}

static const wr_outlook_series *bereik_of(const wr_outlook *o, const char *part)
{
    for (size_t i = 0; i < o->series_count; i++)
        if (o->series[i].measure == WR_MEASURE_BEREIK && strcmp(o->series[i].part, part) == 0)
            return &o->series[i];
    return NULL;
}

static wr_status budget(wr_outlook *o, const wr_config *cfg, const wr_figures *last_model, wr_error *err)
{
    const wr_outlook_settings *st = &cfg->outlook;
    for (size_t i = 0; i < st->link_count; i++)
        if (strcmp(st->links[i].part, "totaal") != 0 && wr_code_list_find(&cfg->parts, st->links[i].part) < 0)
            return wr_error_set(err, WR_ERR_CONFIG,
                                "In [kadernota] hoort post.%s bij '%s', maar dat is geen onderdeel uit [onderdelen] "
                                "(of totaal).", st->links[i].post, st->links[i].part);
    o->has_price_index = st->has_price_index;
    o->price_index_pct = st->price_index_pct;
    if (!last_model->has_finance || last_model->finance.post_count == 0)
        return WR_OK;
    const wr_finance_summary *fin = &last_model->finance;
    o->has_finance = true;
    o->budget_year = fin->year;
    o->price_factor = pow(1.0 + (st->has_price_index ? st->price_index_pct : 0) / 100.0,
                          o->target_year - o->budget_year);
    if (!(o->posts = calloc(fin->post_count, sizeof *o->posts)))
        return nomem(err);
    for (size_t i = 0; i < fin->post_count; i++) {
        wr_outlook_post *p = &o->posts[o->post_count++];
        p->code = fin->posts[i].code;
        p->label = fin->posts[i].label;
        int label = wr_code_list_find(&cfg->posts, p->code);
        if (label >= 0)
            p->label = cfg->posts.items[label].label;
        p->budget = fin->posts[i].budget;
        p->part = wr_outlook_post_part(st, p->code);
        p->volume_factor = 1.0;
        const wr_outlook_series *s = p->part ? bereik_of(o, p->part) : NULL;
        if (s && s->fitted && s->budget_year_volume > 0) {
            p->has_volume_factor = true;
            p->volume_factor = s->outlook.central / s->budget_year_volume;
            p->part_label = s->part_label;
        }
        p->need = p->budget * p->volume_factor * o->price_factor;
        o->budget_total += p->budget;
        o->need_total += p->need;
    }
    return WR_OK;
}

static bool add_series(wr_outlook *o, wr_measure m, const char *part, const char *part_label, bool delivered)
{
    wr_outlook_series *s = &o->series[o->series_count++];
    s->measure = m;
    s->figure = measures[m].figure;
    s->measure_label = measures[m].label;
    snprintf(s->part, sizeof s->part, "%s", part);
    s->part_label = part_label;
    s->delivered = delivered;
    return true;
}

static wr_status build(wr_outlook *o, const wr_dataset *ds, const wr_config *cfg, wr_figures **models,
                       wr_figures **base_model, wr_error *err)
{
    wr_status st = WR_OK;
    for (size_t i = 0; st == WR_OK && i < o->quarters; i++)
        st = wr_figures_compute(ds, cfg, wr_period_shift(o->first, (int)i), &models[i], err);
    if (st == WR_OK && o->base_year >= o->first.year && wr_period_year(o->base_year).start >= o->first.start)
        st = wr_figures_compute(ds, cfg, wr_period_year(o->base_year), base_model, err);
    if (st != WR_OK)
        return st;
    /* One disclosure step over everything the document shows (the quarters and the base
     * year), as for every public document. */
    models[o->quarters] = *base_model;
    if (!wr_disclose_document(models, o->quarters + (*base_model != NULL), cfg, NULL))
        return nomem(err);

    size_t max = WR_MEASURE_COUNT * (cfg->parts.count + 1);
    if (!(o->series = calloc(max, sizeof *o->series)))
        return nomem(err);
    for (int m = 0; m < WR_MEASURE_COUNT; m++) {
        bool delivered = ds->delivered[measures[m].file];
        for (size_t p = 0; measures[m].per_part && p < cfg->parts.count; p++)
            add_series(o, (wr_measure)m, cfg->parts.items[p].code, cfg->parts.items[p].label, delivered);
        add_series(o, (wr_measure)m, "totaal", "Totaal", delivered);
    }
    o->budget_year = o->last.year;
    for (size_t i = 0; i < o->series_count; i++) {
        wr_outlook_series *s = &o->series[i];
        if (!s->delivered)
            continue;
        gather(s, models, o->quarters);
        s->ahead = quarters_between(o->last, wr_period_quarter(o->target_year, 4)) - 1;
        forecast_series(o, s);
    }
    if ((st = budget(o, cfg, models[o->quarters - 1], err)) != WR_OK)
        return st;
    /* The budget year's volume may only be known now (it is the finance year). */
    for (size_t i = 0; i < o->series_count; i++) {
        wr_outlook_series *s = &o->series[i];
        bool h;
        if (s->fitted && !year_volume(o, s, o->budget_year, &s->budget_year_volume, &h))
            s->budget_year_volume = 0;
    }
    if (o->has_finance) { /* recompute the factors with the finance year's volume */
        o->budget_total = o->need_total = 0;
        for (size_t i = 0; i < o->post_count; i++) {
            wr_outlook_post *p = &o->posts[i];
            const wr_outlook_series *s = p->part ? bereik_of(o, p->part) : NULL;
            p->has_volume_factor = s && s->fitted && s->budget_year_volume > 0;
            p->volume_factor = p->has_volume_factor ? s->outlook.central / s->budget_year_volume : 1.0;
            p->part_label = p->has_volume_factor ? s->part_label : NULL;
            p->need = p->budget * p->volume_factor * o->price_factor;
            o->budget_total += p->budget;
            o->need_total += p->need;
        }
    }
    if (!demography(o, ds, cfg, *base_model))
        return nomem(err);
    return WR_OK;
}

wr_status wr_outlook_compute(const struct wr_dataset *ds, const wr_config *cfg, int target_year, wr_outlook **out,
                             wr_error *err)
{
    *out = NULL;
    wr_outlook *o = calloc(1, sizeof *o);
    if (!o)
        return nomem(err);
    if (!history_window(ds, cfg, &o->first, &o->last)) {
        bool late_start = cfg->outlook.has_history_start && wr_day_is_set(ds->latest_date);
        wr_outlook_free(o);
        if (late_start)
            return wr_error_set(err, WR_ERR_CONFIG, "[kadernota] vanaf ligt na het laatste volledige kwartaal van de "
                                                    "export: er is geen vooruitblik te maken.");
        return wr_error_set(err, WR_ERR_INPUT, "De export bevat nog geen volledig kwartaal: er is geen vooruitblik "
                                               "te maken.");
    }
    if (target_year <= o->last.year || target_year > o->last.year + 2) {
        int last_year = o->last.year;
        wr_outlook_free(o);
        char code[16];
        wr_period_code(wr_period_last_complete_quarter(ds->latest_date), code, sizeof code);
        return wr_error_set(err, WR_ERR_USAGE,
                            "De export loopt tot en met %s; een vooruitblik kan over %d of %d gaan, niet over %d.",
                            code, last_year + 1, last_year + 2, target_year);
    }
    o->target_year = target_year;
    o->quarters = quarters_between(o->first, o->last);
    o->base_year = o->last.quarter == 4 ? o->last.year : o->last.year - 1;
    if (o->quarters < WR_FIT_MIN_QUARTERS) {
        char from[16], to[16];
        wr_period_code(o->first, from, sizeof from);
        wr_period_code(o->last, to, sizeof to);
        wr_outlook_free(o);
        return wr_error_set(err, WR_ERR_INPUT,
                            "De export heeft van %s tot en met %s te weinig kwartalen voor een vooruitblik; er zijn er "
                            "ten minste %d nodig.", from, to, WR_FIT_MIN_QUARTERS);
    }
    o->has_backtest = o->quarters >= WR_FIT_MIN_QUARTERS + 4;
    o->backtest_first = wr_period_shift(o->last, -3);
    o->backtest_last = o->last;
    wr_figures **models = calloc(o->quarters + 1, sizeof *models);
    wr_figures *base_model = NULL;
    wr_status st = models ? build(o, ds, cfg, models, &base_model, err) : nomem(err);
    for (size_t i = 0; models && i < o->quarters; i++)
        wr_figures_free(models[i]);
    free(models);
    wr_figures_free(base_model);
    if (st != WR_OK) {
        wr_outlook_free(o);
        return st;
    }
    *out = o;
    return WR_OK;
}
