#include "fill/template_names.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"
#include "figures/figure_defs.h"
#include "fill/factsheet_names.h"
#include "fill/finance_rows.h"
#include "fill/steering_rows.h"

/* The breakdowns that get a section of their own ({{#PER_WIJK}}), in template order. */
static const char *const dimensions[] = {"onderdeel", "wijk", "leeftijdsgroep", "reden_instroom", "leefgebied",
                                         "reden_uitstroom", "kanaal", "thema", "status", "aard", "uitkomst",
                                         "vraag", "doelrealisatie", "post", "indicator", "wachttijd",
                                         "doelgroep", "leeftijdsgroep+onderdeel", "leeftijdsgroep+reden_instroom"};

const char *const *wr_fill_dimensions(size_t *count)
{
    *count = sizeof dimensions / sizeof dimensions[0];
    return dimensions;
}

void wr_tpl_name(const char *prefix, const char *text, char *buf, size_t size)
{
    int n = snprintf(buf, size, "%s", prefix);
    size_t o = n < 0 ? 0 : (size_t)n < size ? (size_t)n : size - 1;
    for (; *text && o + 1 < size; text++)
        buf[o++] = isalnum((unsigned char)*text) ? (char)toupper((unsigned char)*text) : '_';
    buf[o] = '\0';
}

/* Adds prefix + text + suffix, mangled as the fill does. */
static bool add3(wr_tpl_names *n, wr_tpl_kind kind, const char *prefix, const char *text, const char *suffix)
{
    char name[256];
    wr_tpl_name(prefix, text, name, sizeof name);
    size_t len = strlen(name);
    snprintf(name + len, sizeof name - len, "%s", suffix);
    return wr_tpl_names_add(n, kind, name);
}

static const char *const fixed_values[] = {
    "PROGRAMMA", "AANBIEDER", "OPDRACHTGEVER", "PERIODE", "PERIODE_CODE", "PERIODE_VAN", "PERIODE_TOT",
    "EXPORT_TOT", "STATUS", "PERIODE_WOORD", "DREMPEL", "DREMPEL_MIN_1", "MINIMALE_NOEMER", "JAAR",
    "NORM_EERSTE_CONTACT", "NORM_START", "KLACHT_TERMIJN", "PROBLEMEN", "VERGELIJKING_TABEL",
    "INDICATOR_BRONNEN",
    /* fields of the rows of a breakdown and of the lists */
    "LABEL", "CODE", "SOORT", "AANTAL", "OMSCHRIJVING", "THEMA", "TOELICHTING", "GEBIED", "WAARDE", "VORIGE",
    "VERANDERING", "STREEFWAARDE", "GEWENST", "BRON", "NORM", "STAND", "KOP",
    /* ctemplate's own */
    "BI_SPACE", "BI_NEWLINE",
};

static const char *const fixed_sections[] = {
    "CONCEPT", "JAAR_LOOPT", "MET_PROBLEMEN", "ZONDER_PROBLEMEN", "PER_PROBLEEMSOORT", "AFSPRAAK", "INDICATOR",
    "HEEFT_STREEFWAARDE", "PER_JAAR", "TOETS", "PER_KOLOM",
};

const char *const wr_fill_flag_prefixes[WR_FILL_FLAG_COUNT] = {"ONDERDRUKT_", "KLEINE_NOEMER_", "AFGESCHERMD_"};

#define NORM_CELLS(dim)                                                                                          \
    {"eerste_contact_binnen_norm_pct", dim, NULL}, {"eerste_contact_buiten_norm", dim, NULL},                 \
        {"start_binnen_norm_pct", dim, NULL}, {"start_buiten_norm", dim, NULL}, {"wachtend_trajecten", dim, NULL}

