#include "app/factsheets.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/output_jobs.h"
#include "app/quiet_stderr.h"
#include "base/errno_nl.h"
#include "export/csv.h"
#include "base/format_nl.h"
#include "base/stage_times.h"
#include "figures/disclosure.h"
#include "base/strbuf.h"
#include "fill/factsheet_data.h"
#include "fill/source_map.h"
#include "fill/template_check.h"
#include "fill/template_names.h"
#include "fill/template_data.h"
#include "fill/template_fill.h"
#include "fill/text_place.h"
#include "render/html/html_render.h"
#include "render/pdf/pdf_render.h"

#define FACTSHEET_TEMPLATE "wijkfactsheet.md"
#define OVERVIEW_TEMPLATE "wijkfactsheets.md"

/* The last four quarters as one period (computed with the report's columns), protected
 * with those quarters' views fixed (a quarter's report shows its own view already). NULL
 * when a quarter is unknown. */
static wr_status rolling_year(const wr_factsheet_run *run, wr_figures **out, wr_error *err)
{
    *out = NULL;
    for (size_t q = 0; q < 4; q++)
        if (!run->last_quarters[q])
            return WR_OK;
    if (!run->rolling)
        return WR_OK;
    wr_disclosure_member member = {.model = run->rolling, .parts = (const wr_figures *const *)run->last_quarters,
                                   .part_count = 4};
    if (!wr_disclose_set(&member, 1, run->report->cfg, NULL, 0, NULL))
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    *out = run->rolling;
    return WR_OK;
}

/* The template's codes against every name the fills can set (fill/template_names.h):
 * an unknown code is refused, as in the report's templates. The names are the same for
 * every factsheet of the run: *known is made at the first check and kept. */
static wr_status check_codes(const wr_factsheet_run *run, const char *name, wr_tpl_names **known, wr_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", run->templates_dir, name);
    if (!*known && (*known = wr_tpl_names_new()) != NULL && !wr_fill_names(run->report, *known))
        wr_tpl_names_free(*known), *known = NULL;
    if (!*known || wr_tpl_names_failed(*known))
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het vullen van het sjabloon.");
    wr_tpl_unknown found = {0};
    wr_status st = wr_tpl_check_file(path, *known, &found, err);
    if (st == WR_OK)
        st = wr_tpl_unknown_report(&found, err);
    else
        wr_strbuf_free(&found.list);
    return st;
}

/* Expands a template with dict into *markdown. */
static wr_status expand(const wr_factsheet_run *run, const char *name, wr_tpl_dict *dict, char **markdown,
                        wr_tpl_names **known, wr_error *err)
{
    wr_status st = check_codes(run, name, known, err);
    if (st != WR_OK)
        return st;
    wr_quiet_stderr quiet; /* ctemplate's own English error lines */
    wr_quiet_stderr_begin(&quiet);
    st = wr_tpl_expand(run->templates_dir, name, dict, markdown, NULL, err);
    wr_quiet_stderr_end(&quiet);
    return st;
}

/* Where the district's text goes: it is put in after the expansion (fill/text_place.h). */
#define TEXT_MARK "\x1AWR-WIJKTEKST\x1A"

/* The renderers name the file they wrote, the set's temporary name: the user hears the
 * final one. */
static void final_name(wr_error *err, const char *temp, const char *final_path)
{
    char *at = strstr(err->message, temp);
    if (!at)
        return;
    char rest[sizeof err->message];
    snprintf(rest, sizeof rest, "%s", at + strlen(temp));
    snprintf(at, sizeof err->message - (size_t)(at - err->message), "%s%s", final_path, rest);
}

/* One document of the set, a factsheet or the overview: its Markdown and the files its
 * PDF and HTML twin go to, reserved in the output set while preparing. */
typedef struct {
    const wr_factsheet_run *run;
    char stem[256], label[64], title[512];
    char *markdown;
    wr_source_map *sources; /* NULL: all template */
    const char *pdf_tmp, *pdf_final, *html_tmp, *html_final;
} sheet_doc;

/* The rolling year's figures beside cijfers.csv (write_rolling_csv). */
typedef struct {
    const wr_factsheet_run *run;
    const wr_figures *rolling;
    char label[64];
    const char *temp, *final_path;
} rolling_csv;

struct wr_factsheet_set {
    sheet_doc *docs;          /* the districts in order, then the overview */
    size_t doc_count, district_docs;
    rolling_csv csv;
    bool has_csv;
    wr_status failed;         /* a failure while preparing: the set ends there */
    wr_error failure;
};

