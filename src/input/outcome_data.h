/* The four optional files about outcomes: ervaringen.csv (client experience), uitkomsten.csv
 * (Zelfredzaamheid-Matrix scores), indicatoren.csv (policy indicators) and financien.csv
 * (budget). Data contract, sections 1, 3, 5 and 6.
 *
 * Reading keeps memory independent of the number of answers and scores: answers are added
 * to per-quarter buckets while streaming, and ZRM scores are reduced to one begin and one
 * eind score per (trajectory, leefgebied). A period then only sums buckets.
 *
 * Strings handed out by the accessors (and the labels of impact and financien figure rows)
 * point into the wr_outcome_data or the configuration: keep both alive while they are used. */
#ifndef WR_OUTCOME_DATA_H
#define WR_OUTCOME_DATA_H

#include <stdbool.h>
#include <stddef.h>

#include "config/config.h"
#include "input/dataset.h"
#include "base/diag.h"
#include "base/error.h"
#include "figures/figures.h"
#include "input/input_files.h"
#include "base/period.h"

typedef struct wr_outcome_data wr_outcome_data;

/* Reads the four files from dir when present. A missing file is not an error: it is "not
 * delivered" (delivered[file] stays false; the other entries of delivered are not touched).
 * ds is the already-read trajecten (for uitkomsten.traject_id); the same ds must be passed
 * to the functions below. File-level problems return WR_ERR_INPUT (csv_table does that);
 * row-level problems go to diags. */
wr_status wr_outcome_data_read(const char *dir, const wr_config *cfg, const wr_dataset *ds, wr_outcome_data **out,
                               bool delivered[WR_FILE_COUNT], wr_diag_list *diags, wr_error *err);
void wr_outcome_data_free(wr_outcome_data *d); /* accepts NULL */

/* Whether one of the four files was delivered (false for any other file). */
bool wr_outcome_delivered(const wr_outcome_data *d, wr_input_file file);

/* Appends rows for f->period (a quarter or a whole year), only for delivered files:
 * effect part: zrm_paren, zrm_verschil_gem, zrm_verbeterd_pct (per leefgebied and totaal),
 * ervaring_eens_pct (per vraag, excluding rapportcijfer), rapportcijfer_gem (totaal);
 * impact: indicator_waarde; financien: begroting, realisatie, besteed_pct.
 * Then re-applies the privacy settings to every row of f (idempotent). */
wr_status wr_figures_outcome(const wr_outcome_data *d, const wr_dataset *ds, const wr_config *cfg, wr_figures *f,
                             wr_error *err);

/* ---- Client experience (ervaringen.csv): answers with datum in P ---- */
typedef struct {
    const char *code;  /* vraag code, or "onbekend" */
    const char *label; /* question text from the configuration */
    long n;            /* answers */
    long agree;        /* answers with score >= 4 */
    bool has_value;    /* n > 0; when false the values below are 0 */
    double agree_pct;  /* 100 * agree / n, one decimal */
    double mean;       /* mean score, two decimals */
} wr_experience_question;

typedef struct {
    wr_experience_question *questions; /* configured order without rapportcijfer; "onbekend" last, only when n > 0 */
    size_t question_count;
    long grade_n;                      /* rapportcijfer answers */
    bool has_grade;                    /* grade_n > 0 */
    double grade_mean;                 /* two decimals */
} wr_experience_summary;

/* Fills out (caller clears it with wr_experience_summary_clear); WR_ERR_NOMEM only. An
 * undelivered file gives an empty summary (question_count 0, grade_n 0). */
wr_status wr_outcome_experience(const wr_outcome_data *d, const wr_config *cfg, wr_period p,
                                wr_experience_summary *out, wr_error *err);
void wr_experience_summary_clear(wr_experience_summary *s);

/* ---- ZRM (uitkomsten.csv): started, accepted trajectories with einddatum in P ---- */
typedef struct {
    const char *code;    /* leefgebied code, "onbekend" or "totaal" */
    const char *label;
    long pairs;          /* (trajectory, leefgebied) pairs with a begin and an eind score */
    long improved, equal, worse;
    bool has_value;      /* pairs > 0; when false the values below are 0 */
    double mean_begin, mean_end, mean_change;  /* two decimals */
    double improved_pct, equal_pct, worse_pct; /* one decimal */
} wr_zrm_domain;

