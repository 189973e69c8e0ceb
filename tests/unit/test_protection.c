/* Secondary suppression (src/figures/protection.c) on hand-made tables; the expected
 * hidden cells are worked out by hand in the comments. Threshold 5 throughout. */
#include <stdlib.h>

#include "check.h"
#include "figures/protection.h"

static size_t cell(wr_protect *p, long value)
{
    size_t i = 0;
    CHECK(wr_protect_add_cell(p, value, true, &i));
    return i;
}

static void relation(wr_protect *p, size_t total, const size_t *parts, size_t n)
{
    CHECK(wr_protect_add_relation(p, total, parts, n));
}

static void all_safe(const wr_protect *p)
{
    for (size_t r = 0; r < wr_protect_relation_count(p); r++)
        CHECK(wr_protect_relation_safe(p, r));
}

/* 20 = 3 + 8 + 9: 3 is small; alone it would be 20 - 8 - 9. The smallest other part (8)
 * is hidden too; 3 + 8 = 11 >= 5. */
static void single_hidden_cell(void)
{
    wr_protect *p = wr_protect_new(5);
    size_t t = cell(p, 20), a = cell(p, 3), b = cell(p, 8), c = cell(p, 9);
    size_t parts[] = {a, b, c};
    relation(p, t, parts, 3);
    CHECK(!wr_protect_relation_safe(p, 0));
    CHECK_INT(wr_protect_solve(p), 1);
    CHECK_INT(wr_protect_state(p, a), WR_CELL_PRIMARY);
    CHECK_INT(wr_protect_state(p, b), WR_CELL_SECONDARY);
    CHECK_INT(wr_protect_state(p, c), WR_CELL_SHOWN);
    CHECK_INT(wr_protect_state(p, t), WR_CELL_SHOWN);
    all_safe(p);
    wr_protect_free(p);
}

/* 12 = 2 + 1 + 9: two small cells, but together 3, so 12 - 9 = 3 would show their sum
 * lies in 1..4: the 9 is hidden as well. And 20 = 2 + 3 + 15 needs nothing more:
 * 20 - 15 = 5 is not small. */
static void two_hidden_cells_in_one_row(void)
{
    wr_protect *p = wr_protect_new(5);
    size_t t = cell(p, 12), a = cell(p, 2), b = cell(p, 1), c = cell(p, 9);
    size_t parts[] = {a, b, c};
    relation(p, t, parts, 3);
    CHECK_INT(wr_protect_solve(p), 1);
    CHECK_INT(wr_protect_state(p, a), WR_CELL_PRIMARY);
    CHECK_INT(wr_protect_state(p, b), WR_CELL_PRIMARY);
    CHECK_INT(wr_protect_state(p, c), WR_CELL_SECONDARY);
    CHECK_INT(wr_protect_state(p, t), WR_CELL_SHOWN);
    all_safe(p);
    wr_protect_free(p);

    p = wr_protect_new(5);
    t = cell(p, 20);
    a = cell(p, 2);
    b = cell(p, 3);
    c = cell(p, 15);
    size_t parts2[] = {a, b, c};
    relation(p, t, parts2, 3);
    CHECK_INT(wr_protect_solve(p), 0);
    CHECK_INT(wr_protect_state(p, c), WR_CELL_SHOWN);
    all_safe(p);
    wr_protect_free(p);
}

/* A two-way table with its margins:
 *        c1  c2  c3 | total
 *   r1    3  10  12 |  25
 *   r2    7   8  20 |  35
 *   ----------------+------
 *        10  18  32 |  60
 * 3 is small. Row r1: hide 10 (smallest other). Column c1 now has only 3 hidden: hide 7.
 * Column c2 has only 10 hidden: hide 8. Row r2 has 7 and 8 hidden (15): safe. The
 * protector of one relation (10) is itself protected in another (c2), which needs a
 * second pass. Hidden: 3 (primary), 10, 7, 8 (secondary); the margins stay shown. */
