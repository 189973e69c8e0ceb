#include "app/run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app/outputs.h"
#include "app/periods.h"
#include "app/privacy_scan.h"
#include "app/texts.h"
#include "base/format_nl.h"
#include "base/strbuf.h"
#include "config/config.h"
#include "export/csv.h"
#include "export/xlsx/xlsx_book.h"
#include "figures/compute.h"
#include "figures/figures.h"
#include "fill/report_fill.h"
#include "input/dataset.h"
#include "narrative/narrative.h"
#include "render/html/html_render.h"
#include "render/pdf/pdf_render.h"

#define HYPHEN_DICT "/usr/share/hyphen/hyph_nl_NL.dic"
/* sRGB profile from Debian's icc-profiles-free, for the PDF/A output intent. */
#define ICC_PROFILE "/usr/share/color/icc/sRGB.icc"
/* Debian's fonts-dejavu-core: the PDF sets the characters Open Sans lacks with it. */
#define FALLBACK_FONT "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
#define WR_MAX_COLUMNS 6

/* Everything one run creates, so a single function frees it on every path. */
typedef struct {
    wr_config *cfg;
    wr_dataset *ds;
    wr_figures *figures;
    /* Comparison columns: a quarter report shows the four quarters before it and itself;
     * an annual report its four quarters (NULL when not yet known), itself and the year
     * before. Owned here, except the column that is `figures` itself. */
    wr_figures *columns[WR_MAX_COLUMNS];
    char column_heads[WR_MAX_COLUMNS][48];
    size_t column_count;
    bool year_in_progress;
    wr_narrative_list *text_list;
    wr_narrative *texts;
    wr_filled_report report;
    wr_outputs *outputs;
} run_state;

static void run_state_free(run_state *s)
{
    wr_config_free(s->cfg);
    wr_dataset_free(s->ds);
    wr_figures_free(s->figures);
    for (size_t i = 0; i < s->column_count; i++)
        if (s->columns[i] != s->figures)
            wr_figures_free(s->columns[i]);
    wr_narrative_free(s->texts);
    wr_narrative_list_free(s->text_list);
    wr_filled_report_clear(&s->report);
    wr_outputs_free(s->outputs);
}

/* The document date: SOURCE_DATE_EPOCH when set (reproducible builds), else the last day
 * of the period, so the same export always gives the same files. */
static time_t document_time(wr_period p)
{
    const char *env = getenv("SOURCE_DATE_EPOCH");
    if (env && *env) {
        char *end;
        long long v = strtoll(env, &end, 10);
        if (*end == '\0' && v >= 0)
            return (time_t)v;
    }
    return (time_t)p.end * 86400 + 12 * 3600;
}

static wr_status write_csv(const wr_figures *f, const wr_config *cfg, const char *path, wr_error *err)
{
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven.", path);
    wr_status st = wr_export_csv_write(f, cfg->suppress_in_appendix, fp, path, err);
    if (fclose(fp) != 0 && st == WR_OK)
        st = wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven.", path);
    return st;
}

static wr_status add_output(run_state *s, wr_run_result *result, const char *dir, const char *name,
                            const char **temp, wr_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    wr_status st = wr_outputs_add(s->outputs, path, temp, err);
    if (st == WR_OK && !(result->written[result->written_count++] = wr_strdup(path)))
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    return st;
}

/* File names and document texts that differ between the two kinds of report. */
typedef struct {
    const char *template_name;
    const char *file_stem;    /* "kwartaalrapportage" or "jaarverslag" */
    const char *title_word;   /* "Kwartaalrapportage" or "Jaarverslag" */
    const char *keywords;
} report_names;

static const report_names names_for[] = {
    [WR_REPORT_QUARTER] = {"kwartaalrapportage.md", "kwartaalrapportage", "Kwartaalrapportage",
                           "kwartaalrapportage, sociaal domein, monitoring"},
    [WR_REPORT_YEAR] = {"jaarverslag.md", "jaarverslag", "Jaarverslag", "jaarverslag, sociaal domein, monitoring"},
};

