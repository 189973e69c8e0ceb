#include "fill/template_data.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/format_nl.h"
#include "base/strmap.h"
#include "fill/agreement_rows.h"
#include "fill/outcome_rows.h"
#include "fill/public_value.h"
#include "fill/steering_rows.h"
#include "fill/summary.h"
#include "fill/template_names.h"
#include "fill/trend_table.h"

static void upper(const char *s, const char *prefix, char *buf, size_t size)
{
    wr_tpl_name(prefix, s, buf, size);
}

/* What the cells behind one note hide, for the flags {{#ONDERDRUKT_..}} ("<5"),
 * {{#KLEINE_NOEMER_..}} ("n<10") and {{#AFGESCHERMD_..}} ("x"). */
typedef struct {
    bool small_count, small_base, protected_;
} view_flags;

static void note_view(view_flags *fl, const wr_figure *cell)
{
    fl->small_count |= cell->public_show == WR_SHOW_SMALL_COUNT || cell->denominator_show == WR_SHOW_SMALL_COUNT;
    fl->small_base |= cell->public_show == WR_SHOW_SMALL_BASE;
    fl->protected_ |= cell->public_show == WR_SHOW_PROTECTED || cell->denominator_show == WR_SHOW_PROTECTED;
}

static void show_flags(wr_tpl_dict *dict, const char *suffix, const view_flags *fl)
{
    const bool on[WR_FILL_FLAG_COUNT] = {fl->small_count, fl->small_base, fl->protected_};
    for (size_t k = 0; k < WR_FILL_FLAG_COUNT; k++) {
        char flag[128];
        if (!on[k])
            continue;
        upper(suffix, wr_fill_flag_prefixes[k], flag, sizeof flag);
        wr_tpl_dict_show_section(dict, flag);
    }
}

/* Sets NAME (the public value) and, for ratios, NAME_NOEMER (the denominator as the
 * document shows it) in d; notes what the cell hides in fl (may be NULL). */
static void set_cell(wr_tpl_dict *d, const char *name, const wr_figure *cell, const wr_config *cfg, view_flags *fl)
{
    wr_public_set(d, name, cell, cfg);
    if (!cell)
        return;
    if (fl)
        note_view(fl, cell);
}

/* The rows of one dimension, gathered once: its figures in order of first appearance
 * (each with what its cells hide) and, per row, whether it is the first of its code. */
typedef struct {
    const char *figure;
    view_flags own;
} dim_figure;

typedef struct {
    const wr_figure **rows;  /* the rows of the dimension, in model order */
    bool *first_code;        /* the row is the first of its code */
    size_t count;
    dim_figure *figures;
    size_t figure_count;
} dim_rows;

static void dim_rows_free(dim_rows *d)
{
    free(d->rows);
    free(d->first_code);
    free(d->figures);
}

static bool gather(dim_rows *d, const wr_figures *f, const char *dimension)
{
    memset(d, 0, sizeof *d);
    d->rows = malloc((f->count + 1) * sizeof *d->rows);
    d->first_code = malloc((f->count + 1) * sizeof *d->first_code);
    d->figures = malloc((f->count + 1) * sizeof *d->figures);
    wr_strmap *codes = wr_strmap_new(), *figures = wr_strmap_new();
    bool ok = d->rows && d->first_code && d->figures && codes && figures;
    for (size_t i = 0; ok && i < f->count; i++) {
        const wr_figure *row = &f->items[i];
        if (strcmp(row->dimension, dimension) != 0)
            continue;
        uint32_t k;
        bool new_code, new_figure;
        ok = wr_strmap_intern(codes, row->code, strlen(row->code), &k, &new_code) &&
             wr_strmap_intern(figures, row->figure, strlen(row->figure), &k, &new_figure);
        if (!ok)
            break;
        if (new_figure)
            d->figures[d->figure_count++] = (dim_figure){row->figure, {0}};
        note_view(&d->figures[k].own, row);
        d->first_code[d->count] = new_code;
        d->rows[d->count++] = row;
    }
    wr_strmap_free(codes);
    wr_strmap_free(figures);
    return ok;
}

/* One row of a dimension's section: the label, the code and every figure broken down
 * by that dimension, "–" where the row has none, so a row never falls back on the total
 * of the same name. */
