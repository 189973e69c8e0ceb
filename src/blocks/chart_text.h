/* Line and cell splitting shared by the chart and key-figure parsers. */
#ifndef WR_CHART_TEXT_H
#define WR_CHART_TEXT_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *s;
    size_t len;
} wr_chart_span;

/* The next line of body from *pos on (trimmed of spaces, tabs and CR); false at the end.
 * *number counts lines from 1. */
bool wr_chart_next_line(const char *body, size_t *pos, wr_chart_span *line, int *number);

/* Splits line at '|' into trimmed cells; returns how many there are (cells beyond max
 * are counted but not stored). */
size_t wr_chart_split(wr_chart_span line, wr_chart_span *cells, size_t max);

/* The line without one leading and one trailing '|', so rows may be written like a
 * Markdown table row ("| Centrum | 246 |") or end in a separator a template loop left. */
wr_chart_span wr_chart_strip_pipes(wr_chart_span line);

/* When line is "key: value" for one of keys[0..n) (case-insensitive), returns its index
 * and sets *value (trimmed); otherwise -1. */
int wr_chart_key(wr_chart_span line, const char *const *keys, size_t n, wr_chart_span *value);

/* s without leading and trailing spaces, tabs and line ends. */
wr_chart_span wr_chart_trim(wr_chart_span s);

/* A NUL-terminated copy; NULL when out of memory. */
char *wr_chart_dup(wr_chart_span s);

/* True when the span is exactly the ASCII word w, ignoring case. */
bool wr_chart_span_is(wr_chart_span s, const char *w);

#endif
