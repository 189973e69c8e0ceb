/* The shared fixture of tests/unit/test_experience.c, test_finance.c and test_zrm.c:
 * configuration, trajecten and the four outcome files from tests/fixtures/uitkomst, loaded
 * once. */
#ifndef WR_OUTCOME_FIXTURE_H
#define WR_OUTCOME_FIXTURE_H

#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "figures/compute.h"
#include "figures/effect_experience.h"
#include "figures/effect_zrm.h"
#include "figures/financien.h"
#include "input/dataset.h"
#include "input/outcome_data.h"

static wr_config *cfg;
static wr_dataset *ds;
static wr_outcome_data *od;
static wr_diag_list diags;
static bool delivered[WR_FILE_COUNT];

/* The row, or an empty one (reported) so a missing figure fails its checks. */
static inline const wr_figure *find(const wr_figures *f, const char *figure, const char *dimension,
                                    const char *code)
{
    static const wr_figure none;
    const wr_figure *fig = wr_figures_find(f, figure, dimension, code);
    if (!fig)
        fprintf(stderr, "missing figure %s/%s/%s\n", figure, dimension, code);
    return fig ? fig : &none;
}

/* How many diagnostics name this file, line and column. */
static inline int diags_in(const char *file, long line, const char *column)
{
    int n = 0;
    for (size_t i = 0; i < diags.count; i++)
        n += strcmp(diags.items[i].file, file) == 0 && diags.items[i].line == line &&
             strcmp(diags.items[i].column_name, column) == 0;
    return n;
}

/* The outcome figures of period p (the caller frees them). */
static inline wr_figures *figures_for(wr_period p)
{
    wr_figures *f = calloc(1, sizeof *f);
    wr_error err = {0};
    f->period = p;
    if (wr_figures_outcome(od, ds, cfg, f, &err) != WR_OK)
        fprintf(stderr, "%s\n", err.message);
    return f;
}

static inline bool fixture_open(void)
{
    wr_error err = {0};
    if (wr_config_load("tests/fixtures/uitkomst/config.ini", &cfg, &err) != WR_OK ||
        wr_dataset_load("tests/fixtures/uitkomst", cfg, &ds, &err) != WR_OK ||
        wr_outcome_data_read("tests/fixtures/uitkomst", cfg, ds, &od, delivered, &diags, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        return false;
    }
    return true;
}

static inline void fixture_close(void)
{
    wr_outcome_data_free(od);
    wr_diag_list_clear(&diags);
    wr_dataset_free(ds);
    wr_config_free(cfg);
}

#endif
