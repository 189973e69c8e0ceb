#include "app/outlook_run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/document_options.h"
#include "app/outputs.h"
#include "app/privacy_scan.h"
#include "app/publication_date.h"
#include "app/quiet_stderr.h"
#include "app/texts.h"
#include "base/strbuf.h"
#include "config/config.h"
#include "export/xlsx/outlook_book.h"
#include "figures/outlook.h"
#include "fill/outlook_fill.h"
#include "input/dataset.h"
#include "render/html/html_render.h"
#include "render/pdf/pdf_render.h"

typedef struct {
    wr_config *cfg;
    wr_dataset *ds;
    wr_outlook *outlook;
    wr_narrative_list *text_list; /* the outlook's one text (narrative/spec.h) */
    wr_narrative *texts;
    wr_filled_report report;
    wr_outputs *outputs;
} outlook_state;

static void state_free(outlook_state *s)
{
    wr_config_free(s->cfg);
    wr_dataset_free(s->ds);
    wr_outlook_free(s->outlook);
    wr_narrative_free(s->texts);
    wr_narrative_list_free(s->text_list);
    wr_filled_report_clear(&s->report);
    wr_outputs_free(s->outputs);
}

static wr_status write_files(outlook_state *s, const wr_run_options *opts, const char *const *temps, bool draft,
                             wr_run_result *result, wr_error *err)
{
    char header[256], title[256], fonts[4096];
    time_t when = wr_publication_time(opts, s->cfg);
    snprintf(header, sizeof header, "%s \xC2\xB7 vooruitblik Kadernota %d", s->cfg->programme,
             s->outlook->target_year);
    snprintf(title, sizeof title, "Vooruitblik Kadernota %d %s", s->outlook->target_year, s->cfg->programme);
    snprintf(fonts, sizeof fonts, "%s/fonts", opts->share_dir);
    wr_document_setup setup = {
        .cfg = s->cfg,
        .title = title,
        .subject = "Verwachte volumegroei, demografische groei en prijseffecten voor de Kadernota",
        .keywords = "kadernota, vooruitblik, volumegroei, demografie, prijseffecten",
        .header_text = header,
        .font_dir = fonts,
        .published = when,
        .draft = draft,
        .sources = s->report.sources,
    };
    wr_pdf_options pdf;
    wr_html_options html;
    wr_document_options(&setup, &pdf, &html);
    pdf.warnings = &result->warnings;
    html.warnings = &result->warnings;
    wr_status st = wr_pdf_render(s->report.markdown, s->report.len, &pdf, temps[0], err);
    if (st != WR_OK)
        return st;
    if ((st = wr_html_render(s->report.markdown, s->report.len, &html, temps[1], err)) != WR_OK)
        return st;
    wr_quiet_stderr quiet; /* libxlsxwriter's own English error lines */
    wr_quiet_stderr_begin(&quiet);
    st = wr_xlsx_write_outlook(temps[2], s->outlook, s->cfg, when, err);
    wr_quiet_stderr_end(&quiet);
    return st;
}

/* The team's text in <teksten>/kadernota-<jaar>/, with the rules of the reports: a
 * missing text makes the document a draft, and --definitief refuses while it is missing
 * or holds what looks like personal data. */
static wr_status load_texts(outlook_state *s, const wr_run_options *opts, const char *folder, wr_run_result *result,
                            wr_error *err)
{
    char texts_dir[4096];
    wr_texts_dir(opts->data_dir, opts->texts_dir, texts_dir, sizeof texts_dir);
    wr_status st = wr_narrative_list_outlook(&s->text_list, err);
    if (st == WR_OK)
        st = wr_narrative_load(s->text_list, texts_dir, folder, false, &s->texts, err);
    if (st == WR_OK)
        st = wr_texts_note_missing(s->texts, WR_REPORT_QUARTER, &result->missing_texts, &result->missing_count, err);
    wr_warnings found = {0};
    if (st == WR_OK)
        st = wr_privacy_scan(s->texts, NULL, opts->data_dir, &found, err);
    result->privacy_findings = found.items;
    result->privacy_count = found.count;
    if (st == WR_OK && opts->final && (result->missing_count > 0 || result->privacy_count > 0))
        st = wr_texts_refuse_unfinished(result->missing_texts, result->missing_count, result->privacy_findings,
                                          result->privacy_count, err);
    return st;
}

static wr_status run(outlook_state *s, const wr_run_options *opts, int target_year, wr_run_result *result,
                     wr_error *err)
{
    char path[4096], templates[4096], folder[32], name[64];
    wr_status st;
    if (opts->config_path)
        snprintf(path, sizeof path, "%s", opts->config_path);
    else
        snprintf(path, sizeof path, "%s/wijkrapport.ini", opts->data_dir);
    if ((st = wr_config_load(path, &s->cfg, err)) != WR_OK)
        return st;
    if (opts->templates_dir)
        snprintf(templates, sizeof templates, "%s", opts->templates_dir);
    else
        snprintf(templates, sizeof templates, "%s/templates", opts->share_dir);
    if ((st = wr_dataset_load(opts->data_dir, s->cfg, &s->ds, err)) != WR_OK)
        return st;
    result->problem_count = s->ds->diags.count;
    if ((st = wr_outlook_compute(s->ds, s->cfg, target_year, &s->outlook, err)) != WR_OK)
        return st;
    result->period = s->outlook->last;
    snprintf(folder, sizeof folder, "kadernota-%d", target_year);
    if ((st = load_texts(s, opts, folder, result, err)) != WR_OK)
        return st;
    bool draft = !opts->final;
    wr_quiet_stderr quiet; /* ctemplate's own English error lines */
    wr_quiet_stderr_begin(&quiet);
    st = wr_fill_outlook(s->outlook, s->cfg, s->texts, draft, templates, "kadernota.md", &s->report, err);
    wr_quiet_stderr_end(&quiet);
    if (st != WR_OK)
        return st;
    if ((st = wr_outputs_open(opts->output_dir, folder, &s->outputs, err)) != WR_OK)
        return st;
    const char *temps[3];
    static const char *const ext[3] = {"pdf", "html", "xlsx"};
    for (size_t i = 0; i < 3; i++) {
        const char *final_path;
        snprintf(name, sizeof name, "%s.%s", folder, ext[i]);
        if ((st = wr_outputs_add(s->outputs, name, &temps[i], &final_path, err)) != WR_OK)
            return st;
        if (!(result->written[result->written_count++] = wr_strdup(final_path)))
            return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    if ((st = write_files(s, opts, temps, draft, result, err)) != WR_OK)
        return st;
    return wr_outputs_commit(s->outputs, err);
}

wr_status wr_run_outlook(const wr_run_options *opts, int target_year, wr_run_result *result, wr_error *err)
{
    outlook_state s = {0};
    memset(result, 0, sizeof *result);
    wr_status st = run(&s, opts, target_year, result, err);
    if (st != WR_OK)
        result->written_count = 0;
    state_free(&s);
    return st;
}