static wr_status write_outputs(run_state *s, const wr_run_options *opts, wr_run_result *result, bool draft,
                               wr_error *err)
{
    const report_names *names = &names_for[opts->kind];
    char code[16], dir[4096], name[128], period_nl[64], header[256], title[256], fonts[4096];
    wr_period p = s->figures->period;
    wr_period_code(p, code, sizeof code);
    wr_nl_period(p, period_nl, sizeof period_nl);
    snprintf(dir, sizeof dir, "%s/%s", opts->output_dir, code);
    const char *pdf_tmp, *html_tmp, *xlsx_tmp, *csv_tmp;
    wr_status st;
    snprintf(name, sizeof name, "%s-%s.pdf", names->file_stem, code);
    if ((st = add_output(s, result, dir, name, &pdf_tmp, err)) != WR_OK)
        return st;
    snprintf(name, sizeof name, "%s-%s.html", names->file_stem, code);
    if ((st = add_output(s, result, dir, name, &html_tmp, err)) != WR_OK)
        return st;
    snprintf(name, sizeof name, "bijlage-%s.xlsx", code);
    if ((st = add_output(s, result, dir, name, &xlsx_tmp, err)) != WR_OK)
        return st;
    snprintf(name, sizeof name, "cijfers-%s.csv", code);
    if ((st = add_output(s, result, dir, name, &csv_tmp, err)) != WR_OK)
        return st;

    time_t when = document_time(p);
    struct tm tm;
    gmtime_r(&when, &tm);
    snprintf(header, sizeof header, "%s \xC2\xB7 %s %s", s->cfg->programme, names->file_stem, period_nl);
    snprintf(title, sizeof title, "%s %s %s", names->title_word, s->cfg->programme, period_nl);
    snprintf(fonts, sizeof fonts, "%s/fonts", opts->share_dir);
    wr_pdf_options pdf = {
        .title = title,
        .author = s->cfg->provider,
        .subject = "Verantwoording in vier delen: gedaan, bereikt, effect, impact",
        .keywords = names->keywords,
        .header_text = header,
        .font_dir = fonts,
        .hyphen_dict = access(HYPHEN_DICT, R_OK) == 0 ? HYPHEN_DICT : NULL,
        .date_year = tm.tm_year + 1900,
        .date_month = tm.tm_mon + 1,
        .date_day = tm.tm_mday,
        .draft = draft,
        .icc_profile = access(ICC_PROFILE, R_OK) == 0 ? ICC_PROFILE : NULL,
        .fallback_font = access(FALLBACK_FONT, R_OK) == 0 ? FALLBACK_FONT : NULL,
        .sources = s->report.sources,
        .warnings = &result->warnings,
    };
    if ((st = wr_pdf_render(s->report.markdown, s->report.len, &pdf, pdf_tmp, err)) != WR_OK)
        return st;
    /* The accessible web version: the same Markdown, so the same text and figures. */
    wr_html_options html = {
        .title = title,
        .author = s->cfg->provider,
        .header_text = header,
        .draft = draft,
        .date_year = pdf.date_year,
        .date_month = pdf.date_month,
        .date_day = pdf.date_day,
        .sources = s->report.sources,
        .warnings = &result->warnings,
    };
    if ((st = wr_html_render(s->report.markdown, s->report.len, &html, html_tmp, err)) != WR_OK)
        return st;
    /* The workbook compares with every known column except the report's own period. */
    const wr_figures *others[WR_MAX_COLUMNS];
    size_t other_count = 0;
    for (size_t i = 0; i < s->column_count; i++)
        if (s->columns[i] && s->columns[i] != s->figures)
            others[other_count++] = s->columns[i];
    wr_xlsx_input book = {.cfg = s->cfg, .current = s->figures, .trend = others, .trend_count = other_count,
                          .created = when};
    if ((st = wr_xlsx_write(xlsx_tmp, &book, err)) != WR_OK)
        return st;
    if ((st = write_csv(s->figures, s->cfg, csv_tmp, err)) != WR_OK)
        return st;
    return wr_outputs_commit(s->outputs, err);
}

