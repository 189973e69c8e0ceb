#include "app/run.h"

#include <errno.h>
#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app/document_options.h"
#include "app/factsheets.h"
#include "app/output_jobs.h"
#include "app/outputs.h"
#include "app/periods.h"
#include "app/publication_date.h"
#include "app/quiet_stderr.h"
#include "app/privacy_scan.h"
#include "app/revisions.h"
#include "app/texts.h"
#include "base/errno_nl.h"
#include "base/format_nl.h"
#include "base/stage_times.h"
#include "base/strbuf.h"
#include "config/config.h"
#include "export/csv.h"
#include "export/xlsx/xlsx_book.h"
#include "figures/compute.h"
#include "figures/disclosure.h"
#include "figures/figures.h"
#include "fill/report_fill.h"
#include "blocks/markdown.h"
#include "input/dataset.h"
#include "narrative/narrative.h"
#include "render/html/html_render.h"
#include "render/pdf/pdf_hyphen.h"
#include "render/pdf/pdf_render.h"

#define WR_MAX_COLUMNS 6

typedef struct run_state run_state;

/* The report's own files, written as jobs (app/output_jobs.h) beside the factsheets'. The
 * workbook and cijfers.csv need only the figures, so they are written while the main
 * thread fills the templates; the PDF and HTML once the report is filled. */
typedef struct {
    const run_state *s;
    const char *pdf_tmp, *html_tmp, *xlsx_tmp, *csv_tmp;
    char period_nl[64], header[256], title[256], fonts[4096], record[4096];
    wr_pdf_options pdf;
    wr_html_options html;
    const wr_figures *others[WR_MAX_COLUMNS];
    wr_xlsx_input book;
} report_files;

/* Job numbers in the list of the run's jobs: the order a run on one thread writes them. */
enum { JOB_PDF, JOB_HTML, JOB_XLSX, JOB_CSV, REPORT_JOBS };

/* Everything one run creates, so a single function frees it on every path. */
struct run_state {
    wr_config *cfg;
    wr_dataset *ds;
    wr_figures *figures;
    /* Comparison columns: a quarter report shows the four quarters before it and itself;
     * an annual report its four quarters (NULL when not yet known), itself and the year
     * before. Owned here, except the column that is `figures` itself. */
    wr_figures *columns[WR_MAX_COLUMNS];
    char column_heads[WR_MAX_COLUMNS][48];
    size_t column_count;
    const wr_figures *year_before; /* the column of the same period a year earlier */
    const wr_figures *previous;    /* a quarterly report's column of the quarter before */
    /* An annual report's year before is protected with its own quarters, as in its own
     * report: they are computed for that and shown nowhere. */
    wr_figures *earlier_quarters[4];
    /* A quarterly report's last four quarters as one period, for the district factsheets
     * (app/factsheets.h); NULL when one of them is unknown. */
    wr_figures *rolling_year;
    bool year_in_progress;
    wr_revision_list revisions;    /* totals of the columns that changed since their own report */
    wr_narrative_list *text_list;
    wr_narrative *texts;
    /* A quarter's district factsheets: their texts, and what their fill needs. */
    wr_narrative_list *district_list;
    wr_narrative *district_texts;
    wr_fill_input input;
    char templates[4096];
    wr_filled_report report;
    wr_outputs *outputs;
    const char *output_dir;
    /* The hyphenation dictionary, loaded once and shared by the report's PDF and the
     * factsheets' (NULL: each document loads it, and reports a failure itself). It is
     * loaded on a thread of its own while the main thread protects and fills. */
    wr_pdf_hyphenator *hyphenator;
    pthread_t hyphen_thread;
    bool hyphen_loading;
    /* The files: the report's, then the factsheets', written by a queue of jobs that
     * starts before the fill (app/output_jobs.h). */
    report_files files;
    const char *temps[REPORT_JOBS];
    size_t file_count;
    wr_output_job *jobs;
    size_t job_cap;
    wr_output_queue queue;
    bool queue_started;
};

