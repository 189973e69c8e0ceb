/* The settings reader (config/config.c): Haarlem's sample settings and Lindewaard's (names,
 * code lists in file order with lower-cased codes, a section replacing a built-in list,
 * norms, privacy, extra holidays, outflow reasons, financial checks, the grade question and
 * the text list), the defaults of everything a file leaves out, and every broken value
 * refused with "<file>, regel <n>: ..." (or "<file>: ..." for what is missing). */
#include <stdbool.h>
#include <stdlib.h>

#include "check.h"
#include "base/strbuf.h"
#include "config/config.h"
#include "scratch.h"

static const char *label(const wr_code_list *list, const char *code)
{
    return wr_code_list_label(list, wr_code_list_find(list, code));
}

/* "code=label code=label ..." of a list, in order. */
static void check_list(const wr_code_list *list, const char *expected)
{
    char got[1024] = "";
    for (size_t i = 0; i < list->count; i++) {
        size_t used = strlen(got);
        snprintf(got + used, sizeof got - used, "%s%s=%s", i ? " " : "", list->items[i].code, list->items[i].label);
    }
    CHECK_STR(got, expected);
}

/* Loads path, which must be valid; NULL (with the message on stderr) when it is not. */
static wr_config *load_valid(const char *path)
{
    wr_config *cfg = NULL;
    wr_error err = {0};
    if (wr_config_load(path, &cfg, &err) != WR_OK)
        fprintf(stderr, "%s\n", err.message);
    CHECK(cfg != NULL);
    return cfg;
}

static void test_sample(void)
{
    wr_config *cfg = load_valid("sample-data/wijkrapport.ini");
    if (!cfg)
        return;
    CHECK_STR(cfg->programme, "Gewoon in de Wijk");
    CHECK_STR(cfg->provider, "Buurts");
    CHECK_STR(cfg->client, "Gemeente Haarlem");
    check_list(&cfg->parts, "sociale_basis=Sociale basis sociaal_wijkteam=Sociaal wijkteam "
                            "aanvullende_ondersteuning=Aanvullende ondersteuning");
    CHECK_INT(cfg->districts.count, 6);
    CHECK_STR(label(&cfg->districts, "spaarndam"), "Spaarndam-West");
    CHECK_STR(label(&cfg->districts, "atlantis"), "Onbekend");
    /* [inwoners], in the order of [wijken] */
    CHECK(cfg->inhabitants != NULL);
    if (cfg->inhabitants) {
        CHECK_INT(cfg->inhabitants[wr_code_list_find(&cfg->districts, "centrum")], 17500);
        CHECK_INT(cfg->inhabitants[wr_code_list_find(&cfg->districts, "spaarndam")], 5400);
    }
    CHECK_INT(cfg->questions.count, 7);
    CHECK_STR(cfg->questions.items[6].code, "rapportcijfer");
    CHECK_STR(cfg->grade_question, "rapportcijfer");
    CHECK(cfg->text_list == NULL); /* commented out: the templates' list */
    CHECK_INT(cfg->norm_first_contact_working_days, 5);
    CHECK_INT(cfg->norm_start_days, 28);
    CHECK_INT(cfg->complaint_term_days, 42);
    CHECK_INT(cfg->repeat_window_days, 182);
    CHECK_INT(cfg->privacy_threshold, 5);
    CHECK_INT(cfg->privacy_min_denominator, 10);
    CHECK(!cfg->suppress_in_appendix);
    CHECK_INT(cfg->extra_holiday_count, 0); /* "datums =" is empty */
    check_list(&cfg->dropout_reasons, "eenzijdig_door_inwoner=");
    check_list(&cfg->planned_reasons, "volgens_plan=");
    CHECK_INT(cfg->check_count, 3);
    if (cfg->check_count == 3) {
        CHECK(cfg->checks[0].kind == WR_CHECK_MIN_REALISATION);
        CHECK_STR(cfg->checks[0].earmark, "vrijwilligersorganisaties");
        CHECK_DBL(cfg->checks[0].amount, 300000, 0);
        CHECK(cfg->checks[1].kind == WR_CHECK_BUDGET);
        CHECK_STR(cfg->checks[1].earmark, "jeugdoverlast");
        CHECK(cfg->checks[2].kind == WR_CHECK_MAX_PROFIT_PCT && cfg->checks[2].earmark == NULL);
        CHECK_DBL(cfg->checks[2].amount, 4, 0);
    }
    /* Lists the file leaves out keep the contract's defaults. */
    check_list(&cfg->channels, "telefonisch=Telefonisch digitaal=Digitaal schriftelijk=Schriftelijk fysiek=Fysiek");
    CHECK_INT(cfg->age_groups.count, 4);
    CHECK_DBL(cfg->norm_first_contact_target_pct, 100, 0);
    CHECK_DBL(cfg->norm_start_target_pct, 100, 0);
    CHECK_DBL(cfg->summary_margin_pct, 2, 0);
    CHECK_INT(cfg->youth_themes.count, 0);
    check_list(&cfg->youth_words, "jongeren= meidenclub= jongensclub= kinder= tiener=");
    wr_config_free(cfg);
}