static void protector_needs_protection_elsewhere(void)
{
    wr_protect *p = wr_protect_new(5);
    size_t r1 = cell(p, 25), r2 = cell(p, 35), k1 = cell(p, 10), k2 = cell(p, 18), k3 = cell(p, 32),
           all = cell(p, 60);
    size_t a = cell(p, 3), b = cell(p, 10), c = cell(p, 12), d = cell(p, 7), e = cell(p, 8), f = cell(p, 20);
    size_t row1[] = {a, b, c}, row2[] = {d, e, f}, col1[] = {a, d}, col2[] = {b, e}, col3[] = {c, f};
    size_t rows[] = {r1, r2}, cols[] = {k1, k2, k3};
    relation(p, r1, row1, 3);
    relation(p, r2, row2, 3);
    relation(p, k1, col1, 2);
    relation(p, k2, col2, 2);
    relation(p, k3, col3, 2);
    relation(p, all, rows, 2);
    relation(p, all, cols, 3);
    CHECK_INT(wr_protect_solve(p), 3);
    CHECK_INT(wr_protect_state(p, a), WR_CELL_PRIMARY);
    CHECK_INT(wr_protect_state(p, b), WR_CELL_SECONDARY);
    CHECK_INT(wr_protect_state(p, d), WR_CELL_SECONDARY);
    CHECK_INT(wr_protect_state(p, e), WR_CELL_SECONDARY);
    CHECK_INT(wr_protect_state(p, c), WR_CELL_SHOWN);
    CHECK_INT(wr_protect_state(p, f), WR_CELL_SHOWN);
    size_t margins[] = {r1, r2, k1, k2, k3, all};
    for (size_t i = 0; i < 6; i++)
        CHECK_INT(wr_protect_state(p, margins[i]), WR_CELL_SHOWN);
    all_safe(p);
    wr_protect_free(p);
}

/* A small total whose parts are all small: everything is hidden already, and the
 * relation counts as safe (total and parts unknown). One level up, 12 = 9 + 3 where the
 * 9 is itself 1 + 2 + 6: in the lower relation 1 and 2 hold only 3, so 6 goes too; in
 * the upper one the 3 stands alone, so the 9 goes. Everything but 12 ends up hidden. */
static void everything_ends_up_hidden(void)
{
    wr_protect *p = wr_protect_new(5);
    size_t t = cell(p, 3), a = cell(p, 1), b = cell(p, 2);
    size_t parts[] = {a, b};
    relation(p, t, parts, 2);
    CHECK_INT(wr_protect_solve(p), 0);
    CHECK_INT(wr_protect_state(p, t), WR_CELL_PRIMARY);
    all_safe(p);
    wr_protect_free(p);

    p = wr_protect_new(5);
    size_t grand = cell(p, 12), t1 = cell(p, 9), t2 = cell(p, 3);
    size_t x = cell(p, 1), y = cell(p, 2), z = cell(p, 6);
    size_t lower[] = {x, y, z}, upper[] = {t1, t2};
    relation(p, t1, lower, 3);
    relation(p, grand, upper, 2);
    CHECK_INT(wr_protect_solve(p), 2);
    CHECK_INT(wr_protect_state(p, z), WR_CELL_SECONDARY);
    CHECK_INT(wr_protect_state(p, t1), WR_CELL_SECONDARY);
    CHECK_INT(wr_protect_state(p, t2), WR_CELL_PRIMARY);
    CHECK_INT(wr_protect_state(p, grand), WR_CELL_SHOWN);
    all_safe(p);
    wr_protect_free(p);
}

/* Zeros are never hidden (they protect nothing), nor are counts that are not
 * suppressible; with nothing else left the total is hidden. Ties go to the first. */
