/* trajecten.csv: one row per support trajectory. The rules are those of the data
 * contract, sections 1 and 6: a repeated traject_id rejects the later rows; a missing or
 * unreadable required field or an impossible date order rejects the row; an unreadable
 * optional field only leaves the figures that must read it (kept as WR_DAY_INVALID). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input/read_trajectories.h"

#include "base/big_alloc.h"
#include "input/code_memo.h"
#include "input/fields.h"
#include "input/table_rows.h"

enum {
    COL_TRAJECT_ID, COL_INWONER_ID, COL_ONDERDEEL, COL_WIJK, COL_GEBOORTEJAAR, COL_AANMELDDATUM,
    COL_EERSTE_CONTACT, COL_STARTDATUM, COL_EINDDATUM, COL_REDEN_INSTROOM, COL_LEEFGEBIEDEN,
    COL_REDEN_UITSTROOM, COL_DOELREALISATIE, COL_COUNT
};

static const wr_csv_column columns[COL_COUNT] = {
    {"traject_id", true, false},      {"inwoner_id", true, false},     {"onderdeel", true, false},
    {"wijk", true, false},            {"geboortejaar", false, false},  {"aanmelddatum", true, false},
    {"eerste_contact", false, false}, {"startdatum", false, false},    {"einddatum", false, false},
    {"reden_instroom", true, false},  {"leefgebieden", false, false},  {"reden_uitstroom", false, false},
    {"doelrealisatie", false, false},
};

/* Each code column's values, interned once per distinct value. */
typedef struct {
    const wr_config *cfg;
    wr_dataset *ds;
    wr_diag_list *diags;
    wr_diag_list pending;   /* a row's field problems, until its key is known not to be a repeat */
    wr_code_memo parts, districts, reasons_in, reasons_out, goals, domains;
    wr_date_memo registered, first_contact, start, end;
} read_state;

static const char file_name[] = "trajecten.csv";

/* Remembers the key's fate; a key counts as seen from its first row, even a rejected one.
 * False on out of memory. */
static bool remember_key(wr_dataset *ds, uint32_t key, uint32_t trajectory)
{
    if (key >= ds->key_cap) {
        size_t cap = ds->key_cap ? ds->key_cap * 2 : 1024;
        while (cap <= key)
            cap *= 2;
        uint32_t *p = wr_big_grow(ds->trajectory_of_key, ds->key_cap, cap, sizeof *p);
        if (!p)
            return false;
        ds->trajectory_of_key = p;
        ds->key_cap = cap;
    }
    ds->trajectory_of_key[key] = trajectory;
    return true;
}

static void read_domains(const wr_field_ctx *ctx, read_state *st, wr_trajectory *t)
{
    const char *v = ctx->row->values[COL_LEEFGEBIEDEN];
    while (*v) {
        const char *bar = strchr(v, '|');
        size_t len = bar ? (size_t)(bar - v) : strlen(v);
        /* The item, cut at 127 bytes, without the spaces around it (a copy per item,
         * not snprintf: this runs for every trajectory of the export). */
        char item[128];
        const char *from = v, *to = v + (len < sizeof item ? len : sizeof item - 1);
        while (from < to && *from == ' ')
            from++;
        while (to > from && to[-1] == ' ')
            to--;
        size_t n = (size_t)(to - from);
        memcpy(item, from, n);
        item[n] = '\0';
        const char *s = item;
        int i = wr_code_memo_find(&st->domains, &st->cfg->domains, s, n);
        if (i >= 0) {
            t->domains |= (uint64_t)1 << i;
        } else if (i == WR_CODE_UNKNOWN) {
            t->domain_unknown = true;
            wr_field_report(ctx, COL_LEEFGEBIEDEN, WR_DIAG_UNKNOWN_CODE, WR_SEVERITY_WARNING, s,
                            "leefgebied staat niet in de instellingen; telt mee als 'onbekend'");
        }
        v = bar ? bar + 1 : v + len;
    }
}

static void note_latest(wr_dataset *ds, wr_day d)
{
    if (wr_day_is_set(d) && (ds->latest_date == WR_DAY_NONE || d > ds->latest_date))
        ds->latest_date = d;
}

