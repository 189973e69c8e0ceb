/* uitkomsten.csv: Zelfredzaamheid-Matrix scores (1-5) per trajectory, leefgebied and
 * meetmoment. Rows are reduced while reading to one pair per (trajectory, leefgebied):
 * the earliest begin score (ties: first in file) and the latest eind score (ties: last in
 * file), so memory grows with trajectories, not with score rows. traject_id must occur in
 * trajecten.csv; scores of a rejected trajectory are dropped without a diagnostic (its
 * row in trajecten.csv is reported already). */
#include "input/read_zrm.h"

#include <stdlib.h>
#include <string.h>

#include "input/code_memo.h"
#include "input/fields.h"
#include "input/table_rows.h"

enum { COL_TRAJECT_ID, COL_LEEFGEBIED, COL_MEETMOMENT, COL_DATUM, COL_SCORE, COL_COUNT };

static const wr_csv_column columns[COL_COUNT] = {
    {"traject_id", true, false}, {"leefgebied", true, false}, {"meetmoment", true, false}, {"datum", true, false}, {"score", true, false},
};

typedef struct {
    const wr_config *cfg;
    const wr_dataset *ds;
    wr_zrm_store *s;
    wr_diag_list *diags;
    wr_diag_list pending;   /* a row's later problems, until its traject_id has been looked up */
    wr_code_memo domains;
    wr_date_memo date;
} read_state;

/* Domain of the leefgebied field: its configured index, or for an unknown code (reported,
 * counted as "onbekend") a negative tag from the code, so that begin and eind scores of
 * the same unknown code still pair while different unknown codes do not. */
static int32_t domain_of(const wr_field_ctx *ctx, read_state *st)
{
    const wr_config *cfg = st->cfg;
    int i = wr_code_memo_field(&st->domains, ctx, COL_LEEFGEBIED, &cfg->domains);
    if (i >= 0)
        return i;
    char code[128];
    if (!wr_outcome_lower(ctx->row->values[COL_LEEFGEBIED], code, sizeof code))
        code[0] = '\0';
    uint32_t h = 2166136261u; /* FNV-1a */
    for (const char *p = code; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    return -1 - (int32_t)(h & 0x3fffffff);
}

/* The pair of (key, domain), added when new; NULL on out of memory. */
static wr_zrm_pair *pair_of(wr_zrm_store *s, uint32_t key, int32_t domain)
{
    for (uint32_t i = s->first[key]; i != WR_PAIR_NONE; i = s->pairs[i].next)
        if (s->pairs[i].domain == domain)
            return &s->pairs[i];
    if (s->count >= WR_PAIR_NONE - 1 || !wr_outcome_grow((void **)&s->pairs, &s->cap, s->count, sizeof *s->pairs))
        return NULL;
    wr_zrm_pair *p = &s->pairs[s->count];
    p->next = s->first[key];
    p->domain = domain;
    p->begin_day = p->end_day = WR_DAY_NONE;
    p->begin = p->end = 0;
    s->first[key] = (uint32_t)s->count++;
    return p;
}

static wr_status on_row(void *user, const wr_csv_row *row, wr_error *err)
{
    read_state *st = user;
    wr_field_ctx ctx = {row, columns, st->diags};

    bool rejected = false;
    for (int c = 0; c < COL_COUNT; c++)
        rejected |= wr_field_missing(&ctx, c);
    const char *id = row->values[COL_TRAJECT_ID];
    /* The key's slot is fetched from memory while the other fields are read; their problems
     * wait in pending so that they still follow the traject_id's. */
    uint64_t hash = *id ? wr_strmap_hash(id, row->lengths[COL_TRAJECT_ID]) : 0;
    if (*id)
        wr_strmap_prefetch(st->ds->trajectory_keys, hash);
    ctx.diags = &st->pending;
    int32_t domain = *row->values[COL_LEEFGEBIED] ? domain_of(&ctx, st) : 0;
    char moment[16] = "";
    if (*row->values[COL_MEETMOMENT] &&
        (!wr_outcome_lower(row->values[COL_MEETMOMENT], moment, sizeof moment) ||
         (strcmp(moment, "begin") != 0 && strcmp(moment, "eind") != 0))) {
        wr_field_report(&ctx, COL_MEETMOMENT, WR_DIAG_UNKNOWN_CODE, WR_SEVERITY_ERROR, row->values[COL_MEETMOMENT],
                        "meetmoment moet 'begin' of 'eind' zijn; de score telt niet mee");
        rejected = true;
    }
    wr_day day = wr_field_date_memo(&st->date, &ctx, COL_DATUM, "de score telt niet mee");
    rejected |= day == WR_DAY_INVALID;
    double score = 0;
    bool invalid;
    if (wr_field_decimal(&ctx, COL_SCORE, &score, &invalid, "de score telt niet mee")) {
        if (score < 1 || score > 5) {
            wr_field_report(&ctx, COL_SCORE, WR_DIAG_INVALID_NUMBER, WR_SEVERITY_ERROR, row->values[COL_SCORE],
                            "score buiten de schaal 1-5; de score telt niet mee");
            rejected = true;
        }
    } else {
        rejected = true;
    }
    ctx.diags = st->diags;
    uint32_t key = WR_STRMAP_NONE;
    if (*id) {
        key = wr_strmap_find_hashed(st->ds->trajectory_keys, hash, id, row->lengths[COL_TRAJECT_ID]);
        if (key == WR_STRMAP_NONE) {
            wr_field_report(&ctx, COL_TRAJECT_ID, WR_DIAG_UNKNOWN_CODE, WR_SEVERITY_ERROR, id,
                            "traject_id komt niet voor in trajecten.csv; de score telt niet mee");
            rejected = true;
        }
    }
    wr_diag_list_move(st->diags, &st->pending);
    if (rejected || st->ds->trajectory_of_key[key] == WR_TRAJECTORY_REJECTED)
        return WR_OK;

    wr_zrm_pair *p = pair_of(st->s, key, domain);
    if (!p)
        return wr_input_nomem(err, "uitkomsten.csv");
    if (moment[0] == 'b') {
        if (p->begin_day == WR_DAY_NONE || day < p->begin_day) { /* ties: the first row stays */
            p->begin_day = day;
            p->begin = score;
        }
    } else if (p->end_day == WR_DAY_NONE || day >= p->end_day) { /* ties: the last row wins */
        p->end_day = day;
        p->end = score;
    }
    return WR_OK;
}

wr_status wr_read_zrm(const char *path, const wr_config *cfg, const wr_dataset *ds, wr_zrm_store *s,
                      wr_diag_list *diags, wr_error *err)
{
    s->key_count = wr_strmap_count(ds->trajectory_keys);
    s->first = malloc((s->key_count ? s->key_count : 1) * sizeof *s->first);
    if (!s->first)
        return wr_input_nomem(err, "uitkomsten.csv");
    for (size_t i = 0; i < s->key_count; i++)
        s->first[i] = WR_PAIR_NONE;
    read_state *st = calloc(1, sizeof *st);
    if (!st)
        return wr_input_nomem(err, "uitkomsten.csv");
    st->cfg = cfg;
    st->ds = ds;
    st->s = s;
    st->diags = diags;
    wr_status status = wr_input_read_table(path, "uitkomsten.csv", columns, COL_COUNT, on_row, st, diags, err);
    wr_diag_list_clear(&st->pending);
    free(st);
    return status;
}

void wr_zrm_store_clear(wr_zrm_store *s)
{
    free(s->first);
    free(s->pairs);
    memset(s, 0, sizeof *s);
}
