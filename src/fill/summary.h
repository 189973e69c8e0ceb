/* "In het kort": the four parts of the report and the finances as findings, each one
 * sentence with its number and its direction against the same period a year earlier
 * (more, less, or about the same within [in_het_kort] marge_pct), built from the figures
 * model by the same rules for a quarterly and an annual report. A sentence quotes what the
 * tables show: a hidden value is never written, "<5" becomes "minder dan 5", and a change
 * is only named when both values are shown. The team's one-line explanation per part
 * (fill/summary_team.h) follows that part's findings. */
#ifndef WR_FILL_SUMMARY_H
#define WR_FILL_SUMMARY_H

#include <stdbool.h>

#include "base/strbuf.h"
#include "fill/fill_input.h"
#include "fill/template_fill.h"

/* The numbered Markdown list of the findings into list, and what else the team wrote
 * (or the placeholder of its missing text) into rest. False on out of memory. */
bool wr_summary_build(const wr_fill_input *in, wr_strbuf *list, wr_strbuf *rest);

/* {{IN_HET_KORT}} (the list), {{IN_HET_KORT_TEAM}} (the rest of the team's text) and
 * {{IN_HET_KORT_BASIS}} (one sentence on what the findings compare with). */
bool wr_fill_summary(wr_tpl_dict *dict, const wr_fill_input *in);

#endif
