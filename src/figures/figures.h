/* The figures model: everything a report of one period shows, and the single source of
 * truth for the PDF, the HTML twin, the workbook and cijfers.csv. Outputs read this model,
 * never the records it was computed from.
 *
 * - The rows: every published number, in the shape of the figures export (deel, cijfer,
 *   dimensie, waarde_code, waarde, noemer), plus what a renderer needs to show it (label,
 *   kind, and the public view: whether a public document shows the value and the
 *   denominator, or hides them). The view never changes a value.
 * - The lists beside the rows: the agreements of the annual plan with their status, the
 *   policy indicators with their history, the finance posts and checks.
 * - Where it came from: which files were delivered, the export's last date, and the
 *   problems found while reading.
 *
 * This module is the container; wr_figures_compute (figures/compute.h) fills one, one
 * file per report part. Strings in the model (labels, the lists' texts, the diagnostics)
 * are borrowed from the configuration and the dataset it was computed from: keep both
 * alive while the model is used. wr_figures_free releases what the model owns. */
#ifndef WR_FIGURES_H
#define WR_FIGURES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "base/diag.h"
#include "base/period.h"
#include "config/config.h"
#include "input/indicator_record.h"
#include "input/input_files.h"

typedef enum { WR_DEEL_GEDAAN, WR_DEEL_BEREIKT, WR_DEEL_EFFECT, WR_DEEL_IMPACT, WR_DEEL_FINANCIEN } wr_deel;

typedef enum {
    WR_KIND_RESIDENTS,     /* distinct residents: suppressed when small */
    WR_KIND_TRAJECTORIES,  /* trajectories: suppressed when small */
    WR_KIND_COMPLAINTS,    /* complaints: suppressed when small */
    WR_KIND_COUNT,         /* contacts, attendances, activities: never suppressed */
    WR_KIND_PERCENT,       /* one decimal; hidden when the denominator is small */
    WR_KIND_RATE,          /* per 1,000 (bereik_per_1000), one decimal; like a percentage */
    WR_KIND_MEAN,          /* two decimals; hidden when the denominator is small */
    WR_KIND_MEDIAN,        /* two decimals; hidden when the denominator is small */
    WR_KIND_EURO,          /* exact */
    WR_KIND_VALUE          /* a delivered value (policy indicators): shown as given */
} wr_value_kind;

typedef enum {
    WR_SHOW_VALUE,          /* publish as is */
    WR_SHOW_SMALL_COUNT,    /* "<5" (primary suppression) */
    WR_SHOW_SMALL_BASE,     /* "n<10" */
    WR_SHOW_NO_BASE,        /* denominator 0: no value ("–") */
    WR_SHOW_PROTECTED       /* "x": hidden so that no small count elsewhere can be worked out
                               (secondary suppression, figures/disclosure.h) */
} wr_show;

typedef struct {
    wr_deel deel;
    const char *figure;     /* cijfer, e.g. "bereik" (static string) */
    const char *dimension;  /* dimensie, e.g. "wijk" (static string) */
    char code[64];          /* waarde_code, e.g. "schalkwijk", "totaal", "onbekend" */
    const char *label;      /* Dutch label of the code (borrowed) */
    wr_value_kind kind;
    bool has_value;         /* false: no value (denominator 0) */
    double value;           /* already rounded as published */
    bool has_denominator;
    long denominator;
    double numerator;       /* of a ratio: the count or sum the value divides (exact) */
    wr_show public_show;    /* how a public document shows it */
    wr_show denominator_show; /* how it shows the denominator: VALUE, SMALL_COUNT or PROTECTED */
} wr_figure;

/* One agreement of the annual plan (afspraken.csv) with its status at the period's end. */
typedef struct {
    const char *id;           /* afspraak_id */
    const char *theme;        /* the thema's label ("Onbekend" for an unknown code) */
    const char *description;  /* omschrijving */
    const char *status_code;  /* a configured status, "onbekend" or "niet_gerapporteerd" */
    const char *status_label;
    const char *explanation;  /* toelichting; "" when none */
    long line;                /* line in afspraken.csv of the row the description and explanation come from */
} wr_agreement;

