/* The per-quarter sums behind the part-1 files contacten.csv and activiteiten.csv, which
 * can hold millions of rows: a dense table of sums per quarter and breakdown slot, and a
 * set of distinct (quarter, slot, activity) keys. A period then only sums its quarters. */
#ifndef WR_BUCKETS_H
#define WR_BUCKETS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/date.h"

/* Quarters are counted from 1800-Q1 so every date wr_date_parse accepts has a bucket. */
#define WR_GEDAAN_FIRST_YEAR 1800
#define WR_GEDAAN_LAST_YEAR 2200
#define WR_GEDAAN_QUARTERS ((WR_GEDAAN_LAST_YEAR - WR_GEDAAN_FIRST_YEAR + 1) * 4)

int wr_gedaan_quarter_of(wr_day d);

/* Quarter of every day from 1800 to 2200, so that millions of rows need no calendar
 * arithmetic; ~290 KB, built per file read. */
typedef struct {
    wr_day first;
    uint16_t *quarter;  /* per day since first */
    size_t days;
} wr_gedaan_quarter_table;

bool wr_gedaan_quarter_table_init(wr_gedaan_quarter_table *t);
static inline int wr_gedaan_quarter_lookup(const wr_gedaan_quarter_table *t, wr_day d)
{
    size_t i = (size_t)(d - t->first);
    return i < t->days ? t->quarter[i] : wr_gedaan_quarter_of(d);
}
void wr_gedaan_quarter_table_free(wr_gedaan_quarter_table *t);

/* One breakdown of a bucket row: slots for the configured codes, then "onbekend",
 * then (for wijk in contacten and activiteiten) "stadsbreed". */
typedef struct {
    const char *name;   /* dimensie (static) */
    size_t codes;       /* configured codes when read */
    bool citywide;      /* has a "stadsbreed" slot for an empty field */
    size_t offset;      /* first slot in the row */
} wr_gedaan_dim;

/* Slot 0 of a row is the total; the dimensions follow. */
typedef struct {
    wr_gedaan_dim dims[3];
    size_t dim_count;
    size_t width;
} wr_gedaan_layout;

void wr_gedaan_layout_add(wr_gedaan_layout *l, const char *name, size_t codes, bool citywide);
/* Slot of a code index (>= 0), WR_CODE_UNKNOWN or WR_CODE_EMPTY (stadsbreed). */
size_t wr_gedaan_slot(const wr_gedaan_layout *l, size_t dim, int code);

/* Dense sums: WR_GEDAAN_QUARTERS rows of layout width. */
typedef struct {
    int64_t *v;
} wr_gedaan_table;

/* False on out of memory. */
bool wr_gedaan_table_init(wr_gedaan_table *t, const wr_gedaan_layout *l);
static inline int64_t *wr_gedaan_row(const wr_gedaan_table *t, const wr_gedaan_layout *l, int quarter)
{
    return t->v + (size_t)quarter * l->width;
}
/* sums[0..width) = sum of rows q0..q1. */
void wr_gedaan_table_sum(const wr_gedaan_table *t, const wr_gedaan_layout *l, int q0, int q1, int64_t *sums);

/* Open-addressing set of uint64 keys (UINT64_MAX is reserved). */
typedef struct {
    uint64_t *slots;
    size_t cap;    /* power of two, or 0 */
    size_t count;
} wr_gedaan_set;

/* Adds key; *added tells whether it was new. False on out of memory. */
bool wr_gedaan_set_add(wr_gedaan_set *s, uint64_t key, bool *added);
void wr_gedaan_set_free(wr_gedaan_set *s);

#endif
