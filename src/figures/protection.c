#include "figures/protection.h"

#include <stdint.h>
#include <stdlib.h>

typedef struct {
    long value;
    bool suppressible;
    bool fixed;  /* view decided elsewhere: never changed here */
    bool pinned; /* the rest of some relation is fixed and shown: hiding it protects nothing */
    wr_cell_state state;
} cell;

typedef struct {
    size_t total;
    size_t first; /* in parts */
    size_t count;
} relation;

struct wr_protect {
    long threshold;
    cell *cells;
    size_t cell_count, cell_cap;
    relation *relations;
    size_t relation_count, relation_cap;
    size_t *parts;
    size_t part_count, part_cap;
};

/* Grows *items so that `need` entries fit; false on out of memory. */
static bool reserve(void **items, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    void *grown = realloc(*items, n * size);
    if (!grown)
        return false;
    *items = grown;
    *cap = n;
    return true;
}

wr_protect *wr_protect_new(long threshold)
{
    wr_protect *p = calloc(1, sizeof *p);
    if (p)
        p->threshold = threshold;
    return p;
}

void wr_protect_free(wr_protect *p)
{
    if (!p)
        return;
    free(p->cells);
    free(p->relations);
    free(p->parts);
    free(p);
}

static bool small(const wr_protect *p, long value)
{
    return value >= 1 && value < p->threshold;
}

bool wr_protect_add_cell(wr_protect *p, long value, bool suppressible, size_t *index)
{
    if (!reserve((void **)&p->cells, &p->cell_cap, p->cell_count + 1, sizeof *p->cells))
        return false;
    cell *c = &p->cells[p->cell_count];
    c->value = value;
    c->suppressible = suppressible;
    c->fixed = false;
    c->pinned = false;
    c->state = suppressible && small(p, value) ? WR_CELL_PRIMARY : WR_CELL_SHOWN;
    *index = p->cell_count++;
    return true;
}

bool wr_protect_add_fixed_cell(wr_protect *p, long value, bool hidden, size_t *index)
{
    if (!wr_protect_add_cell(p, value, false, index))
        return false;
    cell *c = &p->cells[*index];
    c->fixed = true;
    c->state = !hidden ? WR_CELL_SHOWN : small(p, value) ? WR_CELL_PRIMARY : WR_CELL_SECONDARY;
    return true;
}

bool wr_protect_add_relation(wr_protect *p, size_t total, const size_t *parts, size_t count)
{
    if (count == 0)
        return true;
    if (!reserve((void **)&p->relations, &p->relation_cap, p->relation_count + 1, sizeof *p->relations) ||
        !reserve((void **)&p->parts, &p->part_cap, p->part_count + count, sizeof *p->parts))
        return false;
    relation *r = &p->relations[p->relation_count++];
    r->total = total;
    r->first = p->part_count;
    r->count = count;
    for (size_t i = 0; i < count; i++)
        p->parts[p->part_count++] = parts[i];
    return true;
}

static bool hidden(const cell *c)
{
    return c->state != WR_CELL_SHOWN;
}

static bool relation_safe(const wr_protect *p, const relation *r)
{
    size_t hidden_parts = 0;
    long hidden_sum = 0, shown_sum = 0;
    for (size_t i = 0; i < r->count; i++) {
        const cell *c = &p->cells[p->parts[r->first + i]];
        if (hidden(c) && c->value != 0) {
            hidden_parts++;
            hidden_sum += c->value;
        } else if (!hidden(c)) {
            shown_sum += c->value;
        }
    }
    if (hidden(&p->cells[r->total]))
        return hidden_parts >= 1;
    long estimate = p->cells[r->total].value - shown_sum; /* what the reader works out */
    if (hidden_parts == 0 || estimate <= 0)
        return true; /* the shown parts reach the total already: nothing to work out */
    return hidden_parts >= 2 && hidden_sum >= p->threshold && !small(p, estimate);
}

/* The cell that protects an unsafe relation best at the least loss: the smallest shown
 * non-zero part that may be hidden, else the total; SIZE_MAX when none is left. */
static size_t protector(const wr_protect *p, const relation *r)
{
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < r->count; i++) {
        size_t k = p->parts[r->first + i];
        const cell *c = &p->cells[k];
        if (hidden(c) || c->value == 0 || !c->suppressible || c->fixed || c->pinned)
            continue;
        if (best == SIZE_MAX || c->value < p->cells[best].value)
            best = k;
    }
    if (best == SIZE_MAX) {
        const cell *t = &p->cells[r->total];
        if (!hidden(t) && t->value != 0 && t->suppressible && !t->fixed && !t->pinned)
            best = r->total;
    }
    return best;
}

/* Marks the cells that a reader works out whatever is hidden: the one free cell of a
 * relation whose other cells are all fixed and shown (a year whose quarters, as their
 * own reports show them, are all shown). */
static void mark_pinned(wr_protect *p)
{
    for (size_t r = 0; r < p->relation_count; r++) {
        const relation *rel = &p->relations[r];
        size_t free_cell = SIZE_MAX, free_count = 0;
        bool rest_shown = true;
        for (size_t i = 0; i <= rel->count; i++) {
            size_t k = i < rel->count ? p->parts[rel->first + i] : rel->total;
            const cell *c = &p->cells[k];
            if (!c->fixed) {
                free_cell = k;
                free_count++;
            } else if (hidden(c)) {
                rest_shown = false;
            }
        }
        if (free_count == 1 && rest_shown)
            p->cells[free_cell].pinned = true;
    }
}

size_t wr_protect_solve(wr_protect *p)
{
    mark_pinned(p);
    size_t added = 0;
    bool changed = true;
    while (changed) {
        changed = false;
        for (size_t r = 0; r < p->relation_count; r++) {
            const relation *rel = &p->relations[r];
            while (!relation_safe(p, rel)) {
                size_t k = protector(p, rel);
                if (k == SIZE_MAX)
                    break; /* every non-zero cell here is hidden already */
                p->cells[k].state = WR_CELL_SECONDARY;
                added++;
                changed = true;
            }
        }
    }
    return added;
}

wr_cell_state wr_protect_state(const wr_protect *p, size_t cell_index)
{
    return cell_index < p->cell_count ? p->cells[cell_index].state : WR_CELL_SHOWN;
}

size_t wr_protect_cell_count(const wr_protect *p)
{
    return p->cell_count;
}

bool wr_protect_relation_safe(const wr_protect *p, size_t r)
{
    return r < p->relation_count && relation_safe(p, &p->relations[r]);
}

size_t wr_protect_relation_count(const wr_protect *p)
{
    return p->relation_count;
}
