/* ervaringen.csv: one row per answer of the client-experience survey. Up to millions of
 * rows, so nothing per row is kept: each accepted answer is added to the bucket of its
 * quarter and question. A score outside its scale (1-5; the grade question, code
 * cfg->grade_question, 1-10) rejects the answer; decimals inside the scale are fine. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input/code_memo.h"
#include "input/fields.h"
#include "input/read_experiences.h"
#include "input/table_rows.h"

enum { COL_RESPONS_ID, COL_DATUM, COL_ONDERDEEL, COL_VRAAG, COL_SCORE, COL_COUNT };

static const wr_csv_column columns[COL_COUNT] = {
    {"respons_id", true, false}, {"datum", true, false}, {"onderdeel", true, false}, {"vraag", true, false}, {"score", true, false},
};

typedef struct {
    const wr_config *cfg;
    wr_experience_store *s;
    wr_diag_list *diags;
    wr_code_memo questions, parts;
    wr_date_memo date;
    wr_day quarter_day; /* the day whose quarter is in quarter */
    int quarter;
} read_state;

/* Slot of the vraag field: a configured question, the grade question, or onbekend (reported). */
static size_t question_slot(const wr_field_ctx *ctx, read_state *st)
{
    /* A configured grade question is found as a code like the others, at grade_slot. */
    int q = wr_code_memo_find(&st->questions, &st->cfg->questions, ctx->row->values[COL_VRAAG],
                              ctx->row->lengths[COL_VRAAG]);
    if (q >= 0)
        return (size_t)q;
    char code[WR_GRADE_CODE_MAX + 1];
    if (wr_outcome_lower(ctx->row->values[COL_VRAAG], code, sizeof code) && strcmp(code, st->cfg->grade_question) == 0)
        return st->s->grade_slot;
    if (q == WR_CODE_UNKNOWN)
        wr_field_report_unknown_code(ctx, COL_VRAAG);
    return st->s->unknown_slot;
}

/* Notes that respondent `id` answered in quarter; false on out of memory. */
static bool add_response(wr_experience_store *s, const char *id, int quarter)
{
    uint32_t who;
    bool added;
    if (!wr_strmap_intern(s->respondents, id, strlen(id), &who, &added))
        return false;
    uint64_t key = (uint64_t)quarter << 32 | who;
    if (s->response_count > 0 && s->responses[s->response_count - 1] == key)
        return true; /* the next answer of the same questionnaire */
    if (!wr_outcome_grow((void **)&s->responses, &s->response_cap, s->response_count, sizeof *s->responses))
        return false;
    s->responses[s->response_count++] = key;
    return true;
}

static wr_status on_row(void *user, const wr_csv_row *row, wr_error *err)
{
    (void)err;
    read_state *st = user;
    wr_experience_store *s = st->s;
    wr_field_ctx ctx = {row, columns, st->diags};

    bool rejected = false;
    for (int c = 0; c < COL_COUNT; c++)
        rejected |= wr_field_missing(&ctx, c);
    wr_day day = wr_field_date_memo(&st->date, &ctx, COL_DATUM, "het antwoord telt niet mee");
    rejected |= day == WR_DAY_INVALID;
    if (day != st->quarter_day) {
        st->quarter_day = day;
        st->quarter = wr_outcome_quarter_index(day);
    }
    int quarter = st->quarter;
    if (wr_day_is_set(day) && quarter < 0) {
        wr_field_report(&ctx, COL_DATUM, WR_DIAG_INVALID_DATE, WR_SEVERITY_ERROR, row->values[COL_DATUM],
                        "datum ligt niet tussen 1990 en 2100; het antwoord telt niet mee");
        rejected = true;
    }
    if (*row->values[COL_ONDERDEEL])
        wr_code_memo_field(&st->parts, &ctx, COL_ONDERDEEL, &st->cfg->parts); /* reported only: no breakdown */
    size_t slot = *row->values[COL_VRAAG] ? question_slot(&ctx, st) : s->unknown_slot;

    double score = 0;
    bool invalid;
    if (wr_field_decimal(&ctx, COL_SCORE, &score, &invalid, "het antwoord telt niet mee")) {
        double max = slot == s->grade_slot ? 10 : 5;
        if (score < 1 || score > max) {
            wr_field_report(&ctx, COL_SCORE, WR_DIAG_INVALID_NUMBER, WR_SEVERITY_ERROR, row->values[COL_SCORE],
                            slot == s->grade_slot ? "rapportcijfer buiten de schaal 1-10; het antwoord telt niet mee"
                                                  : "score buiten de schaal 1-5; het antwoord telt niet mee");
            rejected = true;
        }
    } else {
        rejected = true; /* empty (reported above) or unreadable (reported by the field) */
    }
    if (rejected)
        return WR_OK;

    wr_answer_bucket *b = &s->buckets[(size_t)quarter * s->slots + slot];
    b->n++;
    b->agree += score >= 4;
    b->sum += score;
    return add_response(s, row->values[COL_RESPONS_ID], quarter) ? WR_OK : wr_input_nomem(err, "ervaringen.csv");
}

wr_status wr_read_experiences(const char *path, const wr_config *cfg, wr_experience_store *s, wr_diag_list *diags,
                              wr_error *err)
{
    size_t questions = cfg->questions.count;
    int grade = wr_code_list_find(&cfg->questions, cfg->grade_question);
    s->unknown_slot = questions;
    s->grade_slot = grade >= 0 ? (size_t)grade : questions + 1;
    s->slots = questions + 2;
    s->buckets = calloc((size_t)WR_OUTCOME_QUARTERS * s->slots, sizeof *s->buckets);
    s->respondents = wr_strmap_new();
    if (!s->buckets || !s->respondents)
        return wr_input_nomem(err, "ervaringen.csv");
    read_state *st = calloc(1, sizeof *st);
    if (!st)
        return wr_input_nomem(err, "ervaringen.csv");
    st->cfg = cfg;
    st->s = s;
    st->diags = diags;
    st->quarter_day = WR_DAY_NONE;
    st->quarter = wr_outcome_quarter_index(WR_DAY_NONE);
    wr_status status = wr_input_read_table(path, "ervaringen.csv", columns, COL_COUNT, on_row, st, diags, err);
    free(st);
    wr_strmap_free(s->respondents); /* the figures need the respondents' numbers only */
    s->respondents = NULL;
    return status;
}

void wr_experience_store_clear(wr_experience_store *s)
{
    free(s->buckets);
    wr_strmap_free(s->respondents);
    free(s->responses);
    memset(s, 0, sizeof *s);
}
