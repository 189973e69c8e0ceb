/* The PDF and HTML options every published document shares: metadata, fonts, the
 * publication date, the draft mark and the system files (hyphenation dictionary, ICC
 * profile, fallback font) that Debian provides. One place, so the reports, the district
 * factsheets and the Kadernota outlook are set up alike. */
#ifndef WR_DOCUMENT_OPTIONS_H
#define WR_DOCUMENT_OPTIONS_H

#include <stdbool.h>
#include <time.h>

#include "config/config.h"
#include "fill/source_map.h"
#include "render/html/html_options.h"
#include "render/pdf/pdf_options.h"

/* Debian's hyphen-nl: the Dutch hyphenation patterns. */
#define WR_HYPHEN_DICT "/usr/share/hyphen/hyph_nl_NL.dic"

typedef struct {
    const wr_config *cfg;       /* author (the provider) and the PDF/A part */
    const char *title;          /* document title */
    const char *subject;        /* PDF metadata */
    const char *keywords;       /* PDF metadata, may be NULL */
    const char *header_text;    /* the running header */
    const char *font_dir;       /* the Open Sans folder */
    time_t published;           /* the publication date (app/publication_date.h) */
    bool draft;                 /* "Concept" on every page */
    const wr_source_map *sources;
} wr_document_setup;

/* Fills both options from setup; the strings are borrowed, so they must outlive the
 * options. A system file that cannot be read is left out (NULL), as each renderer allows.
 * Fields that differ per document (hyphenator, warnings, layout record) stay zero. */
void wr_document_options(const wr_document_setup *setup, wr_pdf_options *pdf, wr_html_options *html);

#endif
