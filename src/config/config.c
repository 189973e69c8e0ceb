#include "config/config.h"

#include <ctype.h>
#include <errno.h>
#include <ini.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/errno_nl.h"
#include "base/strbuf.h"
#include "base/utf8.h"

/* The section names a user writes, and the list each fills. */
typedef struct {
    const char *section;
    size_t offset;
} list_section;

#define LIST(name, field) {name, offsetof(wr_config, field)}
static const list_section list_sections[] = {
    LIST("onderdelen", parts),
    LIST("wijken", districts),
    LIST("redenen_instroom", reasons_in),
    LIST("leefgebieden", domains),
    LIST("redenen_uitstroom", reasons_out),
    LIST("vragen", questions),
    LIST("kanalen", channels),
    LIST("themas", themes),
    LIST("statussen", statuses),
    LIST("klacht_aard", complaint_kinds),
    LIST("klacht_uitkomst", complaint_outcomes),
    LIST("doelrealisatie", goal_results),
    LIST("oormerken", earmarks),
    LIST("posten", posts),
};

#define SECTION_COUNT (sizeof list_sections / sizeof list_sections[0])

/* A section header seen so far, and its line: each section may appear once. */
typedef struct {
    char *name;
    long line;
} seen_section;

typedef struct {
    wr_config *cfg;
    const char *path;   /* of the settings file, for the paths it names */
    FILE *fp;
    char *line_buf;     /* the line being read, whole */
    size_t line_cap;
    char message[512];
    long line;          /* the line inih is parsing */
    long error_line;    /* where the reader found a problem inih cannot see; 0: none */
    bool replaced[SECTION_COUNT];
    seen_section *sections;
    size_t section_count;
    /* A line that starts with white space after a setting continues that setting's value
     * (inih calls the handler again with the same name): the value so far is kept here,
     * and the setting is applied again with the joined value. */
    bool continuation;
    bool have_setting;
    char *last_name;
    wr_strbuf last_value;
    long threshold_line;      /* line of drempel, for the check at the end */
    long youth_themes_line;   /* line of [jeugd] themas, for the check at the end */
    /* [inwoners] as read; [wijken] may come later, so the codes are checked at the end. */
    struct inhabitants_entry {
        char *code;
        long count, line;
    } *inhabitants;
    size_t inhabitant_count;
    bool publish_small;       /* [privacy] kleine_aantallen_publiceren = ja */
} load_state;

static int set_pairs(wr_code_list *list, const char *const pairs[][2], size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (wr_code_list_set(list, pairs[i][0], pairs[i][1]) != 0)
            return -1;
    return 0;
}

#define SET_PAIRS(list, pairs) set_pairs(list, pairs, sizeof pairs / sizeof pairs[0])

