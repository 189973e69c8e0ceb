/* wijkrapport: command line. Parses options, runs the chosen command and reports
 * errors in Dutch on stderr; the exit status follows wr_status_exit_code. */
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/check.h"
#include "config/config.h"
#include "export/xlsx/xlsx_book.h"
#include "input/dataset.h"
#include "base/error.h"
#include "base/format_nl.h"
#include "app/periods.h"
#include "app/outlook_run.h"
#include "app/run.h"
#include "app/stage_report.h"
#include "base/stage_times.h"
#include "app/texts.h"

#ifndef WR_VERSION
#define WR_VERSION "0.1.0"
#endif
#ifndef WR_DATADIR
#define WR_DATADIR "/usr/local/share/wijkrapport"
#endif

static const char usage[] =
    "Gebruik: wijkrapport kwartaal [PERIODE] [OPTIES]\n"
    "         wijkrapport jaar [JAAR] [OPTIES]\n"
    "         wijkrapport financien [PERIODE] [OPTIES]\n"
    "         wijkrapport kadernota JAAR [OPTIES]\n"
    "         wijkrapport teksten PERIODE [OPTIES]\n"
    "         wijkrapport controleer [OPTIES]\n"
    "         wijkrapport perioden [OPTIES]\n"
    "         wijkrapport --help | --version\n"
    "\n"
    "Maakt de kwartaalrapportage of het jaarverslag voor de gemeente (PDF), de\n"
    "bijlage voor de controller (Excel) en de cijferexport (CSV) uit de export van\n"
    "het registratiesysteem en de teksten van het team.\n"
    "\n"
    "Opdrachten:\n"
    "  kwartaal [PERIODE]      rapportage over een kwartaal, bijvoorbeeld 2026-Q3;\n"
    "                          zonder PERIODE het laatste volledige kwartaal in de export\n"
    "  jaar [JAAR]             jaarverslag over een jaar, bijvoorbeeld 2026; zonder JAAR het\n"
    "                          laatste jaar in de export. Een jaar dat nog loopt, telt tot en\n"
    "                          met het laatste volledige kwartaal.\n"
    "  financien [PERIODE]     alleen het financieel overzicht van een kwartaal, zoals de\n"
    "                          tussenrapportage in juni over 2026-Q2: uitgaven tot nu, de\n"
    "                          verwachting tot het einde van het jaar en de financiële\n"
    "                          toetsen, als PDF, webpagina en Excel; zonder PERIODE het\n"
    "                          laatste volledige kwartaal\n"
    "  kadernota JAAR          vooruitblik voor de Kadernota over JAAR (bijvoorbeeld 2027):\n"
    "                          het verwachte volume per onderdeel met een marge, naast de\n"
    "                          groei die alleen uit de bevolking volgt, en wat de begroting\n"
    "                          dan nodig heeft met de prijsindex; als PDF, webpagina en Excel\n"
    "                          in UITVOER/kadernota-JAAR/, met de toelichting van het team\n"
    "                          (kadernota-JAAR/toelichting.md in de map met teksten)\n"
    "  teksten PERIODE         maakt voor 2026-Q3, 2026 of kadernota-2027 elk tekstbestand\n"
    "                          dat nog ontbreekt, met de kop en de vragen die de tekst moet\n"
    "                          beantwoorden; een bestaand bestand blijft altijd ongemoeid\n"
    "  controleer              controleert de export zonder rapporten te maken en toont\n"
    "                          alle meldingen per soort; afsluitstatus 0 als de export\n"
    "                          bruikbaar is (ook met meldingen op regelniveau)\n"
    "  perioden                toont de kwartalen en jaren in de export, één per regel: van\n"
    "                          het kwartaal van de eerste aanmelding tot en met het laatste\n"
    "                          volledige kwartaal\n"
    "\n"
    "Opties:\n"
    "  -g, --gegevens MAP      map met de export (trajecten.csv enz.); standaard: sample-data\n"
    "  -t, --teksten MAP       map met de teksten per periode; standaard: GEGEVENS/teksten\n"
    "  -i, --instellingen BESTAND\n"
    "                          instellingenbestand; standaard: GEGEVENS/wijkrapport.ini\n"
    "  -u, --uitvoer MAP       map voor de rapporten; standaard: out\n"
    "  -s, --sjablonen MAP     map met eigen sjablonen, een kopie van de map templates van\n"
    "                          de installatie; standaard: die map zelf\n"
    "  -d, --definitief        maak de definitieve versie; weigert zolang er teksten\n"
    "                          ontbreken. Zonder deze optie heet elk document 'Concept'.\n"
    "  -D, --datum DATUM       publicatiedatum op het voorblad, bijvoorbeeld 2026-10-15;\n"
    "                          standaard: publicatiedatum uit de instellingen, anders de\n"
    "                          datum van vandaag (of SOURCE_DATE_EPOCH)\n"
    "  -h, --help              deze uitleg\n"
    "  -V, --version           versie\n"
    "\n"
    "De bestanden komen in UITVOER/PERIODE/. Een run die mislukt laat eerdere rapporten\n"
    "ongemoeid.\n"
    "\n"
    "Afsluitstatus: 0 gelukt; 1 fout in de export of de teksten; 2 verkeerde opdracht;\n"
    "3 fout in instellingen of sjabloon; 4 uitvoer kan niet worden geschreven;\n"
    "5 onvoldoende geheugen of interne fout.\n";

