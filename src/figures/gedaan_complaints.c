/* klachten_ontvangen, klachten_afgehandeld, klachten_binnen_termijn_pct, klachten_open. */
#include "figures/gedaan_complaints.h"

#include <stdlib.h>

/* A total row and a row per configured code (0 when empty), plus onbekend with members. */
static bool emit_counts(wr_figures *f, const char *figure, const char *dimension, const wr_code_list *codes,
                        const long *counts, long total)
{
    wr_figure *fig = wr_figures_add(f, WR_DEEL_GEDAAN, figure, "totaal", "totaal", "Totaal", WR_KIND_COMPLAINTS);
    if (fig)
        wr_figure_set_count(fig, (double)total);
    for (size_t g = 0; g <= codes->count && fig; g++) {
        if (g == codes->count && counts[g] == 0)
            continue;
        int index = g < codes->count ? (int)g : -1;
        fig = wr_figures_add(f, WR_DEEL_GEDAAN, figure, dimension, index >= 0 ? codes->items[g].code : "onbekend",
                             wr_code_list_label(codes, index), WR_KIND_COMPLAINTS);
        if (fig)
            wr_figure_set_count(fig, (double)counts[g]);
    }
    return fig != NULL;
}

bool wr_gedaan_figures_complaints(const wr_gedaan_data *d, const wr_config *cfg, wr_figures *f)
{
    const wr_period p = f->period;
    const size_t n_kinds = cfg->complaint_kinds.count, n_outcomes = cfg->complaint_outcomes.count;
    long *by_kind = calloc(n_kinds + 1, sizeof *by_kind);
    long *by_outcome = calloc(n_outcomes + 1, sizeof *by_outcome);
    long received = 0, handled = 0, in_term = 0, open = 0;
    bool ok = by_kind && by_outcome;

    for (size_t i = 0; ok && i < d->complaint_count; i++) {
        const wr_gedaan_complaint *c = &d->complaints[i];
        if (wr_period_contains(p, c->received)) {
            received++;
            by_kind[c->kind >= 0 ? (size_t)c->kind : n_kinds]++;
        }
        if (c->handled == WR_DAY_INVALID)
            continue; /* stays only in klachten_ontvangen */
        bool handled_set = c->handled != WR_DAY_NONE;
        if (handled_set && wr_period_contains(p, c->handled)) {
            handled++;
            by_outcome[c->outcome >= 0 ? (size_t)c->outcome : n_outcomes]++;
            in_term += c->handled - c->received <= cfg->complaint_term_days;
        }
        if (c->received <= p.end && (!handled_set || c->handled > p.end))
            open++;
    }

    ok = ok && emit_counts(f, "klachten_ontvangen", "aard", &cfg->complaint_kinds, by_kind, received) &&
         emit_counts(f, "klachten_afgehandeld", "uitkomst", &cfg->complaint_outcomes, by_outcome, handled);
    wr_figure *fig = ok ? wr_figures_add(f, WR_DEEL_GEDAAN, "klachten_binnen_termijn_pct", "totaal", "totaal",
                                         "Totaal", WR_KIND_PERCENT) : NULL;
    if (fig)
        wr_figure_set_ratio(fig, (double)in_term, handled, 1, 100.0);
    fig = fig ? wr_figures_add(f, WR_DEEL_GEDAAN, "klachten_open", "totaal", "totaal", "Totaal", WR_KIND_COMPLAINTS)
              : NULL;
    if (fig)
        wr_figure_set_count(fig, (double)open);
    free(by_kind);
    free(by_outcome);
    return fig != NULL;
}