wr_config *wr_config_new_defaults(void)
{
    static const char *const channels[][2] = {
        {"telefonisch", "Telefonisch"}, {"digitaal", "Digitaal"}, {"schriftelijk", "Schriftelijk"}, {"fysiek", "Fysiek"}};
    static const char *const themes[][2] = {
        {"lichamelijk_sociaal_redzaam", "Lichamelijk en sociaal redzaam"},
        {"praktisch_redzaam", "Praktisch redzaam"},
        {"samenredzaamheid", "Samenredzaamheid"},
        {"participatie", "Participatie"}};
    static const char *const statuses[][2] = {
        {"gerealiseerd", "Gerealiseerd"}, {"op_schema", "Op schema"}, {"vertraagd", "Vertraagd"},
        {"niet_gestart", "Niet gestart"}, {"vervallen", "Vervallen"}};
    static const char *const kinds[][2] = {
        {"bejegening", "Bejegening"}, {"inzet_ondersteuning", "Inzet van ondersteuning"},
        {"bereikbaarheid", "Bereikbaarheid"}, {"communicatie", "Communicatie"}, {"overig", "Overig"}};
    static const char *const outcomes[][2] = {
        {"gegrond", "Gegrond"}, {"deels_gegrond", "Deels gegrond"}, {"ongegrond", "Ongegrond"},
        {"ingetrokken", "Ingetrokken"}, {"bemiddeld", "Bemiddeld"}};
    static const char *const goals[][2] = {
        {"geheel", "Geheel"}, {"gedeeltelijk", "Gedeeltelijk"}, {"niet", "Niet"}};
    static const char *const ages[][2] = {
        {"0-17", "0 tot en met 17 jaar"}, {"18-26", "18 tot en met 26 jaar"},
        {"27-64", "27 tot en met 64 jaar"}, {"65+", "65 jaar en ouder"}};

    wr_config *cfg = calloc(1, sizeof *cfg);
    if (!cfg)
        return NULL;
    cfg->norm_first_contact_working_days = 5;
    cfg->norm_start_days = 28;
    cfg->complaint_term_days = 42;
    cfg->repeat_window_days = 182;
    cfg->privacy_threshold = 5;
    cfg->privacy_min_denominator = 10;
    cfg->forecast_margin_pct = 2;
    cfg->publication_date = WR_DAY_NONE;
    cfg->pdfa_part = 1;
    cfg->norm_first_contact_target_pct = 100;
    cfg->norm_start_target_pct = 100;
    cfg->summary_margin_pct = 2;
    if (!(cfg->grade_question = wr_strdup("rapportcijfer")) || SET_PAIRS(&cfg->channels, channels) || SET_PAIRS(&cfg->themes, themes) ||
        SET_PAIRS(&cfg->statuses, statuses) || SET_PAIRS(&cfg->complaint_kinds, kinds) ||
        SET_PAIRS(&cfg->complaint_outcomes, outcomes) || SET_PAIRS(&cfg->goal_results, goals) ||
        SET_PAIRS(&cfg->age_groups, ages) ||
        wr_code_list_set(&cfg->dropout_reasons, "eenzijdig_door_inwoner", "") ||
        wr_code_list_set(&cfg->planned_reasons, "volgens_plan", "")) {
        wr_config_free(cfg);
        return NULL;
    }
    return cfg;
}

void wr_config_free(wr_config *cfg)
{
    if (!cfg)
        return;
    free(cfg->programme);
    free(cfg->provider);
    free(cfg->client);
    for (size_t i = 0; i < SECTION_COUNT; i++)
        wr_code_list_clear((wr_code_list *)((char *)cfg + list_sections[i].offset));
    wr_code_list_clear(&cfg->age_groups);
    wr_code_list_clear(&cfg->dropout_reasons);
    wr_code_list_clear(&cfg->planned_reasons);
    wr_code_list_clear(&cfg->youth_themes);
    wr_code_list_clear(&cfg->youth_words);
    free(cfg->extra_holidays);
    for (size_t i = 0; i < cfg->check_count; i++)
        free(cfg->checks[i].earmark);
    free(cfg->checks);
    free(cfg->grade_question);
    free(cfg->text_list);
    wr_outlook_settings_clear(&cfg->outlook);
    free(cfg->inhabitants);
    free(cfg);
}

/* Notes the first problem, on the line inih is parsing; returns 0 for inih. */
static int fail(load_state *st, const char *fmt, const char *a, const char *b)
{
    if (!st->message[0]) {
        snprintf(st->message, sizeof st->message, fmt, a, b);
        st->error_line = st->line;
    }
    return 0;
}

static bool parse_int(const char *s, int min, int max, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < min || v > max)
        return false;
    *out = (int)v;
    return true;
}

/* An amount or percentage: digits, at most one decimal comma or point, nothing else (so no
 * sign, exponent, "inf" or "nan", which strtod alone would take). */
static bool parse_amount(const char *s, double *out)
{
    size_t whole = strspn(s, "0123456789");
    const char *p = s + whole;
    size_t fraction = 0;
    if (*p == ',' || *p == '.') {
        fraction = strspn(p + 1, "0123456789");
        if (fraction == 0)
            return false;
        p += 1 + fraction;
    }
    if (whole == 0 || whole > 13 || fraction > 6 || *p != '\0')
        return false;
    char buf[32];
    snprintf(buf, sizeof buf, "%s", s);
    for (char *q = buf; *q; q++)
        if (*q == ',')
            *q = '.';
    *out = strtod(buf, NULL);
    return true;
}

