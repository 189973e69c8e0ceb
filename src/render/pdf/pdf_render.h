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

#include <stddef.h>

#include "base/error.h"
#include "render/pdf/pdf_options.h"

/* Renders markdown[0..len) to a PDF file at path (the caller renames it into place). */
wr_status wr_pdf_render(const char *markdown, size_t len, const wr_pdf_options *opts,
                        const char *path, wr_error *err);

#endif
