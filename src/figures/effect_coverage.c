#include "figures/effect_coverage.h"

#include <stdlib.h>

#include "input/outcome_store.h"

static bool ended_in(const wr_trajectory *t, wr_period p)
{
    return wr_day_is_set(t->start) && wr_day_is_set(t->end) && wr_period_contains(p, t->end);
}

long wr_ended_trajectories(const wr_dataset *ds, wr_period p)
{
    long n = 0;
    for (size_t i = 0; i < ds->trajectory_count; i++)
        n += ended_in(&ds->trajectories[i], p);
    return n;
}

/* Ended trajectories with at least one (trajectory, leefgebied) pair that has a begin and
 * an eind score; a pair of an unknown leefgebied counts too. */
static long measured_trajectories(const wr_zrm_store *s, const wr_dataset *ds, wr_period p)
{
    long n = 0;
    for (size_t key = 0; key < s->key_count; key++) {
        if (s->first[key] == WR_PAIR_NONE || ds->trajectory_of_key[key] == WR_TRAJECTORY_REJECTED ||
            !ended_in(&ds->trajectories[ds->trajectory_of_key[key]], p))
            continue;
        for (uint32_t i = s->first[key]; i != WR_PAIR_NONE; i = s->pairs[i].next)
            if (s->pairs[i].begin_day != WR_DAY_NONE && s->pairs[i].end_day != WR_DAY_NONE) {
                n++;
                break;
            }
    }
    return n;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

long wr_experience_respondents(const wr_outcome_data *d, wr_period p)
{
    if (!wr_outcome_delivered(d, WR_FILE_ERVARINGEN))
        return 0;
    const wr_experience_store *s = &d->experience;
    int first, last;
    wr_outcome_period_quarters(p, &first, &last);
    uint32_t *who = malloc((s->response_count + 1) * sizeof *who);
    if (!who)
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < s->response_count; i++) {
        int q = (int)(s->responses[i] >> 32);
        if (first >= 0 && q >= first && q <= last)
            who[n++] = (uint32_t)s->responses[i];
    }
    qsort(who, n, sizeof *who, cmp_u32);
    long distinct = 0;
    for (size_t i = 0; i < n; i++)
        distinct += i == 0 || who[i] != who[i - 1];
    free(who);
    return distinct;
}

static bool add_pct(wr_figures *f, const char *figure, long numerator, long denominator)
{
    wr_figure *fig = wr_figures_add(f, WR_DEEL_EFFECT, figure, "totaal", "totaal", "Totaal", WR_KIND_PERCENT);
    if (fig)
        wr_figure_set_ratio(fig, (double)numerator, denominator, 1, 100.0);
    return fig != NULL;
}

wr_status wr_figures_coverage(const wr_outcome_data *d, const wr_dataset *ds, wr_figures *f, wr_error *err)
{
    bool zrm = wr_outcome_delivered(d, WR_FILE_UITKOMSTEN), survey = wr_outcome_delivered(d, WR_FILE_ERVARINGEN);
    if (!zrm && !survey)
        return WR_OK;
    long ended = wr_ended_trajectories(ds, f->period);
    long respondents = survey ? wr_experience_respondents(d, f->period) : 0;
    bool ok = respondents >= 0;
    ok = ok && (!zrm || add_pct(f, "zrm_dekking_pct", measured_trajectories(&d->zrm, ds, f->period), ended));
    ok = ok && (!survey || add_pct(f, "respons_pct", respondents, ended));
    return ok ? WR_OK : wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
}