static const wr_fill_note_table note_tables[] = {
    {"normen", {{"eerste_contact_binnen_norm_pct", "totaal", NULL}, {"start_binnen_norm_pct", "totaal", NULL},
                {"eerste_contact_buiten_norm", "totaal", NULL}, {"start_buiten_norm", "totaal", NULL},
                {"eerste_contact_mediaan_werkdagen", "totaal", NULL}}},
    {"normen_onderdeel", {NORM_CELLS("onderdeel"), NORM_CELLS("totaal")}},
    {"normen_wijk", {NORM_CELLS("wijk"), NORM_CELLS("totaal")}},
    {"klachten", {{"klachten_ontvangen", "totaal", NULL}, {"klachten_afgehandeld", "totaal", NULL},
                  {"klachten_binnen_termijn_pct", "totaal", NULL}, {"klachten_open", "totaal", NULL}}},
    {"wachtend", {{"wachtend_trajecten", "totaal", NULL}, {"wachtend_inwoners", "totaal", NULL},
                  {"wachtend_trajecten", "wachttijd", NULL}, {"wachttijd_mediaan_dagen", "totaal", NULL}}},
    {"uitval", {{"uitval_pct", "totaal", NULL}, {"herhaald_beroep_pct", "totaal", NULL},
                {"doelrealisatie_pct", "doelrealisatie", NULL}}},
    {"zrm", {{"zrm_paren", "leefgebied", NULL}, {"zrm_paren", "totaal", NULL}, {"zrm_verschil_gem", "leefgebied", NULL},
             {"zrm_verschil_gem", "totaal", NULL}, {"zrm_verbeterd_pct", "leefgebied", NULL},
             {"zrm_verbeterd_pct", "totaal", NULL}}},
    {"ervaring", {{"ervaring_eens_pct", "vraag", NULL}, {"rapportcijfer_gem", "totaal", NULL}}},
    {"jeugd", {{"bereik", "leeftijdsgroep+onderdeel", NULL}, {"instroom", "leeftijdsgroep+onderdeel", NULL},
               {"instroom", "leeftijdsgroep+reden_instroom", NULL}, {"bereik", "leeftijdsgroep", "0-17"},
               {"instroom", "leeftijdsgroep", "0-17"}}},
};


const wr_fill_note_table *wr_fill_note_tables(size_t *count)
{
    *count = sizeof note_tables / sizeof note_tables[0];
    return note_tables;
}

/* Codes a breakdown can have besides those of the settings ("jeugd": the group activities
 * the settings mark as for young people, dimension doelgroep). */
static const char *const extra_codes[] = {"totaal", "onbekend", "stadsbreed", "niet_gerapporteerd", "gemeente", "jeugd"};

/* The distinct codes a breakdown can have, in order of first appearance. */
typedef struct {
    wr_strmap *seen;
    const char **items; /* borrowed from the settings, the model or extra_codes */
    size_t count;
    bool failed;
} code_set;

static void add_code(code_set *s, const char *code)
{
    uint32_t index;
    bool added;
    if (s->failed)
        return;
    if (!wr_strmap_intern(s->seen, code, strlen(code), &index, &added)) {
        s->failed = true;
        return;
    }
    if (!added)
        return;
    const char **items = realloc(s->items, (s->count + 1) * sizeof *items);
    if (!items) {
        s->failed = true;
        return;
    }
    s->items = items;
    s->items[s->count++] = code;
}

/* Every code of the settings' code lists, of the model's rows (this period and the
 * comparison columns) and the extras. */
static void collect_codes(const wr_fill_input *in, code_set *s)
{
    const wr_config *c = in->cfg;
    const wr_code_list *lists[] = {&c->parts,    &c->districts,       &c->reasons_in,         &c->domains,
                                   &c->reasons_out, &c->questions,   &c->channels,           &c->themes,
                                   &c->statuses, &c->complaint_kinds, &c->complaint_outcomes, &c->goal_results,
                                   &c->earmarks, &c->posts,           &c->age_groups};
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
        for (size_t i = 0; i < lists[l]->count; i++)
            add_code(s, lists[l]->items[i].code);
    for (size_t i = 0; i < sizeof extra_codes / sizeof extra_codes[0]; i++)
        add_code(s, extra_codes[i]);
    for (size_t col = 0; col <= in->column_count; col++) {
        const wr_figures *f = col < in->column_count ? in->columns[col] : in->current;
        for (size_t i = 0; f && i < f->count; i++)
            add_code(s, f->items[i].code);
    }
}

