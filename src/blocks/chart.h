/* The chart model: a chart as the template specifies it, independent of any output
 * format. Both renderers draw it (render/pdf/pdf_chart*.c, render/html/html_chart*.c),
 * laid out by the same geometry (blocks/chart_geometry.h).
 *
 * A chart is a fenced block whose info string is "grafiek <type>"; its lines hold
 * "sleutel: waarde" settings and "label | waarde | ..." rows (docs/grafieken.md). Values
 * arrive as the text the reader sees, already Dutch-formatted by the template ("1.234",
 * "12,5%", "<5", "–"); the parser derives the number to draw from that text. */
#ifndef WR_CHART_H
#define WR_CHART_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"
#include "blocks/block_origin.h"

/* The longest series list and the longest row a chart accepts. */
#define WR_CHART_MAX_SERIES 6

typedef enum {
    WR_CHART_BARS,     /* "staven": horizontal bars, one series */
    WR_CHART_COLUMNS,  /* "kolommen": vertical columns, grouped by category */
    WR_CHART_LINE,     /* "lijn": lines over the categories, with an optional target */
    WR_CHART_STACKED   /* "gestapeld": horizontal bars made of the series, stacked */
} wr_chart_type;

typedef enum {
    WR_CHART_VALUE,      /* a number, drawn to scale */
    WR_CHART_SUPPRESSED, /* "<5": somewhere below the threshold; never drawn to scale */
    WR_CHART_MISSING     /* "–", "n<10", empty: nothing to draw, only the text */
} wr_chart_kind;

typedef struct {
    wr_chart_kind kind;
    double value; /* VALUE: the number; SUPPRESSED: the threshold (5 for "<5"); else 0 */
    char *text;   /* what the reader sees, e.g. "1.234" or "<5"; never NULL */
} wr_chart_cell;

typedef struct {
    char *label;
    wr_chart_cell *cells; /* one per series */
} wr_chart_row;

typedef struct {
    wr_chart_type type;
    char *title;        /* "titel:", required */
    char *text;         /* "tekst:", the one-sentence text equivalent, required */
    char *unit;         /* "eenheid:", e.g. "inwoners"; NULL when not given */
    char *source;       /* "bron:", NULL when not given */
    bool percent;       /* every number was written with "%": axes show percentages */
    size_t nseries;
    char *series[WR_CHART_MAX_SERIES]; /* "reeksen:"; NULL names when not given */
    size_t nrows;
    wr_chart_row *rows;
    bool has_target;    /* "doel:" (line charts) */
    double target;
    char *target_text;  /* the target as written, e.g. "11,0%" */
    char *target_label; /* e.g. "Streefwaarde 2026"; NULL when not given */
    bool small;         /* "formaat: klein" (columns, lines): a lower plot */
    bool no_values;     /* "waarden: geen" (line charts): no values at the points */
} wr_chart;

/* True when a fenced block's info string asks for a chart ("grafiek ..."). */
bool wr_chart_is_block(const char *info);

/* Parses a chart block: info is the fence's info string, body its text. On error the
 * message (Dutch) names the chart and the line, where origin (NULL: the template) puts
 * it (blocks/block_origin.h); the status is WR_ERR_CONFIG (a template mistake) or
 * WR_ERR_NOMEM. */
wr_status wr_chart_parse(const char *info, const char *body, const wr_block_origin *origin, wr_chart **out,
                         wr_error *err);

/* Accepts NULL. */
void wr_chart_free(wr_chart *chart);

/* Reads a value as the report shows it: "1.234", "-12", "12,5%", "€ 1.234", "<5",
 * "–". Sets *cell (text copied) and returns false only when out of memory. *percent is
 * set when the number carried a "%". */
bool wr_chart_cell_parse(const char *text, size_t len, wr_chart_cell *cell, bool *percent);

/* Reads a Dutch number ("1.234,5", "-3", "12,5%", "€ 1.234"; a lone dot between digits
 * that is not a thousands group counts as a decimal point). Returns false when s[0..len)
 * is not exactly such a number. */
bool wr_chart_number_nl(const char *s, size_t len, double *value, bool *percent);

/* Whether s[0..len) reads as a figure: a Dutch number, a percentage, an amount, or what
 * the report puts in place of one ("<5", "n<10", "–", "-", or nothing). Spaces around
 * it do not count. Tables right-align a column whose cells all are. */
bool wr_chart_figure_like(const char *s, size_t len);

#endif
