/* afspraken.csv: agreements of the annual plan, one row per status report. Rows are
 * stored as read; choosing the row that counts for a period is done when asked. */
#include "input/read_agreements.h"

#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/strmap.h"
#include "input/fields.h"
#include "input/table_rows.h"

enum { COL_ID, COL_JAAR, COL_THEMA, COL_OMSCHRIJVING, COL_PEILDATUM, COL_STATUS, COL_TOELICHTING, COL_COUNT };

static const wr_csv_column columns[COL_COUNT] = {
    {"afspraak_id", true}, {"jaar", true},   {"thema", true},        {"omschrijving", true},
    {"peildatum", true},   {"status", true}, {"toelichting", false},
};

typedef struct {
    const wr_config *cfg;
    wr_gedaan_data *d;
    wr_diag_list *diags;
    wr_strmap *ids;
} read_state;

static const char *const rejected_row = "de regel telt in geen enkel cijfer mee";

static const char file_name[] = "afspraken.csv";

static wr_status store(wr_gedaan_data *d, wr_gedaan_agreement_row *a, const wr_csv_row *row, wr_error *err)
{
    if (d->agreement_count == d->agreement_cap) {
        size_t cap = d->agreement_cap ? d->agreement_cap * 2 : 32;
        wr_gedaan_agreement_row *p = realloc(d->agreements, cap * sizeof *p);
        if (!p)
            return wr_input_nomem(err, file_name);
        d->agreements = p;
        d->agreement_cap = cap;
    }
    a->id = wr_strdup(row->values[COL_ID]);
    a->description = wr_strdup(row->values[COL_OMSCHRIJVING]);
    a->explanation = wr_strdup(row->values[COL_TOELICHTING]);
    a->line = row->line;
    if (!a->id || !a->description || !a->explanation) {
        free(a->id);
        free(a->description);
        free(a->explanation);
        return wr_input_nomem(err, file_name);
    }
    d->agreements[d->agreement_count++] = *a;
    return WR_OK;
}

static wr_status on_row(void *user, const wr_csv_row *row, wr_error *err)
{
    read_state *st = user;
    const wr_config *cfg = st->cfg;
    wr_field_ctx ctx = {row, columns, st->diags};

    bool rejected = false;
    for (int c = 0; c < COL_COUNT; c++)
        if (columns[c].required)
            rejected |= wr_field_missing(&ctx, c);
    wr_gedaan_agreement_row a;
    memset(&a, 0, sizeof a);
    long year = 0;
    bool invalid;
    if (!wr_field_int(&ctx, COL_JAAR, &year, &invalid, rejected_row))
        rejected = true;
    a.year = year > 9999 ? -1 : (int)year;
    a.date = wr_field_date(&ctx, COL_PEILDATUM, rejected_row);
    a.theme = (int16_t)wr_field_code(&ctx, COL_THEMA, &cfg->themes);
    a.status = (int16_t)wr_field_code(&ctx, COL_STATUS, &cfg->statuses);
    if (rejected || !wr_day_is_set(a.date))
        return WR_OK;

    const char *id = row->values[COL_ID];
    bool added;
    if (!wr_strmap_intern(st->ids, id, strlen(id), &a.key, &added))
        return wr_input_nomem(err, file_name);
    st->d->agreement_keys = wr_strmap_count(st->ids);
    return store(st->d, &a, row, err);
}

wr_status wr_gedaan_read_agreements(const char *path, const wr_config *cfg, wr_gedaan_data *d, wr_diag_list *diags,
                                    wr_error *err)
{
    read_state st = {cfg, d, diags, wr_strmap_new()};
    if (!st.ids)
        return wr_input_nomem(err, file_name);
    wr_status status = wr_input_read_table(path, file_name, columns, COL_COUNT, on_row, &st, diags, err);
    wr_strmap_free(st.ids);
    return status;
}
