#include "figures/bereikt_waiting.h"

#include <stdlib.h>

#include "base/distinct.h"
#include "figures/gedaan_norms.h"

static const char *const wait_codes[WR_WAIT_GROUPS] = {"0-14", "15-28", "29-56", "57+"};
static const char *const wait_labels[WR_WAIT_GROUPS] = {"0 tot en met 14 dagen", "15 tot en met 28 dagen",
                                                        "29 tot en met 56 dagen", "57 dagen of langer"};

int wr_wait_group(int days)
{
    return days <= 14 ? 0 : days <= 28 ? 1 : days <= 56 ? 2 : 3;
}

bool wr_trajectory_waits(const wr_trajectory *t, wr_day day)
{
    /* An unreadable date leaves exactly the figures that must read it. */
    if (t->start == WR_DAY_INVALID || t->end == WR_DAY_INVALID)
        return false;
    return t->registered <= day && (t->start == WR_DAY_NONE || t->start > day) &&
           (t->end == WR_DAY_NONE || t->end > day);
}

static wr_figure *add_count(wr_figures *f, const char *figure, const char *dimension, const char *code,
                            const char *label, wr_value_kind kind, long value)
{
    wr_figure *fig = wr_figures_add(f, WR_DEEL_BEREIKT, figure, dimension, code, label, kind);
    if (fig)
        wr_figure_set_count(fig, (double)value);
    return fig;
}

/* Every configured code of a dimension, and "onbekend" when it has members. */
static bool add_dimension(wr_figures *f, const char *dimension, const wr_code_list *codes, const long *counts)
{
    for (size_t g = 0; g <= codes->count; g++) {
        bool unknown = g == codes->count;
        if (unknown && counts[g] == 0)
            continue;
        if (!add_count(f, "wachtend_trajecten", dimension, unknown ? "onbekend" : codes->items[g].code,
                       wr_code_list_label(codes, unknown ? -1 : (int)g), WR_KIND_TRAJECTORIES, counts[g]))
            return false;
    }
    return true;
}

wr_status wr_figures_waiting(const wr_figures_prep *prep, wr_figures *f, wr_error *err)
{
    const wr_dataset *ds = prep->ds;
    const wr_config *cfg = prep->cfg;
    const wr_day day = f->period.end;
    long *per_part = calloc(cfg->parts.count + 1, sizeof *per_part);
    long *per_district = calloc(cfg->districts.count + 1, sizeof *per_district);
    int *waits = malloc((ds->trajectory_count + 1) * sizeof *waits);
    long per_wait[WR_WAIT_GROUPS] = {0};
    wr_distinct residents;
    long waiting = 0;
    uint64_t *bits = calloc(wr_distinct_words(prep->residents) + 1, sizeof *bits);
    wr_distinct_init(&residents, 1, prep->residents, bits, &waiting);
    size_t n = 0;
    bool ok = per_part && per_district && waits && bits;
    for (size_t i = 0; ok && i < ds->trajectory_count; i++) {
        const wr_trajectory *t = &ds->trajectories[i];
        if (!wr_trajectory_waits(t, day))
            continue;
        int w = (int)(day - t->registered);
        waits[n++] = w;
        per_wait[wr_wait_group(w)]++;
        per_part[t->part >= 0 ? (size_t)t->part : cfg->parts.count]++;
        per_district[t->district >= 0 ? (size_t)t->district : cfg->districts.count]++;
        wr_distinct_add(&residents, 0, t->resident);
    }
    ok = ok && add_count(f, "wachtend_trajecten", "totaal", "totaal", "Totaal", WR_KIND_TRAJECTORIES, (long)n) &&
         add_dimension(f, "onderdeel", &cfg->parts, per_part) &&
         add_dimension(f, "wijk", &cfg->districts, per_district);
    for (int g = 0; ok && g < WR_WAIT_GROUPS; g++)
        ok = add_count(f, "wachtend_trajecten", "wachttijd", wait_codes[g], wait_labels[g], WR_KIND_TRAJECTORIES,
                       per_wait[g]) != NULL;
    ok = ok && add_count(f, "wachtend_inwoners", "totaal", "totaal", "Totaal", WR_KIND_RESIDENTS, waiting);
    wr_figure *median = ok ? wr_figures_add(f, WR_DEEL_BEREIKT, "wachttijd_mediaan_dagen", "totaal", "totaal",
                                            "Totaal", WR_KIND_MEDIAN) : NULL;
    if (median) {
        median->has_denominator = true;
        median->denominator = (long)n;
        median->has_value = n > 0;
        median->value = wr_median(waits, n);
    }
    free(per_part);
    free(per_district);
    free(waits);
    free(bits);
    if (!median)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het berekenen van de wachtenden.");
    return WR_OK;
}