static void test_other_municipality(void)
{
    wr_config *cfg = load_valid("tests/fixtures/lindewaard/wijkrapport.ini");
    if (!cfg)
        return;
    CHECK_STR(cfg->client, "Gemeente Lindewaard");
    check_list(&cfg->parts, "basisteam=Basisteam wijkteam_plus=Wijkteam Plus");
    check_list(&cfg->districts, "havenkwartier=Havenkwartier de_hoeven=De Hoeven veldzicht=Veldzicht");
    CHECK_STR(cfg->grade_question, "cijfer_dienstverlening");
    /* A relative list is taken from the settings file's folder. */
    CHECK_STR(cfg->text_list, "tests/fixtures/lindewaard/teksten.ini");
    CHECK_INT(cfg->privacy_threshold, 3);
    CHECK_INT(cfg->privacy_min_denominator, 4);
    check_list(&cfg->dropout_reasons, "gestopt=");
    check_list(&cfg->planned_reasons, "afgerond=");
    CHECK_INT(cfg->check_count, 0);
    wr_config_free(cfg);
    wr_config_free(NULL);
}

/* What every settings file needs, so a test can add the one line it is about. */
#define REQUIRED \
    "[algemeen]\nprogramma = P\naanbieder = A\nopdrachtgever = O\n" \
    "[onderdelen]\nbasis = Basis\n[wijken]\nwest = West\n[redenen_instroom]\ngeld = Geld\n" \
    "[leefgebieden]\nwonen = Wonen\n[redenen_uitstroom]\nklaar = Klaar\n"
#define REQUIRED_LINES 14

static wr_config *loaded(const char *name, const char *text)
{
    char *path = scratch_write(name, text);
    wr_config *cfg = path ? load_valid(path) : NULL;
    free(path);
    return cfg;
}

