/* Disclosure control for a whole document (docs/privacy.md): decides the public view of
 * every row of the figures models a document shows, so that no small count can be read
 * or worked out from anything else the document or another public document of the same
 * period shows. It only sets public_show and denominator_show; values never change, so
 * the exact export stays as it is.
 *
 * - Primary: the rule of figures/privacy.h ("<5", "n<10", a small denominator "<5").
 * - Secondary: the counts of residents, trajectories and complaints of a period are the
 *   cells of figures/protection.h; its relations are, per model and count figure, every
 *   breakdown against the figure's total (treated as adding up, also for groups of
 *   distinct residents), for a cross breakdown "A+B" each fixed code of A against its row
 *   of A (and likewise for B), and for a year every row against the same row of its
 *   quarters. A cell hidden to protect others shows "x" (WR_SHOW_PROTECTED).
 * - Ratios: a ratio that would give away a hidden count (figures/ratio_pairs.h) shows
 *   "x" too, and a denominator that is such a count is hidden with it.
 *
 * The view of a period is decided once, from that period alone, and every document that
 * shows the period shows that view: a quarter is protected on its own (with, later, its
 * district models in the same set); a year is protected with its quarters' views fixed,
 * so the year's own cells protect the relation "year = sum of quarters". */
#ifndef WR_DISCLOSURE_H
#define WR_DISCLOSURE_H

#include <stdbool.h>
#include <stddef.h>

#include "config/config.h"
#include "figures/figures.h"
#include "figures/ratio_pairs.h"

/* One model of a set, with the models whose sum it is (the quarters of a year, whose
 * views are decided already); parts may be NULL when part_count is 0. */
typedef struct {
    wr_figures *model;
    const wr_figures *const *parts;
    size_t part_count;
} wr_disclosure_member;

/* What a view hides, counted over rows (wr_disclosure_count), or what a set's solver saw. */
typedef struct {
    size_t primary;      /* counts shown as "<5" */
    size_t secondary;    /* counts shown as "x" to protect others */
    size_t ratios;       /* ratios shown as "x": they would give a hidden count away */
    size_t denominators; /* denominators shown as "<5" or "x" */
    size_t cells;        /* counts that take part (wr_disclose_set only) */
    size_t relations;    /* relations a reader can use (wr_disclose_set only) */
    size_t unsafe;       /* relations that no further hiding could make safe (wr_disclose_set only) */
} wr_disclosure_counts;

/* Protects the models of one set together and writes their views; pairs NULL means the
 * built-in wr_ratio_pairs. counts (may be NULL) receives cells, relations and unsafe.
 * false: out of memory (the views are then undecided: do not publish). */
bool wr_disclose_set(const wr_disclosure_member *members, size_t count, const wr_config *cfg,
                     const wr_ratio_pair *pairs, size_t pair_count, wr_disclosure_counts *counts);

/* Protects every model a document shows or depends on (the report's period, its
 * comparison columns, and for a year the quarters of the year before), each period as
 * its own set: quarters first, then each year with the quarters in `models` that lie
 * inside it. The same model may be listed twice; NULL entries are skipped. counts (may
 * be NULL) receives the cells, relations and unsafe relations of all sets together.
 * false: out of memory. */
bool wr_disclose_document(wr_figures *const *models, size_t count, const wr_config *cfg,
                          wr_disclosure_counts *counts);

/* Counts what the view of f hides (primary, secondary, ratios, denominators). */
void wr_disclosure_count(const wr_figures *f, wr_disclosure_counts *counts);

#endif