/* Templates and fonts: $WIJKRAPPORT_DATA, the installed share folder, or the source
 * tree the program was built in (build/wijkrapport -> ..). */
static void find_share_dir(char *buf, size_t size)
{
    const char *env = getenv("WIJKRAPPORT_DATA");
    if (env && *env) {
        snprintf(buf, size, "%s", env);
        return;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *dir = dirname(exe);
        char probe[PATH_MAX + 64];
        snprintf(probe, sizeof probe, "%s/../share/wijkrapport/templates", dir);
        if (access(probe, R_OK) == 0) {
            snprintf(buf, size, "%s/../share/wijkrapport", dir);
            return;
        }
        snprintf(probe, sizeof probe, "%s/../templates", dir);
        if (access(probe, R_OK) == 0) {
            snprintf(buf, size, "%s/..", dir);
            return;
        }
    }
    snprintf(buf, size, "%s", WR_DATADIR);
}

static int fail(const wr_error *err)
{
    fprintf(stderr, "wijkrapport: %s\n", err->message);
    return wr_status_exit_code(err->status);
}

static int usage_error(const char *message)
{
    fprintf(stderr, "wijkrapport: %s\nZie 'wijkrapport --help'.\n", message);
    return wr_status_exit_code(WR_ERR_USAGE);
}


/* What looks like personal data in the team's texts: the document is public. */
static void print_privacy(const wr_run_result *result)
{
    if (!result->privacy_count)
        return;
    fprintf(stderr, "Let op: deze teksten bevatten iets dat op persoonsgegevens lijkt. De rapportage is "
                    "openbaar; haal het weg:\n");
    for (size_t i = 0; i < result->privacy_count; i++)
        fprintf(stderr, "  %s\n", result->privacy_findings[i]);
}

static void print_missing(const wr_run_result *result)
{
    if (!result->missing_count)
        return;
    fprintf(stderr, "Let op: deze teksten ontbreken nog; het document is een concept:\n");
    for (size_t i = 0; i < result->missing_count; i++)
        fprintf(stderr, "  %s\n", result->missing_texts[i]);
}