/* One policy indicator series (indicator, gebied) as a report whose period ends in `year`
 * sees it: the latest value with jaar <= year, the one before, and what was delivered. */
typedef struct {
    const char *indicator;   /* code, lower case */
    const char *area;        /* "gemeente" or the district code */
    const char *area_label;  /* "Gemeente" or the district's label */
    int district;            /* -1 for gemeente, else index in cfg->districts */
    char export_code[64];    /* waarde_code: "code" for gemeente, "code:wijk" for a district */
    /* Taken from the row of the latest value (or, without one, the first row of the series). */
    const char *description; /* omschrijving */
    const char *goal;        /* beleidsdoel as delivered */
    const char *goal_label;  /* label of that code in cfg->themes, or goal itself */
    const char *source;      /* bron */
    long line;               /* line in indicatoren.csv of the row description and source come from */
    wr_indicator_unit unit;
    wr_indicator_direction direction;
    bool has_target;
    double target;           /* streefwaarde */
    bool has_latest;         /* a value with jaar <= year exists */
    int latest_year;
    double latest;
    bool has_previous;       /* a value of an earlier jaar exists */
    int previous_year;
    double previous;
    double change;           /* latest - previous when both exist, else 0 */
    const wr_indicator_point *series; /* ascending years <= year, one value per year */
    size_t series_count;
} wr_indicator;

/* Finance for a period P: year(P.end), quarters 1 .. q, q = P's last quarter (data
 * contract, section 8). Amounts in euros as doubles for the outputs, and in cents where a
 * rule must be exact. */

/* How a post's year-end forecast (prognose) was made, the first that applies. */
typedef enum {
    WR_FORECAST_COMPLETE, /* q = 4: the year's realisation is known */
    WR_FORECAST_PROVIDER, /* the provider's prognose on the post's row of quarter q */
    WR_FORECAST_SEASONAL, /* realisation to date x previous year's 1..4 / previous year's 1..q */
    WR_FORECAST_LINEAR    /* realisation to date x 4 / q */
} wr_forecast_method;

typedef struct {
    const char *code;     /* post, trimmed and lower case; "totaal" for the total */
    const char *label;    /* post as first written in the file; "Totaal" */
    const char *earmark;  /* oormerk of the row that gave the begroting (lower case), or NULL */
    double budget;        /* begroting: row of the latest quarter <= P (ties: last row) */
    double spent[4];      /* realisatie per quarter; quarters after P are 0 */
    double spent_to_date;
    bool has_pct;         /* budget (rounded to euros) > 0 */
    double spent_pct;     /* 100 * spent_to_date / budget, one decimal, may exceed 100 */

    long long budget_cents, to_date_cents;
    double pro_rata;      /* budget x q / 4, rounded to cents: the straight line at quarter q */
    wr_forecast_method method; /* the total: the method of its posts when they all agree, else LINEAR */
    bool mixed_methods;   /* the total only: its posts used more than one method */
    long long forecast_cents;  /* prognose, rounded to cents; the total sums its posts' */
    double forecast;
    double forecast_pct;  /* 100 * forecast / budget, one decimal (when has_pct) */
    bool has_previous;    /* the previous year has a row for each quarter: its realisation */
    double previous_to_q, previous_year; /* in quarters 1..q and 1..4 */
    bool signal;          /* |forecast - budget| > margin % of budget */
} wr_finance_post;

typedef enum {
    WR_CHECK_ON_TRACK, /* year in progress: the forecast keeps the check with room (the margin) */
    WR_CHECK_AT_RISK,  /* year in progress: it does not */
    WR_CHECK_MET,      /* complete year, judged on realisation */
    WR_CHECK_NOT_MET
} wr_check_state;