static void *load_hyphenator(void *arg)
{
    run_state *s = arg;
    wr_stage_set_worker(1);
    double t = wr_clock_now();
    wr_error ignored; /* a dictionary that cannot be loaded: the renderer says so in its words */
    if (wr_pdf_hyphenator_load(WR_HYPHEN_DICT, &s->hyphenator, &ignored) != WR_OK)
        s->hyphenator = NULL;
    wr_stage_note("woordafbreking laden", NULL, t, wr_clock_now());
    return NULL;
}

static void start_hyphenator(run_state *s)
{
    if (access(WR_HYPHEN_DICT, R_OK) == 0 && pthread_create(&s->hyphen_thread, NULL, load_hyphenator, s) == 0)
        s->hyphen_loading = true;
}

/* s->hyphenator from here on belongs to the main thread again. */
static void finish_hyphenator(run_state *s)
{
    if (s->hyphen_loading)
        pthread_join(s->hyphen_thread, NULL);
    s->hyphen_loading = false;
}

static const char *opts_output_dir(const run_state *s)
{
    return s->output_dir;
}

static void run_state_free(run_state *s)
{
    if (s->queue_started) /* a run that failed while files were being written */
        wr_output_queue_abandon(&s->queue);
    free(s->jobs);
    wr_config_free(s->cfg);
    wr_dataset_free(s->ds);
    wr_figures_free(s->figures);
    for (size_t i = 0; i < s->column_count; i++)
        if (s->columns[i] != s->figures)
            wr_figures_free(s->columns[i]);
    for (size_t i = 0; i < 4; i++)
        wr_figures_free(s->earlier_quarters[i]);
    wr_figures_free(s->rolling_year);
    wr_revision_list_clear(&s->revisions);
    wr_narrative_free(s->texts);
    wr_narrative_list_free(s->text_list);
    wr_narrative_free(s->district_texts);
    wr_narrative_list_free(s->district_list);
    wr_filled_report_clear(&s->report);
    wr_outputs_free(s->outputs);
    finish_hyphenator(s);
    wr_pdf_hyphenator_free(s->hyphenator);
}

static wr_status write_csv(const wr_figures *f, const wr_config *cfg, const char *path, wr_error *err)
{
    FILE *fp = fopen(path, "wb");
    if (!fp)
        return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven: %s.", path, wr_errno_text(errno));
    wr_status st = wr_export_csv_write(f, cfg->suppress_in_appendix, fp, path, err);
    if (fclose(fp) != 0 && st == WR_OK)
        st = wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven: %s.", path, wr_errno_text(errno));
    return st;
}

/* The writers name the file they wrote: the set's temporary name, which the user never
 * sees. Their message names the final file instead. */
static void name_final_paths(wr_error *err, const char *const *temps, char *const *finals, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char *at = strstr(err->message, temps[i]);
        if (!at)
            continue;
        char rest[sizeof err->message];
        snprintf(rest, sizeof rest, "%s", at + strlen(temps[i]));
        snprintf(at, sizeof err->message - (size_t)(at - err->message), "%s%s", finals[i], rest);
    }
}

static wr_status add_output(run_state *s, wr_run_result *result, const char *name, const char **temp,
                            wr_error *err)
{
    const char *final_path;
    wr_status st = wr_outputs_add(s->outputs, name, temp, &final_path, err);
    if (st == WR_OK && !(result->written[result->written_count++] = wr_strdup(final_path)))
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    return st;
}

/* File names and document texts that differ between the kinds of report. */
typedef struct {
    const char *template_name;
    const char *file_stem;    /* "kwartaalrapportage", "jaarverslag", "financieel-overzicht" */
    const char *header_word;  /* in the page header: "kwartaalrapportage" ... "financieel overzicht" */
    const char *title_word;   /* "Kwartaalrapportage", "Jaarverslag", "Financieel overzicht" */
    const char *keywords;
    const char *subject;
    bool finance_only;        /* the financial interim report: no cijfers.csv, a finance workbook */
} report_names;

