#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "dataset.h"
#include "export_csv.h"
#include "figures.h"
#include "format_nl.h"
#include "narrative.h"
#include "outputs.h"
#include "pdf/pdf_render.h"
#include "report_dict.h"
#include "strbuf.h"
#include "template_fill.h"
#include "xlsx_book.h"

#define HYPHEN_DICT "/usr/share/hyphen/hyph_nl_NL.dic"
/* The trend shows the quarter with the four before it; the first of those is the same
 * quarter a year earlier. */
#define WR_TREND_QUARTERS 4

/* Everything one run creates, so a single function frees it on every path. */
typedef struct {
    wr_config *cfg;
    wr_dataset *ds;
    wr_figures *figures;
    wr_figures *trend[WR_TREND_QUARTERS]; /* the four quarters before, oldest first */
    wr_narrative *texts;
    wr_tpl_dict *dict;
    char *markdown;
    wr_outputs *outputs;
} run_state;

static void run_state_free(run_state *s)
{
    wr_config_free(s->cfg);
    wr_dataset_free(s->ds);
    wr_figures_free(s->figures);
    for (int i = 0; i < WR_TREND_QUARTERS; i++)
        wr_figures_free(s->trend[i]);
    wr_narrative_free(s->texts);
    wr_tpl_dict_free(s->dict);
    free(s->markdown);
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

static wr_status write_outputs(run_state *s, const wr_run_options *opts, wr_run_result *result, bool draft,
                               wr_error *err)
{
    char code[16], dir[4096], name[128], period_nl[64], header[256], title[256], fonts[4096];
    wr_period p = s->figures->period;
    wr_period_code(p, code, sizeof code);
    wr_nl_period(p, period_nl, sizeof period_nl);
    snprintf(dir, sizeof dir, "%s/%s", opts->output_dir, code);
    const char *pdf_tmp, *xlsx_tmp, *csv_tmp;
    wr_status st;
    snprintf(name, sizeof name, "kwartaalrapportage-%s.pdf", code);
    if ((st = add_output(s, result, dir, name, &pdf_tmp, err)) != WR_OK)
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
    snprintf(header, sizeof header, "%s \xC2\xB7 kwartaalrapportage %s", s->cfg->programme, period_nl);
    snprintf(title, sizeof title, "Kwartaalrapportage %s %s", s->cfg->programme, period_nl);
    snprintf(fonts, sizeof fonts, "%s/fonts", opts->share_dir);
    wr_pdf_options pdf = {
        .title = title,
        .author = s->cfg->provider,
        .subject = "Verantwoording in vier delen: gedaan, bereikt, effect, impact",
        .keywords = "kwartaalrapportage, sociaal domein, monitoring",
        .header_text = header,
        .font_dir = fonts,
        .hyphen_dict = access(HYPHEN_DICT, R_OK) == 0 ? HYPHEN_DICT : NULL,
        .date_year = tm.tm_year + 1900,
        .date_month = tm.tm_mon + 1,
        .date_day = tm.tm_mday,
        .draft = draft,
    };
    if ((st = wr_pdf_render(s->markdown, strlen(s->markdown), &pdf, pdf_tmp, err)) != WR_OK)
        return st;
    wr_xlsx_input book = {.cfg = s->cfg, .ds = s->ds, .current = s->figures,
                          .trend = (const wr_figures *const *)s->trend, .trend_count = WR_TREND_QUARTERS,
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
    if ((st = wr_dataset_load(opts->data_dir, s->cfg, &s->ds, err)) != WR_OK)
        return st;
    result->problem_count = s->ds->diags.count;

    wr_period p = opts->period;
    if (!opts->period_given) {
        if (!wr_day_is_set(s->ds->latest_date))
            return wr_error_set(err, WR_ERR_INPUT,
                                "%s/trajecten.csv bevat geen bruikbare datums; geef de periode op, bijvoorbeeld 2026-Q3.",
                                opts->data_dir);
        p = wr_period_last_complete_quarter(s->ds->latest_date);
    }
    result->period = p;
    if ((st = wr_figures_compute(s->ds, s->cfg, p, &s->figures, err)) != WR_OK)
        return st;
    for (int i = 0; i < WR_TREND_QUARTERS; i++)
        if ((st = wr_figures_compute(s->ds, s->cfg, wr_period_shift(p, i - WR_TREND_QUARTERS), &s->trend[i], err)) != WR_OK)
            return st;

    wr_period_code(p, code, sizeof code);
    if (opts->texts_dir)
        snprintf(texts_dir, sizeof texts_dir, "%s", opts->texts_dir);
    else
        snprintf(texts_dir, sizeof texts_dir, "%s/teksten", opts->data_dir);
    if ((st = wr_narrative_load(texts_dir, code, &s->texts, err)) != WR_OK)
        return st;
    if ((st = note_missing_texts(s->texts, result, err)) != WR_OK)
        return st;
    bool draft = result->missing_count > 0;

    wr_report_input input = {.cfg = s->cfg, .ds = s->ds, .current = s->figures,
                             .trend = (const wr_figures *const *)s->trend, .trend_count = WR_TREND_QUARTERS,
                             .texts = s->texts, .draft = draft};
    if (!(s->dict = wr_tpl_dict_new()) || !wr_report_dict_fill(s->dict, &input))
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het vullen van het sjabloon.");
    snprintf(templates, sizeof templates, "%s/templates", opts->share_dir);
    if ((st = wr_tpl_expand(templates, "kwartaalrapportage.md", s->dict, &s->markdown, NULL, err)) != WR_OK)
        return st;
    if (!(s->outputs = wr_outputs_new()))
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    return write_outputs(s, opts, result, draft, err);
}

wr_status wr_run_quarter(const wr_run_options *opts, wr_run_result *result, wr_error *err)
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
    memset(result, 0, sizeof *result);
}
