/* indicatoren.csv: policy indicators per year and gebied (`gemeente` or a district). A small
 * file: every accepted row is kept, then sorted into one series per (indicator, gebied)
 * with one value per year (a repeated year: the last row in the file wins, with a warning). */
#include "input/read_indicators.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "input/fields.h"
#include "input/table_rows.h"

enum {
    COL_INDICATOR, COL_OMSCHRIJVING, COL_BELEIDSDOEL, COL_EENHEID, COL_BRON, COL_JAAR, COL_GEBIED, COL_WAARDE,
    COL_STREEFWAARDE, COL_RICHTING, COL_COUNT
};

static const wr_csv_column columns[COL_COUNT] = {
    {"indicator", true}, {"omschrijving", true}, {"beleidsdoel", true}, {"eenheid", true},
    {"bron", true},      {"jaar", true},         {"gebied", true},      {"waarde", true},
    {"streefwaarde", false}, {"richting", true},
};

/* Room for "code:wijk" in a figure's 64-byte waarde_code. */
#define MAX_CODE 40

typedef struct {
    const wr_config *cfg;
    wr_indicator_store *s;
    wr_diag_list *diags;
} read_state;

/* Index of value in names (compared lower-case), or `unknown` after a warning. */
static int enum_field(const wr_field_ctx *ctx, int col, const char *const *names, int count, int unknown)
{
    char code[32];
    if (wr_outcome_lower(ctx->row->values[col], code, sizeof code))
        for (int i = 0; i < count; i++)
            if (strcmp(code, names[i]) == 0)
                return i;
    if (*ctx->row->values[col])
        wr_field_report(ctx, col, WR_DIAG_UNKNOWN_CODE, WR_SEVERITY_WARNING, ctx->row->values[col],
                        "onbekende waarde; de indicator wordt getoond met 'onbekend'");
    return unknown;
}

static wr_status on_row(void *user, const wr_csv_row *row, wr_error *err)
{
    static const char *const units[] = {"procent", "aantal", "cijfer"};
    static const char *const directions[] = {"hoger_beter", "lager_beter", "neutraal"};
    read_state *st = user;
    wr_indicator_store *s = st->s;
    wr_field_ctx ctx = {row, columns, st->diags};
    s->year_column = row->columns[COL_JAAR];

    bool rejected = false;
    for (int c = 0; c < COL_COUNT; c++)
        rejected |= columns[c].required && wr_field_missing(&ctx, c);
    char code[MAX_CODE + 1];
    if (*row->values[COL_INDICATOR] && !wr_outcome_lower(row->values[COL_INDICATOR], code, sizeof code)) {
        wr_field_report(&ctx, COL_INDICATOR, WR_DIAG_UNKNOWN_CODE, WR_SEVERITY_ERROR, row->values[COL_INDICATOR],
                        "indicatorcode is langer dan 40 tekens; de waarde telt niet mee");
        rejected = true;
    }
    int district = -1;
    char area[64];
    if (*row->values[COL_GEBIED] &&
        !(wr_outcome_lower(row->values[COL_GEBIED], area, sizeof area) && strcmp(area, "gemeente") == 0) &&
        (district = wr_code_lookup(&st->cfg->districts, row->values[COL_GEBIED])) < 0) {
        wr_field_report(&ctx, COL_GEBIED, WR_DIAG_UNKNOWN_CODE, WR_SEVERITY_ERROR, row->values[COL_GEBIED],
                        "gebied is geen 'gemeente' en geen wijk uit de instellingen; de waarde telt niet mee");
        rejected = true;
    }
    long year = 0;
    bool invalid;
    if (wr_field_int(&ctx, COL_JAAR, &year, &invalid, "de waarde telt niet mee") && (year < 1900 || year > 2200)) {
        wr_field_report(&ctx, COL_JAAR, WR_DIAG_INVALID_NUMBER, WR_SEVERITY_ERROR, row->values[COL_JAAR],
                        "onmogelijk jaar; de waarde telt niet mee");
        rejected = true;
    }
    rejected |= invalid;
    wr_indicator_row r = {0};
    rejected |= !wr_field_decimal(&ctx, COL_WAARDE, &r.value, &invalid, "de waarde telt niet mee");
    r.has_target = wr_field_decimal(&ctx, COL_STREEFWAARDE, &r.target, &invalid,
                                    "de indicator wordt getoond zonder streefwaarde");
    r.unit = (wr_indicator_unit)enum_field(&ctx, COL_EENHEID, units, 3, WR_UNIT_UNKNOWN);
    r.direction = (wr_indicator_direction)enum_field(&ctx, COL_RICHTING, directions, 3, WR_DIRECTION_UNKNOWN);
    if (rejected)
        return WR_OK;

    bool interned = wr_name_list_intern(&s->codes, code, code, &r.indicator);
    r.district = district;
    r.year = (int)year;
    r.line = row->line;
    r.description = wr_strdup(row->values[COL_OMSCHRIJVING]);
    r.goal = wr_strdup(row->values[COL_BELEIDSDOEL]);
    r.source = wr_strdup(row->values[COL_BRON]);
    if (!interned || !r.description || !r.goal || !r.source ||
        !wr_outcome_grow((void **)&s->rows, &s->cap, s->count, sizeof *s->rows)) {
        free(r.description);
        free(r.goal);
        free(r.source);
        return wr_input_nomem(err, "indicatoren.csv");
    }
    s->rows[s->count++] = r;
    return WR_OK;
}