/* F, F_NOEMER, F_VERANDERING, F_<CODE>, F_<CODE>_NOEMER and PER_<D>_F for every figure. */
static bool add_figure_names(const wr_fill_input *in, wr_tpl_names *out)
{
    code_set codes = {wr_strmap_new(), NULL, 0, false};
    codes.failed = codes.seen == NULL;
    collect_codes(in, &codes);
    bool ok = !codes.failed;
    size_t ndefs = 0, ndims = 0;
    const wr_figure_def *defs = wr_figure_defs(&ndefs);
    const char *const *dims = wr_fill_dimensions(&ndims);
    for (size_t d = 0; ok && d < ndefs; d++) {
        char fig[128];
        wr_tpl_name("", defs[d].code, fig, sizeof fig);
        ok = wr_tpl_names_add(out, WR_TPL_VALUE, fig) && add3(out, WR_TPL_VALUE, fig, "", "_NOEMER") &&
             add3(out, WR_TPL_VALUE, fig, "", "_VERANDERING");
        size_t len = strlen(fig);
        snprintf(fig + len, sizeof fig - len, "_");
        for (size_t k = 0; ok && k < codes.count; k++)
            ok = add3(out, WR_TPL_VALUE, fig, codes.items[k], "") &&
                 add3(out, WR_TPL_VALUE, fig, codes.items[k], "_NOEMER");
        fig[len] = '\0';
        for (size_t i = 0; ok && i < ndims; i++) {
            char prefix[128];
            wr_tpl_name("PER_", dims[i], prefix, sizeof prefix);
            size_t plen = strlen(prefix);
            snprintf(prefix + plen, sizeof prefix - plen, "_");
            ok = add3(out, WR_TPL_SECTION, prefix, fig, "");
            /* the notes of a table of this figure alone: {{#AFGESCHERMD_WIJK_BEREIK}} */
            for (size_t k = 0; ok && k < WR_FILL_FLAG_COUNT; k++) {
                char flag[192];
                wr_tpl_name(wr_fill_flag_prefixes[k], dims[i], flag, sizeof flag);
                size_t flen = strlen(flag);
                snprintf(flag + flen, sizeof flag - flen, "_");
                ok = add3(out, WR_TPL_SECTION, flag, fig, "");
            }
        }
    }
    free(codes.items);
    wr_strmap_free(codes.seen);
    return ok;
}

bool wr_fill_names(const wr_fill_input *in, wr_tpl_names *out)
{
    bool ok = true;
    for (size_t i = 0; ok && i < sizeof fixed_values / sizeof fixed_values[0]; i++)
        ok = wr_tpl_names_add(out, WR_TPL_VALUE, fixed_values[i]);
    for (size_t i = 0; ok && i < sizeof fixed_sections / sizeof fixed_sections[0]; i++)
        ok = wr_tpl_names_add(out, WR_TPL_SECTION, fixed_sections[i]);
    size_t ndims = 0;
    const char *const *dims = wr_fill_dimensions(&ndims);
    for (size_t i = 0; ok && i <= ndims; i++) {
        const char *d = i < ndims ? dims[i] : "totaal";
        for (size_t k = 0; ok && k < WR_FILL_FLAG_COUNT; k++)
            ok = add3(out, WR_TPL_SECTION, wr_fill_flag_prefixes[k], d, "");
        ok = ok && (i == ndims || add3(out, WR_TPL_SECTION, "PER_", d, ""));
    }
    for (size_t t = 0; ok && t <= sizeof note_tables / sizeof note_tables[0]; t++) {
        const char *table = t < sizeof note_tables / sizeof note_tables[0] ? note_tables[t].table : "vergelijking";
        for (size_t k = 0; ok && k < WR_FILL_FLAG_COUNT; k++)
            ok = add3(out, WR_TPL_SECTION, wr_fill_flag_prefixes[k], table, "");
    }
    ok = ok && wr_fill_finance_names(out) && wr_fill_steering_names(out) && wr_fill_factsheet_names(out);
    for (size_t i = 0; ok && i < in->current->file_count; i++) {
        const char *base = in->current->files[i].name;
        char stem[64];
        snprintf(stem, sizeof stem, "%.*s", (int)strcspn(base, "."), base);
        ok = add3(out, WR_TPL_SECTION, "AANGELEVERD_", stem, "") &&
             add3(out, WR_TPL_SECTION, "NIET_AANGELEVERD_", stem, "");
    }
    for (size_t i = 0; ok && in->texts && i < in->texts->count; i++)
        ok = add3(out, WR_TPL_VALUE, "TEKST_", in->texts->texts[i].name, "");
    return ok && add_figure_names(in, out);
}