static bool add_row(wr_tpl_dict *dict, const char *section, const wr_config *cfg, const wr_figures *f,
                    const dim_rows *d, const wr_figure *row, view_flags *fl)
{
    wr_tpl_dict *rd = wr_tpl_dict_add_section(dict, section);
    if (!rd)
        return false;
    wr_tpl_dict_set(rd, "LABEL", row->label);
    wr_tpl_dict_set(rd, "CODE", row->code);
    for (size_t k = 0; k < d->figure_count; k++) {
        char name[96];
        upper(d->figures[k].figure, "", name, sizeof name);
        set_cell(rd, name, wr_figures_find(f, d->figures[k].figure, row->dimension, row->code), cfg, fl);
    }
    return true;
}

/* Sections per dimension: {{#PER_WIJK}} has a row for every code any figure of that
 * dimension has, in order of first appearance; {{#PER_WIJK_BEREIK}} only the codes of
 * bereik (so a table of reach has no "stadsbreed" row from the contacts). */
static bool fill_dimension(wr_tpl_dict *dict, const wr_config *cfg, const wr_figures *f, const char *dimension)
{
    char section[96];
    view_flags fl = {0};
    dim_rows d;
    bool ok = gather(&d, f, dimension);
    upper(dimension, "PER_", section, sizeof section);
    for (size_t i = 0; ok && i < d.count; i++) {
        const wr_figure *row = d.rows[i];
        if (d.first_code[i] && !(ok = add_row(dict, section, cfg, f, &d, row, &fl)))
            break;
        /* Each cell also as a plain value at the top, for sentences: {{BEREIK_SCHALKWIJK}}. */
        char fig_name[96], code_name[64], scalar[192];
        upper(row->figure, "", fig_name, sizeof fig_name);
        upper(row->code, "", code_name, sizeof code_name);
        snprintf(scalar, sizeof scalar, "%s_%s", fig_name, code_name);
        set_cell(dict, scalar, row, cfg, NULL);
        snprintf(scalar, sizeof scalar, "%s_%s", section, fig_name);
        if (wr_figures_find(f, row->figure, row->dimension, row->code) == row)
            ok = add_row(dict, scalar, cfg, f, &d, row, NULL);
    }
    /* A breakdown's table ends in the total row: its view counts for the note too. Each
     * figure of the dimension also gets its own flags ({{#AFGESCHERMD_WIJK_BEREIK}}), for
     * a table of that figure alone. */
    for (size_t k = 0; ok && k < d.figure_count; k++) {
        view_flags own = d.figures[k].own;
        const wr_figure *total = wr_figures_find(f, d.figures[k].figure, "totaal", "totaal");
        if (total) {
            note_view(&own, total);
            note_view(&fl, total);
        }
        char name[160];
        snprintf(name, sizeof name, "%s_%s", dimension, d.figures[k].figure);
        show_flags(dict, name, &own);
    }
    if (ok)
        show_flags(dict, dimension, &fl);
    dim_rows_free(&d);
    return ok;
}

static void fill_table_flags(wr_tpl_dict *dict, const wr_figures *f)
{
    size_t ntables = 0;
    const wr_fill_note_table *tables = wr_fill_note_tables(&ntables);
    for (size_t t = 0; t < ntables; t++) {
        view_flags fl = {0};
        for (size_t k = 0; k < WR_FILL_NOTE_CELLS && tables[t].cells[k].figure; k++)
            for (size_t i = 0; i < f->count; i++)
                if (strcmp(f->items[i].figure, tables[t].cells[k].figure) == 0 &&
                    strcmp(f->items[i].dimension, tables[t].cells[k].dimension) == 0 &&
                    (!tables[t].cells[k].code || strcmp(f->items[i].code, tables[t].cells[k].code) == 0))
                    note_view(&fl, &f->items[i]);
        show_flags(dict, tables[t].table, &fl);
    }
}

/* Rows of a table that shows several figures of one dimension: every code any of them
 * has, in order of first appearance ({{#PER_WIJK_NORMEN}}), so that no group a total
 * counts is left out of the table (its number would follow from the others). */