static int cmp_rows(const void *a, const void *b)
{
    const wr_indicator_row *x = a, *y = b;
    if (x->indicator != y->indicator)
        return x->indicator < y->indicator ? -1 : 1;
    if (x->district != y->district)
        return x->district < y->district ? -1 : 1;
    if (x->year != y->year)
        return x->year < y->year ? -1 : 1;
    return (x->line > y->line) - (x->line < y->line);
}

static void free_row(wr_indicator_row *r)
{
    free(r->description);
    free(r->goal);
    free(r->source);
}

/* Sorts, keeps the last row of a repeated year, and builds the series and points. */
static wr_status finish(wr_indicator_store *s, wr_diag_list *diags, wr_error *err)
{
    if (s->count > 1) /* qsort may not be given the NULL of an empty store */
        qsort(s->rows, s->count, sizeof *s->rows, cmp_rows);
    size_t kept = 0;
    for (size_t i = 0; i < s->count; i++) {
        wr_indicator_row *r = &s->rows[i];
        wr_indicator_row *prev = kept ? &s->rows[kept - 1] : NULL;
        if (prev && prev->indicator == r->indicator && prev->district == r->district && prev->year == r->year) {
            char value[16], msg[160];
            snprintf(value, sizeof value, "%d", r->year);
            snprintf(msg, sizeof msg, "dit jaar heeft voor deze indicator en dit gebied al een waarde (regel %ld); "
                     "de laatste regel telt", prev->line);
            wr_diag_add(diags, WR_DIAG_DUPLICATE_KEY, WR_SEVERITY_WARNING, "indicatoren.csv", r->line,
                        s->year_column, "jaar", value, msg);
            free_row(prev);
            *prev = *r;
            continue;
        }
        s->rows[kept++] = *r;
    }
    s->count = kept;
    s->points = malloc((kept ? kept : 1) * sizeof *s->points);
    s->series = malloc((kept ? kept : 1) * sizeof *s->series);
    if (!s->points || !s->series)
        return wr_input_nomem(err, "indicatoren.csv");
    for (size_t i = 0; i < kept; i++) {
        const wr_indicator_row *r = &s->rows[i];
        s->points[i] = (wr_indicator_point){r->year, r->value};
        if (i == 0 || r->indicator != r[-1].indicator || r->district != r[-1].district)
            s->series[s->series_count++] = (wr_indicator_series){i, 0};
        s->series[s->series_count - 1].count++;
    }
    return WR_OK;
}

wr_status wr_read_indicators(const char *path, const wr_config *cfg, wr_indicator_store *s, wr_diag_list *diags,
                             wr_error *err)
{
    read_state st = {cfg, s, diags};
    wr_status status = wr_input_read_table(path, "indicatoren.csv", columns, COL_COUNT, on_row, &st, diags, err);
    return status == WR_OK ? finish(s, diags, err) : status;
}

void wr_indicator_store_clear(wr_indicator_store *s)
{
    for (size_t i = 0; i < s->count; i++)
        free_row(&s->rows[i]);
    wr_name_list_clear(&s->codes);
    free(s->rows);
    free(s->points);
    free(s->series);
    memset(s, 0, sizeof *s);
}