static wr_status note_missing_texts(const wr_narrative *texts, wr_run_result *result, wr_error *err)
{
    result->missing_texts = calloc(texts->count, sizeof *result->missing_texts);
    if (!result->missing_texts)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    for (size_t i = 0; i < texts->count; i++) {
        if (!texts->texts[i].missing)
            continue;
        wr_strbuf b = {0};
        wr_strbuf_printf(&b, "%s/%s.md (%s)", texts->folder, texts->texts[i].name, texts->texts[i].title);
        if (!(result->missing_texts[result->missing_count++] = wr_strbuf_take(&b)))
            return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    return WR_OK;
}

static wr_status compute_figures(run_state *s, const wr_run_options *opts, wr_period p, wr_error *err)
{
    wr_status st = wr_figures_compute(s->ds, s->cfg, p, &s->figures, err);
    wr_report_column cols[WR_MAX_COLUMNS];
    s->column_count = wr_report_columns(opts->kind, p, s->year_in_progress, cols, WR_MAX_COLUMNS);
    for (size_t i = 0; st == WR_OK && i < s->column_count; i++) {
        snprintf(s->column_heads[i], sizeof s->column_heads[i], "%s", cols[i].head);
        if (cols[i].is_current)
            s->columns[i] = s->figures;
        else if (cols[i].known)
            st = wr_figures_compute(s->ds, s->cfg, cols[i].period, &s->columns[i], err);
    }
    return st;
}

/* Looks through every free text that reaches the documents for what looks like personal
 * data (a citizen service number, e-mail address, phone number or date of birth): reports
 * are public. */
static wr_status guard_texts(const run_state *s, const wr_run_options *opts, wr_run_result *result, wr_error *err)
{
    wr_warnings found = {0};
    wr_status st = wr_privacy_scan(s->texts, s->figures, opts->data_dir, &found, err);
    result->privacy_findings = found.items;
    result->privacy_count = found.count;
    return st;
}

/* With --definitief a document may not go out while texts are missing or unfinished, or
 * while a text holds what looks like personal data. */
static wr_status refuse_unfinished(const wr_run_result *result, wr_error *err)
{
    wr_strbuf b = {0};
    wr_strbuf_puts(&b, "Een definitieve versie kan nog niet worden gemaakt.");
    if (result->missing_count)
        wr_strbuf_puts(&b, "\nDeze teksten zijn nog niet klaar:");
    for (size_t i = 0; i < result->missing_count; i++)
        wr_strbuf_printf(&b, "\n  %s", result->missing_texts[i]);
    if (result->privacy_count)
        wr_strbuf_puts(&b, "\nDeze teksten en bestanden bevatten iets dat op persoonsgegevens lijkt; haal het weg:");
    for (size_t i = 0; i < result->privacy_count; i++)
        wr_strbuf_printf(&b, "\n  %s", result->privacy_findings[i]);
    wr_status st = wr_error_set(err, WR_ERR_INPUT, "%s", wr_strbuf_cstr(&b));
    wr_strbuf_free(&b);
    return st;
}

static wr_status run(run_state *s, const wr_run_options *opts, wr_run_result *result, wr_error *err)
{
    char path[4096], texts_dir[4096], templates[4096], code[16];
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
    /* The text list before the export: a broken list is found without waiting for the data. */
    if ((st = wr_texts_list_load(s->cfg, templates, &s->text_list, err)) != WR_OK)
        return st;
    if ((st = wr_dataset_load(opts->data_dir, s->cfg, &s->ds, err)) != WR_OK)
        return st;
    result->problem_count = s->ds->diags.count;

    wr_period p;
    if ((st = wr_report_period(opts, s->ds, &p, &s->year_in_progress, err)) != WR_OK)
        return st;
    result->period = p;
    result->year_in_progress = s->year_in_progress;
    if ((st = compute_figures(s, opts, p, err)) != WR_OK)
        return st;

    wr_period_code(p, code, sizeof code);
    if (opts->texts_dir)
        snprintf(texts_dir, sizeof texts_dir, "%s", opts->texts_dir);
    else
        snprintf(texts_dir, sizeof texts_dir, "%s/teksten", opts->data_dir);
    if ((st = wr_narrative_load(s->text_list, texts_dir, code, opts->kind == WR_REPORT_YEAR, &s->texts, err)) != WR_OK)
        return st;
    if ((st = note_missing_texts(s->texts, result, err)) != WR_OK)
        return st;
    if ((st = guard_texts(s, opts, result, err)) != WR_OK)
        return st;
    if (opts->final && (result->missing_count > 0 || result->privacy_count > 0))
        return refuse_unfinished(result, err);
    bool draft = !opts->final;

    const char *heads[WR_MAX_COLUMNS];
    for (size_t i = 0; i < s->column_count; i++)
        heads[i] = s->column_heads[i];
    wr_fill_input input = {.cfg = s->cfg, .current = s->figures, .columns = (const wr_figures *const *)s->columns,
                           .column_heads = heads, .column_count = s->column_count,
                           .year_in_progress = s->year_in_progress, .texts = s->texts, .draft = draft};
    if ((st = wr_fill_report(&input, templates, names_for[opts->kind].template_name, &s->report, err)) != WR_OK)
        return st;
    if (!(s->outputs = wr_outputs_new()))
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    return write_outputs(s, opts, result, draft, err);
}

wr_status wr_run_report(const wr_run_options *opts, wr_run_result *result, wr_error *err)
{
    run_state s = {0};
    memset(result, 0, sizeof *result);
    wr_status st = run(&s, opts, result, err);
    if (st != WR_OK)
        result->written_count = 0; /* nothing was renamed into place */
    run_state_free(&s);
    return st;
}

void wr_run_result_clear(wr_run_result *result)
{
    if (!result)
        return;
    for (size_t i = 0; i < sizeof result->written / sizeof result->written[0]; i++)
        free(result->written[i]);
    for (size_t i = 0; i < result->missing_count; i++)
        free(result->missing_texts[i]);
    free(result->missing_texts);
    for (size_t i = 0; i < result->privacy_count; i++)
        free(result->privacy_findings[i]);
    free(result->privacy_findings);
    wr_warnings_clear(&result->warnings);
    memset(result, 0, sizeof *result);
}
