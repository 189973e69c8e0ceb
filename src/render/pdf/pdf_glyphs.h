/* Characters the PDF's main font (Open Sans) lacks, looked for before layout:
 *   - letters and symbols that can be set one glyph after another (rarer Latin, Greek and
 *     Cyrillic letters, combining accents, arrows, ✓, ❤ ...) make the renderer load the
 *     fallback font (wr_pdf_options.fallback_font), which then sets them; a document
 *     without them never loads it, so its bytes do not change;
 *   - what libharu cannot set (right-to-left and joining scripts need shaping, CJK and
 *     colour emoji need other fonts, and nothing beyond U+FFFF fits its 16-bit codes), or
 *     what the fallback lacks too, stays a box or U+FFFD, and the run is warned with the
 *     text file and line, naming the HTML twin, which shows it. */
#ifndef WR_PDF_GLYPHS_H
#define WR_PDF_GLYPHS_H

#include <cmark-gfm.h>

#include "render/pdf/pdf_context.h"

/* Checks doc and the running header; loads the fallback font when needed. Returns
 * ctx->failure.status (a fallback font that cannot be loaded is WR_ERR_CONFIG). */
wr_status wr_pdf_glyphs_prepare(wr_pdf_ctx *ctx, cmark_node *doc);

#endif