static void test_values_and_defaults(void)
{
    wr_config *cfg = loaded("minimaal.ini", REQUIRED);
    CHECK(cfg && cfg->inhabitants == NULL); /* no [inwoners]: no reach per 1,000 */
    if (cfg) {
        CHECK_INT(cfg->norm_first_contact_working_days, 5);
        CHECK_INT(cfg->norm_start_days, 28);
        CHECK_INT(cfg->complaint_term_days, 42);
        CHECK_INT(cfg->repeat_window_days, 182);
        CHECK_INT(cfg->privacy_threshold, 5);
        CHECK_INT(cfg->privacy_min_denominator, 10);
        CHECK_STR(cfg->grade_question, "rapportcijfer");
        CHECK_DBL(cfg->forecast_margin_pct, 2, 0); /* signals and the checks' room */
        /* Section 4.3 says "uiterlijk": every trajectory within the norm. */
        CHECK_DBL(cfg->norm_first_contact_target_pct, 100, 0);
        CHECK_DBL(cfg->norm_start_target_pct, 100, 0);
        CHECK_DBL(cfg->summary_margin_pct, 2, 0);
        CHECK_INT(cfg->youth_themes.count + cfg->youth_words.count, 0);
        CHECK(cfg->text_list == NULL);
        CHECK_INT(cfg->questions.count, 0);
        check_list(&cfg->dropout_reasons, "eenzijdig_door_inwoner=");
        check_list(&cfg->statuses, "gerealiseerd=Gerealiseerd op_schema=Op schema vertraagd=Vertraagd "
                                   "niet_gestart=Niet gestart vervallen=Vervallen");
    }
    wr_config_free(cfg);

    cfg = loaded("waarden.ini", REQUIRED
                 "[kanalen]\nBeeldbellen = Beeldbellen\n"
                 "[normen]\neerste_contact_werkdagen = 3\neerste_contact_doel_pct = 90\nstart_doel_pct = 87,5\n"
                 "[privacy]\nbijlage_onderdrukken = ja\n"
                 "[vrije_dagen]\ndatums = 2026-12-24, 31-12-2026\n"
                 "[uitstroom]\nuitval = weg, gestopt\n"
                 "[financiele_toetsen]\nbuurt.begroting = 1234,5\n"
                 "[prognose]\nmarge_pct = 1,5\n"
                 "[vragenlijst]\nrapportcijfer = Cijfer_Totaal\n"
                 "[teksten]\nlijst = /ergens/teksten.ini\n"
                 "[in_het_kort]\nmarge_pct = 5\n"
                 "[jeugd]\nthemas = Participatie\nnamen = Jongeren, Kinder Club\n");
    if (cfg) {
        /* Codes are lower case; a section replaces the built-in list. */
        check_list(&cfg->channels, "beeldbellen=Beeldbellen");
        CHECK_INT(cfg->norm_first_contact_working_days, 3);
        CHECK(cfg->suppress_in_appendix);
        CHECK_INT(cfg->extra_holiday_count, 2);
        check_list(&cfg->dropout_reasons, "weg= gestopt=");
        CHECK(cfg->check_count == 1 && cfg->checks[0].kind == WR_CHECK_BUDGET);
        if (cfg->check_count == 1)
            CHECK_DBL(cfg->checks[0].amount, 1234.5, 1e-9);
        CHECK_DBL(cfg->forecast_margin_pct, 1.5, 1e-12);
        CHECK_STR(cfg->grade_question, "cijfer_totaal");
        CHECK_STR(cfg->text_list, "/ergens/teksten.ini"); /* absolute: as written */
        CHECK_DBL(cfg->norm_first_contact_target_pct, 90, 0);
        CHECK_DBL(cfg->norm_start_target_pct, 87.5, 1e-12);
        CHECK_DBL(cfg->summary_margin_pct, 5, 0);
        check_list(&cfg->youth_themes, "participatie=");
        check_list(&cfg->youth_words, "jongeren= kinder club=");
    }
    wr_config_free(cfg);
}

/* A broken settings file is refused with a message naming the file and the line. */
static void refused(const char *name, const char *text, long line, const char *says)
{
    char *path = scratch_write(name, text);
    wr_config *cfg = (wr_config *)&cfg; /* must be reset to NULL */
    wr_error err = {0};
    CHECK_INT(wr_config_load(path, &cfg, &err), WR_ERR_CONFIG);
    CHECK(cfg == NULL);
    check_message(err.message, path, line, says);
    free(path);
}

