/* Reading the text of a fenced block (chart, key figures, cover, contents): lines,
 * "key: value" settings and '|'-separated cells, as spans into the block's text. */
#ifndef WR_BLOCK_TEXT_H
#define WR_BLOCK_TEXT_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *s;
    size_t len;
} wr_block_span;

/* The next line of body from *pos on (trimmed of spaces, tabs and CR); false at the end.
 * *number counts lines from 1. */
bool wr_block_next_line(const char *body, size_t *pos, wr_block_span *line, int *number);

/* Splits line at '|' into trimmed cells; returns how many there are (cells beyond max
 * are counted but not stored). */
size_t wr_block_split(wr_block_span line, wr_block_span *cells, size_t max);

/* The line without one leading and one trailing '|', so rows may be written like a
 * Markdown table row ("| Centrum | 246 |") or end in a separator a template loop left. */
wr_block_span wr_block_strip_pipes(wr_block_span line);

/* wr_block_key's answer for a line that is none of the keys. */
#define WR_BLOCK_NO_KEY (-1)

/* When line is "key: value" for one of keys[0..n) (case-insensitive), returns its index
 * and sets *value (trimmed); otherwise WR_BLOCK_NO_KEY. */
int wr_block_key(wr_block_span line, const char *const *keys, size_t n, wr_block_span *value);

/* s without leading and trailing spaces, tabs and line ends. */
wr_block_span wr_block_trim(wr_block_span s);

/* A NUL-terminated copy; NULL when out of memory. */
char *wr_block_dup(wr_block_span s);

/* True when the span is exactly the ASCII word w, ignoring case. */
bool wr_block_span_is(wr_block_span s, const char *w);

#endif