static int run_report(wr_run_options *opts)
{
    wr_run_result result;
    wr_error err = {0};
    wr_status st = wr_run_report(opts, &result, &err);
    if (st != WR_OK) {
        wr_run_result_clear(&result);
        return fail(&err);
    }
    print_privacy(&result);
    char period[64];
    wr_nl_period(result.period, period, sizeof period);
    if (opts->kind == WR_REPORT_QUARTER) {
        printf("Rapportage over het %s geschreven:\n", period);
    } else if (opts->kind == WR_REPORT_FINANCE) {
        printf("Financieel overzicht over het %s geschreven:\n", period);
    } else if (result.year_in_progress) {
        char until[48];
        wr_nl_date(result.period.end, until, sizeof until);
        printf("Jaarverslag %s geschreven, met cijfers tot en met %s (het jaar loopt nog):\n", period, until);
    } else {
        printf("Jaarverslag %s geschreven:\n", period);
    }
    for (size_t i = 0; i < result.written_count; i++)
        printf("  %s\n", result.written[i]);
    if (result.factsheet_dir)
        printf("  %s/ (wijkfactsheets en een overzicht, als PDF en webpagina)\n", result.factsheet_dir);
    if (result.no_trajectories && result.trajectories_refused)
        fprintf(stderr, "Let op: geen enkele regel van %s/trajecten.csv telt mee (zie het tabblad Datakwaliteit in de "
                        "bijlage); alle cijfers over trajecten zijn 0.\n", opts->data_dir);
    else if (result.no_trajectories)
        fprintf(stderr, "Let op: %s/trajecten.csv bevat geen trajecten, alleen een kopregel; alle cijfers over "
                        "trajecten zijn 0.\n", opts->data_dir);
    if (result.problem_count)
        printf("De export bevat %zu %s; zie het tabblad Datakwaliteit in de bijlage.\n", result.problem_count,
               result.problem_count == 1 ? "melding over de gegevens" : "meldingen over de gegevens");
    if (result.problem_count > WR_XLSX_QUALITY_MAX) {
        char shown[32];
        wr_nl_number(WR_XLSX_QUALITY_MAX, 0, shown, sizeof shown);
        printf("Dat tabblad toont de eerste %s (meer regels heeft een blad in Excel niet); 'wijkrapport "
               "controleer' toont ze alle.\n", shown);
    }
    if (result.warnings.count) {
        fprintf(stderr, "Let op: niet alles staat in de documenten zoals het geschreven is:\n");
        for (size_t i = 0; i < result.warnings.count; i++)
            fprintf(stderr, "  %s\n", result.warnings.items[i]);
    }
    print_missing(&result);
    wr_run_result_clear(&result);
    return 0;
}

/* Reads the settings and the export; on failure returns the exit status to use. */
static int load_export(const wr_run_options *opts, wr_config **cfg, wr_dataset **ds)
{
    char path[4096];
    wr_error err = {0};
    *cfg = NULL;
    *ds = NULL;
    if (opts->config_path)
        snprintf(path, sizeof path, "%s", opts->config_path);
    else
        snprintf(path, sizeof path, "%s/wijkrapport.ini", opts->data_dir);
    double t0 = wr_clock_now();
    wr_status st = wr_config_load(path, cfg, &err);
    double t1 = wr_clock_now();
    wr_stage_note("instellingen", NULL, t0, t1);
    if (st == WR_OK) {
        st = wr_dataset_load(opts->data_dir, *cfg, ds, &err);
        wr_stage_note("lezen", "(alles)", t1, wr_clock_now());
    }
    if (st != WR_OK) {
        wr_config_free(*cfg);
        *cfg = NULL;
        fprintf(stderr, "wijkrapport: de export kan niet worden gebruikt.\n");
        return fail(&err);
    }
    return 0;
}

static int run_outlook(wr_run_options *opts, const char *year_text)
{
    char *end;
    long year = strtol(year_text, &end, 10);
    if (*end || end == year_text || year < 2000 || year > 2200) {
        char msg[160];
        snprintf(msg, sizeof msg, "'%.40s' is geen jaar; schrijf bijvoorbeeld 'kadernota 2027'.", year_text);
        return usage_error(msg);
    }
    wr_run_result result;
    wr_error err = {0};
    if (wr_run_outlook(opts, (int)year, &result, &err) != WR_OK) {
        wr_run_result_clear(&result);
        return fail(&err);
    }
    print_privacy(&result);
    printf("Vooruitblik voor de Kadernota %ld geschreven:\n", year);
    for (size_t i = 0; i < result.written_count; i++)
        printf("  %s\n", result.written[i]);
    if (result.problem_count)
        printf("De export bevat %zu %s; 'wijkrapport controleer' toont ze.\n", result.problem_count,
               result.problem_count == 1 ? "melding over de gegevens" : "meldingen over de gegevens");
    if (result.warnings.count) {
        fprintf(stderr, "Let op: niet alles staat in de documenten zoals het geschreven is:\n");
        for (size_t i = 0; i < result.warnings.count; i++)
            fprintf(stderr, "  %s\n", result.warnings.items[i]);
    }
    print_missing(&result);
    wr_run_result_clear(&result);
    return 0;
}

