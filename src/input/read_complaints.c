/* klachten.csv: one row per complaint. A repeated klacht_id rejects the later rows (a
 * key counts as seen from its first row, even a rejected one); afgehandeld before
 * ontvangen rejects the complaint; an unreadable afgehandeld keeps it only in
 * klachten_ontvangen (stored as WR_DAY_INVALID). */
#include "input/read_complaints.h"

#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"
#include "input/fields.h"
#include "input/table_rows.h"

enum { COL_ID, COL_ONTVANGEN, COL_ONDERDEEL, COL_AARD, COL_AFGEHANDELD, COL_UITKOMST, COL_COUNT };

static const wr_csv_column columns[COL_COUNT] = {
    {"klacht_id", true, false}, {"ontvangen", true, false},    {"onderdeel", true, false},
    {"aard", true, false},      {"afgehandeld", false, false}, {"uitkomst", false, false},
};

typedef struct {
    const wr_config *cfg;
    wr_gedaan_data *d;
    wr_diag_list *diags;
    wr_strmap *keys;  /* klacht_id seen so far, rejected rows included */
} read_state;

static const char file_name[] = "klachten.csv";

static wr_status store(wr_gedaan_data *d, wr_gedaan_complaint c, wr_error *err)
{
    if (d->complaint_count == d->complaint_cap) {
        size_t cap = d->complaint_cap ? d->complaint_cap * 2 : 64;
        wr_gedaan_complaint *p = realloc(d->complaints, cap * sizeof *p);
        if (!p)
            return wr_input_nomem(err, file_name);
        d->complaints = p;
        d->complaint_cap = cap;
    }
    d->complaints[d->complaint_count++] = c;
    return WR_OK;
}

static wr_status on_row(void *user, const wr_csv_row *row, wr_error *err)
{
    read_state *st = user;
    const wr_config *cfg = st->cfg;
    wr_field_ctx ctx = {row, columns, st->diags};
    const char *key = row->values[COL_ID];

    bool rejected = wr_field_missing(&ctx, COL_ID);
    if (!rejected) {
        uint32_t index;
        bool added;
        if (!wr_strmap_intern(st->keys, key, strlen(key), &index, &added))
            return wr_input_nomem(err, file_name);
        if (!added) {
            wr_field_report(&ctx, COL_ID, WR_DIAG_DUPLICATE_KEY, WR_SEVERITY_ERROR, key,
                            "klacht_id komt al eerder in het bestand voor; deze regel telt niet mee");
            return WR_OK;
        }
    }
    rejected |= wr_field_missing(&ctx, COL_ONTVANGEN);
    rejected |= wr_field_missing(&ctx, COL_ONDERDEEL);
    rejected |= wr_field_missing(&ctx, COL_AARD);

    wr_gedaan_complaint c;
    c.received = wr_field_date(&ctx, COL_ONTVANGEN, "de regel telt in geen enkel cijfer mee");
    c.handled = wr_field_date(&ctx, COL_AFGEHANDELD, "de klacht telt alleen mee bij de ontvangen klachten");
    wr_field_code(&ctx, COL_ONDERDEEL, &cfg->parts); /* checked and reported, not used by a figure */
    c.kind = (int16_t)wr_field_code(&ctx, COL_AARD, &cfg->complaint_kinds);
    c.outcome = (int16_t)wr_field_code(&ctx, COL_UITKOMST, &cfg->complaint_outcomes);
    if (rejected || !wr_day_is_set(c.received))
        return WR_OK;
    if (wr_day_is_set(c.handled) && c.handled < c.received) {
        wr_field_report(&ctx, COL_AFGEHANDELD, WR_DIAG_DATE_ORDER, WR_SEVERITY_ERROR, row->values[COL_AFGEHANDELD],
                        "afgehandeld ligt voor de datum van ontvangst; de regel telt in geen enkel cijfer mee");
        return WR_OK;
    }
    if (wr_day_is_set(c.handled) && c.outcome == WR_CODE_EMPTY)
        wr_field_report(&ctx, COL_UITKOMST, WR_DIAG_MISSING_EXPECTED, WR_SEVERITY_WARNING, "",
                        "uitkomst ontbreekt bij een afgehandelde klacht; telt mee als 'onbekend'");
    return store(st->d, c, err);
}

wr_status wr_gedaan_read_complaints(const char *path, const wr_config *cfg, wr_gedaan_data *d, wr_diag_list *diags,
                                    wr_error *err)
{
    read_state st = {cfg, d, diags, wr_strmap_new()};
    if (!st.keys)
        return wr_input_nomem(err, file_name);
    wr_status status = wr_input_read_table(path, file_name, columns, COL_COUNT, on_row, &st, diags, err);
    wr_strmap_free(st.keys);
    return status;
}
