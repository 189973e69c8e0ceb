#include "export/csv.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "base/errno_nl.h"

void wr_export_value(const wr_figure *fig, char *buf, size_t size)
{
    if (!fig->has_value) {
        buf[0] = '\0';
        return;
    }
    switch (fig->kind) {
    case WR_KIND_PERCENT:
    case WR_KIND_RATE:
        snprintf(buf, size, "%.1f", fig->value);
        break;
    case WR_KIND_MEAN:
    case WR_KIND_MEDIAN:
        snprintf(buf, size, "%.2f", fig->value);
        break;
    case WR_KIND_EURO:
        if (fig->value == floor(fig->value))
            snprintf(buf, size, "%.0f", fig->value);
        else
            snprintf(buf, size, "%.2f", fig->value);
        break;
    case WR_KIND_VALUE:
        snprintf(buf, size, "%.10g", fig->value);
        break;
    default:
        snprintf(buf, size, "%.0f", fig->value);
        break;
    }
}

void wr_export_denominator(const wr_figure *fig, char *buf, size_t size)
{
    if (fig->has_denominator)
        snprintf(buf, size, "%ld", fig->denominator);
    else
        buf[0] = '\0';
}

bool wr_export_hidden(const wr_figure *fig, bool suppress_in_appendix)
{
    return suppress_in_appendix && (fig->public_show == WR_SHOW_SMALL_COUNT || fig->public_show == WR_SHOW_SMALL_BASE ||
                                    fig->public_show == WR_SHOW_PROTECTED);
}

bool wr_export_denominator_hidden(const wr_figure *fig, bool suppress_in_appendix)
{
    return suppress_in_appendix && fig->has_denominator && fig->denominator_show != WR_SHOW_VALUE;
}

/* Codes and labels come from the configuration; quote them when needed (RFC 4180). */
static void put_field(FILE *out, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

wr_status wr_export_csv_write(const wr_figures *f, bool suppress_in_appendix, FILE *out, const char *path,
                              wr_error *err)
{
    char period[16];
    wr_period_code(f->period, period, sizeof period);
    return wr_export_csv_write_rows(f, period, NULL, suppress_in_appendix, out, path, err);
}

wr_status wr_export_csv_write_rows(const wr_figures *f, const char *period, bool (*keep)(const wr_figure *),
                                   bool suppress_in_appendix, FILE *out, const char *path, wr_error *err)
{
    fputs("periode,deel,cijfer,dimensie,waarde_code,waarde,noemer\n", out);
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *fig = &f->items[i];
        if (keep && !keep(fig))
            continue;
        char value[64], denominator[32];
        wr_export_value(fig, value, sizeof value);
        wr_export_denominator(fig, denominator, sizeof denominator);
        if (wr_export_hidden(fig, suppress_in_appendix))
            value[0] = '\0';
        if (wr_export_denominator_hidden(fig, suppress_in_appendix))
            denominator[0] = '\0';
        fprintf(out, "%s,%s,%s,%s,", period, wr_deel_code(fig->deel), fig->figure, fig->dimension);
        put_field(out, fig->code);
        fprintf(out, ",%s,%s\n", value, denominator);
    }
    if (ferror(out))
        return wr_error_set(err, WR_ERR_OUTPUT, "%s: schrijven mislukt (%s).", path, wr_errno_text(errno));
    return WR_OK;
}

void wr_export_csv_name(const char *period_code, bool suppress_in_appendix, char *buf, size_t size)
{
    snprintf(buf, size, "cijfers-%s%s.csv", period_code, suppress_in_appendix ? "" : "-niet-openbaar");
}
