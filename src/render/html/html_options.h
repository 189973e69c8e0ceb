/* What the caller of the HTML renderer decides: title, author, running header, the
 * draft mark and the fixed date. In its own header so the rendering context can hold
 * the options without including the entry point. */
#ifndef WR_HTML_OPTIONS_H
#define WR_HTML_OPTIONS_H

#include <stdbool.h>

#include "base/warnings.h"
#include "fill/source_map.h"

typedef struct {
    const char *title;        /* <title> and metadata */
    const char *author;
    const char *header_text;  /* e.g. "Gewoon in de Wijk · kwartaalrapportage 3e kwartaal 2026" */
    bool draft;               /* show "Concept" visibly */
    int date_year, date_month, date_day; /* document date; no clock reads (reproducible) */
    const wr_source_map *sources; /* which lines come from the team's texts; NULL = all template */
    wr_warnings *warnings;        /* what the page cannot show as written; NULL = not collected */
} wr_html_options;

#endif
