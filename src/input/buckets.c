/* Per-quarter sums and the set of distinct (quarter, group, activity) keys. */
#include "input/buckets.h"

#include <stdlib.h>
#include <string.h>

#include "base/period.h"
#include "input/fields.h"

int wr_gedaan_quarter_of(wr_day d)
{
    int y, m, dd;
    wr_day_to_ymd(d, &y, &m, &dd);
    return (y - WR_GEDAAN_FIRST_YEAR) * 4 + (m - 1) / 3;
}

bool wr_gedaan_quarter_table_init(wr_gedaan_quarter_table *t)
{
    t->first = wr_day_from_ymd(WR_GEDAAN_FIRST_YEAR, 1, 1);
    t->days = (size_t)(wr_day_from_ymd(WR_GEDAAN_LAST_YEAR + 1, 1, 1) - t->first);
    t->quarter = malloc(t->days * sizeof *t->quarter);
    if (!t->quarter)
        return false;
    for (int q = 0; q < WR_GEDAAN_QUARTERS; q++) {
        wr_period p = wr_period_quarter(WR_GEDAAN_FIRST_YEAR + q / 4, q % 4 + 1);
        for (wr_day d = p.start; d <= p.end; d++)
            t->quarter[d - t->first] = (uint16_t)q;
    }
    return true;
}

void wr_gedaan_quarter_table_free(wr_gedaan_quarter_table *t)
{
    if (!t)
        return;
    free(t->quarter);
    t->quarter = NULL;
    t->days = 0;
}

void wr_gedaan_layout_add(wr_gedaan_layout *l, const char *name, size_t codes, bool citywide)
{
    if (l->width == 0)
        l->width = 1; /* the total */
    wr_gedaan_dim *dim = &l->dims[l->dim_count++];
    dim->name = name;
    dim->codes = codes;
    dim->citywide = citywide;
    dim->offset = l->width;
    l->width += codes + 1 + (citywide ? 1 : 0);
}

size_t wr_gedaan_slot(const wr_gedaan_layout *l, size_t dim, int code)
{
    const wr_gedaan_dim *d = &l->dims[dim];
    if (code >= 0)
        return d->offset + (size_t)code;
    if (code == WR_CODE_EMPTY && d->citywide)
        return d->offset + d->codes + 1;
    return d->offset + d->codes;
}

bool wr_gedaan_table_init(wr_gedaan_table *t, const wr_gedaan_layout *l)
{
    t->v = calloc((size_t)WR_GEDAAN_QUARTERS * l->width, sizeof *t->v);
    return t->v != NULL;
}

void wr_gedaan_table_sum(const wr_gedaan_table *t, const wr_gedaan_layout *l, int q0, int q1, int64_t *sums)
{
    memset(sums, 0, l->width * sizeof *sums);
    if (!t->v)
        return;
    if (q0 < 0)
        q0 = 0;
    if (q1 >= WR_GEDAAN_QUARTERS)
        q1 = WR_GEDAAN_QUARTERS - 1;
    for (int q = q0; q <= q1; q++) {
        const int64_t *row = wr_gedaan_row(t, l, q);
        for (size_t i = 0; i < l->width; i++)
            sums[i] += row[i];
    }
}

static size_t hash64(uint64_t x)
{
    x ^= x >> 30; /* splitmix64 finaliser: keys differ mostly in low bits */
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return (size_t)x;
}

static void place(uint64_t *slots, size_t cap, uint64_t key)
{
    size_t mask = cap - 1;
    size_t i = hash64(key) & mask;
    while (slots[i] != UINT64_MAX)
        i = (i + 1) & mask;
    slots[i] = key;
}

static bool grow(wr_gedaan_set *s)
{
    size_t cap = s->cap ? s->cap * 2 : 1024;
    uint64_t *slots = malloc(cap * sizeof *slots);
    if (!slots)
        return false;
    memset(slots, 0xFF, cap * sizeof *slots);
    for (size_t i = 0; i < s->cap; i++)
        if (s->slots[i] != UINT64_MAX)
            place(slots, cap, s->slots[i]);
    free(s->slots);
    s->slots = slots;
    s->cap = cap;
    return true;
}

bool wr_gedaan_set_add(wr_gedaan_set *s, uint64_t key, bool *added)
{
    *added = false;
    if ((s->count + 1) * 10 > s->cap * 7 && !grow(s))
        return false;
    size_t mask = s->cap - 1;
    for (size_t i = hash64(key) & mask;; i = (i + 1) & mask) {
        if (s->slots[i] == key)
            return true;
        if (s->slots[i] == UINT64_MAX) {
            s->slots[i] = key;
            s->count++;
            *added = true;
            return true;
        }
    }
}

void wr_gedaan_set_free(wr_gedaan_set *s)
{
    if (!s)
        return;
    free(s->slots);
    s->slots = NULL;
    s->cap = s->count = 0;
}