/* Applies fn to each trimmed, comma-separated item of value; stops at the first failure. */
static int for_each_item(const char *value, int (*fn)(load_state *, const char *), load_state *st)
{
    char *copy = wr_strdup(value);
    if (!copy)
        return fail(st, "onvoldoende geheugen%s%s", "", "");
    int ok = 1;
    for (char *save = NULL, *item = strtok_r(copy, ",", &save); item && ok; item = strtok_r(NULL, ",", &save)) {
        while (isspace((unsigned char)*item))
            item++;
        char *end = item + strlen(item);
        while (end > item && isspace((unsigned char)end[-1]))
            *--end = '\0';
        if (*item)
            ok = fn(st, item);
    }
    free(copy);
    return ok;
}

static int add_holiday(load_state *st, const char *item)
{
    wr_day d;
    if (!wr_date_parse(item, &d))
        return fail(st, "'%s' is geen datum (schrijf JJJJ-MM-DD)%s", item, "");
    wr_config *cfg = st->cfg;
    wr_day *days = realloc(cfg->extra_holidays, (cfg->extra_holiday_count + 1) * sizeof *days);
    if (!days)
        return fail(st, "onvoldoende geheugen%s%s", "", "");
    days[cfg->extra_holiday_count++] = d;
    cfg->extra_holidays = days;
    return 1;
}

static int add_dropout(load_state *st, const char *item)
{
    return wr_code_list_set(&st->cfg->dropout_reasons, item, "") == 0 ? 1 : fail(st, "onvoldoende geheugen%s%s", "", "");
}

static int add_planned(load_state *st, const char *item)
{
    return wr_code_list_set(&st->cfg->planned_reasons, item, "") == 0 ? 1 : fail(st, "onvoldoende geheugen%s%s", "", "");
}

static int add_youth_theme(load_state *st, const char *item)
{
    return wr_code_list_set(&st->cfg->youth_themes, item, "") == 0 ? 1 : fail(st, "onvoldoende geheugen%s%s", "", "");
}

static int add_youth_word(load_state *st, const char *item)
{
    return wr_code_list_set(&st->cfg->youth_words, item, "") == 0 ? 1 : fail(st, "onvoldoende geheugen%s%s", "", "");
}

/* A percentage of 0 to 100 for setting name. */
static int set_pct(load_state *st, const char *name, const char *value, double *field)
{
    return parse_amount(value, field) && *field <= 100
               ? 1 : fail(st, "'%s' is geen percentage van 0 tot en met 100 voor %s", value, name);
}

static int add_check(load_state *st, wr_check_kind kind, const char *earmark, const char *value)
{
    wr_config *cfg = st->cfg;
    double amount;
    if (!parse_amount(value, &amount))
        return fail(st, "'%s' is geen bedrag of percentage%s", value, "");
    wr_finance_check *checks = realloc(cfg->checks, (cfg->check_count + 1) * sizeof *checks);
    if (!checks)
        return fail(st, "onvoldoende geheugen%s%s", "", "");
    cfg->checks = checks;
    wr_finance_check *c = &checks[cfg->check_count];
    c->kind = kind;
    c->amount = amount;
    c->earmark = NULL;
    if (earmark && !(c->earmark = wr_strdup(earmark)))
        return fail(st, "onvoldoende geheugen%s%s", "", "");
    cfg->check_count++;
    return 1;
}

