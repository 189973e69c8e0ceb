/* Secondary (complementary) cell suppression over additive relations, the singleton
 * method of Statistics Netherlands' tau-ARGUS in its simplest form (docs/privacy.md).
 *
 * A table of cells (non-negative counts), some hidden because they are small (primary
 * suppression), and relations "total = sum of parts" that a reader of the document can
 * use: a breakdown and its total, quarters and their year, and so on. Groups of
 * distinct residents may in truth sum to more than their total; they are registered as
 * relations all the same, because a careful reader can still estimate from them.
 *
 * The reader's estimate of a relation whose total is shown is the total minus its shown
 * parts: for groups that add up, exactly the sum of the hidden parts; for groups that
 * overlap, less. wr_protect_solve hides further cells until every relation is safe:
 * - nothing in it is hidden; or
 * - its total is shown, at least two of its non-zero parts are hidden, the hidden parts
 *   together hold at least the threshold, and the reader's estimate does not land in
 *   1 .. threshold-1 either; or
 * - its total is hidden and at least one non-zero part is hidden too (two unknowns in
 *   one equation), so the total is not the sum of what is shown.
 * For an unsafe relation it hides the smallest shown non-zero part (the first in order
 * of registration on a tie); only when no part is left, the total. It repeats over all
 * relations until nothing changes: a cell hidden to protect one relation can make
 * another unsafe. Zero cells are never hidden (hiding a zero protects nothing). When a
 * relation cannot be made safe because every non-zero cell in it is already hidden, it
 * stays as it is: nothing in it is shown.
 *
 * A fixed cell has a view decided elsewhere (a quarter, protected in its own report,
 * that a year adds up): it counts as hidden or shown as given and is never chosen to
 * protect another; a relation with fixed parts is protected by its other cells. A cell
 * whose relation has only fixed, shown cells besides it (a year whose quarters are all
 * shown) is pinned: a reader works it out whatever is hidden, so it is never chosen to
 * protect another either.
 *
 * The result is deterministic: the same cells and relations in the same order give the
 * same hidden set. wr_protect_new allocates; wr_protect_free releases (accepts NULL). */
#ifndef WR_PROTECTION_H
#define WR_PROTECTION_H

#include <stdbool.h>
#include <stddef.h>

typedef struct wr_protect wr_protect;

typedef enum {
    WR_CELL_SHOWN,
    WR_CELL_PRIMARY,   /* small: 1 .. threshold-1 */
    WR_CELL_SECONDARY  /* hidden to protect a small cell elsewhere */
} wr_cell_state;

/* threshold: counts from 1 to threshold-1 are small (the data contract's "<5"). */
wr_protect *wr_protect_new(long threshold);
void wr_protect_free(wr_protect *p);

/* Adds a cell; *index receives its number (0, 1, 2 ... in order of adding). A cell
 * whose value lies in 1 .. threshold-1 is hidden at once (primary) when suppressible;
 * a cell that is not suppressible (a count of contacts, say) is never hidden.
 * false: out of memory. */
bool wr_protect_add_cell(wr_protect *p, long value, bool suppressible, size_t *index);

/* Adds a fixed cell (see above), hidden or shown as given; *index as wr_protect_add_cell.
 * false: out of memory. */
bool wr_protect_add_fixed_cell(wr_protect *p, long value, bool hidden, size_t *index);

/* Registers total = parts[0] + ... + parts[count-1]; the cells must exist. A relation
 * with fewer than one part is ignored. false: out of memory. */
bool wr_protect_add_relation(wr_protect *p, size_t total, const size_t *parts, size_t count);

/* Hides further cells until every relation is safe (see above). Returns the number of
 * cells hidden by this call. */
size_t wr_protect_solve(wr_protect *p);

wr_cell_state wr_protect_state(const wr_protect *p, size_t cell);
size_t wr_protect_cell_count(const wr_protect *p);

/* Whether relation r (in order of registration) is safe as the cells now stand; for
 * tests and for the audit that proves the rule holds. */
bool wr_protect_relation_safe(const wr_protect *p, size_t r);
size_t wr_protect_relation_count(const wr_protect *p);

#endif
