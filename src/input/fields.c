#include "input/fields.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void wr_field_report(const wr_field_ctx *ctx, int col, wr_diag_kind kind, wr_severity severity,
                     const char *value, const char *message)
{
    wr_diag_add(ctx->diags, kind, severity, ctx->row->file, ctx->row->line, ctx->row->columns[col],
                ctx->columns[col].name, value, message);
}

wr_day wr_field_date_memo(wr_date_memo *m, const wr_field_ctx *ctx, int col, const char *consequence)
{
    const char *v = ctx->row->values[col];
    size_t n = ctx->row->lengths[col];
    if (n == m->len && n && memcmp(v, m->text, n) == 0)
        return m->day;
    wr_day d = wr_field_date(ctx, col, consequence);
    if (wr_day_is_set(d) && n < sizeof m->text) {
        memcpy(m->text, v, n);
        m->len = (uint8_t)n;
        m->day = d;
    }
    return d;
}

wr_day wr_field_date(const wr_field_ctx *ctx, int col, const char *consequence)
{
    const char *v = ctx->row->values[col];
    if (!*v)
        return WR_DAY_NONE;
    wr_day d;
    if (wr_date_parse(v, &d))
        return d;
    char msg[256];
    snprintf(msg, sizeof msg, "geen geldige datum (verwacht JJJJ-MM-DD of D-M-JJJJ); %s", consequence);
    wr_field_report(ctx, col, WR_DIAG_INVALID_DATE, WR_SEVERITY_ERROR, v, msg);
    return WR_DAY_INVALID;
}

int wr_code_lookup(const wr_code_list *list, const char *value)
{
    if (!*value)
        return WR_CODE_EMPTY;
    char code[128];
    size_t n = strlen(value);
    if (n >= sizeof code)
        return WR_CODE_UNKNOWN;
    for (size_t i = 0; i <= n; i++)
        code[i] = (char)tolower((unsigned char)value[i]);
    return wr_code_list_find(list, code);
}

void wr_field_report_unknown_code(const wr_field_ctx *ctx, int col)
{
    wr_field_report(ctx, col, WR_DIAG_UNKNOWN_CODE, WR_SEVERITY_WARNING, ctx->row->values[col],
                    "code staat niet in de instellingen; telt mee als 'onbekend'");
}

int wr_field_code(const wr_field_ctx *ctx, int col, const wr_code_list *list)
{
    int i = wr_code_lookup(list, ctx->row->values[col]);
    if (i == WR_CODE_UNKNOWN)
        wr_field_report_unknown_code(ctx, col);
    return i;
}

static bool all_digits(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return false;
    return true;
}

bool wr_field_int(const wr_field_ctx *ctx, int col, long *out, bool *invalid, const char *consequence)
{
    const char *v = ctx->row->values[col];
    size_t n = ctx->row->lengths[col];
    *invalid = false;
    if (!n)
        return false;
    if (!all_digits(v) || n > 12) {
        char msg[256];
        snprintf(msg, sizeof msg, "geen geldig geheel getal (alleen cijfers); %s", consequence);
        wr_field_report(ctx, col, WR_DIAG_INVALID_NUMBER, WR_SEVERITY_ERROR, v, msg);
        *invalid = true;
        return false;
    }
    long value = 0;
    for (size_t i = 0; i < n; i++)
        value = value * 10 + (v[i] - '0');
    *out = value;
    return true;
}

/* The value of a checked decimal -?digits[.,digits] of n (< 64) bytes. Up to 15 digits
 * it is the digits as a whole number divided by a power of ten: both exact, so the one
 * rounding of the division gives what strtod gives. Longer ones go to strtod. */
static double decimal_value(const char *v, size_t n, char *buf)
{
    static const double powers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                    1e12, 1e13, 1e14, 1e15};
    const char *p = v;
    bool negative = *p == '-';
    p += negative;
    uint64_t digits = 0;
    int count = 0, scale = -1;
    for (; p < v + n; p++) {
        if (*p == '.' || *p == ',') {
            scale = 0;
            continue;
        }
        digits = digits * 10 + (uint64_t)(*p - '0');
        count++;
        scale += scale >= 0;
    }
    if (count <= 15) {
        double value = (double)digits / powers[scale > 0 ? scale : 0];
        return negative ? -value : value;
    }
    memcpy(buf, v, n + 1);
    for (char *q = buf; *q; q++)
        if (*q == ',')
            *q = '.';
    return strtod(buf, NULL);
}

bool wr_field_decimal(const wr_field_ctx *ctx, int col, double *out, bool *invalid, const char *consequence)
{
    const char *v = ctx->row->values[col];
    *invalid = false;
    if (!*v)
        return false;
    char buf[64];
    size_t n = strlen(v);
    bool ok = n < sizeof buf;
    const char *p = v;
    if (ok && *p == '-')
        p++;
    size_t int_digits = strspn(p, "0123456789");
    p += int_digits;
    if (ok && (*p == '.' || *p == ',')) {
        p++;
        size_t frac = strspn(p, "0123456789");
        ok = frac > 0;
        p += frac;
    }
    ok = ok && int_digits > 0 && *p == '\0';
    if (!ok) {
        char msg[256];
        snprintf(msg, sizeof msg, "geen geldig getal (cijfers met eventueel een komma of punt); %s", consequence);
        wr_field_report(ctx, col, WR_DIAG_INVALID_NUMBER, WR_SEVERITY_ERROR, v, msg);
        *invalid = true;
        return false;
    }
    *out = decimal_value(v, n, buf);
    return true;
}

bool wr_field_missing(const wr_field_ctx *ctx, int col)
{
    if (*ctx->row->values[col])
        return false;
    wr_field_report(ctx, col, WR_DIAG_MISSING_FIELD, WR_SEVERITY_ERROR, "",
                    "verplicht veld is leeg; de regel telt in geen enkel cijfer mee");
    return true;
}