static void test_errors(void)
{
    const long n = REQUIRED_LINES + 2; /* the line after "[section]" below REQUIRED */
    refused("getal.ini", REQUIRED "[privacy]\ndrempel = vijf\n", n, "'vijf' is geen geldig geheel getal voor drempel");
    refused("te-groot.ini", REQUIRED "[normen]\nstart_dagen = 4000\n", n, "'4000' is geen geldig geheel getal");
    refused("onbekend.ini", REQUIRED "[normen]\nwachttijd = 5\n", n, "onbekende instelling 'wachttijd' in [normen]");
    refused("omschrijving.ini", REQUIRED "[kanalen]\nnoord =\n", n, "code 'noord' in [kanalen] heeft geen omschrijving");
    refused("datum.ini", REQUIRED "[vrije_dagen]\ndatums = 2026-12-24, 32-12-2026\n", n,
            "'32-12-2026' is geen datum");
    refused("ja-nee.ini", REQUIRED "[privacy]\nbijlage_onderdrukken = misschien\n", n,
            "schrijf 'ja' of 'nee' bij bijlage_onderdrukken");
    refused("toets.ini", REQUIRED "[financiele_toetsen]\nbuurt.maximaal = 5\n", n, "onbekende toets 'buurt.maximaal'");
    refused("bedrag.ini", REQUIRED "[financiele_toetsen]\nwinst_maximaal_pct = veel\n", n,
            "'veel' is geen bedrag of percentage");
    refused("marge.ini", REQUIRED "[prognose]\nmarge_pct = 120\n", n,
            "'120' is geen percentage van 0 tot en met 100 voor marge_pct");
    refused("marge-tekst.ini", REQUIRED "[prognose]\nmarge_pct = ruim\n", n, "'ruim' is geen percentage");
    refused("doel.ini", REQUIRED "[normen]\nstart_doel_pct = 101\n", n,
            "'101' is geen percentage van 0 tot en met 100 voor start_doel_pct");
    refused("doel-tekst.ini", REQUIRED "[normen]\neerste_contact_doel_pct = alles\n", n,
            "'alles' is geen percentage van 0 tot en met 100 voor eerste_contact_doel_pct");
    refused("kort-marge.ini", REQUIRED "[in_het_kort]\nmarge_pct = -1\n", n, "'-1' is geen percentage");
    /* A youth theme must be a theme, also when [themas] comes after [jeugd]. */
    refused("jeugdthema.ini", REQUIRED "[jeugd]\nthemas = participatie, sport\n[themas]\nparticipatie = P\n", n,
            "thema 'sport' bij themas staat niet in [themas]");
    refused("cijfercode.ini", REQUIRED "[vragenlijst]\nrapportcijfer = cijfer totaal\n", n,
            "'cijfer totaal' is geen code van een vraag");
    refused("cijfercode-leeg.ini", REQUIRED "[vragenlijst]\nrapportcijfer =\n", n,
            "geef bij rapportcijfer de code van de vraag");
    /* [inwoners]: a code that is no district (also when [wijken] comes later), a number
     * that is not a whole number of at least 1. */
    refused("inwoners-wijk.ini", "[inwoners]\nwest = 100\noost = 200\n" REQUIRED, 3,
            "wijk 'oost' in [inwoners] staat niet in [wijken]");
    refused("inwoners-getal.ini", REQUIRED "[inwoners]\nwest = 12.400\n", n,
            "het aantal inwoners van 'west' moet een heel getal van 1 of meer zijn");
    refused("inwoners-nul.ini", REQUIRED "[inwoners]\nwest = 0\n", n, "een heel getal van 1 of meer");
    refused("lijst-leeg.ini", REQUIRED "[teksten]\nlijst =\n", n, "geef bij lijst een bestand");
    refused("geen-waarde.ini", REQUIRED "[normen]\nstart_dagen\n", n, "geen 'naam = waarde'");
    refused("eerste-fout.ini", "[algemeen]\nprogramma = P\nkleur = rood\n" REQUIRED "[normen]\nstart_dagen = x\n", 3,
            "onbekende instelling 'kleur' in [algemeen]");
    refused("zonder-wijken.ini",
            "[algemeen]\nprogramma = P\naanbieder = A\nopdrachtgever = O\n[onderdelen]\nbasis = Basis\n", 0,
            "de sectie [wijken] ontbreekt");
    refused("zonder-naam.ini", "[onderdelen]\nbasis = Basis\n", 0, "programma in [algemeen] ontbreekt");
    /* Issue 11, case 12: the 65th life domain is refused at its own line. */
    char many[8192] = "[algemeen]\nprogramma = P\naanbieder = A\nopdrachtgever = O\n[onderdelen]\nbasis = Basis\n"
                      "[wijken]\nwest = West\n[redenen_instroom]\ngeld = Geld\n[redenen_uitstroom]\nklaar = Klaar\n"
                      "[leefgebieden]\n";
    for (int i = 0; i < 65; i++)
        snprintf(many + strlen(many), sizeof many - strlen(many), "g%d = Gebied %d\n", i, i);
    refused("te-veel.ini", many, 13 + 65, "[leefgebieden] mag ten hoogste 64 codes bevatten");

    wr_config *cfg = NULL;
    wr_error err = {0};
    CHECK_INT(wr_config_load("tests/bestaat-niet.ini", &cfg, &err), WR_ERR_CONFIG);
    CHECK(cfg == NULL && strstr(err.message, "tests/bestaat-niet.ini: het instellingenbestand kan niet worden "
                                             "geopend") != NULL);
}

