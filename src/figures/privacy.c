#include "figures/privacy.h"

bool wr_figure_kind_suppressible(wr_value_kind kind)
{
    return kind == WR_KIND_RESIDENTS || kind == WR_KIND_TRAJECTORIES || kind == WR_KIND_COMPLAINTS;
}

bool wr_figure_hidden(const wr_figure *fig)
{
    return fig->public_show != WR_SHOW_VALUE;
}

static bool small(long value, const wr_config *cfg)
{
    return value >= 1 && value < cfg->privacy_threshold;
}

void wr_figures_apply_privacy(wr_figures *f, const wr_config *cfg)
{
    for (size_t i = 0; i < f->count; i++) {
        wr_figure *fig = &f->items[i];
        fig->public_show = WR_SHOW_VALUE;
        /* A denominator printed beside a ratio counts trajectories, residents, complaints or
         * answers, so it is a count like any other; a budget in euros is not. */
        fig->denominator_show = fig->has_denominator && fig->deel != WR_DEEL_FINANCIEN &&
                                small(fig->denominator, cfg) ? WR_SHOW_SMALL_COUNT : WR_SHOW_VALUE;
        switch (fig->kind) {
        case WR_KIND_RESIDENTS:
        case WR_KIND_TRAJECTORIES:
        case WR_KIND_COMPLAINTS:
            if (small((long)fig->value, cfg))
                fig->public_show = WR_SHOW_SMALL_COUNT;
            break;
        case WR_KIND_PERCENT:
        case WR_KIND_RATE:
        case WR_KIND_MEAN:
        case WR_KIND_MEDIAN:
            if (!fig->has_value)
                fig->public_show = WR_SHOW_NO_BASE;
            else if (fig->denominator < cfg->privacy_min_denominator)
                fig->public_show = WR_SHOW_SMALL_BASE;
            break;
        case WR_KIND_COUNT:
        case WR_KIND_EURO:
        case WR_KIND_VALUE:
            break;
        }
    }
}
