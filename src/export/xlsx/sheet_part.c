/* The generic table of one part: every figure row of the model for that part, grouped by
 * cijfer and dimensie, so figures added to the model appear without changes here. Totals are
 * SUM formulas only where the groups really add up (the figure definition says so and the
 * numbers agree); percentages are numerator / denominator formulas. */
#include "export/xlsx/sheet_part.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/xlsx/xlsx_figure.h"
#include "export/xlsx/xlsx_sheet.h"
#include "figures/figure_defs.h"

enum { C_FIG, C_DIM, C_GROUP, C_CODE, C_VALUE, C_UNIT, C_NUM, C_DEN, NCOLS = C_DEN + 2 };
static const char *const HEADERS[NCOLS] = {"Cijfer", "Uitsplitsing", "Groep", "Code", "Waarde",
                                           "Eenheid", "Teller", "Noemer", "Toelichting"};

/* Without any figure that has a denominator, Teller and Noemer stay off the sheet. */
static lxw_col_t note_col(const wr_xlsx_part_plan *p)
{
    return p->denominators ? C_DEN + 1 : C_NUM;
}

/* Only counts and euros can add up; a mean or median of the whole is no sum of groups. */
static bool summable(const wr_figure *fig)
{
    return fig->kind == WR_KIND_RESIDENTS || fig->kind == WR_KIND_TRAJECTORIES || fig->kind == WR_KIND_COMPLAINTS ||
           fig->kind == WR_KIND_COUNT || fig->kind == WR_KIND_EURO;
}

typedef struct {
    size_t index;
    size_t figure_rank, dimension_rank;
} sort_key;

