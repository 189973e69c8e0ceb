/* Escaping for text and attribute values, locale-free numbers for SVG coordinates, and
 * the markup that makes a suppressed figure ("<5") read as words. */
#ifndef WR_HTML_ESCAPE_H
#define WR_HTML_ESCAPE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/strbuf.h"

void wr_html_esc(wr_strbuf *b, const char *s, size_t len);
void wr_html_escs(wr_strbuf *b, const char *s);     /* NUL-terminated; NULL is "" */
void wr_html_attr(wr_strbuf *b, const char *s);     /* for "..." attribute values */
void wr_html_num(wr_strbuf *b, double v);           /* "12.5", "-3", locale-free */

/* A figure as the report writes it ("1.234", "<5", "n<10", "–"). Suppressed and missing
 * values are written so that they read as words ("minder dan 5") to a screen reader
 * while the eye sees the usual sign. True when it did so, false when it wrote nothing. */
bool wr_html_figure_markup(wr_strbuf *b, const char *s, size_t len);

/* The figure markup when s is such a value, otherwise s escaped. */
void wr_html_figure(wr_strbuf *b, const char *s);

#endif
