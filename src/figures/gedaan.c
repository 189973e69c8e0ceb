/* Part 1 figures: agreements, group activities, contacts and complaints for f->period,
 * then the norms. Contacts and activities are sums over the period's quarters of the
 * buckets filled while reading; distinct activities are a union over those quarters. */
#include "figures/gedaan.h"

#include <stdlib.h>

#include "base/calendar.h"
#include "figures/gedaan_agreements.h"
#include "figures/gedaan_complaints.h"
#include "figures/gedaan_norms.h"
#include "input/gedaan_store.h"

/* The total row, then per dimension a row for every configured code (0 when empty),
 * "stadsbreed" and "onbekend" only when they have members. */
static bool emit_layout(wr_figures *f, const char *figure, const wr_gedaan_layout *l, const wr_code_list *const *lists,
                        const int64_t *values, const int64_t *members)
{
    wr_figure *fig = wr_figures_add(f, WR_DEEL_GEDAAN, figure, "totaal", "totaal", "Totaal", WR_KIND_COUNT);
    if (fig)
        wr_figure_set_count(fig, (double)values[0]);
    for (size_t d = 0; d < l->dim_count && fig; d++) {
        const wr_gedaan_dim *dim = &l->dims[d];
        for (size_t g = 0; g < dim->codes && fig; g++) {
            fig = wr_figures_add(f, WR_DEEL_GEDAAN, figure, dim->name, lists[d]->items[g].code,
                                 lists[d]->items[g].label, WR_KIND_COUNT);
            if (fig)
                wr_figure_set_count(fig, (double)values[dim->offset + g]);
        }
        size_t citywide = wr_gedaan_slot(l, d, WR_CODE_EMPTY), unknown = wr_gedaan_slot(l, d, WR_CODE_UNKNOWN);
        if (fig && dim->citywide && members[citywide] > 0 &&
            (fig = wr_figures_add(f, WR_DEEL_GEDAAN, figure, dim->name, "stadsbreed", "Stadsbreed", WR_KIND_COUNT)))
            wr_figure_set_count(fig, (double)values[citywide]);
        if (fig && members[unknown] > 0 &&
            (fig = wr_figures_add(f, WR_DEEL_GEDAAN, figure, dim->name, "onbekend", wr_code_list_label(lists[d], -1),
                                  WR_KIND_COUNT)))
            wr_figure_set_count(fig, (double)values[unknown]);
    }
    return fig != NULL;
}

static bool layout_matches(const wr_gedaan_layout *l, const wr_code_list *const *lists)
{
    for (size_t d = 0; d < l->dim_count; d++)
        if (l->dims[d].codes != lists[d]->count)
            return false;
    return true;
}

static void quarter_range(wr_period p, int *q0, int *q1)
{
    *q0 = wr_gedaan_quarter_of(p.start);
    *q1 = wr_gedaan_quarter_of(p.end);
}

static bool figures_contacts(const wr_gedaan_data *d, const wr_config *cfg, wr_figures *f)
{
    const wr_gedaan_layout *l = &d->contact_layout;
    const wr_code_list *lists[] = {&cfg->channels, &cfg->parts, &cfg->districts};
    int q0, q1;
    quarter_range(f->period, &q0, &q1);
    int64_t *sums = malloc(2 * l->width * sizeof *sums);
    if (!sums)
        return false;
    wr_gedaan_table_sum(&d->contacts, l, q0, q1, sums);
    wr_gedaan_table_sum(&d->contact_rows, l, q0, q1, sums + l->width);
    bool ok = emit_layout(f, "contacten", l, lists, sums, sums + l->width);
    free(sums);
    return ok;
}

/* counts[slot] = distinct activities with a meeting in quarters q0..q1, per slot. */
static bool count_distinct(const wr_gedaan_set *set, size_t width, int q0, int q1, int64_t *counts)
{
    for (size_t i = 0; i < width; i++)
        counts[i] = 0;
    wr_gedaan_set seen = {0};
    for (size_t i = 0; i < set->cap; i++) {
        uint64_t key = set->slots[i];
        if (key == UINT64_MAX)
            continue;
        int q = (int)(key >> 48);
        if (q < q0 || q > q1)
            continue;
        size_t slot = (size_t)(key >> 32 & 0xFFFF);
        /* A single quarter holds each (slot, activity) once; several need a union. */
        bool added = true;
        if (q0 != q1 && !wr_gedaan_set_add(&seen, key & 0xFFFFFFFFFFFFULL, &added)) {
            wr_gedaan_set_free(&seen);
            return false;
        }
        counts[slot] += added;
    }
    wr_gedaan_set_free(&seen);
    return true;
}

