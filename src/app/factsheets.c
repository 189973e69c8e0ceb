#include "app/factsheets.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* Puts the district's text where the marker stands in *markdown and records its lines
 * in map, so the renderers treat it as the team's text (no special blocks, messages that
 * name the file). */
#define TEXT_MARK "\x1AWR-WIJKTEKST\x1A"
static bool place_text(char **markdown, const wr_narrative_text *text, const char *folder, wr_source_map *map)
{
    char *at = strstr(*markdown, TEXT_MARK);
    if (!at)
        return true; /* a template without the text */
    size_t line = 1, lines = 0;
    for (const char *q = *markdown; q < at; q++)
        line += *q == '\n';
    const char *body = text ? text->text : "";
    for (const char *q = body; *q; q++)
        lines += *q == '\n';
    lines += *body && body[strlen(body) - 1] != '\n';
    wr_strbuf out = {0}, path = {0};
    wr_strbuf_append(&out, *markdown, (size_t)(at - *markdown));
    wr_strbuf_puts(&out, body);
    wr_strbuf_puts(&out, at + strlen(TEXT_MARK));
    bool ok = !out.failed;
    if (ok && text && !text->missing && lines > 0) {
        wr_strbuf_printf(&path, "%s/%s.md", folder, text->name);
        ok = !path.failed && wr_source_map_add(map, wr_strbuf_cstr(&path), line, lines);
    }
    wr_strbuf_free(&path);
    char *joined = wr_strbuf_take(&out);
    if (!ok || !joined) {
        free(joined);
        return false;
    }
    free(*markdown);
    *markdown = joined;
    return true;
}

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

/* Writes the PDF and the HTML twin of markdown as wijken/<stem>.pdf and .html. */
static wr_status render_pair(const wr_factsheet_run *run, const char *stem, const char *label, const char *title,
                             const char *markdown, const wr_source_map *sources, size_t *written, wr_error *err)
{
    char name[512], header[512];
    const char *pdf_tmp, *html_tmp, *pdf_final, *html_final;
    snprintf(name, sizeof name, "wijken/%s.pdf", stem);
    wr_status st = wr_outputs_add(run->outputs, name, &pdf_tmp, &pdf_final, err);
    snprintf(name, sizeof name, "wijken/%s.html", stem);
    if (st == WR_OK)
        st = wr_outputs_add(run->outputs, name, &html_tmp, &html_final, err);
    if (st != WR_OK)
        return st;
    snprintf(header, sizeof header, "%s", title);
    wr_pdf_options pdf = *run->pdf;
    pdf.title = title;
    pdf.header_text = header;
    pdf.subject = "Wijkfactsheet: hulp in de wijk, in het kort";
    pdf.keywords = "wijkfactsheet, wijk, sociaal domein";
    pdf.sources = sources;
    /* The layout record (WIJKRAPPORT_OPMAAK) of each factsheet beside the report's, under
     * its own name, so that it does not overwrite the report's record. */
    char record[4096];
    const char *slash = pdf.layout_record ? strrchr(pdf.layout_record, '/') : NULL;
    if (slash) {
        snprintf(record, sizeof record, "%.*s/%s.json", (int)(slash - pdf.layout_record), pdf.layout_record, stem);
        pdf.layout_record = record;
    } else {
        pdf.layout_record = NULL;
    }
    wr_html_options html = *run->html;
    html.title = title;
    html.header_text = header;
    html.sources = sources;
    size_t len = strlen(markdown);
    double t = wr_clock_now();
    st = wr_pdf_render(markdown, len, &pdf, pdf_tmp, err);
    double t2 = wr_clock_now();
    wr_stage_note("wijken pdf", label, t, t2);
    if (st == WR_OK) {
        st = wr_html_render(markdown, len, &html, html_tmp, err);
        wr_stage_note("wijken html", label, t2, wr_clock_now());
    }
    if (st != WR_OK) {
        final_name(err, pdf_tmp, pdf_final);
        final_name(err, html_tmp, html_final);
        return st;
    }
    *written += 2;
    return WR_OK;
}

static wr_status write_one(const wr_factsheet_run *run, size_t d, const wr_figures *rolling, bool use_rolling,
                           wr_tpl_names **known, size_t *written, wr_error *err)
{
    const wr_config *cfg = run->report->cfg;
    const wr_narrative_text *text = d < run->texts->count ? &run->texts->texts[d] : NULL;
    wr_factsheet_input in = {.report = run->report, .district = d, .shown = use_rolling ? rolling : run->report->current,
                             .rolling = use_rolling, .text = text ? text->text : "", .text_missing = !text || text->missing};
    double t = wr_clock_now();
    wr_tpl_dict *dict = wr_tpl_dict_new();
    wr_source_map *sources = wr_source_map_new();
    char *markdown = NULL;
    wr_status st = WR_OK;
    if (!dict || !sources || !wr_fill_factsheet(dict, &in))
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het vullen van een wijkfactsheet.");
    if (st == WR_OK) {
        wr_tpl_dict_set(dict, "WIJK_TEKST", TEXT_MARK); /* the text goes in after the expansion */
        st = expand(run, FACTSHEET_TEMPLATE, dict, &markdown, known, err);
    }
    if (st == WR_OK && !place_text(&markdown, text, run->texts->folder, sources))
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het vullen van een wijkfactsheet.");
    wr_stage_note("wijken invullen", cfg->districts.items[d].code, t, wr_clock_now());
    if (st == WR_OK) {
        char code[16], stem[256], title[512], period[64];
        wr_period_code(run->report->current->period, code, sizeof code);
        wr_nl_period(run->report->current->period, period, sizeof period);
        snprintf(stem, sizeof stem, "wijkfactsheet-%s-%s", cfg->districts.items[d].code, code);
        snprintf(title, sizeof title, "Wijkfactsheet %s \xC2\xB7 %s \xC2\xB7 %s", cfg->districts.items[d].label,
                 cfg->programme, period);
        st = render_pair(run, stem, cfg->districts.items[d].code, title, markdown, sources, written, err);
    }
    free(markdown);
    wr_source_map_free(sources);
    wr_tpl_dict_free(dict);
    return st;
}