/* Issue 11, case 12: what the settings reader used to misread or accept silently. */
static void test_hostile_settings(void)
{
    const long n = REQUIRED_LINES + 2;
    /* A line longer than inih's buffer: refused at that line, with the reason and the
     * way out, instead of being cut in two and misread from the cut on. */
    char long_line[1024] = REQUIRED "[vragen]\nlang = ";
    size_t used = strlen(long_line);
    memset(long_line + used, 'x', 300);
    snprintf(long_line + used + 300, sizeof long_line - used - 300, "\n[normen]\nstart_dagen = 3\n");
    refused("lange-regel.ini", long_line, n, "de regel is langer dan 198 tekens; ga verder op een nieuwe regel die "
            "met een spatie begint");
    /* A NUL byte would cut a line the same way (found by the fuzz target); text that is
     * not UTF-8 would reach the reports as garbage. */
    char nul[512];
    size_t nul_len = (size_t)snprintf(nul, sizeof nul, "%s[vragen]\nx = a", REQUIRED);
    memcpy(nul + nul_len, "\0b = c\n[normen]\nstart_dagen = 3\n", 31);
    char *nul_path = scratch_write("nul.ini", "");
    FILE *fp = nul_path ? fopen(nul_path, "wb") : NULL;
    if (fp) {
        fwrite(nul, 1, nul_len + 31, fp);
        fclose(fp);
        wr_config *c = NULL;
        wr_error e = {0};
        CHECK_INT(wr_config_load(nul_path, &c, &e), WR_ERR_CONFIG);
        check_message(e.message, nul_path, n, "de regel bevat een NUL-teken");
    }
    free(nul_path);
    refused("geen-utf8.ini", REQUIRED "[vragen]\nx = Financi\xEBn\n", n, "de regel is geen geldige UTF-8");
    /* ... and the way out works: a line that starts with white space continues the value. */
    wr_config *cfg = loaded("vervolg.ini", REQUIRED "[vragen]\nlang = Ik kon met mijn vraag\n  terecht bij de wijkteams\n"
                                           "[vrije_dagen]\ndatums = 2026-12-24,\n  2026-12-31\n");
    if (cfg) {
        check_list(&cfg->questions, "lang=Ik kon met mijn vraag terecht bij de wijkteams");
        CHECK_INT(cfg->extra_holiday_count, 2);
    }
    wr_config_free(cfg);

    /* Amounts are digits with one decimal sign, nothing else. */
    refused("inf.ini", REQUIRED "[financiele_toetsen]\nwinst_maximaal_pct = inf\n", n, "'inf' is geen bedrag");
    refused("nan.ini", REQUIRED "[financiele_toetsen]\nbuurt.begroting = nan\n", n, "'nan' is geen bedrag");
    refused("exponent.ini", REQUIRED "[financiele_toetsen]\nbuurt.begroting = 1e9\n", n, "'1e9' is geen bedrag");
    refused("hex.ini", REQUIRED "[financiele_toetsen]\nbuurt.begroting = 0x10\n", n, "'0x10' is geen bedrag");

    /* drempel 1 publishes every small number: refused unless the file says so in words. */
    refused("drempel-1.ini", REQUIRED "[privacy]\ndrempel = 1\n", n,
            "drempel 1 zet de bescherming van kleine aantallen uit");
    refused("drempel-1-nee.ini", REQUIRED "[privacy]\ndrempel = 1\nkleine_aantallen_publiceren = nee\n", n,
            "kleine_aantallen_publiceren = ja");
    cfg = loaded("drempel-1-ja.ini", REQUIRED "[privacy]\ndrempel = 1\nkleine_aantallen_publiceren = ja\n");
    if (cfg)
        CHECK_INT(cfg->privacy_threshold, 1);
    wr_config_free(cfg);
    cfg = loaded("drempel-2.ini", REQUIRED "[privacy]\ndrempel = 2\n");
    if (cfg)
        CHECK_INT(cfg->privacy_threshold, 2);
    wr_config_free(cfg);

    /* A runaway code list fails at the code that overflows it, with file and line, and
     * fast: the file is not read on. */
    wr_strbuf big = {0};
    wr_strbuf_puts(&big, REQUIRED "[themas]\n");
    for (int i = 0; i < 100000; i++)
        wr_strbuf_printf(&big, "t%d = Thema %d\n", i, i);
    refused("honderdduizend.ini", wr_strbuf_cstr(&big), REQUIRED_LINES + 2 + WR_CODE_LIST_MAX,
            "[themas] mag ten hoogste 1000 codes bevatten");
    wr_strbuf_free(&big);

    /* A section that appears twice is an error at its second header. */
    refused("twee-keer.ini", REQUIRED "[normen]\nstart_dagen = 3\n[privacy]\ndrempel = 5\n[normen]\nstart_dagen = 9\n",
            REQUIRED_LINES + 5, "deze sectie staat al eerder in het bestand (regel 15); zet alles van [normen] onder één kop");
    refused("twee-keer-lijst.ini", REQUIRED "[wijken]\noost = Oost\n", REQUIRED_LINES + 1,
            "deze sectie staat al eerder in het bestand (regel 7)");
}