static int run_check(const wr_run_options *opts)
{
    wr_config *cfg;
    wr_dataset *ds;
    int status = load_export(opts, &cfg, &ds);
    if (status != 0)
        return status;
    double t = wr_clock_now();
    wr_check_print(ds, opts->data_dir, stdout);
    printf("\nDe export kan worden gebruikt voor de rapportage.\n");
    wr_stage_note("meldingen tonen", NULL, t, wr_clock_now());
    wr_dataset_free(ds);
    wr_config_free(cfg);
    return 0;
}

/* One period per line, quarters first: what the shell's completion offers. */
static int run_list_periods(const wr_run_options *opts)
{
    wr_config *cfg;
    wr_dataset *ds;
    int status = load_export(opts, &cfg, &ds);
    if (status != 0)
        return status;
    wr_period first, last;
    bool any = wr_export_quarters(ds, &first, &last);
    wr_dataset_free(ds);
    wr_config_free(cfg);
    if (!any) {
        fprintf(stderr, "wijkrapport: %s/trajecten.csv bevat nog geen volledig kwartaal.\n", opts->data_dir);
        return wr_status_exit_code(WR_ERR_INPUT);
    }
    char code[16];
    for (wr_period q = first; q.start <= last.start; q = wr_period_shift(q, 1)) {
        wr_period_code(q, code, sizeof code);
        printf("%s\n", code);
    }
    for (int year = first.year; year <= last.year; year++)
        printf("%d\n", year);
    return 0;
}

/* The year of "kadernota-2027", or 0 when period is not of that form. */
static long outlook_year(const char *period)
{
    static const char prefix[] = "kadernota-";
    if (strncmp(period, prefix, sizeof prefix - 1) != 0)
        return 0;
    char *end;
    const char *digits = period + sizeof prefix - 1;
    long year = strtol(digits, &end, 10);
    return *end || end == digits || year < 2000 || year > 2200 ? -1 : year;
}

static int run_scaffold(const wr_run_options *opts, const char *period)
{
    wr_period p;
    long target_year = outlook_year(period);
    if (target_year < 0 || (target_year == 0 && !wr_period_parse(period, &p))) {
        char msg[200];
        snprintf(msg, sizeof msg,
                 "'%.40s' is geen periode; schrijf bijvoorbeeld 2026-Q3, 2026 of kadernota-2027.", period);
        return usage_error(msg);
    }
    wr_scaffold_result *res = NULL;
    wr_error err = {0};
    char templates[4096];
    if (opts->templates_dir)
        snprintf(templates, sizeof templates, "%s", opts->templates_dir);
    else
        snprintf(templates, sizeof templates, "%s/templates", opts->share_dir);
    wr_texts_places at = {opts->data_dir, opts->texts_dir, opts->config_path, templates};
    wr_status st;
    if (target_year > 0) {
        st = wr_texts_scaffold_outlook(&at, (int)target_year, &res, &err);
    } else {
        char code[16];
        wr_period_code(p, code, sizeof code);
        st = wr_texts_scaffold(&at, code, p.quarter == 0, &res, &err);
    }
    if (st != WR_OK)
        return fail(&err);
    if (res->created_count) {
        printf("Nieuwe tekstbestanden in %s:\n", res->folder);
        for (size_t i = 0; i < res->created_count; i++)
            printf("  %s\n", res->created[i]);
    }
    if (res->existing_count) {
        printf("Al aanwezig (niet veranderd):\n");
        for (size_t i = 0; i < res->existing_count; i++)
            printf("  %s\n", res->existing[i]);
    }
    if (res->created_count)
        printf("Schrijf de teksten en haal in elk bestand de laatste regel (de markering) weg als de tekst af is.\n");
    wr_scaffold_result_free(res);
    return 0;
}

static int run_command(int argc, char **argv);

int main(int argc, char **argv)
{
    wr_stage_times_begin();
    int status = run_command(argc, argv);
    wr_stage_report_print(stderr);
    return status;
}

