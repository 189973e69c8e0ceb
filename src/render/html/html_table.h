/* Tables: a caption from the heading the table sits under, header cells with scope,
 * the first column as row headers, figures right-aligned in tabular digits, a total row
 * set off, suppressed values that read as words, and the "Noot:" paragraph under the
 * table tied to it with aria-describedby. */
#ifndef WR_HTML_TABLE_H
#define WR_HTML_TABLE_H

#include <cmark-gfm.h>
#include <stdbool.h>

#include "render/html/html_context.h"

/* Writes the GFM table node, with the note that follows it. */
wr_status wr_html_table(wr_html_ctx *ctx, cmark_node *table);

/* The cue inside a table's scroll region that it scrolls sideways; the style sheet shows
 * it only when the table is wider than its place. */
#define WR_HTML_SCROLL_HINT \
    "<p class=\"schuif-hint\" aria-hidden=\"true\">Schuif de tabel opzij voor alle kolommen \xE2\x86\x92</p>\n"

/* Whether node is a "Noot: ..." paragraph right after a table (which then owns it). */
bool wr_html_table_note(cmark_node *node);

#endif
