/* The accessible web version of a report: the same filled Markdown the PDF gets, as
 * one self-contained HTML5 file (no external fonts, scripts or images) meant to meet
 * WCAG 2.1 AA. It understands the same fenced blocks as the PDF renderer: "voorblad"
 * (cover), "inhoud" (table of contents), "kerncijfers" (key-figure tiles) and
 * "grafiek <soort>" (charts, drawn as inline SVG from the shared chart model with their
 * figures as a table beside them).
 *
 * The renderer never prints and never reads the clock: the same input gives the same
 * bytes. Problems come back through wr_error with a Dutch message (WR_ERR_CONFIG for a
 * malformed block in the template, WR_ERR_OUTPUT when the file cannot be written). */
#ifndef WR_HTML_RENDER_H
#define WR_HTML_RENDER_H

#include <stddef.h>

#include "base/error.h"
#include "render/html/html_options.h"

/* Renders markdown[0..len) (the same filled Markdown the PDF gets) as one self-contained
 * HTML5 file at path. On failure nothing is left at path. */
wr_status wr_html_render(const char *markdown, size_t len, const wr_html_options *opts,
                         const char *path, wr_error *err);

/* The same, into memory: *out (NUL-terminated, the caller frees it) holds the page. */
wr_status wr_html_render_string(const char *markdown, size_t len, const wr_html_options *opts,
                                char **out, wr_error *err);

#endif