static const struct {
    const char *section, *dimension;
    const char *figures[6];
} row_sets[] = {
    {"PER_ONDERDEEL_NORMEN", "onderdeel", {"eerste_contact_binnen_norm_pct", "eerste_contact_buiten_norm",
                                           "start_binnen_norm_pct", "start_buiten_norm", "wachtend_trajecten"}},
    {"PER_WIJK_NORMEN", "wijk", {"eerste_contact_binnen_norm_pct", "eerste_contact_buiten_norm",
                                 "start_binnen_norm_pct", "start_buiten_norm", "wachtend_trajecten"}},
};

static bool in_set(const char *const *figures, const char *figure)
{
    for (size_t k = 0; k < 6 && figures[k]; k++)
        if (strcmp(figures[k], figure) == 0)
            return true;
    return false;
}

static bool fill_row_sets(wr_tpl_dict *dict, const wr_config *cfg, const wr_figures *f)
{
    for (size_t r = 0; r < sizeof row_sets / sizeof row_sets[0]; r++) {
        dim_rows d;
        bool ok = gather(&d, f, row_sets[r].dimension);
        for (size_t i = 0; ok && i < f->count; i++) {
            const wr_figure *row = &f->items[i];
            if (strcmp(row->dimension, row_sets[r].dimension) != 0 || !in_set(row_sets[r].figures, row->figure))
                continue;
            bool first = true;
            for (size_t j = 0; j < i && first; j++)
                first = !(strcmp(f->items[j].dimension, row->dimension) == 0 &&
                          strcmp(f->items[j].code, row->code) == 0 && in_set(row_sets[r].figures, f->items[j].figure));
            if (first && !add_row(dict, row_sets[r].section, cfg, f, &d, row, NULL))
                ok = false;
        }
        dim_rows_free(&d);
        if (!ok)
            return false;
    }
    return true;
}

static void set_general(wr_tpl_dict *dict, const wr_config *cfg, const wr_figures *f, bool draft)
{
    char buf[128];
    wr_tpl_dict_set(dict, "PROGRAMMA", cfg->programme);
    wr_tpl_dict_set(dict, "AANBIEDER", cfg->provider);
    wr_tpl_dict_set(dict, "OPDRACHTGEVER", cfg->client);
    wr_nl_period(f->period, buf, sizeof buf);
    wr_tpl_dict_set(dict, "PERIODE", buf);
    wr_period_code(f->period, buf, sizeof buf);
    wr_tpl_dict_set(dict, "PERIODE_CODE", buf);
    wr_nl_date(f->period.start, buf, sizeof buf);
    wr_tpl_dict_set(dict, "PERIODE_VAN", buf);
    wr_nl_date(f->period.end, buf, sizeof buf);
    wr_tpl_dict_set(dict, "PERIODE_TOT", buf);
    int y, m, d;
    wr_day_to_ymd(f->period.end, &y, &m, &d);
    wr_tpl_dict_set(dict, "PERIODE_TOT_MAAND", wr_nl_month_name(m));
    if (wr_day_is_set(f->export_end)) {
        wr_nl_date(f->export_end, buf, sizeof buf);
        wr_tpl_dict_set(dict, "EXPORT_TOT", buf);
    }
    wr_tpl_dict_set(dict, "STATUS", draft ? "Concept" : "Definitief");
    wr_tpl_dict_set(dict, "PERIODE_WOORD", f->period.quarter ? "kwartaal" : "jaar");
    if (draft)
        wr_tpl_dict_show_section(dict, "CONCEPT");
    snprintf(buf, sizeof buf, "%d", cfg->privacy_threshold);
    wr_tpl_dict_set(dict, "DREMPEL", buf);
    snprintf(buf, sizeof buf, "%d", cfg->privacy_threshold - 1);
    wr_tpl_dict_set(dict, "DREMPEL_MIN_1", buf);
    snprintf(buf, sizeof buf, "%d", cfg->privacy_min_denominator);
    wr_tpl_dict_set(dict, "MINIMALE_NOEMER", buf);
    snprintf(buf, sizeof buf, "%d", f->period.year);
    wr_tpl_dict_set(dict, "JAAR", buf);
    snprintf(buf, sizeof buf, "%d", cfg->norm_first_contact_working_days);
    wr_tpl_dict_set(dict, "NORM_EERSTE_CONTACT", buf);
    snprintf(buf, sizeof buf, "%d", cfg->norm_start_days);
    wr_tpl_dict_set(dict, "NORM_START", buf);
    /* The complaint term is set in days; people speak of weeks when it is whole weeks. */
    if (cfg->complaint_term_days % 7 == 0)
        snprintf(buf, sizeof buf, "%d weken", cfg->complaint_term_days / 7);
    else
        snprintf(buf, sizeof buf, "%d dagen", cfg->complaint_term_days);
    wr_tpl_dict_set(dict, "KLACHT_TERMIJN", buf);
}

