#include "fill/public_value.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/format_nl.h"

/* A report grade reads with one decimal (7,4). */
static bool one_decimal(const wr_figure *fig)
{
    return fig->kind == WR_KIND_MEAN && strcmp(fig->figure, "rapportcijfer_gem") == 0 && fig->denominator > 0;
}

double wr_public_number(const wr_figure *fig)
{
    /* From the exact mean: rounding the two-decimal value again could round the wrong way. */
    return one_decimal(fig) ? wr_round(fig->numerator / (double)fig->denominator, 1) : fig->value;
}

void wr_public_value(const wr_figure *fig, const wr_config *cfg, char *buf, size_t size)
{
    switch (fig->public_show) {
    case WR_SHOW_SMALL_COUNT:
        snprintf(buf, size, "<%d", cfg->privacy_threshold);
        return;
    case WR_SHOW_SMALL_BASE:
        snprintf(buf, size, "n<%d", cfg->privacy_min_denominator);
        return;
    case WR_SHOW_NO_BASE:
        snprintf(buf, size, "\xE2\x80\x93"); /* en dash */
        return;
    case WR_SHOW_PROTECTED:
        snprintf(buf, size, WR_PROTECTED_SIGN);
        return;
    case WR_SHOW_VALUE:
        break;
    }
    if (!fig->has_value) {
        snprintf(buf, size, "\xE2\x80\x93");
        return;
    }
    switch (fig->kind) {
    case WR_KIND_PERCENT:
        wr_nl_percent(fig->value, buf, size);
        break;
    case WR_KIND_RATE:
        wr_nl_number(fig->value, 1, buf, size);
        break;
    case WR_KIND_MEAN:
        /* A report grade reads with one decimal (7,4), from the exact mean: rounding the
         * two-decimal value again could round the wrong way. */
        wr_nl_number(wr_public_number(fig), one_decimal(fig) ? 1 : 2, buf, size);
        break;
    case WR_KIND_MEDIAN:
        wr_nl_number(fig->value, fig->value == floor(fig->value) ? 0 : 1, buf, size);
        break;
    case WR_KIND_EURO:
        wr_nl_euro(fig->value, buf, size);
        break;
    default:
        wr_nl_number(fig->value, 0, buf, size);
        break;
    }
}

void wr_public_denominator(const wr_figure *fig, const wr_config *cfg, char *buf, size_t size)
{
    if (!fig->has_denominator)
        snprintf(buf, size, "%s", "");
    else if (fig->denominator_show == WR_SHOW_SMALL_COUNT)
        snprintf(buf, size, "<%d", cfg->privacy_threshold);
    else if (fig->denominator_show == WR_SHOW_PROTECTED)
        snprintf(buf, size, WR_PROTECTED_SIGN);
    else
        wr_nl_number((double)fig->denominator, 0, buf, size);
}

void wr_public_set(wr_tpl_dict *d, const char *name, const wr_figure *fig, const wr_config *cfg)
{
    char value[64], key[128];
    if (!fig) {
        wr_tpl_dict_set(d, name, "\xE2\x80\x93");
        return;
    }
    wr_public_value(fig, cfg, value, sizeof value);
    wr_tpl_dict_set(d, name, value);
    if (fig->has_denominator) {
        snprintf(key, sizeof key, "%s_NOEMER", name);
        wr_public_denominator(fig, cfg, value, sizeof value);
        wr_tpl_dict_set(d, key, value);
    }
}