/* Checks the order of the dates that could be read; false (reported) when impossible. */
static bool dates_in_order(const wr_field_ctx *ctx, const wr_trajectory *t)
{
    const char *msg = NULL;
    int col = 0;
    char value[64] = "";
    if (wr_day_is_set(t->first_contact) && t->first_contact < t->registered) {
        msg = "eerste contact ligt voor de aanmelddatum; de regel telt in geen enkel cijfer mee";
        col = COL_EERSTE_CONTACT;
    } else if (wr_day_is_set(t->start) && t->start < t->registered) {
        msg = "startdatum ligt voor de aanmelddatum; de regel telt in geen enkel cijfer mee";
        col = COL_STARTDATUM;
    } else if (wr_day_is_set(t->end) && wr_day_is_set(t->start) && t->end < t->start) {
        msg = "einddatum ligt voor de startdatum; de regel telt in geen enkel cijfer mee";
        col = COL_EINDDATUM;
    } else if (wr_day_is_set(t->end) && !wr_day_is_set(t->start) && t->end < t->registered) {
        msg = "einddatum ligt voor de aanmelddatum; de regel telt in geen enkel cijfer mee";
        col = COL_EINDDATUM;
    }
    if (!msg)
        return true;
    snprintf(value, sizeof value, "%s", ctx->row->values[col]);
    wr_field_report(ctx, col, WR_DIAG_DATE_ORDER, WR_SEVERITY_ERROR, value, msg);
    return false;
}

static wr_status on_row(void *user, const wr_csv_row *row, wr_error *err)
{
    read_state *st = user;
    wr_dataset *ds = st->ds;
    const wr_config *cfg = st->cfg;
    wr_field_ctx ctx = {row, columns, st->diags};
    const char *key = row->values[COL_TRAJECT_ID];
    const char *resident = row->values[COL_INWONER_ID];

    bool has_key = !wr_field_missing(&ctx, COL_TRAJECT_ID);
    /* Both keys' slots are fetched from memory while the other fields are read; their
     * problems wait in pending until the key is known not to be a repeat. */
    uint64_t key_hash = 0, resident_hash = wr_strmap_hash(resident, row->lengths[COL_INWONER_ID]);
    if (has_key) {
        key_hash = wr_strmap_hash(key, row->lengths[COL_TRAJECT_ID]);
        wr_strmap_prefetch(ds->trajectory_keys, key_hash);
    }
    wr_strmap_prefetch(ds->residents, resident_hash);
    ctx.diags = &st->pending;

    wr_trajectory t;
    memset(&t, 0, sizeof t);
    bool rejected = !has_key;
    rejected |= wr_field_missing(&ctx, COL_INWONER_ID);
    rejected |= wr_field_missing(&ctx, COL_ONDERDEEL);
    rejected |= wr_field_missing(&ctx, COL_WIJK);
    rejected |= wr_field_missing(&ctx, COL_AANMELDDATUM);
    rejected |= wr_field_missing(&ctx, COL_REDEN_INSTROOM);

    t.registered = wr_field_date_memo(&st->registered, &ctx, COL_AANMELDDATUM, "de regel telt in geen enkel cijfer mee");
    rejected |= !wr_day_is_set(t.registered) && *row->values[COL_AANMELDDATUM];
    t.first_contact = wr_field_date_memo(&st->first_contact, &ctx, COL_EERSTE_CONTACT,
                                         "telt niet mee in de norm voor het eerste contact");
    t.start = wr_field_date_memo(&st->start, &ctx, COL_STARTDATUM,
                                 "telt niet mee in bereik, in- en uitstroom, wachtenden, startnorm en effect");
    t.end = wr_field_date_memo(&st->end, &ctx, COL_EINDDATUM, "telt niet mee in de cijfers die de einddatum gebruiken");
    t.part = (int16_t)wr_code_memo_field(&st->parts, &ctx, COL_ONDERDEEL, &cfg->parts);
    t.district = (int16_t)wr_code_memo_field(&st->districts, &ctx, COL_WIJK, &cfg->districts);
    t.reason_in = (int16_t)wr_code_memo_field(&st->reasons_in, &ctx, COL_REDEN_INSTROOM, &cfg->reasons_in);
    t.reason_out = (int16_t)wr_code_memo_field(&st->reasons_out, &ctx, COL_REDEN_UITSTROOM, &cfg->reasons_out);
    t.goal = (int16_t)wr_code_memo_field(&st->goals, &ctx, COL_DOELREALISATIE, &cfg->goal_results);
    read_domains(&ctx, st, &t);

    long year;
    bool invalid;
    if (wr_field_int(&ctx, COL_GEBOORTEJAAR, &year, &invalid, "leeftijdsgroep wordt 'onbekend'")) {
        if (year < 1880 || year > 2200)
            wr_field_report(&ctx, COL_GEBOORTEJAAR, WR_DIAG_INVALID_NUMBER, WR_SEVERITY_WARNING,
                            row->values[COL_GEBOORTEJAAR], "onmogelijk geboortejaar; leeftijdsgroep wordt 'onbekend'");
        else if (wr_day_is_set(t.registered) && year > wr_day_year(t.registered))
            wr_field_report(&ctx, COL_GEBOORTEJAAR, WR_DIAG_INVALID_NUMBER, WR_SEVERITY_WARNING,
                            row->values[COL_GEBOORTEJAAR],
                            "geboortejaar ligt na de aanmelddatum; leeftijdsgroep wordt 'onbekend'");
        else
            t.birth_year = (int16_t)year;
    }

    ctx.diags = st->diags;
    uint32_t key_index = 0;
    if (has_key) {
        bool added;
        if (!wr_strmap_intern_hashed(ds->trajectory_keys, key_hash, key, row->lengths[COL_TRAJECT_ID], &key_index,
                                     &added))
            return wr_input_nomem(err, file_name);
        if (!added) {
            wr_diag_list_clear(&st->pending);
            wr_field_report(&ctx, COL_TRAJECT_ID, WR_DIAG_DUPLICATE_KEY, WR_SEVERITY_ERROR, key,
                            "traject_id komt al eerder in het bestand voor; deze regel telt niet mee");
            return WR_OK;
        }
        if (!remember_key(ds, key_index, WR_TRAJECTORY_REJECTED))
            return wr_input_nomem(err, file_name);
    }
    wr_diag_list_move(st->diags, &st->pending);

    if (rejected || !dates_in_order(&ctx, &t))
        return WR_OK;

    if (wr_day_is_set(t.end) && t.reason_out == WR_CODE_EMPTY)
        wr_field_report(&ctx, COL_REDEN_UITSTROOM, WR_DIAG_MISSING_EXPECTED, WR_SEVERITY_WARNING, "",
                        "reden uitstroom ontbreekt bij een beëindigd traject; telt mee als 'onbekend'");

    bool added;
    if (!wr_strmap_intern_hashed(ds->residents, resident_hash, resident, row->lengths[COL_INWONER_ID], &t.resident,
                                 &added))
        return wr_input_nomem(err, file_name);
    if (ds->trajectory_count == ds->trajectory_cap) {
        size_t cap = ds->trajectory_cap ? ds->trajectory_cap * 2 : 1024;
        wr_trajectory *p = wr_big_grow(ds->trajectories, ds->trajectory_cap, cap, sizeof *p);
        if (!p)
            return wr_input_nomem(err, file_name);
        ds->trajectories = p;
        ds->trajectory_cap = cap;
    }
    ds->trajectory_of_key[key_index] = (uint32_t)ds->trajectory_count;
    ds->trajectories[ds->trajectory_count++] = t;
    note_latest(ds, t.registered);
    note_latest(ds, t.first_contact);
    note_latest(ds, t.start);
    note_latest(ds, t.end);
    return WR_OK;
}

