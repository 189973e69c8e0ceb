#include "figures/gedaan_norms.h"

#include <stdlib.h>

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

double wr_median(int *values, size_t n)
{
    if (n == 0)
        return 0;
    qsort(values, n, sizeof *values, cmp_int);
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

wr_status wr_figures_norms(const wr_dataset *ds, const wr_config *cfg, const wr_calendar *cal, wr_figures *f,
                           wr_error *err)
{
    const wr_period p = f->period;
    long contact_within = 0, contact_outside = 0, start_within = 0, start_outside = 0;
    size_t n_days = 0, cap = 0;
    int *days = NULL;

    for (size_t i = 0; i < ds->trajectory_count; i++) {
        const wr_trajectory *t = &ds->trajectories[i];
        if (!wr_period_contains(p, t->registered))
            continue;
        /* First contact: an unreadable date leaves only this figure. */
        if (t->first_contact == WR_DAY_NONE) {
            if (wr_working_days(cal, t->registered, p.end) > cfg->norm_first_contact_working_days)
                contact_outside++;
        } else if (t->first_contact != WR_DAY_INVALID) {
            int wd = wr_working_days(cal, t->registered, t->first_contact);
            if (wd <= cfg->norm_first_contact_working_days)
                contact_within++;
            else
                contact_outside++;
            if (n_days == cap) {
                cap = cap ? cap * 2 : 256;
                int *grown = realloc(days, cap * sizeof *grown);
                if (!grown) {
                    free(days);
                    return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
                }
                days = grown;
            }
            days[n_days++] = wd;
        }
        /* Start: without a start date, an end date (even an unreadable one) means the
         * question was settled otherwise, so the trajectory is left out. */
        if (t->start == WR_DAY_INVALID)
            continue;
        if (t->start != WR_DAY_NONE) {
            if (t->start - t->registered <= cfg->norm_start_days)
                start_within++;
            else
                start_outside++;
        } else if (t->end == WR_DAY_NONE && p.end - t->registered > cfg->norm_start_days) {
            start_outside++;
        }
    }

    wr_figure *fig = wr_figures_add(f, WR_DEEL_GEDAAN, "eerste_contact_binnen_norm_pct", "totaal", "totaal", "Totaal",
                                    WR_KIND_PERCENT);
    if (fig)
        wr_figure_set_ratio(fig, (double)contact_within, contact_within + contact_outside, 1, 100.0);
    if (fig && (fig = wr_figures_add(f, WR_DEEL_GEDAAN, "eerste_contact_mediaan_werkdagen", "totaal", "totaal",
                                     "Totaal", WR_KIND_MEDIAN))) {
        fig->has_denominator = true;
        fig->denominator = (long)n_days;
        fig->has_value = n_days > 0;
        fig->value = wr_median(days, n_days);
    }
    if (fig && (fig = wr_figures_add(f, WR_DEEL_GEDAAN, "start_binnen_norm_pct", "totaal", "totaal", "Totaal",
                                     WR_KIND_PERCENT)))
        wr_figure_set_ratio(fig, (double)start_within, start_within + start_outside, 1, 100.0);
    free(days);
    if (!fig)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    return WR_OK;
}
