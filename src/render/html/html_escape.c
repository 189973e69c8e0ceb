#include "render/html/html_escape.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "blocks/spoken_value.h"

static void escape(wr_strbuf *b, const char *s, size_t len, bool quotes)
{
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        const char *rep = NULL;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = quotes ? "&quot;" : NULL; break;
        case '\0': rep = ""; break; /* cmark replaces NUL already; never write one */
        default: break;
        }
        if (!rep)
            continue;
        wr_strbuf_append(b, s + start, i - start);
        wr_strbuf_puts(b, rep);
        start = i + 1;
    }
    wr_strbuf_append(b, s + start, len - start);
}

void wr_html_esc(wr_strbuf *b, const char *s, size_t len)
{
    if (s)
        escape(b, s, len, false);
}

void wr_html_escs(wr_strbuf *b, const char *s)
{
    if (s)
        escape(b, s, strlen(s), false);
}

void wr_html_attr(wr_strbuf *b, const char *s)
{
    if (s)
        escape(b, s, strlen(s), true);
}

/* Tenths are enough for SVG at screen size, and printing them by hand keeps the output
 * independent of LC_NUMERIC (a Dutch locale would write "12,5"). */
void wr_html_num(wr_strbuf *b, double v)
{
    if (!isfinite(v))
        v = 0;
    long t = lround(v * 10.0);
    if (t < 0) {
        wr_strbuf_puts(b, "-");
        t = -t;
    }
    if (t % 10)
        wr_strbuf_printf(b, "%ld.%ld", t / 10, t % 10);
    else
        wr_strbuf_printf(b, "%ld", t / 10);
}

static void trim(const char **s, size_t *len)
{
    while (*len > 0 && (**s == ' ' || **s == '\t')) {
        (*s)++;
        (*len)--;
    }
    while (*len > 0 && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t'))
        (*len)--;
}

/* The eye sees the sign, a screen reader hears the words (the sign alone is read as
 * "kleiner dan" at best, or not at all). */
static void spoken(wr_strbuf *b, const char *s, size_t len, const char *words, const char *num,
                   size_t num_len)
{
    wr_strbuf_puts(b, "<span class=\"waarde-teken\"><span aria-hidden=\"true\">");
    wr_html_esc(b, s, len);
    wr_strbuf_puts(b, "</span><span class=\"vh\">");
    wr_strbuf_puts(b, words);
    wr_html_esc(b, num, num_len);
    wr_strbuf_puts(b, "</span></span>");
}

bool wr_html_figure_markup(wr_strbuf *b, const char *s, size_t len)
{
    wr_spoken_value v;
    if (!wr_spoken_value_of(s, len, &v))
        return false;
    trim(&s, &len);
    spoken(b, s, len, v.words, v.num, v.num_len);
    return true;
}

void wr_html_figure(wr_strbuf *b, const char *s)
{
    if (s && !wr_html_figure_markup(b, s, strlen(s)))
        wr_html_escs(b, s);
}