static void zeros_unsuppressible_and_ties(void)
{
    wr_protect *p = wr_protect_new(5);
    size_t t = cell(p, 10), a = cell(p, 2), z = cell(p, 0), n = 0;
    CHECK(wr_protect_add_cell(p, 8, false, &n));
    size_t parts[] = {a, z, n};
    relation(p, t, parts, 3);
    CHECK_INT(wr_protect_solve(p), 1);
    CHECK_INT(wr_protect_state(p, z), WR_CELL_SHOWN);
    CHECK_INT(wr_protect_state(p, n), WR_CELL_SHOWN);
    CHECK_INT(wr_protect_state(p, t), WR_CELL_SECONDARY);
    all_safe(p);
    wr_protect_free(p);

    p = wr_protect_new(5);
    t = cell(p, 30);
    a = cell(p, 4);
    size_t b = cell(p, 13), c = cell(p, 13);
    size_t parts2[] = {a, b, c};
    relation(p, t, parts2, 3);
    CHECK_INT(wr_protect_solve(p), 1);
    CHECK_INT(wr_protect_state(p, b), WR_CELL_SECONDARY);
    CHECK_INT(wr_protect_state(p, c), WR_CELL_SHOWN);
    wr_protect_free(p);
}

/* The same input twice gives the same hidden set (deterministic), and a threshold of 3
 * treats 3 as publishable. */
static void deterministic_and_threshold(void)
{
    for (int round = 0; round < 2; round++) {
        wr_protect *p = wr_protect_new(3);
        size_t t = cell(p, 11), a = cell(p, 3), b = cell(p, 2), c = cell(p, 6);
        size_t parts[] = {a, b, c};
        relation(p, t, parts, 3);
        CHECK_INT(wr_protect_state(p, a), WR_CELL_SHOWN);
        CHECK_INT(wr_protect_state(p, b), WR_CELL_PRIMARY);
        CHECK_INT(wr_protect_solve(p), 1);
        CHECK_INT(wr_protect_state(p, a), WR_CELL_SECONDARY);
        wr_protect_free(p);
    }
    wr_protect_free(NULL);
}

/* Groups that overlap (a resident in two onderdelen) need not add up; the rule looks at
 * what a reader works out, the total minus the shown parts. 10 = 3 + 2 + 10 as printed
 * (everybody in the first two groups is in the third too): 3 and 2 are small and hold 5
 * together, and 10 - 10 = 0 tells nothing, so nothing more is hidden. 20 = 3 + 12 + 9
 * (leefgebieden: a trajectory has several): 20 - 21 = -1, so the lone 3 needs no
 * partner either. 9 = 3 + 2 + 6: the hidden cells hold 5, yet 9 - 6 = 3 lands in 1..4,
 * so the 6 goes as well. */
static void overlapping_groups_use_the_readers_estimate(void)
{
    wr_protect *p = wr_protect_new(5);
    size_t t = cell(p, 10), a = cell(p, 3), b = cell(p, 2), c = cell(p, 10);
    size_t parts[] = {a, b, c};
    relation(p, t, parts, 3);
    CHECK(wr_protect_relation_safe(p, 0));
    CHECK_INT(wr_protect_solve(p), 0);
    CHECK_INT(wr_protect_state(p, c), WR_CELL_SHOWN);
    wr_protect_free(p);

    p = wr_protect_new(5);
    t = cell(p, 20);
    a = cell(p, 3);
    b = cell(p, 12);
    c = cell(p, 9);
    size_t parts1[] = {a, b, c};
    relation(p, t, parts1, 3);
    CHECK_INT(wr_protect_solve(p), 0);
    CHECK_INT(wr_protect_state(p, c), WR_CELL_SHOWN);
    wr_protect_free(p);

    p = wr_protect_new(5);
    t = cell(p, 9);
    a = cell(p, 3);
    b = cell(p, 2);
    c = cell(p, 6);
    size_t parts2[] = {a, b, c};
    relation(p, t, parts2, 3);
    CHECK(!wr_protect_relation_safe(p, 0));
    CHECK_INT(wr_protect_solve(p), 1);
    CHECK_INT(wr_protect_state(p, c), WR_CELL_SECONDARY);
    CHECK_INT(wr_protect_state(p, t), WR_CELL_SHOWN);
    all_safe(p);
    wr_protect_free(p);
}

