/* The records of the four outcome files behind wr_outcome_data: ervaringen.csv (client
 * experience), uitkomsten.csv (Zelfredzaamheid-Matrix scores), indicatoren.csv (policy
 * indicators) and financien.csv (budget); data contract, sections 1, 3, 5 and 6.
 *
 * Reading keeps memory independent of the number of answers and scores: answers are added
 * to per-quarter buckets while streaming, and ZRM scores are reduced to one begin and one
 * eind score per (trajectory, leefgebied). The figures of parts 3, 4 and financien
 * (src/figures) read these stores; a period then only sums buckets. Also the helpers the
 * four readers share. */
#ifndef WR_OUTCOME_STORE_H
#define WR_OUTCOME_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "base/period.h"
#include "base/strmap.h"
#include "input/indicator_record.h"
#include "input/input_files.h"

/* Answers are bucketed per calendar quarter 1990-Q1 .. 2100-Q4. */
#define WR_OUTCOME_FIRST_YEAR 1990
#define WR_OUTCOME_LAST_YEAR 2100
#define WR_OUTCOME_QUARTERS ((WR_OUTCOME_LAST_YEAR - WR_OUTCOME_FIRST_YEAR + 1) * 4)

/* Dense index of the quarter holding d, or -1 outside 1990-2100. */
int wr_outcome_quarter_index(wr_day d);
/* Range of quarter indexes [first, last] covered by p (both -1 when outside). */
void wr_outcome_period_quarters(wr_period p, int *first, int *last);

typedef struct {
    long n;
    long agree;  /* score >= 4 */
    double sum;  /* for the mean */
} wr_answer_bucket;

typedef struct {
    size_t slots;        /* configured questions + onbekend + (rapportcijfer when not configured) */
    size_t unknown_slot; /* = cfg->questions.count */
    size_t grade_slot;   /* rapportcijfer: its configured index, or questions.count + 1 */
    wr_answer_bucket *buckets; /* [quarter * slots + slot] */
    /* Who answered when, for the response: (quarter << 32 | respondent) of every accepted
     * answer, a respondent being a distinct respons_id. A run of answers of one respondent
     * in one quarter is kept once. */
    wr_strmap *respondents;    /* respons_id -> respondent; only while reading */
    uint64_t *responses;
    size_t response_count, response_cap;
} wr_experience_store;

#define WR_PAIR_NONE UINT32_MAX

/* One (trajectory, leefgebied) pair: the earliest begin and the latest eind score. */
typedef struct {
    uint32_t next;    /* next pair of the same trajectory key, WR_PAIR_NONE at the end */
    int32_t domain;   /* >= 0: index in cfg->domains; < 0: tag of an unknown code */
    wr_day begin_day; /* WR_DAY_NONE: no begin score yet */
    wr_day end_day;   /* WR_DAY_NONE: no eind score yet */
    double begin, end;
} wr_zrm_pair;

typedef struct {
    uint32_t *first;   /* per trajectory key index: first pair or WR_PAIR_NONE */
    size_t key_count;
    wr_zrm_pair *pairs;
    size_t count, cap;
} wr_zrm_store;

/* Distinct lower-case codes in order of first appearance, each with a label. */
typedef struct {
    wr_strmap *map;
    char **codes, **labels;
    size_t count, cap;
} wr_name_list;

/* An index into a wr_name_list that names nothing (an empty oormerk). */
#define WR_NAME_NONE UINT32_MAX

typedef struct {
    uint32_t indicator;   /* index in the store's codes */
    int district;         /* -1 gemeente */
    int year;
    double value;
    bool has_target;
    double target;
    wr_indicator_unit unit;
    wr_indicator_direction direction;
    char *description, *goal, *source; /* owned */
    long line;
} wr_indicator_row;

typedef struct {
    size_t first, count;  /* range in rows/points (ascending years, one row per year) */
} wr_indicator_series;

typedef struct {
    wr_name_list codes;    /* indicator codes (label: the code) */
    wr_indicator_row *rows;
    size_t count, cap;
    wr_indicator_point *points; /* parallel to rows once reading has finished */
    wr_indicator_series *series;
    size_t series_count;
    int year_column;       /* 1-based column of jaar, for diagnostics after reading */
} wr_indicator_store;

typedef struct {
    uint32_t post;     /* index in the store's posts */
    uint32_t earmark;  /* index in the store's earmarks, WR_NAME_NONE when empty */
    int16_t year;
    int8_t quarter;
    long long budget_cents, spent_cents;
    bool has_forecast;       /* prognose delivered and readable */
    long long forecast_cents; /* the provider's forecast of the year's realisation */
    long line;
} wr_finance_row;

typedef struct {
    wr_name_list posts;    /* label: the post as first written */
    wr_name_list earmarks; /* label: the code */
    wr_finance_row *rows;
    size_t count, cap;
    int budget_column;     /* 1-based column of begroting, for diagnostics after reading */
} wr_finance_store;

typedef struct wr_outcome_data {
    bool delivered[WR_FILE_COUNT];
    wr_experience_store experience;
    wr_zrm_store zrm;
    wr_indicator_store indicators;
    wr_finance_store finance;
} wr_outcome_data;

/* Sets *index to the index of code (lower case), adding it with a copy of label when new;
 * false on out of memory. */
bool wr_name_list_intern(wr_name_list *l, const char *code, const char *label, uint32_t *index);
/* The index of code (lower case), or WR_NAME_NONE. */
uint32_t wr_name_list_find(const wr_name_list *l, const char *code);
void wr_name_list_clear(wr_name_list *l);
/* Copies value trimmed and lower-cased into buf; false when it does not fit. */
bool wr_outcome_lower(const char *value, char *buf, size_t size);
/* Grows *items (of `size` bytes each) so that index `need` fits; false on out of memory. */
bool wr_outcome_grow(void **items, size_t *cap, size_t need, size_t size);

#endif
