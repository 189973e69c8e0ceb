/* The passes of a distinct count over a big export (figures/slice_passes.h): each pass
 * visits exactly the counting trajectories of its own slice of residents, once each and
 * in file order, and the counts add up to those of one pass over all residents. */
#include <stdlib.h>
#include <string.h>

#include "base/distinct.h"
#include "check.h"
#include "figures/slice_passes.h"

#define RESIDENTS 300
#define TRAJECTORIES 2000
#define GROUPS 4

typedef struct {
    const wr_trajectory *all;
    uint32_t lo;          /* the current pass's first resident */
    size_t slice_words;
    int passes;
    uint32_t los[16];
    int *visited_in;      /* per trajectory: how often visited */
    long last_index;      /* the index last visited in this pass */
    int out_of_slice, out_of_order;
    wr_distinct counter;  /* distinct residents per part, counted in the passes */
    uint64_t *bits;
} recorder;

/* A trajectory counts when it has a start date; the others the count would skip. */
static bool has_start(void *ctx, const wr_trajectory *t)
{
    (void)ctx;
    return t->start != WR_DAY_NONE;
}

static void begin(void *ctx, uint32_t lo)
{
    recorder *r = ctx;
    if (r->passes < 16)
        r->los[r->passes] = lo;
    r->passes++;
    r->lo = lo;
    r->last_index = -1;
    memset(r->bits, 0, GROUPS * r->slice_words * sizeof *r->bits);
    wr_distinct_set_slice(&r->counter, lo, r->slice_words, r->bits);
}

static void visit(void *ctx, const wr_trajectory *t)
{
    recorder *r = ctx;
    long i = (long)(t - r->all);
    r->visited_in[i]++;
    if (t->resident < r->lo || t->resident - r->lo >= r->slice_words * 64)
        r->out_of_slice++;
    if (i <= r->last_index)
        r->out_of_order++;
    r->last_index = i;
    if (t->start != WR_DAY_NONE)
        wr_distinct_add(&r->counter, (size_t)t->part, t->resident);
}

static wr_trajectory *make_trajectories(void)
{
    wr_trajectory *t = calloc(TRAJECTORIES, sizeof *t);
    srand(7);
    for (size_t i = 0; i < TRAJECTORIES; i++) {
        t[i].resident = (uint32_t)(rand() % RESIDENTS);
        t[i].part = (int16_t)(rand() % GROUPS);
        t[i].start = rand() % 3 == 0 ? WR_DAY_NONE : (wr_day)(1000 + i);
    }
    return t;
}

/* The distinct residents per part, by hand: one mark per (part, resident). */
static void expected_counts(const wr_trajectory *t, long *counts)
{
    static bool seen[GROUPS][RESIDENTS];
    memset(seen, 0, sizeof seen);
    for (size_t i = 0; i < TRAJECTORIES; i++)
        if (t[i].start != WR_DAY_NONE && !seen[t[i].part][t[i].resident]) {
            seen[t[i].part][t[i].resident] = true;
            counts[t[i].part]++;
        }
}

static void run_passes(const wr_trajectory *t, size_t slice_words, recorder *r, long *counts)
{
    memset(r, 0, sizeof *r);
    r->all = t;
    r->slice_words = slice_words;
    r->visited_in = calloc(TRAJECTORIES, sizeof *r->visited_in);
    r->bits = calloc(GROUPS * slice_words, sizeof *r->bits);
    wr_distinct_init(&r->counter, GROUPS, RESIDENTS, NULL, counts);
    wr_slice_passes_run(&(wr_slice_passes){.trajectories = t, .trajectory_count = TRAJECTORIES,
                                           .residents = RESIDENTS, .slice_words = slice_words, .ctx = r,
                                           .begin = begin, .visit = visit, .counts = has_start});
}

static void free_recorder(recorder *r)
{
    free(r->visited_in);
    free(r->bits);
}

/* How many trajectories the passes visited a wrong number of times: once each when
 * `all`, else once each with a start date and never the others. */
static int wrongly_visited(const wr_trajectory *t, const recorder *r, bool all)
{
    int wrong = 0;
    for (size_t i = 0; i < TRAJECTORIES; i++)
        wrong += r->visited_in[i] != (all || t[i].start != WR_DAY_NONE ? 1 : 0);
    return wrong;
}

static void check_counts(const wr_trajectory *t, const long *counts)
{
    long expected[GROUPS] = {0};
    expected_counts(t, expected);
    for (int g = 0; g < GROUPS; g++)
        CHECK_INT(counts[g], expected[g]);
}

/* 300 residents in slices of 64: five passes, each over its own counting trajectories. */
static void test_each_pass_visits_its_own_slice(void)
{
    wr_trajectory *t = make_trajectories();
    long counts[GROUPS] = {0};
    recorder r;
    run_passes(t, 1, &r, counts);
    CHECK_INT(r.passes, 5);
    for (int k = 0; k < 5 && k < r.passes; k++)
        CHECK_INT(r.los[k], (uint32_t)(64 * k));
    CHECK_INT(r.out_of_slice, 0);
    CHECK_INT(r.out_of_order, 0);
    CHECK_INT(wrongly_visited(t, &r, false), 0);
    check_counts(t, counts);
    free_recorder(&r);
    free(t);
}

/* Slices of two and three words, and a last slice that is only partly filled. */
static void test_other_slice_sizes_give_the_same_counts(void)
{
    wr_trajectory *t = make_trajectories();
    for (size_t words = 2; words <= 4; words++) {
        long counts[GROUPS] = {0};
        recorder r;
        run_passes(t, words, &r, counts);
        CHECK_INT(r.passes, (int)((5 + words - 1) / words));
        CHECK_INT(r.out_of_slice, 0);
        check_counts(t, counts);
        free_recorder(&r);
    }
    free(t);
}

/* One slice: a single pass that offers every trajectory, counting or not, in order. */
static void test_one_slice_visits_all(void)
{
    wr_trajectory *t = make_trajectories();
    long counts[GROUPS] = {0};
    recorder r;
    run_passes(t, wr_distinct_words(RESIDENTS), &r, counts);
    CHECK_INT(r.passes, 1);
    CHECK_INT(r.los[0], 0);
    CHECK_INT(r.out_of_order, 0);
    CHECK_INT(wrongly_visited(t, &r, true), 0);
    check_counts(t, counts);
    free_recorder(&r);
    free(t);
}

int main(void)
{
    test_each_pass_visits_its_own_slice();
    test_other_slice_sizes_give_the_same_counts();
    test_one_slice_visits_all();
    return check_summary("tellen per deel van de inwoners");
}
