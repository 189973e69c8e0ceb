/* Shared by the files of the HTML stage: the render context and each file's entry
 * points. One concept per file: html_escape.c (escaping, numbers), html_headings.c
 * (heading ids and levels), html_inline.c, html_blocks.c, html_table.c, html_cover.c,
 * html_tiles.c, html_chart*.c (SVG charts), html_page.c (skeleton and contents),
 * html_style.c (the style sheet) and html_render.c (the entry point). */
#ifndef WR_HTML_INTERNAL_H
#define WR_HTML_INTERNAL_H

#include <cmark-gfm.h>
#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"
#include "base/strbuf.h"
#include "render/html/html_render.h"

typedef struct {
    char *text;     /* plain text */
    char *id;       /* unique slug, the anchor of the contents */
    int level;      /* level in the Markdown (## is 2) */
    int html_level; /* h2..h6 on the page, never skipping a level */
} wr_html_heading;

typedef struct {
    wr_strbuf *out;
    const wr_html_options *opts;
    wr_error *err;
    wr_status status;

    wr_html_heading *heads; /* every heading, in document order */
    size_t nheads;
    size_t heads_done;      /* headings written so far */
    bool title_h1;          /* the page makes its own <h1> (from the cover or the title) */
    bool has_cover;
    int min_level;          /* smallest Markdown heading level */

    const char *section;    /* text of the heading the current block sits under; NULL before one */
    size_t ntables, ncharts; /* for the ids tabel_N and grafiek_N */
} wr_html_ctx;

/* Fails the context with a message (printf-style); returns the status. */
wr_status wr_html_fail(wr_html_ctx *ctx, wr_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Checks the output buffer: WR_ERR_NOMEM once an append failed. */
wr_status wr_html_check(wr_html_ctx *ctx);

/* html_escape.c: text and attribute values, and numbers for SVG. */
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

/* html_headings.c */
wr_status wr_html_headings_collect(wr_html_ctx *ctx, cmark_node *doc);
void wr_html_headings_free(wr_html_ctx *ctx);
/* The plain text of a node's inlines (text, code, line ends as spaces). */
void wr_html_plain_text(cmark_node *node, wr_strbuf *b);

/* html_inline.c: the inline children of node. In table cells and tiles (`figures`),
 * a text that is exactly a suppressed or missing value gets the figure markup. */
void wr_html_inlines(wr_html_ctx *ctx, cmark_node *node, bool figures);

/* html_blocks.c */
wr_status wr_html_blocks(wr_html_ctx *ctx, cmark_node *parent);
bool wr_html_is_table(cmark_node *node);
/* Whether node is a "Noot: ..." paragraph right after a table (which then owns it). */
bool wr_html_is_table_note(cmark_node *node);

/* html_table.c: a GFM table with caption, header scopes, aligned numbers and its note. */
wr_status wr_html_table(wr_html_ctx *ctx, cmark_node *table);

/* html_cover.c, html_tiles.c, html_chart.c, html_page.c: the fenced blocks. */
bool wr_html_cover_is_block(const char *info);
wr_status wr_html_cover(wr_html_ctx *ctx, cmark_node *block);
wr_status wr_html_tiles(wr_html_ctx *ctx, cmark_node *block);
wr_status wr_html_chart(wr_html_ctx *ctx, cmark_node *block);
bool wr_html_toc_is_block(const char *info);
wr_status wr_html_toc(wr_html_ctx *ctx, cmark_node *block);

/* html_page.c: everything around the content. */
void wr_html_page_open(wr_html_ctx *ctx);
void wr_html_page_close(wr_html_ctx *ctx);
/* "30 september 2026" for the document date. */
void wr_html_date_text(const wr_html_options *o, char *buf, size_t size);

/* html_style.c: the one style sheet (screen and print). */
extern const char wr_html_css[];

#endif