#define SUBJECT_PARTS "Verantwoording in vier delen: gedaan, bereikt, effect, impact"
static const report_names names_for[] = {
    [WR_REPORT_QUARTER] = {"kwartaalrapportage.md", "kwartaalrapportage", "kwartaalrapportage", "Kwartaalrapportage",
                           "kwartaalrapportage, sociaal domein, monitoring", SUBJECT_PARTS, false},
    [WR_REPORT_YEAR] = {"jaarverslag.md", "jaarverslag", "jaarverslag", "Jaarverslag",
                        "jaarverslag, sociaal domein, monitoring",
                        SUBJECT_PARTS, false},
    [WR_REPORT_FINANCE] = {"financien.md", "financieel-overzicht", "financieel overzicht", "Financieel overzicht",
                           "financieel overzicht, tussenrapportage, eindejaarsverwachting",
                           "Financi\xC3\xABle tussenrapportage: uitgaven tot nu en de verwachting tot het einde van "
                           "het jaar", true},
};

static wr_status pdf_job(void *arg, wr_warnings *warnings, wr_error *err)
{
    const report_files *r = arg;
    wr_pdf_options pdf = r->pdf;
    pdf.warnings = warnings;
    double t = wr_clock_now();
    wr_status st = wr_pdf_render(r->s->report.markdown, r->s->report.len, &pdf, r->pdf_tmp, err);
    wr_stage_note("pdf", NULL, t, wr_clock_now());
    return st;
}

/* The accessible web version: the same Markdown, so the same text and figures. */
static wr_status html_job(void *arg, wr_warnings *warnings, wr_error *err)
{
    const report_files *r = arg;
    wr_html_options html = r->html;
    html.warnings = warnings;
    double t = wr_clock_now();
    wr_status st = wr_html_render(r->s->report.markdown, r->s->report.len, &html, r->html_tmp, err);
    wr_stage_note("html", NULL, t, wr_clock_now());
    return st;
}

static wr_status xlsx_job(void *arg, wr_warnings *warnings, wr_error *err)
{
    (void)warnings;
    const report_files *r = arg;
    wr_quiet_stderr quiet; /* libxlsxwriter's own English error lines */
    double t = wr_clock_now();
    wr_quiet_stderr_begin(&quiet);
    wr_status st = wr_xlsx_write(r->xlsx_tmp, &r->book, err);
    wr_quiet_stderr_end(&quiet);
    wr_stage_note("werkmap", NULL, t, wr_clock_now());
    return st;
}

static wr_status csv_job(void *arg, wr_warnings *warnings, wr_error *err)
{
    (void)warnings;
    const report_files *r = arg;
    double t = wr_clock_now();
    wr_status st = write_csv(r->s->figures, r->s->cfg, r->csv_tmp, err);
    wr_stage_note("cijfers.csv", NULL, t, wr_clock_now());
    return st;
}

/* Before the fill: reserves the report's files in the output set and starts the queue
 * with the workbook and cijfers.csv, which need only the protected figures. */