static wr_status write_overview(const wr_factsheet_run *run, const bool *rolling, wr_tpl_names **known,
                                size_t *written, wr_error *err)
{
    double t = wr_clock_now();
    wr_tpl_dict *dict = wr_tpl_dict_new();
    char *markdown = NULL;
    wr_status st = WR_OK;
    if (!dict || !wr_fill_factsheet_overview(dict, run->report, rolling))
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het vullen van het overzicht van de wijken.");
    if (st == WR_OK)
        st = expand(run, OVERVIEW_TEMPLATE, dict, &markdown, known, err);
    wr_stage_note("wijken invullen", "overzicht", t, wr_clock_now());
    if (st == WR_OK) {
        char code[16], stem[64], title[512], period[64];
        wr_period_code(run->report->current->period, code, sizeof code);
        wr_nl_period(run->report->current->period, period, sizeof period);
        snprintf(stem, sizeof stem, "wijkfactsheets-%s", code);
        snprintf(title, sizeof title, "Wijkfactsheets \xC2\xB7 %s \xC2\xB7 %s", run->report->cfg->programme, period);
        st = render_pair(run, stem, "overzicht", title, markdown, NULL, written, err);
    }
    free(markdown);
    wr_tpl_dict_free(dict);
    return st;
}

/* The rows of the rolling year a factsheet can show: the districts and the city. */
static bool factsheet_row(const wr_figure *fig)
{
    return (fig->deel == WR_DEEL_GEDAAN || fig->deel == WR_DEEL_BEREIKT) &&
           (strcmp(fig->dimension, "totaal") == 0 || strncmp(fig->dimension, "wijk", 4) == 0);
}

/* The rolling year's figures as the factsheets show them, beside cijfers.csv: exact
 * (and named "niet openbaar") unless the settings ask for the public view there too. */
static wr_status write_rolling_csv(const wr_factsheet_run *run, const wr_figures *rolling, size_t *written,
                                   wr_error *err)
{
    const wr_config *cfg = run->report->cfg;
    char code[16], label[64], name[128], period[16];
    wr_period end = run->report->current->period;
    wr_period_code(end, code, sizeof code);
    wr_period_code(wr_period_shift(end, -3), period, sizeof period);
    snprintf(label, sizeof label, "%s t/m %s", period, code);
    snprintf(name, sizeof name, "wijken/cijfers-rollend-jaar-%s%s.csv", code,
             cfg->suppress_in_appendix ? "" : "-niet-openbaar");
    const char *temp, *final_path;
    wr_status st = wr_outputs_add(run->outputs, name, &temp, &final_path, err);
    if (st != WR_OK)
        return st;
    FILE *fp = fopen(temp, "wb"); /* messages name final_path */
    if (!fp)
        return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven: %s.", final_path, wr_errno_text(errno));
    st = wr_export_csv_write_rows(rolling, label, factsheet_row, cfg->suppress_in_appendix, fp, final_path, err);
    if (fclose(fp) != 0 && st == WR_OK)
        st = wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven: %s.", final_path, wr_errno_text(errno));
    if (st == WR_OK)
        ++*written;
    return st;
}

wr_status wr_factsheets_write(const wr_factsheet_run *run, size_t *written, wr_error *err)
{
    const wr_config *cfg = run->report->cfg;
    *written = 0;
    wr_figures *rolling = NULL;
    wr_tpl_names *known = NULL; /* made at the first template check */
    bool *use_rolling = calloc(cfg->districts.count + 1, sizeof *use_rolling);
    if (!use_rolling)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    wr_status st = wr_outputs_add_dir(run->outputs, "wijken", err);
    double t = wr_clock_now();
    if (st == WR_OK)
        st = rolling_year(run, &rolling, err);
    wr_stage_note("wijken rollend jaar", NULL, t, wr_clock_now());
    for (size_t d = 0; st == WR_OK && d < cfg->districts.count; d++) {
        use_rolling[d] = rolling && wr_factsheet_mostly_hidden(run->report->current, cfg, d);
        st = write_one(run, d, rolling, use_rolling[d], &known, written, err);
    }
    bool any_rolling = false;
    for (size_t d = 0; d < cfg->districts.count; d++)
        any_rolling |= use_rolling[d];
    t = wr_clock_now();
    if (st == WR_OK && any_rolling)
        st = write_rolling_csv(run, rolling, written, err);
    wr_stage_note("wijken cijfers.csv", NULL, t, wr_clock_now());
    if (st == WR_OK)
        st = write_overview(run, use_rolling, &known, written, err);
    wr_tpl_names_free(known);
    free(use_rolling);
    return st;
}