/* Reserves wijken/<stem>.pdf and .html for doc. */
static wr_status reserve_pair(const wr_factsheet_run *run, sheet_doc *doc, wr_error *err)
{
    char name[512];
    snprintf(name, sizeof name, "wijken/%s.pdf", doc->stem);
    wr_status st = wr_outputs_add(run->outputs, name, &doc->pdf_tmp, &doc->pdf_final, err);
    snprintf(name, sizeof name, "wijken/%s.html", doc->stem);
    if (st == WR_OK)
        st = wr_outputs_add(run->outputs, name, &doc->html_tmp, &doc->html_final, err);
    return st;
}

/* Writes the PDF and the HTML twin of a document (a job: app/output_jobs.h). */
static wr_status render_pair(void *arg, wr_warnings *warnings, wr_error *err)
{
    const sheet_doc *doc = arg;
    const wr_factsheet_run *run = doc->run;
    wr_pdf_options pdf = *run->pdf;
    pdf.title = doc->title;
    pdf.header_text = doc->title;
    pdf.subject = "Wijkfactsheet: hulp in de wijk, in het kort";
    pdf.keywords = "wijkfactsheet, wijk, sociaal domein";
    pdf.sources = doc->sources;
    pdf.warnings = warnings;
    /* The layout record (WIJKRAPPORT_OPMAAK) of each factsheet beside the report's, under
     * its own name, so that it does not overwrite the report's record. */
    char record[4096];
    const char *slash = pdf.layout_record ? strrchr(pdf.layout_record, '/') : NULL;
    if (slash) {
        snprintf(record, sizeof record, "%.*s/%s.json", (int)(slash - pdf.layout_record), pdf.layout_record,
                 doc->stem);
        pdf.layout_record = record;
    } else {
        pdf.layout_record = NULL;
    }
    wr_html_options html = *run->html;
    html.title = doc->title;
    html.header_text = doc->title;
    html.sources = doc->sources;
    html.warnings = warnings;
    size_t len = strlen(doc->markdown);
    double t = wr_clock_now();
    wr_status st = wr_pdf_render(doc->markdown, len, &pdf, doc->pdf_tmp, err);
    double t2 = wr_clock_now();
    wr_stage_note("wijken pdf", doc->label, t, t2);
    if (st == WR_OK) {
        st = wr_html_render(doc->markdown, len, &html, doc->html_tmp, err);
        wr_stage_note("wijken html", doc->label, t2, wr_clock_now());
    }
    if (st != WR_OK) {
        final_name(err, doc->pdf_tmp, doc->pdf_final);
        final_name(err, doc->html_tmp, doc->html_final);
    }
    return st;
}

static wr_status prepare_one(const wr_factsheet_run *run, size_t d, const wr_figures *rolling, bool use_rolling,
                             wr_tpl_dict *dict, wr_tpl_names **known, sheet_doc *doc, wr_error *err)
{
    const wr_config *cfg = run->report->cfg;
    const wr_narrative_text *text = d < run->texts->count ? &run->texts->texts[d] : NULL;
    wr_factsheet_input in = {.report = run->report, .district = d, .shown = use_rolling ? rolling : run->report->current,
                             .rolling = use_rolling, .text = text ? text->text : "", .text_missing = !text || text->missing};
    double t = wr_clock_now();
    doc->run = run;
    doc->sources = wr_source_map_new();
    wr_status st = WR_OK;
    if (!doc->sources || !wr_fill_factsheet_own(dict, &in))
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het vullen van een wijkfactsheet.");
    if (st == WR_OK) {
        wr_tpl_dict_set(dict, "WIJK_TEKST", TEXT_MARK); /* the text goes in after the expansion */
        st = expand(run, FACTSHEET_TEMPLATE, dict, &doc->markdown, known, err);
    }
    if (st == WR_OK && !wr_place_text(&doc->markdown, TEXT_MARK, text, run->texts->folder, doc->sources))
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het vullen van een wijkfactsheet.");
    wr_stage_note("wijken invullen", cfg->districts.items[d].code, t, wr_clock_now());
    if (st == WR_OK) {
        char code[16], period[64];
        wr_period_code(run->report->current->period, code, sizeof code);
        wr_nl_period(run->report->current->period, period, sizeof period);
        snprintf(doc->stem, sizeof doc->stem, "wijkfactsheet-%s-%s", cfg->districts.items[d].code, code);
        snprintf(doc->label, sizeof doc->label, "%s", cfg->districts.items[d].code);
        snprintf(doc->title, sizeof doc->title, "Wijkfactsheet %s \xC2\xB7 %s \xC2\xB7 %s", cfg->districts.items[d].label,
                 cfg->programme, period);
        st = reserve_pair(run, doc, err);
    }
    return st;
}