static wr_status start_outputs(run_state *s, const wr_run_options *opts, wr_run_result *result, wr_error *err)
{
    const report_names *names = &names_for[opts->kind];
    report_files *files = &s->files;
    char code[16], name[128];
    wr_period_code(s->figures->period, code, sizeof code);
    s->file_count = names->finance_only ? 3 : 4; /* the interim report has no cijfers.csv */
    wr_status st;
    if ((st = wr_outputs_open(opts->output_dir, code, &s->outputs, err)) != WR_OK)
        return st;
    for (size_t i = 0; i < s->file_count; i++) {
        if (i < 2 || (i == 2 && names->finance_only))
            snprintf(name, sizeof name, i == 0 ? "%s-%s.pdf" : i == 1 ? "%s-%s.html" : "%s-%s.xlsx",
                     names->file_stem, code);
        else if (i == 2)
            snprintf(name, sizeof name, "bijlage-%s.xlsx", code);
        else /* "-niet-openbaar" when it holds exact values */
            wr_export_csv_name(code, s->cfg->suppress_in_appendix, name, sizeof name);
        if ((st = add_output(s, result, name, &s->temps[i], err)) != WR_OK)
            return st;
    }
    *files = (report_files){.s = s, .pdf_tmp = s->temps[0], .html_tmp = s->temps[1], .xlsx_tmp = s->temps[2],
                            .csv_tmp = s->temps[3]};
    /* The workbook compares with every known column except the report's own period. */
    size_t other_count = 0;
    for (size_t i = 0; i < s->column_count; i++)
        if (s->columns[i] && s->columns[i] != s->figures)
            files->others[other_count++] = s->columns[i];
    files->book = (wr_xlsx_input){.cfg = s->cfg, .current = s->figures, .trend = files->others,
                                  .trend_count = other_count, .created = wr_publication_time(opts, s->cfg),
                                  .finance_only = names->finance_only};

    /* A quarter's factsheets come after the report's files: at most one job per district,
     * the overview, the rolling year's figures and a failure of their preparation. */
    s->job_cap = REPORT_JOBS + (opts->kind == WR_REPORT_QUARTER ? s->cfg->districts.count + 3 : 0);
    if (!(s->jobs = calloc(s->job_cap, sizeof *s->jobs)))
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    s->jobs[JOB_PDF] = (wr_output_job){.fn = pdf_job, .arg = files, .paths = {files->pdf_tmp}};
    s->jobs[JOB_HTML] = (wr_output_job){.fn = html_job, .arg = files, .paths = {files->html_tmp}};
    s->jobs[JOB_XLSX] = (wr_output_job){.fn = xlsx_job, .arg = files, .paths = {files->xlsx_tmp}};
    if (files->csv_tmp) /* the financial interim report has none */
        s->jobs[JOB_CSV] = (wr_output_job){.fn = csv_job, .arg = files, .paths = {files->csv_tmp}};
    wr_markdown_init(); /* cmark-gfm's extensions, registered before a second thread parses */
    wr_output_queue_start(&s->queue, s->jobs, s->job_cap);
    s->queue_started = true;
    wr_output_queue_release(&s->queue, JOB_XLSX);
    if (files->csv_tmp)
        wr_output_queue_release(&s->queue, JOB_CSV);
    return WR_OK;
}

