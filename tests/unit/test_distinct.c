/* Distinct counts in slices of residents (base/distinct.h): counting a big export one
 * slice of residents at a time, with the bits of that slice only, gives the same counts
 * as counting all residents at once; residents outside the slice are left alone. */
#include <stdlib.h>
#include <string.h>

#include "base/distinct.h"
#include "check.h"

#define GROUPS 5
#define RESIDENTS 1000
#define PAIRS 5000

typedef struct {
    size_t group;
    uint32_t resident;
} pair;

static void count_all(const pair *pairs, size_t n, long *counts)
{
    uint64_t *bits = calloc(GROUPS * wr_distinct_words(RESIDENTS), sizeof *bits);
    wr_distinct d;
    wr_distinct_init(&d, GROUPS, RESIDENTS, bits, counts);
    for (size_t i = 0; i < n; i++)
        wr_distinct_add(&d, pairs[i].group, pairs[i].resident);
    free(bits);
}

/* As the figures do it: a pass per slice, every pair offered to every pass. */
static void count_in_slices(const pair *pairs, size_t n, size_t slice_words, long *counts)
{
    size_t all_words = wr_distinct_words(RESIDENTS);
    uint64_t *bits = calloc(GROUPS * slice_words, sizeof *bits);
    wr_distinct d;
    wr_distinct_init(&d, GROUPS, RESIDENTS, NULL, counts);
    for (size_t first = 0; first == 0 || first < all_words; first += slice_words) {
        memset(bits, 0, GROUPS * slice_words * sizeof *bits);
        wr_distinct_set_slice(&d, (uint32_t)(first * 64), slice_words, bits);
        for (size_t i = 0; i < n; i++)
            wr_distinct_add(&d, pairs[i].group, pairs[i].resident);
    }
    free(bits);
}

static void test_slices_give_the_same_counts(void)
{
    static pair pairs[PAIRS];
    srand(20261202);
    for (size_t i = 0; i < PAIRS; i++)
        pairs[i] = (pair){(size_t)rand() % (GROUPS + 1), (uint32_t)(rand() % RESIDENTS)}; /* group 5: none */
    long whole[GROUPS] = {0};
    count_all(pairs, PAIRS, whole);
    long total = 0;
    for (size_t g = 0; g < GROUPS; g++)
        total += whole[g];
    CHECK(total > 0 && total < PAIRS); /* some pairs repeat a resident of a group */
    size_t sizes[] = {1, 2, 3, 7, wr_distinct_words(RESIDENTS), 100};
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        long sliced[GROUPS] = {0};
        count_in_slices(pairs, PAIRS, sizes[k], sliced);
        for (size_t g = 0; g < GROUPS; g++)
            CHECK_INT(sliced[g], whole[g]);
    }
}

/* The slice of residents 64..127: a resident below or beyond it marks nothing. */
static void test_outside_the_slice_is_ignored(void)
{
    uint64_t bits[2] = {0, 0};
    long counts[2] = {0, 0};
    wr_distinct d;
    wr_distinct_init(&d, 2, RESIDENTS, NULL, counts);
    wr_distinct_set_slice(&d, 64, 1, bits);
    wr_distinct_add(&d, 0, 3);
    wr_distinct_add(&d, 0, 128);
    wr_distinct_add(&d, 1, 64);
    wr_distinct_add(&d, 1, 64);
    wr_distinct_add(&d, 1, 127);
    wr_distinct_add(&d, 2, 100); /* no such group */
    CHECK_INT(counts[0], 0);
    CHECK_INT(counts[1], 2);
    CHECK(bits[0] == 0 && bits[1] == ((uint64_t)1 | (uint64_t)1 << 63));
}

/* The words of a pass: all residents when they fit, never more than the budget, at
 * least one. */
static void test_slice_size(void)
{
    CHECK_INT(wr_distinct_slice_words(10, 6400), 100);
    CHECK_INT(wr_distinct_slice_words(64, 64 * WR_DISTINCT_PASS_WORDS), WR_DISTINCT_PASS_WORDS / 64);
    CHECK_INT(wr_distinct_slice_words(2 * WR_DISTINCT_PASS_WORDS, 1000), 1);
    CHECK_INT(wr_distinct_slice_words(3, 0), 1);
}

int main(void)
{
    test_slices_give_the_same_counts();
    test_outside_the_slice_is_ignored();
    test_slice_size();
    return check_summary("verschillende inwoners tellen");
}