typedef struct {
    const wr_finance_check *check; /* from cfg->checks */
    const char *label;             /* earmark label from cfg->earmarks, the earmark code, or "Winst" */
    char earmark[64];              /* the earmark's code, lower case; "" for profit */
    wr_check_state state;
    double budget;    /* begroting of the earmark's posts (profit: total begroting) */
    double spent;     /* realisatie to date of the earmark's rows (profit: total) */
    double spent_last_quarter; /* realisatie in quarter q of the earmark's rows (profit: total) */
    double forecast;  /* prognose of the earmark's posts (profit: total) */
    double required;  /* the agreed amount in euros: the minimum, the budget, or max % x total begroting */
    double actual;    /* compared with required: realisation (minimum), begroting (budget), profit */
    bool has_pct;
    double pct;       /* minimum: 100*spent/amount; budget: 100*spent/amount; profit: 100*profit/begroting */
    /* Minimum only: what is still needed this year, and whether the pace of quarter q
     * reaches it in the quarters left (needed <= last quarter x (4 - q)). */
    double still_needed;
    bool within_reach;
    /* Profit only: the expected result (begroting - prognose; realised result for a
     * complete year) and its share of the begroting, one decimal. */
    double result;
    double result_pct;
} wr_finance_check_result;

typedef struct {
    int year;
    int last_quarter;              /* q, 1-4 */
    bool year_report;              /* P is a whole year */
    bool complete;                 /* q = 4: checks are judged on realisation */
    double margin_pct;             /* the configured margin (signals, room of the checks) */
    wr_finance_post *posts;        /* posts with a row in year with kwartaal <= last_quarter, file order */
    size_t post_count;
    wr_finance_post total;
    double profit;                 /* total begroting - total realisatie to date */
    bool has_profit_pct;
    double profit_pct;             /* 100 * profit / total begroting, one decimal */
    double expected_result;        /* total begroting - total prognose (below 0: an expected overrun) */
    double expected_result_pct;    /* 100 * that / total begroting, one decimal (when has_profit_pct) */
    wr_finance_check_result *checks; /* one per cfg->checks, same order */
    size_t check_count;
} wr_finance_summary;

/* One file of the export (data contract, section 1). */
typedef struct {
    const char *name;  /* "trajecten.csv" */
    bool delivered;
} wr_source_file;

typedef struct {
    wr_period period;
    wr_figure *items;
    size_t count;
    size_t cap;

    bool has_agreements;           /* afspraken.csv was delivered */
    wr_agreement *agreements;      /* of year(P.end), in order of first appearance */
    size_t agreement_count;
    bool has_indicators;           /* indicatoren.csv was delivered */
    wr_indicator *indicators;      /* every series: indicators in order of first appearance, within
                                      one gemeente first, then districts in configuration order */
    size_t indicator_count;
    bool has_finance;              /* financien.csv was delivered */
    wr_finance_summary finance;

    wr_source_file files[WR_FILE_COUNT]; /* every file of the export, in the contract's order */
    size_t file_count;
    wr_day export_end;             /* latest date in trajecten.csv, or WR_DAY_NONE */
    const wr_diag_list *diags;     /* problems found while reading, by file (NULL: none) */
    long diag_counts[WR_DIAG_KIND_COUNT]; /* of diags, per kind */

    /* The index behind wr_figures_find, kept by wr_figures_add: (figure, dimension, code)
     * -> the first row with it. */
    struct wr_strmap *keys;
    uint32_t *key_row;             /* per key: its first row */
    size_t key_row_cap;
} wr_figures;

/* An empty model for period; NULL on out of memory. */
wr_figures *wr_figures_new(wr_period period);
void wr_figures_free(wr_figures *f);

/* The row for (figure, dimension, code), or NULL: the first one added. A hash lookup. */
const wr_figure *wr_figures_find(const wr_figures *f, const char *figure, const char *dimension, const char *code);

const char *wr_deel_code(wr_deel deel);

/* Builders used by the per-part computations; wr_figures_add returns NULL on out of memory. */
wr_figure *wr_figures_add(wr_figures *f, wr_deel deel, const char *figure, const char *dimension, const char *code,
                          const char *label, wr_value_kind kind);
void wr_figure_set_count(wr_figure *fig, double value);
void wr_figure_set_ratio(wr_figure *fig, double numerator, long denominator, int decimals, double scale);

/* Frees the posts and checks of s and empties it; accepts NULL. */
void wr_finance_summary_clear(wr_finance_summary *s);

#endif
