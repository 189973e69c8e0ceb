/* activiteiten.csv: one row per meeting of a group activity. Sums go into per-quarter
 * buckets; distinct activities are kept as (quarter, slot, activity) keys, so memory
 * grows with activities x quarters, not with meetings. */
#include "input/read_activities.h"

#include <ctype.h>
#include <string.h>

#include "base/strmap.h"
#include "input/code_memo.h"
#include "input/fields.h"
#include "input/table_rows.h"

enum { COL_ID, COL_NAAM, COL_THEMA, COL_WIJK, COL_DATUM, COL_DEELNEMERS, COL_VRIJWILLIGERS, COL_COUNT };

static const wr_csv_column columns[COL_COUNT] = {
    {"activiteit_id", true, false}, {"naam", true, true},       {"thema", true, false},          {"wijk", false, false},
    {"datum", true, false},         {"deelnemers", true, false}, {"vrijwilligers", false, false},
};

enum { DIM_THEMA, DIM_WIJK, DIM_DOELGROEP };

typedef struct {
    const wr_config *cfg;
    wr_gedaan_data *d;
    wr_diag_list *diags;
    wr_gedaan_quarter_table quarters;
    wr_code_memo memo[COL_COUNT];
    wr_date_memo date;
    wr_strmap *ids;   /* activiteit_id -> dense index; only while reading */
} read_state;

static const char *const rejected_row = "de regel telt in geen enkel cijfer mee";

static const char file_name[] = "activiteiten.csv";

/* An activity for young people: its thema is one of [jeugd] themas, or its naam holds one
 * of the words of [jeugd] namen, in any case. */
static bool for_youth(const wr_config *cfg, int theme, const char *name)
{
    if (theme >= 0 && wr_code_list_find(&cfg->youth_themes, cfg->themes.items[theme].code) >= 0)
        return true;
    if (cfg->youth_words.count == 0)
        return false;
    char lower[512];
    size_t n = 0;
    for (; name[n] && n + 1 < sizeof lower; n++)
        lower[n] = (char)tolower((unsigned char)name[n]);
    lower[n] = '\0';
    for (size_t i = 0; i < cfg->youth_words.count; i++)
        if (strstr(lower, cfg->youth_words.items[i].code))
            return true;
    return false;
}

static wr_status on_row(void *user, const wr_csv_row *row, wr_error *err)
{
    read_state *st = user;
    const wr_config *cfg = st->cfg;
    wr_field_ctx ctx = {row, columns, st->diags};

    bool rejected = wr_field_missing(&ctx, COL_ID);
    rejected |= wr_field_missing(&ctx, COL_NAAM);
    rejected |= wr_field_missing(&ctx, COL_THEMA);
    rejected |= wr_field_missing(&ctx, COL_DATUM);
    rejected |= wr_field_missing(&ctx, COL_DEELNEMERS);
    wr_day day = wr_field_date_memo(&st->date, &ctx, COL_DATUM, rejected_row);
    int theme = wr_code_memo_field(&st->memo[COL_THEMA], &ctx, COL_THEMA, &cfg->themes);
    int district = wr_code_memo_field(&st->memo[COL_WIJK], &ctx, COL_WIJK, &cfg->districts);
    long attendees = 0, volunteers = 0;
    bool invalid, volunteers_invalid;
    if (!wr_field_int(&ctx, COL_DEELNEMERS, &attendees, &invalid, rejected_row))
        rejected = true;
    /* An unreadable vrijwilligers leaves only vrijwilligersinzet; empty counts as none. */
    wr_field_int(&ctx, COL_VRIJWILLIGERS, &volunteers, &volunteers_invalid,
                 "de bijeenkomst telt niet mee in de vrijwilligersinzet");
    if (rejected || !wr_day_is_set(day))
        return WR_OK;

    const char *id = row->values[COL_ID];
    uint32_t activity;
    bool added;
    if (!wr_strmap_intern(st->ids, id, row->lengths[COL_ID], &activity, &added))
        return wr_input_nomem(err, file_name);

    wr_gedaan_data *d = st->d;
    const wr_gedaan_layout *l = &d->activity_layout;
    int q = wr_gedaan_quarter_lookup(&st->quarters, day);
    int64_t *meetings = wr_gedaan_row(&d->meetings, l, q);
    int64_t *attendances = wr_gedaan_row(&d->attendances, l, q);
    int64_t *helpers = wr_gedaan_row(&d->volunteers, l, q);
    int64_t *helped = wr_gedaan_row(&d->volunteer_meetings, l, q);
    size_t slots[4] = {0, wr_gedaan_slot(l, DIM_THEMA, theme), wr_gedaan_slot(l, DIM_WIJK, district)};
    size_t slot_count = 3;
    if (for_youth(cfg, theme, row->values[COL_NAAM]))
        slots[slot_count++] = wr_gedaan_slot(l, DIM_DOELGROEP, 0);
    for (size_t i = 0; i < slot_count; i++) {
        meetings[slots[i]]++;
        attendances[slots[i]] += attendees;
        if (!volunteers_invalid) {
            helpers[slots[i]] += volunteers;
            helped[slots[i]]++;
        }
        uint64_t key = (uint64_t)q << 48 | (uint64_t)slots[i] << 32 | activity;
        if (!wr_gedaan_set_add(&d->activities, key, &added))
            return wr_input_nomem(err, file_name);
    }
    return WR_OK;
}

wr_status wr_gedaan_read_activities(const char *path, const wr_config *cfg, wr_gedaan_data *d, wr_diag_list *diags,
                                    wr_error *err)
{
    wr_gedaan_layout *l = &d->activity_layout;
    memset(l, 0, sizeof *l);
    wr_gedaan_layout_add(l, "thema", cfg->themes.count, false);
    wr_gedaan_layout_add(l, "wijk", cfg->districts.count, true);
    wr_gedaan_layout_add(l, "doelgroep", 1, false); /* jeugd: [jeugd] in the settings */
    if (l->width > 0xFFFF) /* a slot must fit 16 bits of the set's key */
        return wr_error_set(err, WR_ERR_CONFIG, "De instellingen bevatten te veel thema's of wijken.");
    if (!wr_gedaan_table_init(&d->meetings, l) || !wr_gedaan_table_init(&d->attendances, l) ||
        !wr_gedaan_table_init(&d->volunteers, l) || !wr_gedaan_table_init(&d->volunteer_meetings, l))
        return wr_input_nomem(err, file_name);
    read_state st;
    memset(&st, 0, sizeof st);
    st.cfg = cfg;
    st.d = d;
    st.diags = diags;
    st.ids = wr_strmap_new();
    wr_status status = st.ids && wr_gedaan_quarter_table_init(&st.quarters)
                           ? wr_input_read_table(path, file_name, columns, COL_COUNT, on_row, &st, diags, err)
                           : wr_input_nomem(err, file_name);
    wr_gedaan_quarter_table_free(&st.quarters);
    wr_strmap_free(st.ids);
    return status;
}
