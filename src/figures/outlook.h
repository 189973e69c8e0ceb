/* The Kadernota outlook (wijkrapport kadernota JAAR; section 9.1.2 of the execution
 * agreements): per volume measure and onderdeel the quarterly history up to the last
 * complete quarter, the trend outlook for the forecast year with its 80% interval
 * (figures/outlook_fit.h), a backtest of the same method one year earlier, the
 * demographic expectation (figures/outlook_demography.h), the autonomous development
 * (outlook minus demographic expectation) and the budget need per post (budget x volume
 * factor x price factor).
 *
 * Units: bereik is a count of distinct residents per quarter, so its yearly value is the
 * mean per quarter; instroom, contacts and attendances are summed over the year.
 * Every history value carries the public view the quarter's own disclosure control gives
 * it (figures/disclosure.h). The model borrows labels from the configuration. */
#ifndef WR_FIGURES_OUTLOOK_H
#define WR_FIGURES_OUTLOOK_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"
#include "base/period.h"
#include "config/config.h"
#include "figures/figures.h"
#include "figures/outlook_demography.h"
#include "figures/outlook_fit.h"


struct wr_dataset;

#define WR_OUTLOOK_MAX_QUARTERS 80
/* Quarters after the last complete one drawn in the charts: up to the forecast year's end. */
#define WR_OUTLOOK_MAX_AHEAD 12

typedef enum { WR_MEASURE_BEREIK, WR_MEASURE_INSTROOM, WR_MEASURE_CONTACTEN, WR_MEASURE_DEELNAMES } wr_measure;
#define WR_MEASURE_COUNT 4

typedef struct {
    wr_measure measure;
    const char *figure;       /* "bereik", "instroom", "contacten", "deelnames" */
    const char *measure_label; /* "Bereik (inwoners)" ... */
    char part[64];            /* an onderdeel code or "totaal" */
    const char *part_label;   /* "Sociaal wijkteam", "Totaal" */
    bool delivered;           /* the file it comes from is in the export */
    size_t offset;            /* its history starts this many quarters after the outlook's first
                                 (the first quarter with a value: a file may start later) */
    size_t n;                 /* quarters of history, offset .. the last complete quarter */
    double value[WR_OUTLOOK_MAX_QUARTERS];
    wr_show show[WR_OUTLOOK_MAX_QUARTERS]; /* public view of each history value */
    bool any_hidden;          /* some history value is "<5" or "x" */
    bool fitted;              /* enough history for the method */
    wr_fit fit;
    size_t ahead;             /* future quarters up to the forecast year's end */
    wr_forecast_range quarter_forecast[WR_OUTLOOK_MAX_AHEAD];
    wr_forecast_range outlook;  /* the forecast year: mean (bereik) or sum */
    double budget_year_volume; /* the budget's year: known quarters plus forecast for the rest */
    bool has_base;            /* the last complete year is in the history */
    double base_volume;       /* that year's volume in the same unit */
    bool base_hidden;         /* one of its quarters is hidden */
    bool has_demography;
    double demographic_factor; /* expected bereik next year / bereik base year, demography only */
    double demographic;        /* base_volume x demographic_factor */
    double autonomous;         /* outlook.central - demographic */
    bool has_backtest;
    wr_forecast_range backtest; /* forecast of the backtest year from the history before it */
    double backtest_actual;
    bool backtest_hidden;      /* its actual would show a hidden value: not published */
    double backtest_error_pct; /* 100 x (forecast - actual) / actual */
    bool backtest_inside;      /* the actual lies in the 80% interval */
} wr_outlook_series;

/* One age group of the demography table (the whole programme). */
typedef struct {
    const char *code;         /* "0-17" */
    double pop_base, pop_target; /* -1 when the settings lack it */
    double reached;           /* bereik in the base year */
    wr_show reached_show;
    bool has_rate;
    double rate_per_1000;     /* reached / pop_base x 1000 */
} wr_outlook_age;

/* One budget post: budget x volume factor x price factor. */
typedef struct {
    const char *code, *label;
    double budget;            /* begroting of the budget year */
    const char *part;         /* linked onderdeel code, "totaal", or NULL (no volume link) */
    const char *part_label;
    bool has_volume_factor;
    double volume_factor;     /* outlook / budget-year volume of the linked bereik; else 1 */
    double need;              /* budget x volume factor x price factor, euros */
} wr_outlook_post;

typedef struct {
    int target_year;          /* the forecast year */
    wr_period first, last;    /* the history: quarters first .. last (last complete quarter) */
    size_t quarters;
    int base_year;            /* the last complete year (demography, price base) */
    bool has_backtest;
    wr_period backtest_first, backtest_last; /* the four quarters the backtest forecasts */
    wr_outlook_series *series;
    size_t series_count;
    bool has_population;      /* [bevolking] holds base and target year for every group */
    wr_outlook_age ages[WR_AGE_GROUPS];
    double unknown_age;       /* residents reached in the base year without a known age */
    bool has_finance;
    int budget_year;
    bool has_price_index;
    double price_index_pct;
    double price_factor;      /* (1 + index/100) ^ (target year - budget year) */
    wr_outlook_post *posts;
    size_t post_count;
    double budget_total, need_total;
} wr_outlook;

/* Computes the outlook for target_year from ds up to its last complete quarter. The target
 * year must be one or two years after the last complete quarter's year (WR_ERR_USAGE), the
 * history must hold at least WR_FIT_MIN_QUARTERS quarters (WR_ERR_INPUT), and a budget
 * post linked to an unknown onderdeel is WR_ERR_CONFIG. *out is freed with
 * wr_outlook_free. */
wr_status wr_outlook_compute(const struct wr_dataset *ds, const wr_config *cfg, int target_year, wr_outlook **out,
                             wr_error *err);
void wr_outlook_free(wr_outlook *o);

/* The yearly value of a measure from its four quarters: the mean for bereik, else the sum. */
double wr_outlook_year_weight(wr_measure m);

#endif
