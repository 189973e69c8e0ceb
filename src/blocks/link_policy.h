/* Which links of the filled Markdown both renderers keep: one policy, so the PDF (a /URI
 * annotation) and the HTML twin (an <a href>) never disagree.
 *   - https://, http:// and mailto: links are links in both;
 *   - a district factsheet's file name ("wijkfactsheet-noord-2026-Q3.pdf" or .html: letters,
 *     digits, '.', '_' and '-', no folder or scheme) is a document the program writes
 *     beside the overview that links it: a link in both;
 *   - "#..." points inside the HTML page: a link there, plain text in the PDF (it has no
 *     such anchors);
 *   - anything else (javascript:, data:, file:, vbscript:, a relative path that does not
 *     exist beside the published file, another scheme) is dropped in both: its text stays,
 *     and the run warns with the file and line of the link.
 * An empty target ("[tekst]()") is no link and no warning. */
#ifndef WR_LINK_POLICY_H
#define WR_LINK_POLICY_H

#include <cmark-gfm.h>

#include "base/warnings.h"
#include "fill/source_map.h"

typedef enum {
    WR_LINK_NONE,     /* no target: plain text */
    WR_LINK_WEB,      /* a link in the PDF and the HTML */
    WR_LINK_ANCHOR,   /* a link in the HTML only */
    WR_LINK_DROPPED   /* plain text in both, with a warning */
} wr_link_kind;

wr_link_kind wr_link_kind_of(const char *url);

/* The kind of a link node; for a dropped link adds the warning (naming the text file and
 * line where the link stands) to warnings (may be NULL). */
wr_link_kind wr_link_check(cmark_node *link, const wr_source_map *sources, wr_warnings *warnings);

#endif
