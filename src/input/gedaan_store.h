/* Internal to src/gedaan: the store behind wr_gedaan_data and the helpers its readers
 * and figure code share. */
#ifndef WR_GEDAAN_STORE_H
#define WR_GEDAAN_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config/config.h"
#include "base/date.h"
#include "base/diag.h"
#include "base/error.h"
#include "input/gedaan_data.h"

/* Quarters are counted from 1800-Q1 so every date wr_date_parse accepts has a bucket. */
#define WR_GD_FIRST_YEAR 1800
#define WR_GD_LAST_YEAR 2200
#define WR_GD_QUARTERS ((WR_GD_LAST_YEAR - WR_GD_FIRST_YEAR + 1) * 4)

int wr_gd_quarter_of(wr_day d);

/* Quarter of every day from 1800 to 2200, so that millions of rows need no calendar
 * arithmetic; ~290 KB, built per file read. */
typedef struct {
    wr_day first;
    uint16_t *quarter;  /* per day since first */
    size_t days;
} wr_gd_quarter_table;

bool wr_gd_quarter_table_init(wr_gd_quarter_table *t);
static inline int wr_gd_quarter_lookup(const wr_gd_quarter_table *t, wr_day d)
{
    size_t i = (size_t)(d - t->first);
    return i < t->days ? t->quarter[i] : wr_gd_quarter_of(d);
}
void wr_gd_quarter_table_free(wr_gd_quarter_table *t);

/* One breakdown of a bucket row: slots for the configured codes, then "onbekend",
 * then (for wijk in contacten and activiteiten) "stadsbreed". */
typedef struct {
    const char *name;   /* dimensie (static) */
    size_t codes;       /* configured codes when read */
    bool citywide;      /* has a "stadsbreed" slot for an empty field */
    size_t offset;      /* first slot in the row */
} wr_gd_dim;

/* Slot 0 of a row is the total; the dimensions follow. */
typedef struct {
    wr_gd_dim dims[3];
    size_t dim_count;
    size_t width;
} wr_gd_layout;

void wr_gd_layout_add(wr_gd_layout *l, const char *name, size_t codes, bool citywide);
/* Slot of a code index (>= 0), WR_CODE_UNKNOWN or WR_CODE_EMPTY (stadsbreed). */
size_t wr_gd_slot(const wr_gd_layout *l, size_t dim, int code);

/* Dense sums: WR_GD_QUARTERS rows of layout width. */
typedef struct {
    int64_t *v;
} wr_gd_table;

bool wr_gd_table_init(wr_gd_table *t, const wr_gd_layout *l);
static inline int64_t *wr_gd_row(const wr_gd_table *t, const wr_gd_layout *l, int quarter)
{
    return t->v + (size_t)quarter * l->width;
}
/* sums[0..width) = sum of rows q0..q1. */
void wr_gd_table_sum(const wr_gd_table *t, const wr_gd_layout *l, int q0, int q1, int64_t *sums);

/* Open-addressing set of uint64 keys (UINT64_MAX is reserved). */
typedef struct {
    uint64_t *slots;
    size_t cap;    /* power of two, or 0 */
    size_t count;
} wr_gd_set;

/* 1 when added, 0 when present, -1 on out of memory. */
int wr_gd_set_add(wr_gd_set *s, uint64_t key);
void wr_gd_set_free(wr_gd_set *s);

typedef struct {
    wr_day received;    /* always valid */
    wr_day handled;     /* WR_DAY_NONE, WR_DAY_INVALID or a day not before received */
    int16_t kind;       /* aard index or WR_CODE_UNKNOWN */
    int16_t outcome;    /* uitkomst index, WR_CODE_UNKNOWN or WR_CODE_EMPTY */
} wr_gd_complaint;

typedef struct {
    uint32_t key;       /* dense index of afspraak_id */
    int year;           /* jaar */
    wr_day date;        /* peildatum */
    int16_t theme;      /* thema index or WR_CODE_UNKNOWN */
    int16_t status;     /* status index or WR_CODE_UNKNOWN */
    char *id;
    char *description;
    char *explanation;  /* "" when empty */
} wr_gd_agreement_row;

struct wr_gedaan_data {
    bool delivered[WR_FILE_COUNT];

    wr_gd_layout contact_layout;  /* kanaal, onderdeel, wijk */
    wr_gd_table contacts;         /* sum of aantal */
    wr_gd_table contact_rows;     /* rows, to know whether stadsbreed/onbekend have members */

    wr_gd_layout activity_layout; /* thema, wijk */
    wr_gd_table meetings;
    wr_gd_table attendances;
    wr_gd_table volunteers;
    wr_gd_table volunteer_meetings; /* meetings whose vrijwilligers could be read */
    wr_gd_set activities;         /* quarter << 48 | slot << 32 | activity */

    wr_gd_complaint *complaints;
    size_t complaint_count, complaint_cap;

    wr_gd_agreement_row *agreements;
    size_t agreement_count, agreement_cap;
    size_t agreement_keys;        /* distinct afspraak_id */
};

wr_status wr_gd_read_contacts(const char *path, const wr_config *cfg, wr_gedaan_data *d, wr_diag_list *diags,
                              wr_error *err);
wr_status wr_gd_read_activities(const char *path, const wr_config *cfg, wr_gedaan_data *d, wr_diag_list *diags,
                                wr_error *err);
wr_status wr_gd_read_agreements(const char *path, const wr_config *cfg, wr_gedaan_data *d, wr_diag_list *diags,
                                wr_error *err);
wr_status wr_gd_read_complaints(const char *path, const wr_config *cfg, wr_gedaan_data *d, wr_diag_list *diags,
                                wr_error *err);

/* Figure parts, appended to f for f->period; false on out of memory. */
bool wr_gd_figures_agreements(const wr_gedaan_data *d, const wr_config *cfg, wr_figures *f);
bool wr_gd_figures_complaints(const wr_gedaan_data *d, const wr_config *cfg, wr_figures *f);

#endif
