#include "app/texts.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

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

wr_status wr_texts_scaffold(const wr_texts_places *at, const char *period_code, bool year, wr_scaffold_result **out,
                            wr_error *err)
{
    char settings[4096], texts[4096];
    *out = NULL;
    if (at->config_path)
        snprintf(settings, sizeof settings, "%s", at->config_path);
    else
        snprintf(settings, sizeof settings, "%s/wijkrapport.ini", at->data_dir);
    if (at->texts_dir)
        snprintf(texts, sizeof texts, "%s", at->texts_dir);
    else
        snprintf(texts, sizeof texts, "%s/teksten", at->data_dir);

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