/* Sizes the stores for the rows the file will have, so a large export neither rehashes
 * nor copies while it is read. */
static bool presize(wr_dataset *ds, size_t rows)
{
    if (!(ds->trajectory_keys = wr_strmap_new_sized(rows)) || !(ds->residents = wr_strmap_new_sized(rows)))
        return false;
    ds->trajectories = wr_big_calloc(rows, sizeof *ds->trajectories);
    ds->trajectory_of_key = wr_big_calloc(rows, sizeof *ds->trajectory_of_key);
    if (!ds->trajectories || !ds->trajectory_of_key)
        return false;
    ds->trajectory_cap = ds->key_cap = rows;
    return true;
}

wr_status wr_read_trajectories(const char *path, const wr_config *cfg, wr_dataset *ds, wr_diag_list *diags,
                               wr_error *err)
{
    read_state *st = calloc(1, sizeof *st);
    if (!st || !presize(ds, wr_input_estimate_rows(path) + 1024)) {
        free(st);
        return wr_input_nomem(err, file_name);
    }
    st->cfg = cfg;
    st->ds = ds;
    st->diags = diags;
    wr_status status = wr_input_read_table(path, file_name, columns, COL_COUNT, on_row, st, diags, err);
    wr_diag_list_clear(&st->pending);
    free(st);
    return status;
}