/* A year and its quarters, whose views were decided in their own reports (fixed):
 * 16 = 7 + 5 + 4 with the 4 hidden there. Hiding the 5 here would not help, since the
 * quarter's own report shows it; the year total is hidden instead. A fixed cell hidden
 * elsewhere counts as hidden: 25 = 3 (hidden) + 12 (hidden there, to protect its own
 * breakdown) + 10 is safe as it stands. */
static void fixed_cells_are_never_chosen(void)
{
    wr_protect *p = wr_protect_new(5);
    size_t year = cell(p, 16), q1 = 0, q2 = 0, q3 = 0;
    CHECK(wr_protect_add_fixed_cell(p, 7, false, &q1));
    CHECK(wr_protect_add_fixed_cell(p, 5, false, &q2));
    CHECK(wr_protect_add_fixed_cell(p, 4, true, &q3));
    size_t quarters[] = {q1, q2, q3};
    relation(p, year, quarters, 3);
    CHECK_INT(wr_protect_state(p, q3), WR_CELL_PRIMARY);
    CHECK_INT(wr_protect_solve(p), 1);
    CHECK_INT(wr_protect_state(p, year), WR_CELL_SECONDARY);
    CHECK_INT(wr_protect_state(p, q2), WR_CELL_SHOWN);
    all_safe(p);
    wr_protect_free(p);

    p = wr_protect_new(5);
    year = cell(p, 25);
    CHECK(wr_protect_add_fixed_cell(p, 3, true, &q1));
    CHECK(wr_protect_add_fixed_cell(p, 12, true, &q2));
    CHECK(wr_protect_add_fixed_cell(p, 10, false, &q3));
    size_t quarters2[] = {q1, q2, q3};
    relation(p, year, quarters2, 3);
    CHECK_INT(wr_protect_state(p, q2), WR_CELL_SECONDARY);
    CHECK_INT(wr_protect_solve(p), 0);
    CHECK_INT(wr_protect_state(p, year), WR_CELL_SHOWN);
    all_safe(p);
    wr_protect_free(p);

    /* A year group whose quarters are all shown (13 + 7 + 7) is worked out from them:
     * hiding it would protect nothing. In the year's breakdown 40 = 3 + 26 + 11 the 3
     * is small; the 26 is the smallest other but pinned, so the 11 goes. */
    p = wr_protect_new(5);
    size_t total = cell(p, 40), small = cell(p, 3), pinned = cell(p, 26), other = cell(p, 11);
    CHECK(wr_protect_add_fixed_cell(p, 13, false, &q1));
    CHECK(wr_protect_add_fixed_cell(p, 7, false, &q2));
    CHECK(wr_protect_add_fixed_cell(p, 7, false, &q3));
    size_t groups[] = {small, pinned, other}, quarters3[] = {q1, q2, q3};
    relation(p, total, groups, 3);
    relation(p, pinned, quarters3, 3);
    CHECK_INT(wr_protect_solve(p), 1);
    CHECK_INT(wr_protect_state(p, pinned), WR_CELL_SHOWN);
    CHECK_INT(wr_protect_state(p, other), WR_CELL_SECONDARY);
    all_safe(p);
    wr_protect_free(p);
}

int main(void)
{
    single_hidden_cell();
    two_hidden_cells_in_one_row();
    protector_needs_protection_elsewhere();
    everything_ends_up_hidden();
    zeros_unsuppressible_and_ties();
    deterministic_and_threshold();
    overlapping_groups_use_the_readers_estimate();
    fixed_cells_are_never_chosen();
    return check_summary("protection");
}