/* The one group of the dimension doelgroep: activities for young people. */
static wr_code youth_code[] = {{"jeugd", "Voor jongeren"}};
static const wr_code_list youth_list = {youth_code, 1, 1};

static bool youth_marked(const wr_config *cfg)
{
    return cfg->youth_themes.count > 0 || cfg->youth_words.count > 0;
}

static bool figures_activities(const wr_gedaan_data *d, const wr_config *cfg, wr_figures *f)
{
    /* Activities for young people only when the settings say which they are. */
    wr_gedaan_layout layout = d->activity_layout;
    const wr_gedaan_layout *l = &layout;
    if (!youth_marked(cfg))
        layout.dim_count = 2;
    const wr_code_list *lists[] = {&cfg->themes, &cfg->districts, &youth_list};
    int q0, q1;
    quarter_range(f->period, &q0, &q1);
    int64_t *sums = malloc(5 * l->width * sizeof *sums);
    if (!sums)
        return false;
    int64_t *distinct = sums, *meetings = sums + l->width, *attendances = meetings + l->width,
            *volunteers = attendances + l->width, *helped = volunteers + l->width;
    wr_gedaan_table_sum(&d->meetings, l, q0, q1, meetings);
    wr_gedaan_table_sum(&d->attendances, l, q0, q1, attendances);
    wr_gedaan_table_sum(&d->volunteers, l, q0, q1, volunteers);
    wr_gedaan_table_sum(&d->volunteer_meetings, l, q0, q1, helped);
    /* Members of a group are its meetings in P; a meeting with unreadable vrijwilligers
     * is no member of vrijwilligersinzet, which it leaves. */
    bool ok = count_distinct(&d->activities, l->width, q0, q1, distinct) &&
              emit_layout(f, "activiteiten", l, lists, distinct, meetings) &&
              emit_layout(f, "bijeenkomsten", l, lists, meetings, meetings) &&
              emit_layout(f, "deelnames", l, lists, attendances, meetings) &&
              emit_layout(f, "vrijwilligersinzet", l, lists, volunteers, helped);
    free(sums);
    return ok;
}

wr_status wr_figures_gedaan_files(const wr_gedaan_data *d, const wr_config *cfg, wr_figures *f, wr_error *err)
{
    if (!d)
        return WR_OK;
    const wr_code_list *contact_lists[] = {&cfg->channels, &cfg->parts, &cfg->districts};
    const wr_code_list *activity_lists[] = {&cfg->themes, &cfg->districts, &youth_list};
    bool contacts = d->delivered[WR_FILE_CONTACTEN], activities = d->delivered[WR_FILE_ACTIVITEITEN];
    if ((contacts && !layout_matches(&d->contact_layout, contact_lists)) ||
        (activities && !layout_matches(&d->activity_layout, activity_lists)))
        return wr_error_set(err, WR_ERR_INTERNAL, "De gegevens van deel 1 zijn met andere instellingen gelezen.");
    bool ok = !d->delivered[WR_FILE_AFSPRAKEN] || wr_gedaan_figures_agreements(d, cfg, f);
    ok = ok && (!activities || figures_activities(d, cfg, f));
    ok = ok && (!contacts || figures_contacts(d, cfg, f));
    ok = ok && (!d->delivered[WR_FILE_KLACHTEN] || wr_gedaan_figures_complaints(d, cfg, f));
    if (!ok)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het berekenen van deel 1 (gedaan).");
    return WR_OK;
}

wr_status wr_figures_gedaan(const wr_figures_prep *prep, wr_figures *f, wr_error *err)
{
    const wr_dataset *ds = prep->ds;
    const wr_config *cfg = prep->cfg;
    wr_status st = wr_figures_gedaan_files(ds->gedaan, cfg, f, err);
    if (st != WR_OK)
        return st;
    st = wr_figures_norms(ds, cfg, prep->cal, f, err);
    if (st == WR_OK && !wr_gedaan_agreement_list(ds->gedaan, cfg, f))
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het berekenen van deel 1 (gedaan).");
    return st;
}
