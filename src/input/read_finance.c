/* financien.csv: per year, quarter and post the annual budget (repeated each quarter) and
 * the realisation of that quarter, and optionally the provider's forecast of the whole
 * year's realisation (prognose). A small file: every accepted row is kept, amounts in
 * whole cents so that sums are exact. Posts and earmarks are compared trimmed and lower
 * case. A budget that differs from an earlier quarter of the same year is a warning (the
 * latest quarter's value counts, see src/figures/financien.c). */
#include "input/read_finance.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/format_nl.h"
#include "input/fields.h"
#include "input/table_rows.h"

enum { COL_JAAR, COL_KWARTAAL, COL_POST, COL_OORMERK, COL_BEGROTING, COL_REALISATIE, COL_PROGNOSE, COL_COUNT };

static const wr_csv_column columns[COL_COUNT] = {
    {"jaar", true, false},      {"kwartaal", true, false},   {"post", true, false},      {"oormerk", false, false},
    {"begroting", true, false}, {"realisatie", true, false}, {"prognose", false, false},
};

typedef struct {
    const wr_config *cfg;
    wr_finance_store *s;
    wr_diag_list *diags;
} read_state;

/* "230.906": one point with exactly three digits after it is Dutch for 230906 as often as
 * it is 230,906; neither is guessed. */
static bool ambiguous_thousands(const char *v)
{
    const char *p = v + (*v == '-');
    size_t whole = strspn(p, "0123456789");
    return whole > 0 && p[whole] == '.' && strspn(p + whole + 1, "0123456789") == 3 && p[whole + 4] == '\0';
}

/* Amount in cents; false when empty, unreadable, ambiguous or impossible (all reported).
 * A negative budget is impossible; a negative realisation can be a correction, so it
 * counts as delivered but is reported for the controller to check. */
static bool amount(const wr_field_ctx *ctx, int col, long long *cents)
{
    const char *v = ctx->row->values[col];
    if (ambiguous_thousands(v)) {
        wr_field_report(ctx, col, WR_DIAG_INVALID_NUMBER, WR_SEVERITY_ERROR, v,
                        "dubbelzinnig bedrag: een punt met precies drie cijfers erachter kan een scheiding van "
                        "duizendtallen zijn of een decimaalteken; schrijf bedragen zonder scheiding van duizendtallen "
                        "en met ten hoogste twee decimalen; de regel telt niet mee");
        return false;
    }
    double d;
    bool invalid;
    if (!wr_field_decimal(ctx, col, &d, &invalid, "de regel telt niet mee"))
        return false;
    if (fabs(d) >= 1e13) {
        wr_field_report(ctx, col, WR_DIAG_INVALID_NUMBER, WR_SEVERITY_ERROR, v,
                        "onmogelijk bedrag; de regel telt niet mee");
        return false;
    }
    *cents = llround(d * 100.0);
    if (*cents < 0 && col == COL_BEGROTING) {
        wr_field_report(ctx, col, WR_DIAG_INVALID_NUMBER, WR_SEVERITY_ERROR, v,
                        "een begroting kan niet negatief zijn; de regel telt niet mee");
        return false;
    }
    if (*cents < 0)
        wr_field_report(ctx, col, WR_DIAG_INVALID_NUMBER, WR_SEVERITY_WARNING, v,
                        "negatieve realisatie (een correctie?); telt mee zoals aangeleverd, controleer de boeking");
    return true;
}

/* The forecast in cents, read from its text without binary floating point and rounded half
 * away from zero (the contract's rule for the forecast). False when empty, or unreadable or
 * impossible (reported): the row still counts, only without a forecast. */
static bool forecast(const wr_field_ctx *ctx, long long *cents)
{
    double v;
    bool invalid;
    if (!wr_field_decimal(ctx, COL_PROGNOSE, &v, &invalid, "de prognose telt niet mee, de regel verder wel"))
        return false;
    const char *s = ctx->row->values[COL_PROGNOSE];
    bool negative = *s == '-';
    s += negative;
    size_t digits = strspn(s, "0123456789");
    if (digits > 13) { /* as amount(): 10^13 euros or more is no amount */
        wr_field_report(ctx, COL_PROGNOSE, WR_DIAG_INVALID_NUMBER, WR_SEVERITY_ERROR, ctx->row->values[COL_PROGNOSE],
                        "onmogelijk bedrag; de prognose telt niet mee, de regel verder wel");
        return false;
    }
    long long whole = 0;
    for (; *s >= '0' && *s <= '9'; s++)
        whole = whole * 10 + (*s - '0');
    int frac[3] = {0, 0, 0};
    if (*s == '.' || *s == ',')
        for (int i = 0; i < 3 && s[1 + i] >= '0' && s[1 + i] <= '9'; i++)
            frac[i] = s[1 + i] - '0';
    long long c = whole * 100 + frac[0] * 10 + frac[1] + (frac[2] >= 5);
    *cents = negative ? -c : c;
    return true;
}

static bool int_in(const wr_field_ctx *ctx, int col, long min, long max, long *out, const char *problem)
{
    bool invalid;
    if (!wr_field_int(ctx, col, out, &invalid, "de regel telt niet mee"))
        return false;
    if (*out >= min && *out <= max)
        return true;
    wr_field_report(ctx, col, WR_DIAG_INVALID_NUMBER, WR_SEVERITY_ERROR, ctx->row->values[col], problem);
    return false;
}