/* [bevolking] and [kadernota] for the Kadernota outlook (config/outlook_settings.h). */
static void test_outlook_settings(void)
{
    wr_config *cfg = loaded("kadernota.ini", REQUIRED
                            "[kadernota]\nvanaf = 2024-Q2\nprijsindex_pct = 3,2\n"
                            "post.Wijkteam = basis\npost.overhead = totaal\n"
                            "[bevolking]\n2026.0-17 = 31500\n2026.65+ = 28000,5\n2027.18-26 = 17000\n");
    if (cfg) {
        const wr_outlook_settings *o = &cfg->outlook;
        CHECK(o->has_history_start && o->history_start.year == 2024 && o->history_start.quarter == 2);
        CHECK(o->has_price_index);
        CHECK_DBL(o->price_index_pct, 3.2, 1e-12);
        CHECK_STR(wr_outlook_post_part(o, "wijkteam"), "basis"); /* posts compared in lower case */
        CHECK_STR(wr_outlook_post_part(o, "OVERHEAD"), "totaal");
        CHECK(wr_outlook_post_part(o, "huur") == NULL);
        CHECK_DBL(wr_outlook_population(o, 2026, 0), 31500, 0);
        CHECK_DBL(wr_outlook_population(o, 2026, 3), 28000.5, 1e-9);
        CHECK_DBL(wr_outlook_population(o, 2027, 1), 17000, 0);
        CHECK_DBL(wr_outlook_population(o, 2027, 0), -1, 0); /* not given */
    }
    wr_config_free(cfg);
    cfg = loaded("zonder.ini", REQUIRED);
    if (cfg)
        CHECK(!cfg->outlook.has_price_index && !cfg->outlook.has_history_start && cfg->outlook.population_count == 0);
    wr_config_free(cfg);

    const long n = REQUIRED_LINES + 2;
    refused("groep.ini", REQUIRED "[bevolking]\n2026.0-18 = 100\n", n, "een leeftijdsgroep in [bevolking] is 0-17");
    refused("sleutel.ini", REQUIRED "[bevolking]\n0-17 = 100\n", n, "schrijf in [bevolking] jaar.leeftijdsgroep");
    refused("aantal.ini", REQUIRED "[bevolking]\n2026.0-17 = 31 500\n", n, "het aantal inwoners in [bevolking]");
    refused("tweemaal.ini", REQUIRED "[bevolking]\n2026.0-17 = 1\n2026.0-17 = 2\n", n + 1, "staan al eerder");
    refused("index.ini", REQUIRED "[kadernota]\nprijsindex_pct = -2\n", n, "prijsindex_pct is een percentage");
    refused("vanaf.ini", REQUIRED "[kadernota]\nvanaf = 2024\n", n, "vanaf is een kwartaal");
    refused("onbekend-kn.ini", REQUIRED "[kadernota]\ngroei = 2\n", n, "onbekende instelling in [kadernota]");
}

int main(void)
{
    if (!scratch_open("config"))
        return 1;
    test_sample();
    test_other_municipality();
    test_values_and_defaults();
    test_errors();
    test_hostile_settings();
    test_outlook_settings();
    scratch_close();
    return check_summary("config");
}
