/* The text a reader of the PDF or HTML sees of a piece of Markdown, with the source line
 * of every part: what the privacy guard scans (app/privacy_scan.h) and what the PDF checks
 * for characters its fonts cannot set. It is the text after cmark-gfm's work, as both
 * renderers show it:
 *   - entities and backslash escapes decoded ("naam&#64;haarlem.nl" is an address,
 *     "06\-12345678" a phone number);
 *   - emphasis, strikethrough and other markup removed, so "123**456**782" reads
 *     123456782; a soft line break is a space, a hard one a line end;
 *   - raw HTML dropped, as both renderers drop it: an HTML comment is not published, and
 *     "06<!-- -->12345678" reads 0612345678;
 *   - images by their alt text; code spans, code blocks and special blocks by their text;
 *   - link targets, only when asked (the PDF and HTML carry them, but do not show them).
 * Blocks are separated by an empty line. */
#ifndef WR_PUBLISHED_TEXT_H
#define WR_PUBLISHED_TEXT_H

#include <cmark-gfm.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct {
    size_t offset; /* from this byte of text on ... */
    size_t line;   /* ... the text comes from this line of the Markdown (0: unknown) */
} wr_published_mark;

typedef struct {
    char *text;  /* NUL-terminated */
    size_t len;
    wr_published_mark *marks;  /* increasing offsets */
    size_t nmarks, cap;
} wr_published_text;

enum {
    WR_PUBLISHED_LINK_TARGETS = 1u << 0 /* add each link's target after its text */
};

/* The published text of doc (a parsed document, or any node: its content). False when out
 * of memory; *out is then empty. */
bool wr_published_text_of(cmark_node *doc, unsigned flags, wr_published_text *out);

/* The same for Markdown source (parsed as blocks/markdown.h parses the report). */
bool wr_published_text_make(const char *markdown, size_t len, unsigned flags, wr_published_text *out);

/* The source line of the byte at offset; 0 when unknown. */
size_t wr_published_line(const wr_published_text *t, size_t offset);

/* Frees what t holds; accepts NULL. */
void wr_published_text_clear(wr_published_text *t);

#endif
