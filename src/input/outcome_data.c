/* Reading the four outcome files, freeing them, and the figure rows of all four. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "input/outcome_store.h"

wr_status wr_outcome_nomem(wr_error *err, const char *file)
{
    return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het lezen van %s.", file);
}

bool wr_outcome_lower(const char *value, char *buf, size_t size)
{
    while (*value == ' ' || *value == '\t')
        value++;
    size_t n = strlen(value);
    while (n > 0 && (value[n - 1] == ' ' || value[n - 1] == '\t'))
        n--;
    if (n >= size)
        return false;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)tolower((unsigned char)value[i]);
    buf[n] = '\0';
    return true;
}

int wr_outcome_grow(void **items, size_t *cap, size_t need, size_t size)
{
    if (need < *cap)
        return 0;
    size_t n = *cap ? *cap : 64;
    while (n <= need)
        n *= 2;
    void *p = realloc(*items, n * size);
    if (!p)
        return -1;
    *items = p;
    *cap = n;
    return 0;
}

uint32_t wr_name_list_intern(wr_name_list *l, const char *code, const char *label)
{
    if (!l->map && !(l->map = wr_strmap_new()))
        return UINT32_MAX;
    uint32_t i = wr_strmap_find(l->map, code, strlen(code));
    if (i != UINT32_MAX)
        return i;
    size_t cap = l->cap;
    if (wr_outcome_grow((void **)&l->codes, &cap, l->count, sizeof *l->codes) != 0)
        return UINT32_MAX;
    cap = l->cap;
    if (wr_outcome_grow((void **)&l->labels, &cap, l->count, sizeof *l->labels) != 0)
        return UINT32_MAX;
    l->cap = cap; /* both arrays now hold cap entries */
    char *c = wr_strdup(code), *lab = wr_strdup(label);
    int added;
    if (!c || !lab || wr_strmap_intern(l->map, code, strlen(code), &added) != l->count) {
        free(c);
        free(lab);
        return UINT32_MAX;
    }
    l->codes[l->count] = c;
    l->labels[l->count] = lab;
    return (uint32_t)l->count++;
}

void wr_name_list_clear(wr_name_list *l)
{
    for (size_t i = 0; i < l->count; i++) {
        free(l->codes[i]);
        free(l->labels[i]);
    }
    free(l->codes);
    free(l->labels);
    wr_strmap_free(l->map);
    memset(l, 0, sizeof *l);
}

int wr_outcome_quarter_index(wr_day d)
{
    if (!wr_day_is_set(d))
        return -1;
    int y, m, day;
    wr_day_to_ymd(d, &y, &m, &day);
    if (y < WR_OUTCOME_FIRST_YEAR || y > WR_OUTCOME_LAST_YEAR)
        return -1;
    return (y - WR_OUTCOME_FIRST_YEAR) * 4 + (m - 1) / 3;
}

void wr_outcome_period_quarters(wr_period p, int *first, int *last)
{
    *first = wr_outcome_quarter_index(p.start);
    *last = wr_outcome_quarter_index(p.end);
    if (*first < 0 || *last < 0)
        *first = *last = -1;
}

static bool file_wanted(wr_input_file file)
{
    return file == WR_FILE_ERVARINGEN || file == WR_FILE_UITKOMSTEN || file == WR_FILE_INDICATOREN ||
           file == WR_FILE_FINANCIEN;
}

bool wr_outcome_delivered(const wr_outcome_data *d, wr_input_file file)
{
    return d && file_wanted(file) && d->delivered[file];
}

static wr_status read_one(wr_outcome_data *d, const char *dir, wr_input_file file, const wr_config *cfg,
                          const wr_dataset *ds, wr_diag_list *diags, wr_error *err)
{
    char path[4096];
    if (!wr_input_file_path(dir, file, path, sizeof path))
        return WR_OK; /* not delivered */
    d->delivered[file] = true;
    switch (file) {
    case WR_FILE_ERVARINGEN: return wr_read_experiences(path, cfg, &d->experience, diags, err);
    case WR_FILE_UITKOMSTEN: return wr_read_zrm(path, cfg, ds, &d->zrm, diags, err);
    case WR_FILE_INDICATOREN: return wr_read_indicators(path, cfg, &d->indicators, diags, err);
    case WR_FILE_FINANCIEN: return wr_read_finance(path, cfg, &d->finance, diags, err);
    default: return WR_OK;
    }
}

wr_status wr_outcome_data_read(const char *dir, const wr_config *cfg, const wr_dataset *ds, wr_outcome_data **out,
                               bool delivered[WR_FILE_COUNT], wr_diag_list *diags, wr_error *err)
{
    static const wr_input_file files[] = {WR_FILE_ERVARINGEN, WR_FILE_UITKOMSTEN, WR_FILE_INDICATOREN,
                                          WR_FILE_FINANCIEN};
    *out = NULL;
    wr_outcome_data *d = calloc(1, sizeof *d);
    if (!d)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    wr_status st = WR_OK;
    for (size_t i = 0; i < sizeof files / sizeof files[0] && st == WR_OK; i++)
        st = read_one(d, dir, files[i], cfg, ds, diags, err);
    if (st == WR_OK && diags->out_of_memory)
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen voor de lijst met gegevensproblemen.");
    if (st != WR_OK) {
        wr_outcome_data_free(d);
        return st;
    }
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        delivered[files[i]] = d->delivered[files[i]];
    *out = d;
    return WR_OK;
}

void wr_outcome_data_free(wr_outcome_data *d)
{
    if (!d)
        return;
    wr_experience_store_clear(&d->experience);
    wr_zrm_store_clear(&d->zrm);
    wr_indicator_store_clear(&d->indicators);
    wr_finance_store_clear(&d->finance);
    free(d);
}

wr_status wr_figures_outcome(const wr_outcome_data *d, const wr_dataset *ds, const wr_config *cfg, wr_figures *f,
                             wr_error *err)
{
    /* Order of the report: effect (ZRM, then experience), impact, financien. */
    wr_status st = WR_OK;
    if (d->delivered[WR_FILE_UITKOMSTEN])
        st = wr_figures_zrm(d, ds, cfg, f, err);
    if (st == WR_OK && d->delivered[WR_FILE_ERVARINGEN])
        st = wr_figures_experience(d, cfg, f, err);
    if (st == WR_OK && d->delivered[WR_FILE_INDICATOREN])
        st = wr_figures_impact(d, cfg, f, err);
    if (st == WR_OK && d->delivered[WR_FILE_FINANCIEN])
        st = wr_figures_finance(d, cfg, f, err);
    if (st == WR_OK)
        wr_figures_apply_privacy(f, cfg);
    return st;
}
