/* The figures model: every published number of a period, as rows in the shape of the
 * figures export (deel, cijfer, dimensie, waarde_code, waarde, noemer), plus what a
 * renderer needs to show it (label, kind, whether a public document must suppress it).
 * This is the single source of truth for the PDF, the workbook and cijfers.csv.
 * wr_figures_compute allocates the model; wr_figures_free releases it. */
#ifndef WR_FIGURES_H
#define WR_FIGURES_H

#include <stdbool.h>
#include <stddef.h>

#include "config/config.h"
#include "input/dataset.h"
#include "base/error.h"
#include "base/period.h"

typedef enum { WR_DEEL_GEDAAN, WR_DEEL_BEREIKT, WR_DEEL_EFFECT, WR_DEEL_IMPACT, WR_DEEL_FINANCIEN } wr_deel;

typedef enum {
    WR_KIND_RESIDENTS,     /* distinct residents: suppressed when small */
    WR_KIND_TRAJECTORIES,  /* trajectories: suppressed when small */
    WR_KIND_COMPLAINTS,    /* complaints: suppressed when small */
    WR_KIND_COUNT,         /* contacts, attendances, activities: never suppressed */
    WR_KIND_PERCENT,       /* one decimal; hidden when the denominator is small */
    WR_KIND_MEAN,          /* two decimals; hidden when the denominator is small */
    WR_KIND_MEDIAN,        /* two decimals; hidden when the denominator is small */
    WR_KIND_EURO,          /* exact */
    WR_KIND_VALUE          /* a delivered value (policy indicators): shown as given */
} wr_value_kind;

typedef enum {
    WR_SHOW_VALUE,          /* publish as is */
    WR_SHOW_SMALL_COUNT,    /* "<5" */
    WR_SHOW_SMALL_BASE,     /* "n<10" */
    WR_SHOW_NO_BASE         /* denominator 0: no value ("–") */
} wr_show;

typedef struct {
    wr_deel deel;
    const char *figure;     /* cijfer, e.g. "bereik" (static string) */
    const char *dimension;  /* dimensie, e.g. "wijk" (static string) */
    char code[64];          /* waarde_code, e.g. "schalkwijk", "totaal", "onbekend" */
    const char *label;      /* Dutch label of the code (owned by the configuration) */
    wr_value_kind kind;
    bool has_value;         /* false: no value (denominator 0) */
    double value;           /* already rounded as published */
    bool has_denominator;
    long denominator;
    double numerator;       /* of a ratio: the count or sum the value divides (exact) */
    wr_show public_show;    /* how a public document shows it */
} wr_figure;

typedef struct {
    wr_period period;
    wr_figure *items;
    size_t count;
    size_t cap;
} wr_figures;

wr_status wr_figures_compute(const wr_dataset *ds, const wr_config *cfg, wr_period period, wr_figures **out,
                             wr_error *err);
void wr_figures_free(wr_figures *f);

/* The row for (figure, dimension, code), or NULL. */
const wr_figure *wr_figures_find(const wr_figures *f, const char *figure, const char *dimension, const char *code);

const char *wr_deel_code(wr_deel deel);

/* Builders used by the per-part computations. */
wr_figure *wr_figures_add(wr_figures *f, wr_deel deel, const char *figure, const char *dimension, const char *code,
                          const char *label, wr_value_kind kind);
void wr_figure_set_count(wr_figure *fig, double value);
void wr_figure_set_ratio(wr_figure *fig, double numerator, long denominator, int decimals, double scale);
/* Decides public_show for every row from the privacy settings. */
void wr_figures_apply_privacy(wr_figures *f, const wr_config *cfg);

#endif
