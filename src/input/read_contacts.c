/* contacten.csv: short support, counted per row. Rows are summed into per-quarter
 * buckets while streaming, so memory does not grow with the file (millions of rows). */
#include "input/read_contacts.h"

#include <string.h>

#include "input/code_memo.h"
#include "input/fields.h"
#include "input/table_rows.h"

enum { COL_DATUM, COL_ONDERDEEL, COL_WIJK, COL_KANAAL, COL_AANTAL, COL_COUNT };

static const wr_csv_column columns[COL_COUNT] = {
    {"datum", true, false}, {"onderdeel", true, false}, {"wijk", false, false}, {"kanaal", true, false}, {"aantal", true, false},
};

/* Dimension order in the layout. */
enum { DIM_KANAAL, DIM_ONDERDEEL, DIM_WIJK };

typedef struct {
    const wr_config *cfg;
    wr_gedaan_data *d;
    wr_diag_list *diags;
    wr_gedaan_quarter_table quarters;
    wr_code_memo memo[COL_COUNT];
    wr_date_memo date;
} read_state;

static const char file_name[] = "contacten.csv";
static const char *const rejected_row = "de regel telt in geen enkel cijfer mee";

static wr_status on_row(void *user, const wr_csv_row *row, wr_error *err)
{
    (void)err;
    read_state *st = user;
    const wr_config *cfg = st->cfg;
    wr_field_ctx ctx = {row, columns, st->diags};

    bool rejected = wr_field_missing(&ctx, COL_DATUM);
    rejected |= wr_field_missing(&ctx, COL_ONDERDEEL);
    rejected |= wr_field_missing(&ctx, COL_KANAAL);
    rejected |= wr_field_missing(&ctx, COL_AANTAL);
    wr_day day = wr_field_date_memo(&st->date, &ctx, COL_DATUM, rejected_row);
    int part = wr_code_memo_field(&st->memo[COL_ONDERDEEL], &ctx, COL_ONDERDEEL, &cfg->parts);
    int district = wr_code_memo_field(&st->memo[COL_WIJK], &ctx, COL_WIJK, &cfg->districts);
    int channel = wr_code_memo_field(&st->memo[COL_KANAAL], &ctx, COL_KANAAL, &cfg->channels);
    long count = 0;
    bool invalid;
    if (!wr_field_int(&ctx, COL_AANTAL, &count, &invalid, rejected_row))
        rejected = true;
    if (rejected || !wr_day_is_set(day))
        return WR_OK;

    wr_gedaan_data *d = st->d;
    const wr_gedaan_layout *l = &d->contact_layout;
    int q = wr_gedaan_quarter_lookup(&st->quarters, day);
    int64_t *sum = wr_gedaan_row(&d->contacts, l, q);
    int64_t *rows = wr_gedaan_row(&d->contact_rows, l, q);
    size_t slots[4] = {0, wr_gedaan_slot(l, DIM_KANAAL, channel), wr_gedaan_slot(l, DIM_ONDERDEEL, part),
                       wr_gedaan_slot(l, DIM_WIJK, district)};
    for (size_t i = 0; i < 4; i++) {
        sum[slots[i]] += count;
        rows[slots[i]]++;
    }
    return WR_OK;
}

wr_status wr_gedaan_read_contacts(const char *path, const wr_config *cfg, wr_gedaan_data *d, wr_diag_list *diags,
                                  wr_error *err)
{
    wr_gedaan_layout *l = &d->contact_layout;
    memset(l, 0, sizeof *l);
    wr_gedaan_layout_add(l, "kanaal", cfg->channels.count, false);
    wr_gedaan_layout_add(l, "onderdeel", cfg->parts.count, false);
    wr_gedaan_layout_add(l, "wijk", cfg->districts.count, true);
    read_state st;
    memset(&st, 0, sizeof st);
    st.cfg = cfg;
    st.d = d;
    st.diags = diags;
    if (!wr_gedaan_table_init(&d->contacts, l) || !wr_gedaan_table_init(&d->contact_rows, l) ||
        !wr_gedaan_quarter_table_init(&st.quarters))
        return wr_input_nomem(err, file_name);
    wr_status status = wr_input_read_table(path, file_name, columns, COL_COUNT, on_row, &st, diags, err);
    wr_gedaan_quarter_table_free(&st.quarters);
    return status;
}