/* The Kadernota outlook (fill/outlook_fill.c): fixed names only, its rows are lists. */
static const char *const outlook_values[] = {
    "PROGRAMMA", "AANBIEDER", "OPDRACHTGEVER", "STATUS", "JAAR", "DREMPEL", "KN_VANAF", "KN_TOT", "KN_KWARTALEN",
    "KN_BASISJAAR", "KN_BEGROTINGSJAAR", "KN_TOETS_VAN", "KN_TOETS_TOT", "KN_TOETS_BINNEN", "KN_TOETS_AANTAL",
    "KN_PRIJSINDEX", "KN_PRIJSFACTOR", "KN_BEGROTING_TOTAAL", "KN_BEHOEFTE_TOTAAL", "KN_VERSCHIL_TOTAAL",
    "KN_JAREN_PRIJS", "TEKST_TOELICHTING",
    /* fields of the rows */
    "MAAT", "LABEL", "EENHEID", "VERWACHTING", "ONDER", "BOVEN", "BASIS", "DEMOGRAFISCH", "DEMO_FACTOR", "AUTONOOM",
    "MARGE", "TOETS_MARGE", "TOETS_VOORSPELD", "TOETS_ONDER", "TOETS_BOVEN", "TOETS_WERKELIJK", "TOETS_FOUT", "TOETS_OORDEEL", "TITEL", "KOP",
    "WERKELIJK", "TREND", "INWONERS_BASIS", "INWONERS_DOEL", "BEREIK", "PER_1000", "GROEI", "DEMO_GROEI", "BEGROTING", "ONDERDEEL",
    "VOLUMEFACTOR", "PRIJSFACTOR", "BEHOEFTE", "TEKST",
    "BI_SPACE", "BI_NEWLINE",
};
static const char *const outlook_sections[] = {
    "CONCEPT", "KN_REEKS", "KN_MAAT", "KN_GRAFIEK", "KN_PUNT", "KN_LEEFTIJD", "KN_MET_BEVOLKING",
    "KN_ZONDER_BEVOLKING", "KN_MET_TOETS", "KN_ZONDER_TOETS", "KN_POST", "KN_MET_FINANCIEN", "KN_ZONDER_FINANCIEN",
    "KN_MET_PRIJSINDEX", "KN_ZONDER_PRIJSINDEX", "KN_ONDERDRUKT", "KN_KERNCIJFER", "KN_TOTAAL_POST",
};

bool wr_fill_outlook_names(wr_tpl_names *out)
{
    bool ok = true;
    for (size_t i = 0; i < sizeof outlook_values / sizeof outlook_values[0]; i++)
        ok &= wr_tpl_names_add(out, WR_TPL_VALUE, outlook_values[i]);
    for (size_t i = 0; i < sizeof outlook_sections / sizeof outlook_sections[0]; i++)
        ok &= wr_tpl_names_add(out, WR_TPL_SECTION, outlook_sections[i]);
    return ok && !wr_tpl_names_failed(out);
}
