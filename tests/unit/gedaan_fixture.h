/* Shared by tests/unit/test_complaints.c and test_gedaan.c: the fixture in
 * tests/fixtures/gedaan/volledig, read once per program, and helpers to look at part-1 rows. Line numbers in the tests
 * count the header as line 1. */
#ifndef WR_GEDAAN_FIXTURE_H
#define WR_GEDAAN_FIXTURE_H

#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "config/config.h"
#include "figures/figures.h"
#include "figures/gedaan.h"
#include "figures/gedaan_agreements.h"
#include "input/gedaan_data.h"

static const wr_config *cfg;
static const wr_gedaan_data *data;
static wr_diag_list diags;

/* The part-1 rows for period p, or NULL when computing fails. */
static inline wr_figures *compute_with(const wr_gedaan_data *d, const wr_config *c, wr_period p)
{
    wr_figures *f = wr_figures_new(p);
    wr_error err = {0};
    if (!f)
        return NULL;
    if (wr_figures_gedaan_files(d, c, f, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        wr_figures_free(f);
        return NULL;
    }
    return f;
}

static inline wr_figures *compute(wr_period p)
{
    return compute_with(data, cfg, p);
}

static inline void release(wr_figures *f)
{
    wr_figures_free(f);
}

static inline double value(const wr_figures *f, const char *figure, const char *dimension, const char *code)
{
    const wr_figure *fig = wr_figures_find(f, figure, dimension, code);
    return fig && fig->has_value ? fig->value : -1;
}

static inline bool present(const wr_figures *f, const char *figure, const char *dimension, const char *code)
{
    return wr_figures_find(f, figure, dimension, code) != NULL;
}

static inline int rows_of(const wr_figures *f, const char *figure)
{
    int n = 0;
    for (size_t i = 0; i < f->count; i++)
        n += strcmp(f->items[i].figure, figure) == 0;
    return n;
}

static inline int diag_count(const char *file, wr_diag_kind kind)
{
    int n = 0;
    for (size_t i = 0; i < diags.count; i++)
        n += strcmp(diags.items[i].file, file) == 0 && diags.items[i].kind == kind;
    return n;
}

static inline const wr_diag *diag_at(const char *file, long line, wr_diag_kind kind)
{
    for (size_t i = 0; i < diags.count; i++)
        if (strcmp(diags.items[i].file, file) == 0 && diags.items[i].line == line && diags.items[i].kind == kind)
            return &diags.items[i];
    return NULL;
}

/* Loads tests/fixtures/config.ini and the full fixture into cfg, data and diags. */
static inline bool load_fixture(wr_config **c, wr_gedaan_data **d)
{
    wr_error err = {0};
    bool delivered[WR_FILE_COUNT] = {0};
    if (wr_config_load("tests/fixtures/config.ini", c, &err) != WR_OK ||
        wr_gedaan_data_read("tests/fixtures/gedaan/volledig", *c, d, delivered, &diags, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        return false;
    }
    cfg = *c;
    data = *d;
    CHECK(delivered[WR_FILE_CONTACTEN] && delivered[WR_FILE_ACTIVITEITEN] && delivered[WR_FILE_AFSPRAKEN] &&
          delivered[WR_FILE_KLACHTEN]);
    return true;
}

static inline int finish(wr_config *c, wr_gedaan_data *d, const char *suite)
{
    wr_gedaan_data_free(d);
    wr_diag_list_clear(&diags);
    wr_config_free(c);
    return check_summary(suite);
}

#endif
