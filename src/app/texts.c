#include "app/texts.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/strbuf.h"

wr_status wr_texts_list_load(const wr_config *cfg, const char *templates_dir, wr_narrative_list **out, wr_error *err)
{
    char path[4096];
    if (cfg && cfg->text_list)
        snprintf(path, sizeof path, "%s", cfg->text_list);
    else
        snprintf(path, sizeof path, "%s/%s", templates_dir, WR_NARRATIVE_LIST_FILE);
    return wr_narrative_list_load(path, out, err);
}

wr_status wr_texts_district_list(const wr_config *cfg, wr_narrative_list **out, wr_error *err)
{
    size_t n = cfg->districts.count;
    const char **codes = calloc(n + 1, sizeof *codes), **labels = calloc(n + 1, sizeof *labels);
    wr_status st;
    if (!codes || !labels) {
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    } else {
        for (size_t i = 0; i < n; i++) {
            codes[i] = cfg->districts.items[i].code;
            labels[i] = cfg->districts.items[i].label;
        }
        st = wr_narrative_list_districts(codes, labels, n, out, err);
    }
    free(codes);
    free(labels);
    return st;
}

static wr_status scaffold_districts(const wr_config *cfg, const char *texts, const char *period_code,
                                    wr_scaffold_result *into, wr_error *err)
{
    wr_narrative_list *list = NULL;
    wr_scaffold_result *more = NULL;
    wr_status st = wr_texts_district_list(cfg, &list, err);
    if (st == WR_OK)
        st = wr_scaffold_write(list, texts, period_code, false, &more, err);
    if (st == WR_OK && !wr_scaffold_result_merge(into, more))
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    wr_scaffold_result_free(more);
    wr_narrative_list_free(list);
    return st;
}

void wr_texts_dir(const char *data_dir, const char *texts_dir, char *out, size_t size)
{
    if (texts_dir)
        snprintf(out, size, "%s", texts_dir);
    else
        snprintf(out, size, "%s/teksten", data_dir);
}

wr_status wr_texts_scaffold_outlook(const wr_texts_places *at, int target_year, wr_scaffold_result **out,
                                    wr_error *err)
{
    char texts[4096], folder[32];
    *out = NULL;
    wr_texts_dir(at->data_dir, at->texts_dir, texts, sizeof texts);
    snprintf(folder, sizeof folder, "kadernota-%d", target_year);
    wr_narrative_list *list = NULL;
    wr_status st = wr_narrative_list_outlook(&list, err);
    if (st == WR_OK)
        st = wr_scaffold_write_folder(list, texts, folder, false, out, err);
    wr_narrative_list_free(list);
    return st;
}

wr_status wr_texts_scaffold(const wr_texts_places *at, const char *period_code, bool year, wr_scaffold_result **out,
                            wr_error *err)
{
    char settings[4096], texts[4096];
    *out = NULL;
    if (at->config_path)
        snprintf(settings, sizeof settings, "%s", at->config_path);
    else
        snprintf(settings, sizeof settings, "%s/wijkrapport.ini", at->data_dir);
    wr_texts_dir(at->data_dir, at->texts_dir, texts, sizeof texts);

    /* Scaffolding needs only the text list, so a missing default settings file is no
     * error; a settings file that is there (or named) must be valid. */
    wr_config *cfg = NULL;
    wr_status st = WR_OK;
    if (at->config_path || access(settings, F_OK) == 0 || errno != ENOENT)
        st = wr_config_load(settings, &cfg, err);
    wr_narrative_list *list = NULL;
    if (st == WR_OK)
        st = wr_texts_list_load(cfg, at->templates_dir, &list, err);
    if (st == WR_OK)
        st = wr_scaffold_write(list, texts, period_code, year, out, err);
    /* A quarter also has a text per district, for its factsheet. */
    if (st == WR_OK && !year && cfg)
        st = scaffold_districts(cfg, texts, period_code, *out, err);
    wr_narrative_list_free(list);
    wr_config_free(cfg);
    return st;
}

/* Whether a text of the list belongs to this kind of report: the financial interim report
 * has only the finance text. */
static bool text_counts(wr_report_kind kind, const char *name)
{
    return kind != WR_REPORT_FINANCE || strcmp(name, "financien") == 0;
}

wr_status wr_texts_note_missing(const wr_narrative *texts, wr_report_kind kind, char ***missing, size_t *count,
                                wr_error *err)
{
    char **grown = realloc(*missing, (*count + texts->count + 1) * sizeof *grown);
    if (!grown)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    *missing = grown;
    for (size_t i = 0; i < texts->count; i++) {
        if (!texts->texts[i].missing || !text_counts(kind, texts->texts[i].name))
            continue;
        wr_strbuf b = {0};
        wr_strbuf_printf(&b, "%s/%s.md (%s)", texts->folder, texts->texts[i].name, texts->texts[i].title);
        if (!(grown[(*count)++] = wr_strbuf_take(&b)))
            return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    return WR_OK;
}

/* With --definitief a document may not go out while texts are missing or unfinished, or
 * while a text holds what looks like personal data. */
wr_status wr_texts_refuse_unfinished(char *const *missing, size_t missing_count, char *const *findings,
                                     size_t finding_count, wr_error *err)
{
    wr_strbuf b = {0};
    wr_strbuf_puts(&b, "Een definitieve versie kan nog niet worden gemaakt.");
    if (missing_count)
        wr_strbuf_puts(&b, "\nDeze teksten zijn nog niet klaar:");
    for (size_t i = 0; i < missing_count; i++)
        wr_strbuf_printf(&b, "\n  %s", missing[i]);
    if (finding_count)
        wr_strbuf_puts(&b, "\nDeze teksten en bestanden bevatten iets dat op persoonsgegevens lijkt; haal het weg:");
    for (size_t i = 0; i < finding_count; i++)
        wr_strbuf_printf(&b, "\n  %s", findings[i]);
    wr_status st = wr_error_set(err, WR_ERR_INPUT, "%s", wr_strbuf_cstr(&b));
    wr_strbuf_free(&b);
    return st;
}
