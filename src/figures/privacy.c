#include "figures/privacy.h"

void wr_figures_apply_privacy(wr_figures *f, const wr_config *cfg)
{
    for (size_t i = 0; i < f->count; i++) {
        wr_figure *fig = &f->items[i];
        fig->public_show = WR_SHOW_VALUE;
        switch (fig->kind) {
        case WR_KIND_RESIDENTS:
        case WR_KIND_TRAJECTORIES:
        case WR_KIND_COMPLAINTS:
            if (fig->value >= 1 && fig->value < cfg->privacy_threshold)
                fig->public_show = WR_SHOW_SMALL_COUNT;
            break;
        case WR_KIND_PERCENT:
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