typedef struct {
    wr_zrm_domain *domains; /* every configured leefgebied; "onbekend" last, only with pairs */
    size_t domain_count;
    wr_zrm_domain total;
} wr_zrm_summary;

wr_status wr_outcome_zrm(const wr_outcome_data *d, const wr_dataset *ds, const wr_config *cfg, wr_period p,
                         wr_zrm_summary *out, wr_error *err);
void wr_zrm_summary_clear(wr_zrm_summary *s);

/* ---- Policy indicators (indicatoren.csv) ---- */
typedef enum { WR_UNIT_PROCENT, WR_UNIT_AANTAL, WR_UNIT_CIJFER, WR_UNIT_UNKNOWN /* reported */ } wr_indicator_unit;
typedef enum {
    WR_DIRECTION_HIGHER,  /* hoger_beter */
    WR_DIRECTION_LOWER,   /* lager_beter */
    WR_DIRECTION_NEUTRAL, /* neutraal */
    WR_DIRECTION_UNKNOWN  /* another value (reported) */
} wr_indicator_direction;

typedef struct {
    int year;
    double value;
} wr_indicator_point;

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
} wr_indicator_view;

/* Number of (indicator, gebied) series: indicators in order of first appearance, within an
 * indicator gemeente first, then districts in configuration order. */
size_t wr_outcome_indicator_count(const wr_outcome_data *d);
/* Series i as seen by a report whose period ends in `year` (= year(P.end)). */
void wr_outcome_indicator(const wr_outcome_data *d, const wr_config *cfg, size_t i, int year,
                          wr_indicator_view *out);
const char *wr_indicator_unit_code(wr_indicator_unit unit);            /* "procent", ... "onbekend" */
const char *wr_indicator_direction_code(wr_indicator_direction dir);   /* "hoger_beter", ... "onbekend" */

/* ---- Finance (financien.csv) for P: year(P.end), quarters up to P's last quarter ---- */
typedef struct {
    const char *code;     /* post, trimmed and lower case; "totaal" for the total */
    const char *label;    /* post as first written in the file; "Totaal" */
    const char *earmark;  /* oormerk of the row that gave the begroting (lower case), or NULL */
    double budget;        /* begroting: row of the latest quarter <= P (ties: last row) */
    double spent[4];      /* realisatie per quarter; quarters after P are 0 */
    double spent_to_date;
    bool has_pct;         /* budget (rounded to euros) > 0 */
    double spent_pct;     /* 100 * spent_to_date / budget, one decimal, may exceed 100 */
} wr_finance_post;

typedef enum {
    WR_CHECK_PROGRESS, /* quarter report: progress to date, no judgement */
    WR_CHECK_MET,      /* year report */
    WR_CHECK_NOT_MET   /* year report */
} wr_check_state;

typedef struct {
    const wr_finance_check *check; /* from cfg->checks */
    const char *label;             /* earmark label from cfg->earmarks, the earmark code, or "Winst" */
    wr_check_state state;
    double budget;    /* begroting of the earmark's posts (profit: total begroting) */
    double spent;     /* realisatie to date of the earmark's rows (profit: total) */
    double required;  /* the configured amount; profit: max % x total begroting, in euros */
    double actual;    /* compared with required: realisation (minimum), begroting (budget), profit */
    bool has_pct;
    double pct;       /* minimum: 100*spent/amount; budget: 100*spent/amount; profit: 100*profit/begroting */
} wr_finance_check_result;

typedef struct {
    int year;
    int last_quarter;              /* 1-4 */
    bool year_report;              /* P is a whole year: checks are judged */
    wr_finance_post *posts;        /* posts with a row in year with kwartaal <= last_quarter, file order */
    size_t post_count;
    wr_finance_post total;
    double profit;                 /* total begroting - total realisatie to date */
    bool has_profit_pct;
    double profit_pct;             /* 100 * profit / total begroting, one decimal */
    wr_finance_check_result *checks; /* one per cfg->checks, same order */
    size_t check_count;
} wr_finance_summary;

wr_status wr_outcome_finance(const wr_outcome_data *d, const wr_config *cfg, wr_period p, wr_finance_summary *out,
                             wr_error *err);
void wr_finance_summary_clear(wr_finance_summary *s);

#endif
