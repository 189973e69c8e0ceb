/* Primary suppression: which figures a public document hides on their own, from the
 * privacy settings: small counts of people, trajectories and complaints ("<5"), ratios
 * over a small denominator ("n<10"), and a denominator that is itself a small count.
 * What must be hidden further so that no hidden count can be worked out from the rest of
 * the document is decided by the disclosure step (figures/disclosure.h). */
#ifndef WR_FIGURES_PRIVACY_H
#define WR_FIGURES_PRIVACY_H

#include <stdbool.h>

#include "config/config.h"
#include "figures/figures.h"

/* Decides public_show and denominator_show of every row of f by the primary rule alone
 * (idempotent: it forgets any earlier decision of the disclosure step). */
void wr_figures_apply_privacy(wr_figures *f, const wr_config *cfg);

/* True for the kinds a public document suppresses when small: residents, trajectories
 * and complaints (not contacts or attendances, which are no people). */
bool wr_figure_kind_suppressible(wr_value_kind kind);

/* True when a public document shows no value for fig: "<5", "x", "n<10" or "–". */
bool wr_figure_hidden(const wr_figure *fig);

#endif