/* After the fill: the PDF and HTML options, and a quarter's factsheets. */
static wr_status write_files(run_state *s, const wr_run_options *opts, bool draft, wr_run_result *result,
                             wr_error *err)
{
    const report_names *names = &names_for[opts->kind];
    report_files *files = &s->files;
    wr_period p = s->figures->period;
    wr_status st;

    wr_nl_period(p, files->period_nl, sizeof files->period_nl);
    snprintf(files->header, sizeof files->header, "%s \xC2\xB7 %s %s", s->cfg->programme, names->header_word,
             files->period_nl);
    snprintf(files->title, sizeof files->title, "%s %s %s", names->title_word, s->cfg->programme, files->period_nl);
    snprintf(files->fonts, sizeof files->fonts, "%s/fonts", opts->share_dir);
    /* WIJKRAPPORT_OPMAAK=MAP: the layout record of the PDF as MAP/<name>.json, for the
     * tests that look for typographic flaws (render/pdf/pdf_record.h). */
    char code[16];
    const char *record_dir = getenv("WIJKRAPPORT_OPMAAK");
    wr_period_code(p, code, sizeof code);
    if (record_dir && *record_dir)
        snprintf(files->record, sizeof files->record, "%s/%s-%s.json", record_dir, names->file_stem, code);
    finish_hyphenator(s);
    wr_document_setup setup = {.cfg = s->cfg,
                               .title = files->title,
                               .subject = names->subject,
                               .keywords = names->keywords,
                               .header_text = files->header,
                               .font_dir = files->fonts,
                               .published = files->book.created,
                               .draft = draft,
                               .sources = s->report.sources};
    wr_document_options(&setup, &files->pdf, &files->html);
    files->pdf.hyphenator = s->hyphenator;
    files->pdf.layout_record = record_dir && *record_dir ? files->record : NULL;
    wr_output_queue_release(&s->queue, JOB_PDF);
    wr_output_queue_release(&s->queue, JOB_HTML);

    /* After the report's files, with its options: the district factsheets of a quarter,
     * filled here while the report's files are written, and written as jobs of their own. */
    wr_figures *last[4] = {NULL, NULL, NULL, NULL};
    for (size_t q = 0; q < 4 && s->column_count >= 4; q++)
        last[q] = s->columns[s->column_count - 4 + q];
    wr_factsheet_run sheets = {.report = &s->input, .last_quarters = last, .rolling = s->rolling_year,
                               .texts = s->district_texts, .templates_dir = s->templates, .pdf = &files->pdf,
                               .html = &files->html, .outputs = s->outputs};
    wr_factsheet_set *set = NULL;
    if (opts->kind == WR_REPORT_QUARTER && (st = wr_factsheets_prepare(&sheets, &set, err)) != WR_OK)
        return st;
    size_t n = files->csv_tmp ? REPORT_JOBS : JOB_CSV;
    size_t report_files_count = n;
    if (set && REPORT_JOBS + wr_factsheets_job_count(set) > s->job_cap) {
        wr_factsheet_set_free(set);
        return wr_error_set(err, WR_ERR_INTERNAL, "Meer wijkfactsheets dan wijken.");
    }
    if (set)
        n += wr_factsheets_jobs(set, s->jobs + n);
    size_t written = 0;
    st = wr_output_queue_finish(&s->queue, n, &result->warnings, &written, err);
    s->queue_started = false;
    result->factsheet_count = written > report_files_count ? written - report_files_count : 0;
    wr_factsheet_set_free(set);
    if (st == WR_OK && opts->kind == WR_REPORT_QUARTER) {
        wr_strbuf b = {0};
        wr_strbuf_printf(&b, "%s/%s/wijken", opts_output_dir(s), code);
        if (!(result->factsheet_dir = wr_strbuf_take(&b)))
            st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    return st;
}

/* Writes the files into the set's temporary names and switches the set into place. */
static wr_status write_outputs(run_state *s, const wr_run_options *opts, wr_run_result *result, bool draft,
                               wr_error *err)
{
    wr_status st = write_files(s, opts, draft, result, err);
    if (st != WR_OK) {
        name_final_paths(err, s->temps, result->written, s->file_count);
        return st;
    }
    double t = wr_clock_now();
    st = wr_outputs_commit(s->outputs, err);
    wr_stage_note("vastleggen", NULL, t, wr_clock_now());
    return st;
}


/* One period of the document computed from the shared preparation (a job on both cores,
 * app/output_jobs.h: the periods only read the preparation and the dataset). */
typedef struct {
    const wr_figures_prep *prep;
    wr_period period;
    wr_figures **out;
} period_job;

static wr_status compute_job(void *arg, wr_warnings *warnings, wr_error *err)
{
    (void)warnings;
    const period_job *job = arg;
    wr_figures_free(*job->out); /* computed before, when the jobs run again in order */
    *job->out = NULL;
    double t = wr_clock_now();
    wr_status st = wr_figures_compute_prepared(job->prep, job->period, job->out, err);
    char code[16];
    wr_period_code(job->period, code, sizeof code);
    wr_stage_note("cijfers", code, t, wr_clock_now());
    return st;
}

/* Every period the document shows: the report's own, its comparison columns, an annual
 * report's quarters of the year before (for that year's protection) and a quarter's
 * rolling year (for the factsheets, when its four quarters are all known). */
static wr_status compute_figures(run_state *s, const wr_run_options *opts, wr_period p, wr_error *err)
{
    wr_figures_prep *prep = wr_figures_prep_new(s->ds, s->cfg);
    if (!prep)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    period_job periods[1 + WR_MAX_COLUMNS + 4];
    size_t n = 0;
    periods[n++] = (period_job){prep, p, &s->figures};
    wr_report_column cols[WR_MAX_COLUMNS];
    if (opts->kind == WR_REPORT_FINANCE) /* no comparison with other periods */
        s->column_count = 1;
    else
        s->column_count = wr_report_columns(opts->kind, p, s->year_in_progress, cols, WR_MAX_COLUMNS);
    for (size_t i = 0; opts->kind != WR_REPORT_FINANCE && i < s->column_count; i++)
        if (!cols[i].is_current && cols[i].known)
            periods[n++] = (period_job){prep, cols[i].period, &s->columns[i]};
    for (int q = 1; opts->kind == WR_REPORT_YEAR && q <= 4; q++)
        periods[n++] = (period_job){prep, wr_period_quarter(p.year - 1, q), &s->earlier_quarters[q - 1]};
    bool rolling = opts->kind == WR_REPORT_QUARTER && s->column_count >= 4;
    for (size_t i = s->column_count >= 4 ? s->column_count - 4 : 0; rolling && i < s->column_count; i++)
        rolling = cols[i].is_current || cols[i].known;
    if (rolling)
        periods[n++] = (period_job){prep, {.year = p.year, .quarter = 0, .start = wr_period_shift(p, -3).start,
                                           .end = p.end},
                                    &s->rolling_year};
    wr_output_job jobs[1 + WR_MAX_COLUMNS + 4];
    for (size_t i = 0; i < n; i++)
        jobs[i] = (wr_output_job){.fn = compute_job, .arg = &periods[i]};
    size_t unused;
    wr_status st = wr_output_jobs_run(jobs, n, NULL, &unused, err);
    wr_figures_prep_free(prep);
    if (opts->kind == WR_REPORT_FINANCE) {
        s->columns[0] = s->figures;
        wr_period_code(p, s->column_heads[0], sizeof s->column_heads[0]);
        return st;
    }
    for (size_t i = 0; i < s->column_count; i++) {
        snprintf(s->column_heads[i], sizeof s->column_heads[i], "%s", cols[i].head);
        if (cols[i].is_current)
            s->columns[i] = s->figures;
        if (cols[i].year_before)
            s->year_before = s->columns[i];
        if (cols[i].previous)
            s->previous = s->columns[i];
    }
    return st;
}

/* For checking the disclosure control by hand: WR_DEBUG_AFSCHERMING=1 prints, per period
 * of the document, how many cells each kind of suppression hid; =2 also lists the cells
 * hidden to protect others. Never in a report. */
static void print_disclosure_counts(const run_state *s, const wr_disclosure_counts *solved)
{
    const char *env = getenv("WR_DEBUG_AFSCHERMING");
    if (!env || (strcmp(env, "1") != 0 && strcmp(env, "2") != 0))
        return;
    fprintf(stderr, "afscherming: %zu cellen, %zu relaties, %zu niet veilig te maken\n", solved->cells,
            solved->relations, solved->unsafe);
    for (size_t i = 0; i < s->column_count; i++) {
        if (!s->columns[i])
            continue;
        wr_disclosure_counts c;
        char code[16];
        wr_disclosure_count(s->columns[i], &c);
        wr_period_code(s->columns[i]->period, code, sizeof code);
        fprintf(stderr, "afscherming %s%s: %zu primair (<%d), %zu secundair (x), %zu percentages (x), %zu noemers\n",
                code, s->columns[i] == s->figures ? " (dit rapport)" : "", c.primary, s->cfg->privacy_threshold,
                c.secondary, c.ratios, c.denominators);
        for (size_t r = 0; env[0] == '2' && r < s->columns[i]->count; r++) {
            const wr_figure *fig = &s->columns[i]->items[r];
            if (fig->public_show == WR_SHOW_PROTECTED || fig->denominator_show == WR_SHOW_PROTECTED)
                fprintf(stderr, "  x %s %s %s = %g (noemer %ld)\n", fig->figure, fig->dimension, fig->code, fig->value,
                        fig->denominator);
        }
    }
}

/* One disclosure step for the whole document, before anything shows a number: every
 * period it shows gets the view its own period's protection gives (figures/disclosure.h). */
static wr_status protect_document(run_state *s, wr_error *err)
{
    wr_figures *models[WR_MAX_COLUMNS + 5];
    size_t n = 0;
    models[n++] = s->figures;
    for (size_t i = 0; i < s->column_count; i++)
        models[n++] = s->columns[i];
    for (size_t i = 0; i < 4; i++)
        models[n++] = s->earlier_quarters[i];
    wr_disclosure_counts solved;
    if (!wr_disclose_document(models, n, s->cfg, &solved))
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    print_disclosure_counts(s, &solved);
    return WR_OK;
}

/* Looks through every free text that reaches the documents for what looks like personal
 * data (a citizen service number, e-mail address, phone number or date of birth): reports
 * are public. */
static wr_status guard_texts(const run_state *s, const wr_run_options *opts, wr_run_result *result, wr_error *err)
{
    wr_warnings found = {0};
    wr_status st = wr_privacy_scan(s->texts, s->figures, opts->data_dir, &found, err);
    if (st == WR_OK && s->district_texts) /* the same finding about the model is listed once */
        st = wr_privacy_scan(s->district_texts, s->figures, opts->data_dir, &found, err);
    result->privacy_findings = found.items;
    result->privacy_count = found.count;
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
    double t = wr_clock_now();
    st = wr_config_load(path, &s->cfg, err);
    wr_stage_note("instellingen", NULL, t, wr_clock_now());
    if (st != WR_OK)
        return st;
    if (opts->templates_dir)
        snprintf(templates, sizeof templates, "%s", opts->templates_dir);
    else
        snprintf(templates, sizeof templates, "%s/templates", opts->share_dir);
    /* The text list before the export: a broken list is found without waiting for the data. */
    t = wr_clock_now();
    st = wr_texts_list_load(s->cfg, templates, &s->text_list, err);
    wr_stage_note("tekstenlijst", NULL, t, wr_clock_now());
    if (st != WR_OK)
        return st;
    t = wr_clock_now();
    st = wr_dataset_load(opts->data_dir, s->cfg, &s->ds, err);
    wr_stage_note("lezen", "(alles)", t, wr_clock_now());
    if (st != WR_OK)
        return st;
    /* What the reading threads' heaps hold free goes back to the system before the figures
     * add to the dataset: glibc keeps it otherwise, a few MB more or less from run to run. */
    malloc_trim(0);
    result->problem_count = s->ds->diags.count;
    result->no_trajectories = s->ds->trajectory_count == 0;
    for (size_t i = 0; i < s->ds->diags.count; i++)
        result->trajectories_refused |= s->ds->diags.items[i].severity == WR_SEVERITY_ERROR &&
                                        strcmp(s->ds->diags.items[i].file, "trajecten.csv") == 0;

    wr_period p;
    if ((st = wr_report_period(opts, s->ds, &p, &s->year_in_progress, err)) != WR_OK)
        return st;
    result->period = p;
    result->year_in_progress = s->year_in_progress;
    t = wr_clock_now();
    st = compute_figures(s, opts, p, err);
    wr_stage_note("cijfers", NULL, t, wr_clock_now());
    if (st != WR_OK)
        return st;
    start_hyphenator(s); /* beside the protection and the fill, which use one core */
    t = wr_clock_now();
    st = protect_document(s, err);
    wr_stage_note("afscherming", NULL, t, wr_clock_now());
    if (st != WR_OK)
        return st;
    if (opts->kind != WR_REPORT_FINANCE &&
        !wr_revisions_find(opts->output_dir, s->cfg, (const wr_figures *const *)s->columns, s->column_count,
                           s->figures, &s->revisions))
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");

    wr_period_code(p, code, sizeof code);
    wr_texts_dir(opts->data_dir, opts->texts_dir, texts_dir, sizeof texts_dir);
    t = wr_clock_now();
    st = wr_narrative_load(s->text_list, texts_dir, code, opts->kind == WR_REPORT_YEAR, &s->texts, err);
    wr_stage_note("teksten", NULL, t, wr_clock_now());
    if (st != WR_OK)
        return st;
    if ((st = wr_texts_note_missing(s->texts, opts->kind, &result->missing_texts, &result->missing_count, err)) != WR_OK)
        return st;
    /* A quarter has a text per district for its factsheet, with the same rules. */
    if (opts->kind == WR_REPORT_QUARTER &&
        ((st = wr_texts_district_list(s->cfg, &s->district_list, err)) != WR_OK ||
         (st = wr_narrative_load(s->district_list, texts_dir, code, false, &s->district_texts, err)) != WR_OK ||
         (st = wr_texts_note_missing(s->district_texts, opts->kind, &result->missing_texts, &result->missing_count, err)) != WR_OK))
        return st;
    if ((st = guard_texts(s, opts, result, err)) != WR_OK)
        return st;
    if (opts->final && (result->missing_count > 0 || result->privacy_count > 0))
        return wr_texts_refuse_unfinished(result->missing_texts, result->missing_count, result->privacy_findings,
                                          result->privacy_count, err);
    bool draft = !opts->final;

    const char *heads[WR_MAX_COLUMNS];
    for (size_t i = 0; i < s->column_count; i++)
        heads[i] = s->column_heads[i];
    s->input = (wr_fill_input){.cfg = s->cfg, .current = s->figures, .columns = (const wr_figures *const *)s->columns,
                           .column_heads = heads, .column_count = s->column_count,
                           .year_before = s->year_before, .previous = s->previous,
                           .revisions = s->revisions.items, .revision_count = s->revisions.count,
                           .year_in_progress = s->year_in_progress, .texts = s->texts, .draft = draft};
    snprintf(s->templates, sizeof s->templates, "%s", templates);
    s->output_dir = opts->output_dir;
    if ((st = start_outputs(s, opts, result, err)) != WR_OK)
        return st;
    const wr_fill_input input = s->input;
    t = wr_clock_now();
    wr_quiet_stderr quiet; /* ctemplate's own English error lines */
    wr_quiet_stderr_begin(&quiet);
    st = wr_fill_report(&input, templates, names_for[opts->kind].template_name, &s->report, err);
    wr_quiet_stderr_end(&quiet);
    wr_stage_note("sjabloon invullen", NULL, t, wr_clock_now());
    if (st != WR_OK)
        return st;
    return write_outputs(s, opts, result, draft, err);
}

wr_status wr_run_report(const wr_run_options *opts, wr_run_result *result, wr_error *err)
{
    run_state s = {0};
    memset(result, 0, sizeof *result);
    wr_status st = run(&s, opts, result, err);
    if (st != WR_OK)
        result->written_count = 0; /* nothing was renamed into place */
    double t = wr_clock_now();
    run_state_free(&s);
    wr_stage_note("opruimen", NULL, t, wr_clock_now());
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
    free(result->factsheet_dir);
    wr_warnings_clear(&result->warnings);
    memset(result, 0, sizeof *result);
}