static wr_status on_row(void *user, const wr_csv_row *row, wr_error *err)
{
    read_state *st = user;
    wr_finance_store *s = st->s;
    wr_field_ctx ctx = {row, columns, st->diags};
    s->budget_column = row->columns[COL_BEGROTING];

    bool rejected = false;
    for (int c = 0; c < COL_COUNT; c++)
        rejected |= columns[c].required && wr_field_missing(&ctx, c);
    long year = 0, quarter = 0;
    rejected |= !int_in(&ctx, COL_JAAR, 1900, 2200, &year, "onmogelijk jaar; de regel telt niet mee");
    rejected |= !int_in(&ctx, COL_KWARTAAL, 1, 4, &quarter, "kwartaal moet 1, 2, 3 of 4 zijn; de regel telt niet mee");
    char post[64];
    if (*row->values[COL_POST] && !wr_outcome_lower(row->values[COL_POST], post, sizeof post)) {
        wr_field_report(&ctx, COL_POST, WR_DIAG_UNKNOWN_CODE, WR_SEVERITY_ERROR, row->values[COL_POST],
                        "naam van de post is langer dan 63 tekens; de regel telt niet mee");
        rejected = true;
    }
    char earmark[64] = "";
    if (*row->values[COL_OORMERK]) {
        wr_field_code(&ctx, COL_OORMERK, &st->cfg->earmarks); /* an unknown earmark is reported */
        if (!wr_outcome_lower(row->values[COL_OORMERK], earmark, sizeof earmark))
            snprintf(earmark, sizeof earmark, "onbekend");
    }
    wr_finance_row r = {0};
    rejected |= !amount(&ctx, COL_BEGROTING, &r.budget_cents);
    rejected |= !amount(&ctx, COL_REALISATIE, &r.spent_cents);
    r.has_forecast = forecast(&ctx, &r.forecast_cents);
    if (rejected)
        return WR_OK;

    r.year = (int16_t)year;
    r.quarter = (int8_t)quarter;
    r.line = row->line;
    r.earmark = WR_NAME_NONE;
    if (!wr_name_list_intern(&s->posts, post, row->values[COL_POST], &r.post) ||
        (earmark[0] && !wr_name_list_intern(&s->earmarks, earmark, earmark, &r.earmark)) ||
        !wr_outcome_grow((void **)&s->rows, &s->cap, s->count, sizeof *s->rows))
        return wr_input_nomem(err, "financien.csv");
    s->rows[s->count++] = r;
    return WR_OK;
}

/* "1100000" or "1100000.50": the amount as a plain number, like the file writes it. */
static void plain_amount(long long cents, char *buf, size_t size)
{
    if (cents % 100 == 0)
        snprintf(buf, size, "%lld", cents / 100);
    else
        snprintf(buf, size, "%s%lld.%02lld", cents < 0 ? "-" : "", llabs(cents) / 100, llabs(cents) % 100);
}

static int cmp_rows(const void *a, const void *b)
{
    const wr_finance_row *x = a, *y = b;
    if (x->post != y->post)
        return x->post < y->post ? -1 : 1;
    if (x->year != y->year)
        return x->year < y->year ? -1 : 1;
    if (x->quarter != y->quarter)
        return x->quarter < y->quarter ? -1 : 1;
    return (x->line > y->line) - (x->line < y->line);
}

/* Warns about every row whose budget differs from the row before it (same post and year,
 * in quarter order, then file order). Works on a sorted copy: the rows keep file order. */
static wr_status check_budgets(const wr_finance_store *s, wr_diag_list *diags, wr_error *err)
{
    wr_finance_row *sorted = malloc((s->count ? s->count : 1) * sizeof *sorted);
    if (!sorted)
        return wr_input_nomem(err, "financien.csv");
    if (s->count)
        memcpy(sorted, s->rows, s->count * sizeof *sorted);
    qsort(sorted, s->count, sizeof *sorted, cmp_rows);
    for (size_t i = 1; i < s->count; i++) {
        const wr_finance_row *prev = &sorted[i - 1], *r = &sorted[i];
        if (prev->post != r->post || prev->year != r->year || prev->budget_cents == r->budget_cents)
            continue;
        char value[32], before[48], msg[240];
        plain_amount(r->budget_cents, value, sizeof value);
        wr_nl_number((double)prev->budget_cents / 100.0, prev->budget_cents % 100 ? 2 : 0, before, sizeof before);
        snprintf(msg, sizeof msg, "begroting wijkt af van die in kwartaal %d (regel %ld: %s); de begroting van het "
                 "laatste kwartaal tot en met de periode telt", prev->quarter, prev->line, before);
        wr_diag_add(diags, WR_DIAG_INCONSISTENT, WR_SEVERITY_WARNING, "financien.csv", r->line, s->budget_column,
                    "begroting", value, msg);
    }
    free(sorted);
    return WR_OK;
}

wr_status wr_read_finance(const char *path, const wr_config *cfg, wr_finance_store *s, wr_diag_list *diags,
                          wr_error *err)
{
    read_state st = {cfg, s, diags};
    wr_status status = wr_input_read_table(path, "financien.csv", columns, COL_COUNT, on_row, &st, diags, err);
    return status == WR_OK ? check_budgets(s, diags, err) : status;
}

void wr_finance_store_clear(wr_finance_store *s)
{
    wr_name_list_clear(&s->posts);
    wr_name_list_clear(&s->earmarks);
    free(s->rows);
    memset(s, 0, sizeof *s);
}