static wr_status prepare_overview(const wr_factsheet_run *run, const bool *rolling, wr_tpl_dict *dict,
                                  wr_tpl_names **known, sheet_doc *doc, wr_error *err)
{
    double t = wr_clock_now();
    doc->run = run;
    wr_status st = WR_OK;
    if (!wr_fill_factsheet_overview_own(dict, run->report, rolling))
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het vullen van het overzicht van de wijken.");
    if (st == WR_OK)
        st = expand(run, OVERVIEW_TEMPLATE, dict, &doc->markdown, known, err);
    wr_stage_note("wijken invullen", "overzicht", t, wr_clock_now());
    if (st == WR_OK) {
        char code[16], period[64];
        wr_period_code(run->report->current->period, code, sizeof code);
        wr_nl_period(run->report->current->period, period, sizeof period);
        snprintf(doc->stem, sizeof doc->stem, "wijkfactsheets-%s", code);
        snprintf(doc->label, sizeof doc->label, "overzicht");
        snprintf(doc->title, sizeof doc->title, "Wijkfactsheets \xC2\xB7 %s \xC2\xB7 %s", run->report->cfg->programme,
                 period);
        st = reserve_pair(run, doc, err);
    }
    return st;
}

/* The rows of the rolling year a factsheet can show: the districts and the city. */
static bool factsheet_row(const wr_figure *fig)
{
    return (fig->deel == WR_DEEL_GEDAAN || fig->deel == WR_DEEL_BEREIKT) &&
           (strcmp(fig->dimension, "totaal") == 0 || strncmp(fig->dimension, "wijk", 4) == 0);
}

/* Reserves the rolling year's figures as the factsheets show them, beside cijfers.csv:
 * exact (and named "niet openbaar") unless the settings ask for the public view there too. */
static wr_status reserve_rolling_csv(const wr_factsheet_run *run, const wr_figures *rolling, rolling_csv *csv,
                                     wr_error *err)
{
    const wr_config *cfg = run->report->cfg;
    char code[16], name[128], period[16];
    wr_period end = run->report->current->period;
    wr_period_code(end, code, sizeof code);
    wr_period_code(wr_period_shift(end, -3), period, sizeof period);
    snprintf(csv->label, sizeof csv->label, "%s t/m %s", period, code);
    snprintf(name, sizeof name, "wijken/cijfers-rollend-jaar-%s%s.csv", code,
             cfg->suppress_in_appendix ? "" : "-niet-openbaar");
    csv->run = run;
    csv->rolling = rolling;
    return wr_outputs_add(run->outputs, name, &csv->temp, &csv->final_path, err);
}

/* Writes it (a job). */
static wr_status write_rolling_csv(void *arg, wr_warnings *warnings, wr_error *err)
{
    (void)warnings;
    const rolling_csv *csv = arg;
    const wr_config *cfg = csv->run->report->cfg;
    double t = wr_clock_now();
    FILE *fp = fopen(csv->temp, "wb"); /* messages name final_path */
    if (!fp)
        return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven: %s.", csv->final_path,
                            wr_errno_text(errno));
    wr_status st = wr_export_csv_write_rows(csv->rolling, csv->label, factsheet_row, cfg->suppress_in_appendix, fp,
                                            csv->final_path, err);
    if (fclose(fp) != 0 && st == WR_OK)
        st = wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven: %s.", csv->final_path,
                          wr_errno_text(errno));
    wr_stage_note("wijken cijfers.csv", NULL, t, wr_clock_now());
    return st;
}

/* The preparation's failure, as the job that comes after the documents prepared before it. */
static wr_status report_failure(void *arg, wr_warnings *warnings, wr_error *err)
{
    (void)warnings;
    const wr_factsheet_set *set = arg;
    *err = set->failure;
    return set->failed;
}

/* One dictionary per factsheet and one for the overview, each with the report's general
 * values, filled once for all of them (wr_tpl_dict_mirror). */
static bool make_dicts(const wr_factsheet_run *run, wr_tpl_dict **dicts, size_t count)
{
    bool ok = true;
    for (size_t i = 0; i < count; i++)
        ok = (dicts[i] = wr_tpl_dict_new()) != NULL && ok;
    double t = wr_clock_now();
    ok = ok && wr_tpl_dict_mirror(dicts[0], dicts + 1, count - 1) && wr_fill_template_data(dicts[0], run->report) &&
         wr_tpl_dict_mirror(dicts[0], NULL, 0);
    wr_stage_note("wijken sjabloongegevens", NULL, t, wr_clock_now());
    return ok;
}

