/* Which figures a public document must hide, from the privacy settings: small counts of
 * people ("<5") and ratios over a small denominator ("n<10"). */
#ifndef WR_FIGURES_PRIVACY_H
#define WR_FIGURES_PRIVACY_H

#include "config/config.h"
#include "figures/figures.h"

/* Decides public_show for every row of f (idempotent). */
void wr_figures_apply_privacy(wr_figures *f, const wr_config *cfg);

#endif