static int run_command(int argc, char **argv)
{
    /* Numbers are read and written with a decimal point whatever the user's locale;
     * libxlsxwriter in particular writes corrupt files under a decimal-comma locale. */
    setlocale(LC_ALL, "C");

    static const struct option long_options[] = {
        {"gegevens", required_argument, NULL, 'g'},
        {"teksten", required_argument, NULL, 't'},
        {"instellingen", required_argument, NULL, 'i'},
        {"uitvoer", required_argument, NULL, 'u'},
        {"sjablonen", required_argument, NULL, 's'},
        {"definitief", no_argument, NULL, 'd'},
        {"datum", required_argument, NULL, 'D'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    char share[PATH_MAX];
    wr_run_options opts = {.data_dir = "sample-data", .output_dir = "out", .share_dir = share};
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "g:t:i:u:s:dD:hV", long_options, NULL)) != -1) {
        switch (c) {
        case 'g': opts.data_dir = optarg; break;
        case 't': opts.texts_dir = optarg; break;
        case 'i': opts.config_path = optarg; break;
        case 'u': opts.output_dir = optarg; break;
        case 's': opts.templates_dir = optarg; break;
        case 'd': opts.final = true; break;
        case 'D':
            if (!wr_date_parse(optarg, &opts.publication_date)) {
                char msg[160];
                snprintf(msg, sizeof msg, "'%.40s' is geen datum; schrijf bijvoorbeeld --datum 2026-10-15.", optarg);
                return usage_error(msg);
            }
            opts.publication_given = true;
            break;
        case 'h': fputs(usage, stdout); return 0;
        case 'V': printf("wijkrapport %s\n", WR_VERSION); return 0;
        default: {
            char msg[128];
            snprintf(msg, sizeof msg, "onbekende of onvolledige optie '%s'.", argv[optind - 1]);
            return usage_error(msg);
        }
        }
    }
    if (optind >= argc)
        return usage_error("geef een opdracht, bijvoorbeeld 'kwartaal 2026-Q3'.");
    struct stat templates_stat;
    if (opts.templates_dir && (stat(opts.templates_dir, &templates_stat) != 0 || !S_ISDIR(templates_stat.st_mode))) {
        wr_error err = {0};
        wr_error_set(&err, WR_ERR_CONFIG, "%s: deze map met sjablonen (--sjablonen) bestaat niet.", opts.templates_dir);
        return fail(&err);
    }
    const char *command = argv[optind++];
    if (strcmp(command, "teksten") == 0) {
        if (optind + 1 != argc)
            return usage_error("geef precies één periode, bijvoorbeeld 'teksten 2026-Q3' of 'teksten 2026'.");
        find_share_dir(share, sizeof share);
        return run_scaffold(&opts, argv[optind]);
    }
    if (strcmp(command, "controleer") == 0) {
        if (optind < argc)
            return usage_error("'controleer' heeft geen periode nodig.");
        return run_check(&opts);
    }
    if (strcmp(command, "perioden") == 0) {
        if (optind < argc)
            return usage_error("'perioden' heeft geen argumenten.");
        return run_list_periods(&opts);
    }
    if (strcmp(command, "kadernota") == 0) {
        if (optind + 1 != argc)
            return usage_error("geef precies één jaar, bijvoorbeeld 'kadernota 2027'.");
        find_share_dir(share, sizeof share);
        return run_outlook(&opts, argv[optind]);
    }
    if (strcmp(command, "kwartaal") == 0) {
        opts.kind = WR_REPORT_QUARTER;
    } else if (strcmp(command, "jaar") == 0) {
        opts.kind = WR_REPORT_YEAR;
    } else if (strcmp(command, "financien") == 0) {
        opts.kind = WR_REPORT_FINANCE;
    } else {
        char msg[160];
        snprintf(msg, sizeof msg, "onbekende opdracht '%.80s'.", command);
        return usage_error(msg);
    }
    if (optind < argc) {
        bool year = opts.kind == WR_REPORT_YEAR;
        if (!wr_period_parse(argv[optind], &opts.period) || (opts.period.quarter == 0) != year) {
            char msg[160];
            snprintf(msg, sizeof msg, "'%.40s' is geen %s; schrijf bijvoorbeeld %s.", argv[optind],
                     year ? "jaar" : "kwartaal", year ? "2026" : "2026-Q3");
            return usage_error(msg);
        }
        opts.period_given = true;
        optind++;
    }
    if (optind < argc)
        return usage_error("te veel argumenten.");
    find_share_dir(share, sizeof share);
    return run_report(&opts);
}