static wr_status prepare(const wr_factsheet_run *run, wr_factsheet_set *set, bool *use_rolling, wr_tpl_dict **dicts,
                         wr_error *err)
{
    const wr_config *cfg = run->report->cfg;
    size_t nd = cfg->districts.count;
    wr_figures *rolling = NULL;
    wr_tpl_names *known = NULL; /* made at the first template check */
    wr_status st = wr_outputs_add_dir(run->outputs, "wijken", err);
    double t = wr_clock_now();
    if (st == WR_OK)
        st = rolling_year(run, &rolling, err);
    wr_stage_note("wijken rollend jaar", NULL, t, wr_clock_now());
    if (st == WR_OK && !make_dicts(run, dicts, nd + 1))
        st = wr_error_set(err, WR_ERR_NOMEM, nd ? "Onvoldoende geheugen bij het vullen van een wijkfactsheet."
                                                : "Onvoldoende geheugen bij het vullen van het overzicht van de wijken.");
    for (size_t d = 0; st == WR_OK && d < nd; d++) {
        use_rolling[d] = rolling && wr_factsheet_mostly_hidden(run->report->current, cfg, d);
        st = prepare_one(run, d, rolling, use_rolling[d], dicts[d], &known, &set->docs[set->doc_count], err);
        set->doc_count += st == WR_OK;
    }
    set->district_docs = set->doc_count;
    bool any_rolling = false;
    for (size_t d = 0; d < nd; d++)
        any_rolling |= use_rolling[d];
    if (st == WR_OK && any_rolling) {
        st = reserve_rolling_csv(run, rolling, &set->csv, err);
        set->has_csv = st == WR_OK;
    }
    if (st == WR_OK) {
        st = prepare_overview(run, use_rolling, dicts[nd], &known, &set->docs[set->doc_count], err);
        set->doc_count += st == WR_OK;
    }
    wr_tpl_names_free(known);
    return st;
}

wr_status wr_factsheets_prepare(const wr_factsheet_run *run, wr_factsheet_set **out, wr_error *err)
{
    size_t districts = run->report->cfg->districts.count;
    wr_factsheet_set *set = calloc(1, sizeof *set);
    bool *use_rolling = calloc(districts + 1, sizeof *use_rolling);
    wr_tpl_dict **dicts = calloc(districts + 1, sizeof *dicts);
    if (set)
        set->docs = calloc(districts + 1, sizeof *set->docs);
    if (!set || !set->docs || !use_rolling || !dicts) {
        free(use_rolling);
        free(dicts);
        wr_factsheet_set_free(set);
        *out = NULL;
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    set->failed = prepare(run, set, use_rolling, dicts, &set->failure);
    for (size_t i = 0; i <= districts; i++)
        wr_tpl_dict_free(dicts[i]);
    free(dicts);
    if (set->failed != WR_OK && set->doc_count < districts + 1) {
        /* the document that failed owns what it made so far */
        free(set->docs[set->doc_count].markdown);
        wr_source_map_free(set->docs[set->doc_count].sources);
        memset(&set->docs[set->doc_count], 0, sizeof set->docs[set->doc_count]);
    }
    free(use_rolling);
    *out = set;
    return WR_OK;
}

size_t wr_factsheets_jobs(wr_factsheet_set *set, wr_output_job *jobs)
{
    size_t n = 0;
    for (size_t i = 0; i < set->district_docs; i++)
        jobs[n++] = (wr_output_job){.fn = render_pair, .arg = &set->docs[i],
                                    .paths = {set->docs[i].pdf_tmp, set->docs[i].html_tmp}};
    if (set->has_csv)
        jobs[n++] = (wr_output_job){.fn = write_rolling_csv, .arg = &set->csv, .paths = {set->csv.temp}};
    for (size_t i = set->district_docs; i < set->doc_count; i++)
        jobs[n++] = (wr_output_job){.fn = render_pair, .arg = &set->docs[i],
                                    .paths = {set->docs[i].pdf_tmp, set->docs[i].html_tmp}};
    if (set->failed != WR_OK)
        jobs[n++] = (wr_output_job){.fn = report_failure, .arg = set};
    return n;
}

size_t wr_factsheets_job_count(const wr_factsheet_set *set)
{
    return set->doc_count + set->has_csv + (set->failed != WR_OK);
}

void wr_factsheet_set_free(wr_factsheet_set *set)
{
    if (!set)
        return;
    for (size_t i = 0; set->docs && i < set->doc_count; i++) {
        free(set->docs[i].markdown);
        wr_source_map_free(set->docs[i].sources);
    }
    free(set->docs);
    free(set);
}
