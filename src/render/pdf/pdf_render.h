/* Lays out a Markdown document (CommonMark + GFM tables) as an A4 PDF with libharu:
 * justified, hyphenated text, tables, and the fenced blocks "voorblad" (cover page),
 * "inhoud" (table of contents), "kerncijfers" (key-figure tiles) and "grafiek <soort>"
 * (charts; docs/grafieken.md). Every heading gets a bookmark. The file is PDF/A-1b when
 * an ICC profile is given, and the same input always gives the same bytes.
 *
 * The renderer owns everything it allocates; nothing outlives the call. It never prints:
 * problems come back through wr_error with a Dutch message (WR_ERR_CONFIG for a
 * malformed block in the template). */
#ifndef WR_PDF_RENDER_H
#define WR_PDF_RENDER_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"

typedef struct {
    const char *title;        /* document metadata: title */
    const char *author;       /* metadata: author (the provider) */
    const char *subject;      /* metadata: subject */
    const char *keywords;     /* metadata: keywords, may be NULL */
    const char *header_text;  /* running header, e.g. "Gewoon in de Wijk · 3e kwartaal 2026" */
    const char *font_dir;     /* folder with OpenSans-Regular/Bold/Italic/BoldItalic/Semibold.ttf */
    const char *hyphen_dict;  /* path of a libhyphen dictionary (hyph_nl_NL.dic); NULL = none */
    int date_year, date_month, date_day; /* fixed creation date for metadata (reproducible) */
    bool draft;               /* true: "Concept" is shown on every page */
    /* Added for PDF/A-1b. An RGB ICC profile (e.g. /usr/share/color/icc/sRGB.icc from
     * Debian's icc-profiles-free) for the output intent; NULL: the file is not marked
     * PDF/A (everything else, XMP included, is still written). */
    const char *icc_profile;
} wr_pdf_options;

/* Renders markdown[0..len) to a PDF file at path (the caller renames it into place). */
wr_status wr_pdf_render(const char *markdown, size_t len, const wr_pdf_options *opts,
                        const char *path, wr_error *err);

#endif
