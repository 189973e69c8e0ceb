/* The privacy guard on everything free-written that reaches the public documents: it
 * looks (narrative/guard.h) for what seems to be a citizen service number, e-mail
 * address, phone number or date of birth in
 *   - every written text of the team, twice: the Markdown as written (so what an HTML
 *     comment holds is found too, though the reports leave comments out) and the text as
 *     the PDF and HTML show it (blocks/published_text.h: entities, backslash escapes and
 *     emphasis resolved, link targets included), which finds "naam&#64;haarlem.nl",
 *     "jan\@haarlem.nl", "06\-12345678", "123**456**782" and "06<!-- -->12345678";
 *   - the agreements' omschrijving and toelichting (afspraken.csv) and the indicators'
 *     omschrijving and bron (indicatoren.csv) as the figures model holds them, as written
 *     and as shown.
 * Each finding is one Dutch line with the file and line (for a text as written also the
 * column), the match masked; one finding seen both ways is listed once. With
 * --definitief the run refuses while there are any (app/run.c). */
#ifndef WR_PRIVACY_SCAN_H
#define WR_PRIVACY_SCAN_H

#include "base/error.h"
#include "base/warnings.h"
#include "figures/figures.h"
#include "narrative/narrative.h"

/* Adds the findings to *found. data_dir names the export folder in the messages about its
 * files. Fails for a text that cannot be read (WR_ERR_INPUT) or for memory. */
wr_status wr_privacy_scan(const wr_narrative *texts, const wr_figures *f, const char *data_dir, wr_warnings *found,
                          wr_error *err);

#endif
