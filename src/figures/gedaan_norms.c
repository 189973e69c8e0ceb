/* The norms of part 1 for a period: first contact and start of support within the norm,
 * in total and per onderdeel and wijk, as the percentage within and the number of
 * trajectories outside (data contract, sections 3 and 8). */
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

/* Within and outside one norm, for one group of trajectories. */
typedef struct {
    long within, outside;
} tally;

/* One norm's tallies: [0] the total, then the onderdelen and onbekend, then the wijken
 * and onbekend. */
typedef struct {
    tally *groups;
    size_t parts, districts; /* configured codes of each dimension */
} norm_tallies;

static void count(norm_tallies *n, const wr_trajectory *t, bool within)
{
    size_t part = t->part >= 0 ? (size_t)t->part : n->parts;
    size_t district = t->district >= 0 ? (size_t)t->district : n->districts;
    tally *cells[3] = {&n->groups[0], &n->groups[1 + part], &n->groups[2 + n->parts + district]};
    for (int i = 0; i < 3; i++) {
        if (within)
            cells[i]->within++;
        else
            cells[i]->outside++;
    }
}

/* The percentage within (`pct`) and the number outside (`outside`) of one group; NULL on
 * out of memory. */
static wr_figure *add_group(wr_figures *f, const char *pct, const char *outside, const char *dimension,
                            const char *code, const char *label, const tally *t)
{
    wr_figure *fig = wr_figures_add(f, WR_DEEL_GEDAAN, pct, dimension, code, label, WR_KIND_PERCENT);
    if (fig)
        wr_figure_set_ratio(fig, (double)t->within, t->within + t->outside, 1, 100.0);
    if (fig && (fig = wr_figures_add(f, WR_DEEL_GEDAAN, outside, dimension, code, label, WR_KIND_TRAJECTORIES)))
        wr_figure_set_count(fig, (double)t->outside);
    return fig;
}

/* Every configured code of a dimension, and "onbekend" when its population is not empty. */
static bool add_dimension(wr_figures *f, const char *pct, const char *outside, const char *dimension,
                          const wr_code_list *codes, const tally *groups)
{
    for (size_t g = 0; g <= codes->count; g++) {
        bool unknown = g == codes->count;
        if (unknown && groups[g].within + groups[g].outside == 0)
            continue;
        if (!add_group(f, pct, outside, dimension, unknown ? "onbekend" : codes->items[g].code,
                       wr_code_list_label(codes, unknown ? -1 : (int)g), &groups[g]))
            return false;
    }
    return true;
}

/* Rows of one norm: the percentage and the number outside, in total, per onderdeel and
 * per wijk. */
static bool add_norm(wr_figures *f, const wr_config *cfg, const char *pct, const char *outside,
                     const norm_tallies *n)
{
    return add_group(f, pct, outside, "totaal", "totaal", "Totaal", &n->groups[0]) &&
           add_dimension(f, pct, outside, "onderdeel", &cfg->parts, &n->groups[1]) &&
           add_dimension(f, pct, outside, "wijk", &cfg->districts, &n->groups[2 + n->parts]);
}

wr_status wr_figures_norms(const wr_dataset *ds, const wr_config *cfg, const wr_calendar *cal, wr_figures *f,
                           wr_error *err)
{
    const wr_period p = f->period;
    size_t width = 1 + (cfg->parts.count + 1) + (cfg->districts.count + 1);
    norm_tallies contact = {calloc(width, sizeof(tally)), cfg->parts.count, cfg->districts.count};
    norm_tallies start = {calloc(width, sizeof(tally)), cfg->parts.count, cfg->districts.count};
    size_t n_days = 0, cap = 0;
    int *days = NULL;
    bool ok = contact.groups && start.groups;

    for (size_t i = 0; ok && i < ds->trajectory_count; i++) {
        const wr_trajectory *t = &ds->trajectories[i];
        if (!wr_period_contains(p, t->registered))
            continue;
        /* First contact: an unreadable date leaves only this figure. */
        if (t->first_contact == WR_DAY_NONE) {
            if (wr_working_days(cal, t->registered, p.end) > cfg->norm_first_contact_working_days)
                count(&contact, t, false);
        } else if (t->first_contact != WR_DAY_INVALID) {
            int wd = wr_working_days(cal, t->registered, t->first_contact);
            count(&contact, t, wd <= cfg->norm_first_contact_working_days);
            if (n_days == cap) {
                cap = cap ? cap * 2 : 256;
                int *grown = realloc(days, cap * sizeof *grown);
                if (!(ok = grown != NULL))
                    break;
                days = grown;
            }
            days[n_days++] = wd;
        }
        /* Start: without a start date, an end date (even an unreadable one) means the
         * question was settled otherwise, so the trajectory is left out. */
        if (t->start == WR_DAY_INVALID)
            continue;
        if (t->start != WR_DAY_NONE)
            count(&start, t, t->start - t->registered <= cfg->norm_start_days);
        else if (t->end == WR_DAY_NONE && p.end - t->registered > cfg->norm_start_days)
            count(&start, t, false);
    }

    ok = ok && add_norm(f, cfg, "eerste_contact_binnen_norm_pct", "eerste_contact_buiten_norm", &contact);
    wr_figure *fig = ok ? wr_figures_add(f, WR_DEEL_GEDAAN, "eerste_contact_mediaan_werkdagen", "totaal", "totaal",
                                         "Totaal", WR_KIND_MEDIAN) : NULL;
    if (fig) {
        fig->has_denominator = true;
        fig->denominator = (long)n_days;
        fig->has_value = n_days > 0;
        fig->value = wr_median(days, n_days);
    }
    ok = fig && add_norm(f, cfg, "start_binnen_norm_pct", "start_buiten_norm", &start);
    free(days);
    free(contact.groups);
    free(start.groups);
    if (!ok)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    return WR_OK;
}
