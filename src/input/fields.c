#include "input/fields.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void wr_field_report(const wr_field_ctx *ctx, int col, wr_diag_kind kind, wr_severity severity,
                     const char *value, const char *message)
{
    wr_diag_add(ctx->diags, kind, severity, ctx->row->file, ctx->row->line, ctx->row->columns[col],
                ctx->columns[col].name, value, message);
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

int wr_field_code(const wr_field_ctx *ctx, int col, const wr_code_list *list)
{
    const char *v = ctx->row->values[col];
    int i = wr_code_lookup(list, v);
    if (i == WR_CODE_UNKNOWN)
        wr_field_report(ctx, col, WR_DIAG_UNKNOWN_CODE, WR_SEVERITY_WARNING, v,
                        "code staat niet in de instellingen; telt mee als 'onbekend'");
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
    *invalid = false;
    if (!*v)
        return false;
    if (!all_digits(v) || strlen(v) > 12) {
        char msg[256];
        snprintf(msg, sizeof msg, "geen geldig geheel getal (alleen cijfers); %s", consequence);
        wr_field_report(ctx, col, WR_DIAG_INVALID_NUMBER, WR_SEVERITY_ERROR, v, msg);
        *invalid = true;
        return false;
    }
    *out = strtol(v, NULL, 10);
    return true;
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
    memcpy(buf, v, n + 1);
    for (char *q = buf; *q; q++)
        if (*q == ',')
            *q = '.';
    *out = strtod(buf, NULL);
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
