/* The team's one-line explanations for "In het kort": a short text (kort.md; samenvatting.md
 * in an older text list) with one line per part, "gedaan: ...", "bereikt: ...", "effect:
 * ...", "impact: ...", "financien: ..." (a leading "-" or "*", bold around the part and
 * capitals are fine). Other lines are kept as they are, to stand below the findings. */
#ifndef WR_FILL_SUMMARY_TEAM_H
#define WR_FILL_SUMMARY_TEAM_H

#include <stdbool.h>

#include "base/strbuf.h"
#include "figures/figures.h"
#include "narrative/narrative.h"

/* The parts of the summary, in the report's order. */
typedef enum { WR_KORT_GEDAAN, WR_KORT_BEREIKT, WR_KORT_EFFECT, WR_KORT_IMPACT, WR_KORT_FINANCIEN,
               WR_KORT_PARTS } wr_kort_part;

typedef struct {
    wr_strbuf line[WR_KORT_PARTS]; /* the explanation per part; empty when none */
    wr_strbuf rest;                /* every other line, or the placeholder of a missing text */
} wr_summary_team;

/* Reads the team's text from texts (may be NULL: nothing). False on out of memory. */
bool wr_summary_team_read(const wr_narrative *texts, wr_summary_team *out);
void wr_summary_team_free(wr_summary_team *t);

#endif