static int compare_keys(const void *a, const void *b)
{
    const sort_key *x = a, *y = b;
    if (x->figure_rank != y->figure_rank)
        return x->figure_rank < y->figure_rank ? -1 : 1;
    if (x->dimension_rank != y->dimension_rank)
        return x->dimension_rank < y->dimension_rank ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

static bool skipped(const char *figure, const char *const *skip)
{
    for (; skip && *skip; skip++)
        if (strcmp(*skip, figure) == 0)
            return true;
    return false;
}

/* Rank of the first item of f (among items[0..upto)) that matches; ranks follow first appearance. */
static size_t first_seen(const wr_figures *f, size_t upto, const char *figure, const char *dimension)
{
    for (size_t i = 0; i < upto; i++)
        if (strcmp(f->items[i].figure, figure) == 0 && (!dimension || strcmp(f->items[i].dimension, dimension) == 0))
            return i;
    return upto;
}

static const wr_figure *at(const wr_xlsx_book *b, const wr_xlsx_part_plan *p, size_t k)
{
    return &b->in->current->items[p->order[k]];
}

/* End of the run of rows from k on with the same cijfer (dimension too when by_dimension). */
static size_t run_end(const wr_xlsx_book *b, const wr_xlsx_part_plan *p, size_t k, bool by_dimension)
{
    const wr_figure *first = at(b, p, k);
    size_t e = k + 1;
    while (e < p->count && strcmp(at(b, p, e)->figure, first->figure) == 0 &&
           (!by_dimension || strcmp(at(b, p, e)->dimension, first->dimension) == 0))
        e++;
    return e;
}

/* For a total row at k (cijfer rows k..end): the first breakdown whose groups add up to it,
 * as rows [*from, *to); 0 when the cijfer has no breakdown, 1 when one adds up, -1 when the
 * groups overlap or do not add up. */
static int additive_breakdown(const wr_xlsx_book *b, const wr_xlsx_part_plan *p, size_t k, size_t end, size_t *from,
                              size_t *to)
{
    const wr_figure *total = at(b, p, k);
    const wr_figure_def *def = wr_figure_def_find(total->figure);
    bool any = false;
    for (size_t g = k; g < end; g = run_end(b, p, g, true)) {
        size_t e = run_end(b, p, g, true);
        if (strcmp(at(b, p, g)->dimension, "totaal") == 0)
            continue;
        any = true;
        if (!def || !def->additive || !total->has_value || wr_xlsx_hidden(b, total))
            continue;
        double sum = 0;
        bool ok = true;
        for (size_t i = g; i < e && ok; i++) {
            ok = at(b, p, i)->has_value && !wr_xlsx_hidden(b, at(b, p, i));
            sum += at(b, p, i)->value;
        }
        if (ok && fabs(sum - total->value) < 0.005) {
            *from = g;
            *to = e;
            return 1;
        }
    }
    return any ? -1 : 0;
}

static const char *const PART_FILES[][5] = {
    [WR_DEEL_GEDAAN] = {"afspraken.csv", "activiteiten.csv", "contacten.csv", "klachten.csv", NULL},
    [WR_DEEL_BEREIKT] = {NULL},
    [WR_DEEL_EFFECT] = {"uitkomsten.csv", "ervaringen.csv", NULL},
    [WR_DEEL_IMPACT] = {"indicatoren.csv", NULL},
    [WR_DEEL_FINANCIEN] = {"financien.csv", NULL},
};

static void note_missing(const wr_xlsx_book *b, wr_xlsx_part_plan *p)
{
    size_t used = 0;
    p->missing_note[0] = '\0';
    const wr_figures *f = b->in->current;
    for (const char *const *name = PART_FILES[p->deel]; *name; name++) {
        for (size_t file = 0; file < f->file_count; file++) {
            if (strcmp(f->files[file].name, *name) != 0 || f->files[file].delivered)
                continue;
            int n = snprintf(p->missing_note + used, sizeof p->missing_note - used, "%s%s",
                             used ? ", " : "Niet aangeleverd: ", *name);
            used += n > 0 && (size_t)n < sizeof p->missing_note - used ? (size_t)n : 0;
        }
    }
    const char *which = strchr(p->missing_note, ',') ? "die bestanden" : "dat bestand";
    if (used)
        snprintf(p->missing_note + used, sizeof p->missing_note - used,
                 ". De cijfers uit %s ontbreken hier; dat is geen nul.", which);
}

bool wr_xlsx_part_plan_make(wr_xlsx_book *b, wr_deel deel, const char *const *skip, wr_xlsx_part_plan *p)
{
    const wr_figures *f = b->in->current;
    memset(p, 0, sizeof *p);
    p->deel = deel;
    sort_key *keys = malloc((f->count + 1) * sizeof *keys);
    p->order = malloc((f->count + 1) * sizeof *p->order);
    if (!keys || !p->order) {
        free(keys);
        b->out_of_memory = true;
        return false;
    }
    for (size_t i = 0; i < f->count; i++) {
        const wr_figure *fig = &f->items[i];
        if (fig->deel != deel || skipped(fig->figure, skip))
            continue;
        keys[p->count++] = (sort_key){i, first_seen(f, i + 1, fig->figure, NULL),
                                      first_seen(f, i + 1, fig->figure, fig->dimension)};
    }
    qsort(keys, p->count, sizeof *keys, compare_keys);
    for (size_t k = 0; k < p->count; k++)
        p->order[k] = keys[k].index;
    free(keys);
    for (size_t k = 0; k < p->count; k++) {
        const wr_figure *fig = at(b, p, k);
        long n;
        size_t from, to;
        p->denominators |= fig->has_denominator;
        if (strcmp(fig->dimension, "totaal") == 0 && summable(fig)) {
            int a = additive_breakdown(b, p, k, run_end(b, p, k, false), &from, &to);
            p->sums |= a > 0;
            p->overlap |= a < 0;
        }
        p->ratios |= !wr_xlsx_hidden(b, fig) && wr_xlsx_numerator(fig, &n);
    }
    note_missing(b, p);
    return true;
}

void wr_xlsx_part_plan_free(wr_xlsx_part_plan *p)
{
    free(p->order);
    p->order = NULL;
}

size_t wr_xlsx_part_notes(const wr_xlsx_book *b, const wr_xlsx_part_plan *p, const char **notes)
{
    size_t n = 0;
    if (p->missing_note[0])
        notes[n++] = p->missing_note;
    if (p->overlap)
        notes[n++] = "Unieke tellingen (inwoners, activiteiten) tellen per groep: wie in meer groepen valt, telt in "
                     "elk. Zulke groepen tellen niet op: het totaal is bewust geen som.";
    if (p->sums)
        notes[n++] = "Waar de groepen wel optellen (zoals contacten, deelnames, klachten, ZRM-paren en euro's), is "
                     "het totaal een SOM-formule.";
    if (p->ratios)
        notes[n++] = "Percentages zijn formules: teller / noemer \xC3\x97 100, op \xC3\xA9\xC3\xA9n decimaal, als "
                     "percentagewaarde (12,5 = 12,5%) zoals in cijfers.csv.";
    if (b->cfg->suppress_in_appendix)
        notes[n++] = "Kleine aantallen (<5), percentages met een kleine noemer (n<10) en cijfers waaruit een klein "
                     "aantal terug te rekenen is (x) zijn weggelaten, zoals in de openbare rapportage.";
    return n;
}

static const char *group_note(const wr_figure *fig)
{
    if (strcmp(fig->code, "onbekend") == 0)
        return "Code niet in de instellingen of leeg";
    if (strcmp(fig->code, "stadsbreed") == 0)
        return "Zonder wijk (stadsbreed)";
    return NULL;
}

/* A percentage: numerator and the formula when the numerator is known, else the value.
 * Where the appendix is suppressed, a small numerator is a small count: then the value
 * alone. */
static void write_ratio(wr_xlsx_sheet *s, lxw_row_t row, const wr_figure *fig, char *note, size_t note_size)
{
    long n;
    const wr_config *cfg = s->book->cfg;
    bool known = wr_xlsx_numerator(fig, &n);
    bool small_numerator = known && cfg->suppress_in_appendix && n >= 1 && n < cfg->privacy_threshold;
    if (wr_xlsx_hidden(s->book, fig) || !known || small_numerator) {
        wr_xlsx_figure_value(s, row, C_VALUE, fig, 0);
        if (wr_xlsx_hidden(s->book, fig) && fig->public_show == WR_SHOW_PROTECTED)
            snprintf(note, note_size, "Afgeschermd: zou een weggelaten aantal verraden");
        else if (wr_xlsx_hidden(s->book, fig))
            snprintf(note, note_size, "Onderdrukt: noemer kleiner dan %d", cfg->privacy_min_denominator);
        else if (small_numerator)
            snprintf(note, note_size, "Teller onderdrukt: 1 t/m %d", cfg->privacy_threshold - 1);
        return;
    }
    char num[16], den[16], formula[128];
    wr_xlsx_number(s, row, C_NUM, (double)n, 0, wr_xlsx_fmt(s->book, WR_XLSX_NUM_INT, 0));
    wr_xlsx_cell(num, row, C_NUM);
    wr_xlsx_cell(den, row, C_DEN);
    snprintf(formula, sizeof formula, "=IF(%s=0,\"\xE2\x80\x93\",ROUND(%s/%s*100,1))", den, num, den);
    if (fig->has_value) {
        wr_xlsx_formula(s, row, C_VALUE, formula, fig->value, 1, wr_xlsx_fmt(s->book, WR_XLSX_NUM_PCT, 0));
        snprintf(note, note_size, "Teller / noemer \xC3\x97 100");
    } else {
        wr_xlsx_formula_text(s, row, C_VALUE, formula, "\xE2\x80\x93", wr_xlsx_fmt(s->book, NULL, WR_XLSX_RIGHT));
        snprintf(note, note_size, "Noemer 0: geen percentage");
    }
}

/* A total: a SUM over the first breakdown that adds up, else the value with a warning. */
static void write_total(wr_xlsx_sheet *s, const wr_xlsx_part_plan *p, size_t k, lxw_row_t first, char *note,
                        size_t note_size)
{
    const wr_xlsx_book *b = s->book;
    const wr_figure *fig = at(b, p, k);
    size_t from, to;
    int a = summable(fig) ? additive_breakdown(b, p, k, run_end(b, p, k, false), &from, &to) : 0;
    if (a > 0) {
        char c1[16], c2[16], formula[64];
        int decimals;
        lxw_format *f = wr_xlsx_value_format(s->book, fig, WR_XLSX_BOLD, &decimals);
        wr_xlsx_cell(c1, first + (lxw_row_t)from, C_VALUE);
        wr_xlsx_cell(c2, first + (lxw_row_t)to - 1, C_VALUE);
        snprintf(formula, sizeof formula, "=SUM(%s:%s)", c1, c2);
        wr_xlsx_formula(s, first + (lxw_row_t)k, C_VALUE, formula, fig->value, decimals, f);
        snprintf(note, note_size, "Som per %s", wr_dimension_title(at(b, p, from)->dimension));
        if (note[8] >= 'A' && note[8] <= 'Z') /* "Som per kanaal", not "Som per Kanaal" */
            note[8] = (char)(note[8] - 'A' + 'a');
        return;
    }
    if (fig->kind == WR_KIND_PERCENT)
        write_ratio(s, first + (lxw_row_t)k, fig, note, note_size);
    else
        wr_xlsx_figure_value(s, first + (lxw_row_t)k, C_VALUE, fig, WR_XLSX_BOLD);
    if (a < 0)
        snprintf(note, note_size, "Groepen overlappen: geen som");
}

lxw_row_t wr_xlsx_part_write(wr_xlsx_sheet *s, const wr_xlsx_part_plan *p, lxw_row_t row, const char *table_name)
{
    wr_xlsx_book *b = s->book;
    if (p->count == 0) {
        wr_xlsx_put(s, row, 0, "Geen cijfers voor dit deel in deze periode.", NULL);
        return row + 2;
    }
    lxw_row_t first = row + 1;
    for (size_t k = 0; k < p->count; k++) {
        const wr_figure *fig = at(b, p, k);
        lxw_row_t r = first + (lxw_row_t)k;
        bool total = strcmp(fig->dimension, "totaal") == 0;
        char note[96] = "";
        wr_xlsx_text(s, r, C_FIG, wr_figure_name(fig->figure), total ? wr_xlsx_fmt(b, NULL, WR_XLSX_BOLD) : NULL);
        wr_xlsx_text(s, r, C_DIM, wr_dimension_title(fig->dimension), NULL);
        wr_xlsx_wrapped(s, r, C_GROUP, fig->label && *fig->label ? fig->label : fig->code, 0);
        wr_xlsx_text(s, r, C_CODE, fig->code, NULL);
        wr_xlsx_text(s, r, C_UNIT, wr_xlsx_unit(fig), NULL);
        wr_xlsx_denominator(s, r, C_DEN, fig);
        if (total)
            write_total(s, p, k, first, note, sizeof note);
        else if (fig->kind == WR_KIND_PERCENT)
            write_ratio(s, r, fig, note, sizeof note);
        else
            wr_xlsx_figure_value(s, r, C_VALUE, fig, 0);
        if (!note[0] && wr_xlsx_hidden(b, fig) && fig->public_show == WR_SHOW_PROTECTED)
            snprintf(note, sizeof note, "Afgeschermd: anders is een klein aantal terug te rekenen");
        else if (!note[0] && wr_xlsx_hidden(b, fig))
            snprintf(note, sizeof note, "Onderdrukt: 1 t/m %d", b->cfg->privacy_threshold - 1);
        if (!note[0] && fig->has_denominator && (fig->kind == WR_KIND_MEAN || fig->kind == WR_KIND_MEDIAN))
            snprintf(note, sizeof note, "%s over de noemer", fig->kind == WR_KIND_MEAN ? "Gemiddelde" : "Mediaan");
        if (!note[0] && group_note(fig))
            snprintf(note, sizeof note, "%s", group_note(fig));
        wr_xlsx_wrapped(s, r, note_col(p), note, WR_XLSX_INDENT);
        if (k == 0 || strcmp(at(b, p, k - 1)->figure, fig->figure) != 0 ||
            strcmp(at(b, p, k - 1)->dimension, fig->dimension) != 0) {
            size_t e = run_end(b, p, k, true);
            wr_xlsx_group g = {fig->figure, fig->dimension, s->name, r, first + (lxw_row_t)e - 1, C_GROUP, C_VALUE};
            wr_xlsx_add_group(b, &g);
        }
    }
    const char *headers[NCOLS];
    memcpy(headers, HEADERS, sizeof headers);
    headers[note_col(p)] = HEADERS[NCOLS - 1];
    wr_xlsx_table(s, table_name, row, 0, first + (lxw_row_t)p->count - 1, headers, note_col(p) + 1);
    return first + (lxw_row_t)p->count + 1;
}

void wr_xlsx_sheet_part(wr_xlsx_book *b, lxw_worksheet *ws, wr_deel deel)
{
    wr_xlsx_sheet s;
    wr_xlsx_sheet_init(&s, b, wr_deel_title(deel));
    s.ws = ws;
    s.max_width[C_GROUP] = 60;
    s.max_width[C_NUM] = 45; /* Toelichting when there is no Teller and Noemer */
    s.max_width[C_DEN + 1] = 45;
    wr_xlsx_part_plan plan;
    if (!wr_xlsx_part_plan_make(b, deel, NULL, &plan))
        return;
    const char *notes[6];
    size_t n = wr_xlsx_part_notes(b, &plan, notes);
    lxw_row_t header = wr_xlsx_heading(&s, wr_deel_question(deel), notes, n, WR_XLSX_NOTE_WIDTH);
    wr_xlsx_part_write(&s, &plan, header, wr_deel_title(deel));
    worksheet_freeze_panes(ws, header + 1, 0);
    wr_xlsx_print_setup(&s, header, header);
    wr_xlsx_sheet_finish(&s);
    wr_xlsx_part_plan_free(&plan);
}