/* [financiele_toetsen]: "<oormerk>.realisatie_minimaal", "<oormerk>.begroting", "winst_maximaal_pct". */
static int handle_check(load_state *st, const char *name, const char *value)
{
    if (strcmp(name, "winst_maximaal_pct") == 0)
        return add_check(st, WR_CHECK_MAX_PROFIT_PCT, NULL, value);
    const char *dot = strchr(name, '.');
    if (!dot)
        return fail(st, "onbekende toets '%s'%s", name, "");
    char earmark[128];
    snprintf(earmark, sizeof earmark, "%.*s", (int)(dot - name), name);
    if (strcmp(dot + 1, "realisatie_minimaal") == 0)
        return add_check(st, WR_CHECK_MIN_REALISATION, earmark, value);
    if (strcmp(dot + 1, "begroting") == 0)
        return add_check(st, WR_CHECK_BUDGET, earmark, value);
    return fail(st, "onbekende toets '%s'%s", name, "");
}

static int set_text(load_state *st, char **field, const char *value)
{
    free(*field);
    *field = wr_strdup(value);
    return *field ? 1 : fail(st, "onvoldoende geheugen%s%s", "", "");
}

/* The grade question's code, compared with the lower-cased, trimmed vraag field. */
static int set_grade_code(load_state *st, const char *value)
{
    size_t len = strlen(value);
    if (len == 0)
        return fail(st, "geef bij rapportcijfer de code van de vraag naar het rapportcijfer%s%s", "", "");
    if (len > WR_GRADE_CODE_MAX || strpbrk(value, " \t,"))
        return fail(st, "'%s' is geen code van een vraag (een woord van ten hoogste 63 tekens)%s", value, "");
    if (set_text(st, &st->cfg->grade_question, value) == 0)
        return 0;
    for (char *p = st->cfg->grade_question; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return 1;
}

/* A file the settings name: a relative path is taken from the settings file's folder. */
static int set_path(load_state *st, char **field, const char *value)
{
    const char *slash = strrchr(st->path, '/');
    if (value[0] == '/' || !slash)
        return set_text(st, field, value);
    wr_strbuf b = {0};
    wr_strbuf_printf(&b, "%.*s/%s", (int)(slash - st->path), st->path, value);
    free(*field);
    *field = wr_strbuf_take(&b);
    return *field ? 1 : fail(st, "onvoldoende geheugen%s%s", "", "");
}

/* [inwoners] code = number: a whole number of at least 1, digits only. */
static int add_inhabitants(load_state *st, const char *name, const char *value)
{
    size_t digits = strspn(value, "0123456789");
    if (digits == 0 || digits > 9 || value[digits] != '\0' || strtol(value, NULL, 10) < 1)
        return fail(st, "het aantal inwoners van '%s' moet een heel getal van 1 of meer zijn, zonder punten of "
                    "spaties, niet '%s'", name, value);
    for (size_t i = 0; i < st->inhabitant_count; i++)
        if (strcasecmp(st->inhabitants[i].code, name) == 0) { /* a value that goes on, or twice: the last */
            st->inhabitants[i].count = strtol(value, NULL, 10);
            return 1;
        }
    struct inhabitants_entry *grown = realloc(st->inhabitants, (st->inhabitant_count + 1) * sizeof *grown);
    if (!grown)
        return fail(st, "onvoldoende geheugen%s%s", "", "");
    st->inhabitants = grown;
    struct inhabitants_entry *e = &grown[st->inhabitant_count];
    if (!(e->code = wr_strdup(name)))
        return fail(st, "onvoldoende geheugen%s%s", "", "");
    for (char *p = e->code; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    e->count = strtol(value, NULL, 10);
    e->line = st->line;
    st->inhabitant_count++;
    return 1;
}

static int handle_setting(load_state *st, const char *section, const char *name, const char *value)
{
    wr_config *cfg = st->cfg;
    struct { const char *section, *name; int *field; int min, max; } ints[] = {
        {"normen", "eerste_contact_werkdagen", &cfg->norm_first_contact_working_days, 0, 365},
        {"normen", "start_dagen", &cfg->norm_start_days, 0, 3650},
        {"normen", "klacht_afhandeling_dagen", &cfg->complaint_term_days, 0, 3650},
        {"normen", "herhaald_beroep_dagen", &cfg->repeat_window_days, 1, 3650},
        {"privacy", "drempel", &cfg->privacy_threshold, 1, 1000},
        {"privacy", "minimale_noemer", &cfg->privacy_min_denominator, 1, 100000},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (strcmp(section, ints[i].section) == 0 && strcmp(name, ints[i].name) == 0) {
            if (ints[i].field == &cfg->privacy_threshold)
                st->threshold_line = st->line;
            return parse_int(value, ints[i].min, ints[i].max, ints[i].field)
                       ? 1 : fail(st, "'%s' is geen geldig geheel getal voor %s", value, name);
        }
    if (strcmp(section, "algemeen") == 0) {
        if (strcmp(name, "programma") == 0)
            return set_text(st, &cfg->programme, value);
        if (strcmp(name, "aanbieder") == 0)
            return set_text(st, &cfg->provider, value);
        if (strcmp(name, "opdrachtgever") == 0)
            return set_text(st, &cfg->client, value);
        if (strcmp(name, "publicatiedatum") == 0)
            return wr_date_parse(value, &cfg->publication_date)
                       ? 1 : fail(st, "'%s' is geen datum voor %s; schrijf bijvoorbeeld 2026-10-15", value, name);
        if (strcmp(name, "archiefnorm") == 0) {
            if (strcasecmp(value, "PDF/A-1a") == 0 || strcasecmp(value, "PDF/A-2a") == 0) {
                cfg->pdfa_part = value[6] - '0';
                return 1;
            }
            return fail(st, "schrijf 'PDF/A-1a' of 'PDF/A-2a' bij %s, niet '%s'", name, value);
        }
    }
    if (strcmp(section, "privacy") == 0 &&
        (strcmp(name, "bijlage_onderdrukken") == 0 || strcmp(name, "kleine_aantallen_publiceren") == 0)) {
        if (strcmp(value, "ja") == 0 || strcmp(value, "nee") == 0) {
            bool yes = strcmp(value, "ja") == 0;
            if (name[0] == 'b')
                cfg->suppress_in_appendix = yes;
            else
                st->publish_small = yes;
            return 1;
        }
        return fail(st, "schrijf 'ja' of 'nee' bij %s, niet '%s'", name, value);
    }
    if (strcmp(section, "vrije_dagen") == 0 && strcmp(name, "datums") == 0)
        return for_each_item(value, add_holiday, st);
    if (strcmp(section, "uitstroom") == 0 && strcmp(name, "uitval") == 0) {
        wr_code_list_clear(&cfg->dropout_reasons);
        return for_each_item(value, add_dropout, st);
    }
    if (strcmp(section, "uitstroom") == 0 && strcmp(name, "volgens_plan") == 0) {
        wr_code_list_clear(&cfg->planned_reasons);
        return for_each_item(value, add_planned, st);
    }
    if (strcmp(section, "financiele_toetsen") == 0)
        return handle_check(st, name, value);
    if (strcmp(section, "prognose") == 0 && strcmp(name, "marge_pct") == 0)
        return set_pct(st, name, value, &cfg->forecast_margin_pct);
    if (strcmp(section, "normen") == 0 && strcmp(name, "eerste_contact_doel_pct") == 0)
        return set_pct(st, name, value, &cfg->norm_first_contact_target_pct);
    if (strcmp(section, "normen") == 0 && strcmp(name, "start_doel_pct") == 0)
        return set_pct(st, name, value, &cfg->norm_start_target_pct);
    if (strcmp(section, "in_het_kort") == 0 && strcmp(name, "marge_pct") == 0)
        return set_pct(st, name, value, &cfg->summary_margin_pct);
    if (strcmp(section, "jeugd") == 0 && strcmp(name, "themas") == 0) {
        wr_code_list_clear(&cfg->youth_themes);
        st->youth_themes_line = st->line;
        return for_each_item(value, add_youth_theme, st);
    }
    if (strcmp(section, "jeugd") == 0 && strcmp(name, "namen") == 0) {
        wr_code_list_clear(&cfg->youth_words);
        return for_each_item(value, add_youth_word, st);
    }
    if (strcmp(section, "vragenlijst") == 0 && strcmp(name, "rapportcijfer") == 0)
        return set_grade_code(st, value);
    if (wr_outlook_section(section)) {
        bool nomem;
        const char *problem = wr_outlook_setting(&cfg->outlook, section, name, value, &nomem);
        return problem ? fail(st, "%s%s", problem, "") : 1;
    }
    if (strcmp(section, "inwoners") == 0)
        return add_inhabitants(st, name, value);
    if (strcmp(section, "teksten") == 0 && strcmp(name, "lijst") == 0)
        return *value ? set_path(st, &cfg->text_list, value) : fail(st, "geef bij %s een bestand%s", name, "");
    return fail(st, "onbekende instelling '%s' in [%s]", name, section);
}

/* A code of a list section: the first code of a section replaces the built-in list; a
 * list has at most WR_CODE_LIST_MAX codes ([leefgebieden] at most 64, one bit each), so
 * a runaway list is refused at the line that overflows it. */
static int handle_code(load_state *st, size_t i, const char *name, const char *value)
{
    const char *section = list_sections[i].section;
    wr_code_list *list = (wr_code_list *)((char *)st->cfg + list_sections[i].offset);
    if (!st->replaced[i]) {
        wr_code_list_clear(list);
        st->replaced[i] = true;
    }
    if (!*value)
        return fail(st, "code '%s' in [%s] heeft geen omschrijving", name, section);
    size_t max = list == &st->cfg->domains ? WR_DOMAIN_MAX : WR_CODE_LIST_MAX;
    if (list->count >= max && !st->continuation) {
        char limit[32];
        snprintf(limit, sizeof limit, "%zu", max);
        return fail(st, "[%s] mag ten hoogste %s codes bevatten", section, limit);
    }
    return wr_code_list_set(list, name, value) == 0 ? 1 : fail(st, "onvoldoende geheugen%s%s", "", "");
}

static int apply(load_state *st, const char *section, const char *name, const char *value)
{
    for (size_t i = 0; i < SECTION_COUNT; i++)
        if (strcmp(section, list_sections[i].section) == 0)
            return handle_code(st, i, name, value);
    return handle_setting(st, section, name, value);
}

static int handler(void *user, const char *section, const char *name, const char *value)
{
    load_state *st = user;
    if (st->message[0])
        return 0;
    if (st->continuation && st->have_setting && strcmp(name, st->last_name) == 0) {
        /* The value goes on after one space. Extra holidays are added, not set again. */
        if (strcmp(section, "vrije_dagen") == 0)
            return apply(st, section, name, value);
        wr_strbuf_puts(&st->last_value, " ");
        wr_strbuf_puts(&st->last_value, value);
        if (st->last_value.failed)
            return fail(st, "onvoldoende geheugen%s%s", "", "");
        return apply(st, section, name, wr_strbuf_cstr(&st->last_value));
    }
    free(st->last_name);
    st->last_value.len = 0;
    wr_strbuf_puts(&st->last_value, value);
    if (!(st->last_name = wr_strdup(name)) || st->last_value.failed)
        return fail(st, "onvoldoende geheugen%s%s", "", "");
    st->have_setting = true;
    return apply(st, section, name, value);
}

/* A section header on this line: each section may appear once, so a second [wijken] is
 * refused instead of silently replacing or extending the first. */
static bool note_section(load_state *st, const char *start)
{
    const char *end = strchr(start, ']');
    if (!end)
        return true; /* inih reports the broken header */
    const char *name = start + 1;
    while (name < end && isspace((unsigned char)*name))
        name++;
    size_t len = (size_t)(end - name);
    while (len > 0 && isspace((unsigned char)name[len - 1]))
        len--;
    for (size_t i = 0; i < st->section_count; i++) {
        const seen_section *seen = &st->sections[i];
        if (strlen(seen->name) != len || strncmp(seen->name, name, len) != 0)
            continue;
        char earlier[32];
        snprintf(earlier, sizeof earlier, "%ld", seen->line);
        fail(st, "deze sectie staat al eerder in het bestand (regel %s); zet alles van [%s] onder één kop", earlier,
             seen->name);
        return false;
    }
    seen_section *grown = realloc(st->sections, (st->section_count + 1) * sizeof *grown);
    if (!grown)
        return fail(st, "onvoldoende geheugen%s%s", "", "");
    st->sections = grown;
    seen_section *seen = &grown[st->section_count];
    if (!(seen->name = malloc(len + 1)))
        return fail(st, "onvoldoende geheugen%s%s", "", "");
    memcpy(seen->name, name, len);
    seen->name[len] = '\0';
    seen->line = st->line;
    st->section_count++;
    return true;
}

/* inih's line reader (an fgets): reads whole lines itself, so it counts them right,
 * refuses a line longer than inih's buffer (inih would cut it in two and read the rest as
 * a line of its own), a NUL byte (fgets would do the same) and text that is not UTF-8,
 * and notes what kind of line inih is about to parse, with the rules inih applies. */
static char *read_line(char *buf, int size, void *user)
{
    load_state *st = user;
    if (st->message[0])
        return NULL;
    ssize_t n = getline(&st->line_buf, &st->line_cap, st->fp);
    if (n < 0)
        return NULL;
    st->line++;
    size_t len = (size_t)n, text = len;
    while (text > 0 && (st->line_buf[text - 1] == '\n' || st->line_buf[text - 1] == '\r'))
        text--;
    if (memchr(st->line_buf, '\0', len)) {
        fail(st, "de regel bevat een NUL-teken; sla de instellingen op als gewone tekst (UTF-8)%s%s", "", "");
        return NULL;
    }
    if (!wr_utf8_valid(st->line_buf, len)) {
        fail(st, "de regel is geen geldige UTF-8; sla de instellingen op als UTF-8%s%s", "", "");
        return NULL;
    }
    if (text + 2 > (size_t)size) { /* the text, a line end and the terminating NUL */
        char limit[32];
        snprintf(limit, sizeof limit, "%d", size - 2);
        fail(st, "de regel is langer dan %s tekens; ga verder op een nieuwe regel die met een spatie begint%s",
             limit, "");
        return NULL;
    }
    memcpy(buf, st->line_buf, text);
    buf[text] = '\n';
    buf[text + 1] = '\0';
    const char *s = buf;
    if (st->line == 1 && strncmp(s, "\xEF\xBB\xBF", 3) == 0)
        s += 3;
    const char *start = s + strspn(s, " \t");
    bool indented = start > s, blank = strspn(start, "\r\n") == strlen(start);
    bool comment = *start == ';' || *start == '#';
    st->continuation = indented && !blank && !comment && st->have_setting;
    if (!st->continuation && !comment && *start == '[') {
        st->have_setting = false;
        if (!note_section(st, start))
            return NULL;
    }
    return buf;
}

/* drempel 1 publishes every small number exactly; only with an explicit yes. */
static void check_threshold(load_state *st)
{
    if (st->message[0] || st->cfg->privacy_threshold >= 2 || st->publish_small)
        return;
    st->error_line = st->threshold_line;
    snprintf(st->message, sizeof st->message,
             "drempel %d zet de bescherming van kleine aantallen uit (elk aantal van 1 of meer wordt precies "
             "getoond); kies 2 of meer, of schrijf in [privacy] ook 'kleine_aantallen_publiceren = ja' als dat "
             "echt de bedoeling is", st->cfg->privacy_threshold);
}

/* [jeugd] themas names codes of [themas], which may come later in the file. */
static void check_youth_themes(load_state *st)
{
    const wr_config *cfg = st->cfg;
    for (size_t i = 0; i < cfg->youth_themes.count && !st->message[0]; i++) {
        if (wr_code_list_find(&cfg->themes, cfg->youth_themes.items[i].code) >= 0)
            continue;
        st->error_line = st->youth_themes_line;
        snprintf(st->message, sizeof st->message, "thema '%s' bij themas staat niet in [themas]",
                 cfg->youth_themes.items[i].code);
    }
}

/* [inwoners] names codes of [wijken], which may come later in the file; a code that is
 * not a district is a mistake (a typo would silently drop the district's figure). */
static void check_inhabitants(load_state *st)
{
    wr_config *cfg = st->cfg;
    if (st->message[0] || st->inhabitant_count == 0)
        return;
    if (!(cfg->inhabitants = calloc(cfg->districts.count + 1, sizeof *cfg->inhabitants))) {
        snprintf(st->message, sizeof st->message, "onvoldoende geheugen");
        st->error_line = st->line;
        return;
    }
    for (size_t i = 0; i < st->inhabitant_count; i++) {
        int d = wr_code_list_find(&cfg->districts, st->inhabitants[i].code);
        if (d < 0) {
            st->error_line = st->inhabitants[i].line;
            snprintf(st->message, sizeof st->message,
                     "wijk '%s' in [inwoners] staat niet in [wijken]; gebruik de code van de wijk zoals in [wijken]",
                     st->inhabitants[i].code);
            return;
        }
        cfg->inhabitants[d] = st->inhabitants[i].count;
    }
}

static void load_state_clear(load_state *st)
{
    for (size_t i = 0; i < st->inhabitant_count; i++)
        free(st->inhabitants[i].code);
    free(st->inhabitants);
    free(st->line_buf);
    free(st->last_name);
    wr_strbuf_free(&st->last_value);
    for (size_t i = 0; i < st->section_count; i++)
        free(st->sections[i].name);
    free(st->sections);
}

wr_status wr_config_load(const char *path, wr_config **out, wr_error *err)
{
    *out = NULL;
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return wr_error_set(err, WR_ERR_CONFIG, "%s: het instellingenbestand kan niet worden geopend (%s).", path,
                            wr_errno_text(errno));
    wr_status status = wr_config_read(fp, path, out, err);
    fclose(fp);
    return status;
}

wr_status wr_config_read(FILE *fp, const char *path, wr_config **out, wr_error *err)
{
    *out = NULL;
    load_state st = {.path = path, .fp = fp};
    st.cfg = wr_config_new_defaults();
    if (!st.cfg)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    int rc = ini_parse_stream(read_line, &st, handler, &st);
    bool read_error = ferror(st.fp);
    int read_errno = errno;
    check_threshold(&st);
    check_youth_themes(&st);
    check_inhabitants(&st);
    /* inih goes on after a line it cannot parse and returns the first such line; the
     * reader's own first problem may come later. The earlier of the two is reported. */
    long line = st.error_line;
    const char *message = st.message;
    if (rc > 0 && (!line || rc < line)) {
        line = rc;
        message = "deze regel is geen 'naam = waarde' en geen [sectie]";
    }
    wr_status status = WR_OK;
    if (read_error)
        status = wr_error_set(err, WR_ERR_CONFIG, "%s: het instellingenbestand kan niet worden gelezen (%s).", path,
                              wr_errno_text(read_errno));
    else if (line)
        status = wr_error_set(err, WR_ERR_CONFIG, "%s, regel %ld: %s.", path, line, message);
    load_state_clear(&st);
    if (status != WR_OK) {
        wr_config_free(st.cfg);
        return status;
    }
    const char *missing = !st.cfg->programme ? "programma in [algemeen]"
                          : !st.cfg->provider ? "aanbieder in [algemeen]"
                          : !st.cfg->client ? "opdrachtgever in [algemeen]"
                          : !st.cfg->parts.count ? "de sectie [onderdelen]"
                          : !st.cfg->districts.count ? "de sectie [wijken]"
                          : !st.cfg->reasons_in.count ? "de sectie [redenen_instroom]"
                          : !st.cfg->domains.count ? "de sectie [leefgebieden]"
                          : !st.cfg->reasons_out.count ? "de sectie [redenen_uitstroom]"
                          : NULL;
    if (missing) {
        wr_config_free(st.cfg);
        return wr_error_set(err, WR_ERR_CONFIG, "%s: %s ontbreekt.", path, missing);
    }
    *out = st.cfg;
    return WR_OK;
}
