/* What the caller of the PDF renderer decides: metadata, fonts, hyphenation, the fixed
 * date and the draft mark. In its own header so the rendering context can hold the
 * options without including the entry point. */
#ifndef WR_PDF_OPTIONS_H
#define WR_PDF_OPTIONS_H

#include <stdbool.h>

#include "base/warnings.h"
#include "fill/source_map.h"

typedef struct {
    const char *title;        /* document metadata: title */
    const char *author;       /* metadata: author (the provider) */
    const char *subject;      /* metadata: subject */
    const char *keywords;     /* metadata: keywords, may be NULL */
    const char *header_text;  /* running header, e.g. "Gewoon in de Wijk · 3e kwartaal 2026" */
    const char *font_dir;     /* folder with OpenSans-Regular/Bold/Italic/BoldItalic/Semibold.ttf */
    const char *hyphen_dict;  /* path of a libhyphen dictionary (hyph_nl_NL.dic); NULL = none */
    /* The same dictionary loaded once by the caller and shared by every document of a run
     * (borrowed; it is only read); when set, hyphen_dict is not loaded again. */
    const struct wr_pdf_hyphenator *hyphenator;
    int date_year, date_month, date_day; /* fixed creation date for metadata (reproducible) */
    bool draft;               /* true: "Concept" is shown on every page */
    /* An RGB ICC profile (e.g. /usr/share/color/icc/sRGB.icc from Debian's
     * icc-profiles-free) for the PDF/A-1b output intent; NULL: the file is not marked
     * PDF/A (everything else, XMP included, is still written). */
    const char *icc_profile;
    /* The part of PDF/A claimed: 1 (PDF/A-1a; also when 0) or 2 (PDF/A-2a, written with
     * object streams by render/pdf/pdf_compact.h, which makes a tagged file much smaller). */
    int pdfa_part;
    /* A TrueType font for the characters Open Sans lacks (symbols such as ✓, arrows,
     * combining accents, rarer Latin, Greek and Cyrillic letters); NULL = none. Embedded
     * only in a document that needs it, with the glyphs it uses. */
    const char *fallback_font;
    const wr_source_map *sources; /* which lines come from the team's texts; NULL = all template */
    wr_warnings *warnings;        /* what the PDF cannot show as written; NULL = not collected */
    /* A file to write the layout record to (render/pdf/pdf_record.h), for tests; NULL =
     * none. */
    const char *layout_record;
} wr_pdf_options;

#endif
