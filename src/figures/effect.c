#include "figures/effect.h"

#include <stdlib.h>
#include <string.h>

#include "figures/effect_coverage.h"
#include "figures/effect_experience.h"
#include "figures/effect_zrm.h"

/* True when the resident registered another trajectory in (after, after + window]; regs
 * are sorted by resident and date (figures/prep.h). */
static bool registered_again(const wr_registration *regs, size_t n, uint32_t resident, wr_day after, int window)
{
    size_t lo = 0, hi = n;
    while (lo < hi) { /* first entry with (resident, registered) > (resident, after) */
        size_t mid = (lo + hi) / 2;
        if (regs[mid].resident < resident || (regs[mid].resident == resident && regs[mid].registered <= after))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && regs[lo].resident == resident && regs[lo].registered <= after + window;
}

static bool code_in(const wr_code_list *reasons, int reason, const wr_code_list *set)
{
    return reason >= 0 && wr_code_list_find(set, reasons->items[reason].code) >= 0;
}

/* doelrealisatie_pct, uitval_pct and herhaald_beroep_pct from trajecten.csv. */
static wr_status figures_trajectories(const wr_figures_prep *prep, wr_figures *f, wr_error *err)
{
    const wr_dataset *ds = prep->ds;
    const wr_config *cfg = prep->cfg;
    const wr_registration *regs = prep->regs;
    const wr_period p = f->period;
    size_t goal_groups = cfg->goal_results.count + 1; /* + onbekend */
    long *goals = calloc(goal_groups, sizeof *goals);
    if (!goals)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");

    long goal_n = 0, dropout = 0, dropout_n = 0, repeat = 0, repeat_n = 0;
    const int window = cfg->repeat_window_days;
    for (size_t i = 0; i < ds->trajectory_count; i++) {
        const wr_trajectory *t = &ds->trajectories[i];
        if (!wr_day_is_set(t->start) || !wr_day_is_set(t->end))
            continue;
        if (wr_period_contains(p, t->end)) {
            if (t->goal != WR_CODE_EMPTY) {
                goals[t->goal >= 0 ? (size_t)t->goal : goal_groups - 1]++;
                goal_n++;
            }
            if (t->reason_out != WR_CODE_EMPTY) {
                dropout_n++;
                dropout += code_in(&cfg->reasons_out, t->reason_out, &cfg->dropout_reasons);
            }
        }
        if (t->end >= p.start - window && t->end <= p.end - window &&
            code_in(&cfg->reasons_out, t->reason_out, &cfg->planned_reasons)) {
            repeat_n++;
            repeat += registered_again(regs, ds->trajectory_count, t->resident, t->end, window);
        }
    }

    bool ok = true;
    for (size_t g = 0; g < goal_groups && ok; g++) {
        bool unknown = g == goal_groups - 1;
        if (unknown && goals[g] == 0)
            continue;
        wr_figure *fig = wr_figures_add(f, WR_DEEL_EFFECT, "doelrealisatie_pct", "doelrealisatie",
                                        unknown ? "onbekend" : cfg->goal_results.items[g].code,
                                        wr_code_list_label(&cfg->goal_results, unknown ? -1 : (int)g), WR_KIND_PERCENT);
        if ((ok = fig != NULL))
            wr_figure_set_ratio(fig, (double)goals[g], goal_n, 1, 100.0);
    }
    wr_figure *fig = ok ? wr_figures_add(f, WR_DEEL_EFFECT, "uitval_pct", "totaal", "totaal", "Totaal", WR_KIND_PERCENT)
                        : NULL;
    if (fig)
        wr_figure_set_ratio(fig, (double)dropout, dropout_n, 1, 100.0);
    fig = fig ? wr_figures_add(f, WR_DEEL_EFFECT, "herhaald_beroep_pct", "totaal", "totaal", "Totaal", WR_KIND_PERCENT)
              : NULL;
    if (fig)
        wr_figure_set_ratio(fig, (double)repeat, repeat_n, 1, 100.0);
    free(goals);
    if (!fig)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    return WR_OK;
}

wr_status wr_figures_effect(const wr_figures_prep *prep, wr_figures *f, wr_error *err)
{
    const wr_dataset *ds = prep->ds;
    const wr_config *cfg = prep->cfg;
    wr_status st = figures_trajectories(prep, f, err);
    if (st == WR_OK)
        st = wr_figures_zrm(ds->outcome, ds, cfg, f, err);
    if (st == WR_OK)
        st = wr_figures_experience(ds->outcome, cfg, f, err);
    if (st == WR_OK)
        st = wr_figures_coverage(ds->outcome, ds, f, err);
    return st;
}