static bool fill_quality(wr_tpl_dict *dict, const wr_figures *f)
{
    const long *per_kind = f->diag_counts;
    long total = 0;
    for (int k = 0; k < WR_DIAG_KIND_COUNT; k++) {
        if (!per_kind[k])
            continue;
        total += per_kind[k];
        wr_tpl_dict *rd = wr_tpl_dict_add_section(dict, "PER_PROBLEEMSOORT");
        if (!rd)
            return false;
        char label[64], count[32];
        snprintf(label, sizeof label, "%s", wr_diag_kind_label((wr_diag_kind)k));
        label[0] = (char)toupper((unsigned char)label[0]);
        wr_nl_number((double)per_kind[k], 0, count, sizeof count);
        wr_tpl_dict_set(rd, "SOORT", label);
        wr_tpl_dict_set(rd, "AANTAL", count);
    }
    char buf[32];
    wr_nl_number((double)total, 0, buf, sizeof buf);
    wr_tpl_dict_set(dict, "PROBLEMEN", buf);
    wr_tpl_dict_show_section(dict, total ? "MET_PROBLEMEN" : "ZONDER_PROBLEMEN");
    return true;
}

/* {{#AANGELEVERD_TRAJECTEN}} or {{#NIET_AANGELEVERD_TRAJECTEN}} per file of the export. */
static void fill_delivered(wr_tpl_dict *dict, const wr_figures *f)
{
    for (size_t i = 0; i < f->file_count; i++) {
        char name[96], stem[64];
        const char *base = f->files[i].name;
        const char *dot = strchr(base, '.');
        size_t stem_len = dot ? (size_t)(dot - base) : strlen(base);
        snprintf(stem, sizeof stem, "%.*s", (int)stem_len, base);
        upper(stem, f->files[i].delivered ? "AANGELEVERD_" : "NIET_AANGELEVERD_", name, sizeof name);
        wr_tpl_dict_show_section(dict, name);
    }
}

bool wr_fill_template_data(wr_tpl_dict *dict, const wr_fill_input *in)
{
    const wr_config *cfg = in->cfg;
    const wr_figures *f = in->current;
    const wr_narrative *texts = in->texts;
    bool draft = in->draft;
    if (in->year_in_progress)
        wr_tpl_dict_show_section(dict, "JAAR_LOOPT");
    set_general(dict, cfg, f, draft);
    /* The district table gets a column of reach per 1,000 inhabitants when the settings
     * give the districts' inhabitants. */
    wr_tpl_dict_show_section(dict, wr_figures_find(f, "bereik_per_1000", "totaal", "totaal") ? "MET_INWONERS"
                                                                                               : "ZONDER_INWONERS");
    view_flags totals = {0};
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *fig = &f->items[i];
        if (strcmp(fig->dimension, "totaal") != 0)
            continue;
        char name[96];
        upper(fig->figure, "", name, sizeof name);
        set_cell(dict, name, fig, cfg, &totals);
    }
    show_flags(dict, "totaal", &totals);
    fill_table_flags(dict, f);
    if (!fill_row_sets(dict, cfg, f))
        return false;
    size_t ndims = 0;
    const char *const *dimensions = wr_fill_dimensions(&ndims);
    for (size_t d = 0; d < ndims; d++)
        if (!fill_dimension(dict, cfg, f, dimensions[d]))
            return false;
    for (size_t i = 0; i < texts->count; i++) {
        char name[96];
        upper(texts->texts[i].name, "TEKST_", name, sizeof name);
        wr_tpl_dict_set(dict, name, texts->texts[i].text);
    }
    fill_delivered(dict, f);
    return fill_quality(dict, f) && wr_fill_trend_table(dict, in) && wr_fill_outcome_rows(dict, in) &&
           wr_fill_agreement_rows(dict, in) && wr_fill_changes(dict, in) && wr_fill_summary(dict, in) &&
           wr_fill_steering(dict, in);
}
