#include "config/config.h"

#include <ctype.h>
#include <errno.h>
#include <ini.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"

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

typedef struct {
    wr_config *cfg;
    const char *path;   /* of the settings file, for the paths it names */
    char message[512];
    bool replaced[sizeof list_sections / sizeof list_sections[0]];
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
    for (size_t i = 0; i < sizeof list_sections / sizeof list_sections[0]; i++)
        wr_code_list_clear((wr_code_list *)((char *)cfg + list_sections[i].offset));
    wr_code_list_clear(&cfg->age_groups);
    wr_code_list_clear(&cfg->dropout_reasons);
    wr_code_list_clear(&cfg->planned_reasons);
    free(cfg->extra_holidays);
    for (size_t i = 0; i < cfg->check_count; i++)
        free(cfg->checks[i].earmark);
    free(cfg->checks);
    free(cfg->grade_question);
    free(cfg->text_list);
    free(cfg);
}

static int fail(load_state *st, const char *fmt, const char *a, const char *b)
{
    if (!st->message[0])
        snprintf(st->message, sizeof st->message, fmt, a, b);
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

static bool parse_amount(const char *s, double *out)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%s", s);
    for (char *p = buf; *p; p++)
        if (*p == ',')
            *p = '.';
    char *end;
    *out = strtod(buf, &end);
    return end != buf && *end == '\0' && *out >= 0;
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
        if (strcmp(section, ints[i].section) == 0 && strcmp(name, ints[i].name) == 0)
            return parse_int(value, ints[i].min, ints[i].max, ints[i].field)
                       ? 1 : fail(st, "'%s' is geen geldig geheel getal voor %s", value, name);
    if (strcmp(section, "algemeen") == 0) {
        if (strcmp(name, "programma") == 0)
            return set_text(st, &cfg->programme, value);
        if (strcmp(name, "aanbieder") == 0)
            return set_text(st, &cfg->provider, value);
        if (strcmp(name, "opdrachtgever") == 0)
            return set_text(st, &cfg->client, value);
    }
    if (strcmp(section, "privacy") == 0 && strcmp(name, "bijlage_onderdrukken") == 0) {
        if (strcmp(value, "ja") == 0 || strcmp(value, "nee") == 0) {
            cfg->suppress_in_appendix = strcmp(value, "ja") == 0;
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
        return parse_amount(value, &cfg->forecast_margin_pct) && cfg->forecast_margin_pct <= 100
                   ? 1 : fail(st, "'%s' is geen percentage van 0 tot en met 100 voor %s", value, name);
    if (strcmp(section, "vragenlijst") == 0 && strcmp(name, "rapportcijfer") == 0)
        return set_grade_code(st, value);
    if (strcmp(section, "teksten") == 0 && strcmp(name, "lijst") == 0)
        return *value ? set_path(st, &cfg->text_list, value) : fail(st, "geef bij %s een bestand%s", name, "");
    return fail(st, "onbekende instelling '%s' in [%s]", name, section);
}

static int handler(void *user, const char *section, const char *name, const char *value)
{
    load_state *st = user;
    if (st->message[0])
        return 0;
    for (size_t i = 0; i < sizeof list_sections / sizeof list_sections[0]; i++) {
        if (strcmp(section, list_sections[i].section) != 0)
            continue;
        wr_code_list *list = (wr_code_list *)((char *)st->cfg + list_sections[i].offset);
        if (!st->replaced[i]) { /* a section in the file replaces the built-in list */
            wr_code_list_clear(list);
            st->replaced[i] = true;
        }
        if (!*value)
            return fail(st, "code '%s' in [%s] heeft geen omschrijving", name, section);
        return wr_code_list_set(list, name, value) == 0 ? 1 : fail(st, "onvoldoende geheugen%s%s", "", "");
    }
    return handle_setting(st, section, name, value);
}

wr_status wr_config_load(const char *path, wr_config **out, wr_error *err)
{
    *out = NULL;
    load_state st = {.path = path};
    st.cfg = wr_config_new_defaults();
    if (!st.cfg)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    int rc = ini_parse(path, handler, &st);
    if (rc == -1) {
        wr_config_free(st.cfg);
        return wr_error_set(err, WR_ERR_CONFIG, "%s: het instellingenbestand kan niet worden geopend (%s).",
                            path, strerror(errno));
    }
    if (rc != 0) {
        wr_config_free(st.cfg);
        return wr_error_set(err, WR_ERR_CONFIG, "%s, regel %d: %s.", path, rc,
                            st.message[0] ? st.message : "deze regel is geen 'naam = waarde' en geen [sectie]");
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
    if (st.cfg->domains.count > 64) {
        wr_config_free(st.cfg);
        return wr_error_set(err, WR_ERR_CONFIG, "%s: [leefgebieden] mag ten hoogste 64 codes bevatten.", path);
    }
    *out = st.cfg;
    return WR_OK;
}
