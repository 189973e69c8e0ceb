/* The chart block: "grafiek <type>" and lines of settings and rows (docs/grafieken.md). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "blocks/block_text.h"
#include "blocks/chart.h"

static const char *const type_names[] = {"staven", "kolommen", "lijn", "gestapeld"};
enum { KEY_TITLE, KEY_TEXT, KEY_UNIT, KEY_SOURCE, KEY_SERIES, KEY_TARGET, KEY_VALUES, KEY_SIZE, KEY_COUNT };
static const char *const key_names[KEY_COUNT] = {"titel", "tekst", "eenheid", "bron", "reeksen",
                                                 "doel", "waarden", "formaat"};

typedef struct {
    wr_chart *c;
    wr_error *err;
    const wr_block_origin *origin;
    int line;
    const char *info;
    size_t cap;
    int percent_cells, number_cells;
} parser;

static wr_status nomem(parser *p)
{
    return wr_error_set(p->err, WR_ERR_NOMEM, "onvoldoende geheugen voor een grafiek");
}

static wr_status bad(parser *p, const char *what, wr_block_span text)
{
    char block[256], where[512];
    snprintf(block, sizeof block, "grafiekblok '%.80s'%s%.80s", p->info, p->c->title ? " over " : "",
             p->c->title ? p->c->title : "");
    wr_block_where(p->origin, p->line, block, where, sizeof where);
    return wr_error_set(p->err, WR_ERR_CONFIG, "%s: %s (\"%.*s\")", where, what,
                        (int)(text.len > 80 ? 80 : text.len), text.s);
}

/* The first word after "grafiek", or an empty span. */
static wr_block_span type_word(const char *info)
{
    const char *s = info + strlen("grafiek");
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strcspn(s, " \t");
    return (wr_block_span){s, n};
}

bool wr_chart_is_block(const char *info)
{
    if (!info || strncasecmp(info, "grafiek", 7) != 0)
        return false;
    return info[7] == '\0' || info[7] == ' ' || info[7] == '\t';
}

static bool set_text(char **field, wr_block_span v)
{
    free(*field);
    *field = v.len ? wr_block_dup(v) : NULL;
    return v.len == 0 || *field;
}

static wr_status series_line(parser *p, wr_block_span v)
{
    wr_block_span names[WR_CHART_MAX_SERIES];
    size_t n = wr_block_split(wr_block_strip_pipes(v), names, WR_CHART_MAX_SERIES);
    if (n > WR_CHART_MAX_SERIES)
        return bad(p, "te veel reeksen (hoogstens 6)", v);
    if (p->c->nrows > 0)
        return bad(p, "zet 'reeksen:' boven de regels met waarden", v);
    /* A second 'reeksen:' line replaces the first. */
    for (size_t i = 0; i < WR_CHART_MAX_SERIES; i++) {
        free(p->c->series[i]);
        p->c->series[i] = NULL;
    }
    for (size_t i = 0; i < n; i++) {
        if (!(p->c->series[i] = wr_block_dup(names[i])))
            return nomem(p);
    }
    p->c->nseries = n;
    return WR_OK;
}

static wr_status target_line(parser *p, wr_block_span v)
{
    wr_block_span parts[2];
    size_t n = wr_block_split(v, parts, 2);
    if (v.len == 0 || parts[0].len == 0)
        return WR_OK; /* an empty target (e.g. an indicator without one): none drawn */
    bool pct;
    if (n > 2 || !wr_chart_number_nl(parts[0].s, parts[0].len, &p->c->target, &pct))
        return bad(p, "'doel:' verwacht een getal, eventueel gevolgd door '| omschrijving'", v);
    p->c->has_target = true;
    if (!set_text(&p->c->target_text, parts[0]) || (n > 1 && !set_text(&p->c->target_label, parts[1])))
        return nomem(p);
    return WR_OK;
}

static wr_status row_line(parser *p, wr_block_span line)
{
    wr_block_span cells[WR_CHART_MAX_SERIES + 1];
    size_t n = wr_block_split(wr_block_strip_pipes(line), cells, WR_CHART_MAX_SERIES + 1);
    wr_chart *c = p->c;
    if (n < 2)
        return bad(p, "verwacht 'label | waarde' of een instelling zoals 'titel:'", line);
    size_t values = n - 1;
    if (values > WR_CHART_MAX_SERIES)
        return bad(p, "te veel waarden (hoogstens 6 reeksen)", line);
    if (c->type == WR_CHART_BARS && values != 1)
        return bad(p, "staven hebben één waarde per regel; gebruik 'kolommen' of 'gestapeld'", line);
    if (c->nseries == 0)
        c->nseries = values;
    if (values != c->nseries)
        return bad(p, c->series[0] ? "het aantal waarden verschilt van het aantal reeksen"
                                   : "het aantal waarden verschilt van de regels erboven",
                   line);
    if (c->nrows == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 8;
        wr_chart_row *rows = realloc(c->rows, cap * sizeof *rows);
        if (!rows)
            return nomem(p);
        c->rows = rows;
        p->cap = cap;
    }
    wr_chart_row *row = &c->rows[c->nrows];
    row->label = wr_block_dup(cells[0]);
    row->cells = calloc(values, sizeof *row->cells);
    c->nrows++; /* counted now so wr_chart_free releases what was allocated */
    if (!row->label || !row->cells)
        return nomem(p);
    for (size_t i = 0; i < values; i++) {
        bool pct;
        if (!wr_chart_cell_parse(cells[i + 1].s, cells[i + 1].len, &row->cells[i], &pct))
            return nomem(p);
        if (row->cells[i].kind == WR_CHART_VALUE) { /* "<5" is a count, even among % */
            p->number_cells++;
            p->percent_cells += pct;
        }
    }
    return WR_OK;
}

static wr_status line(parser *p, wr_block_span ln)
{
    wr_block_span v;
    int key = wr_block_key(ln, key_names, KEY_COUNT, &v);
    switch (key) {
    case KEY_TITLE: return set_text(&p->c->title, v) ? WR_OK : nomem(p);
    case KEY_TEXT: return set_text(&p->c->text, v) ? WR_OK : nomem(p);
    case KEY_UNIT: return set_text(&p->c->unit, v) ? WR_OK : nomem(p);
    case KEY_SOURCE: return set_text(&p->c->source, v) ? WR_OK : nomem(p);
    case KEY_SERIES: return series_line(p, v);
    case KEY_TARGET: return target_line(p, v);
    case KEY_VALUES: /* lines that end close together would print their values over each other */
        if (!wr_block_span_is(v, "geen") && !wr_block_span_is(v, "ja"))
            return bad(p, "'waarden:' is 'ja' of 'geen'", v);
        p->c->no_values = wr_block_span_is(v, "geen");
        return WR_OK;
    case KEY_SIZE: /* a short document (a district factsheet) has room for a lower plot */
        if (!wr_block_span_is(v, "klein") && !wr_block_span_is(v, "normaal"))
            return bad(p, "'formaat:' is 'klein' of 'normaal'", v);
        p->c->small = wr_block_span_is(v, "klein");
        return WR_OK;
    default: return row_line(p, ln);
    }
}

static wr_status finish(parser *p)
{
    wr_chart *c = p->c;
    wr_block_span none = {"", 0};
    p->line = 0;
    if (!c->title)
        return bad(p, "een grafiek heeft een titel nodig: 'titel: ...'", none);
    if (!c->text)
        return bad(p, "geef in één zin weer wat de grafiek laat zien: 'tekst: ...'", none);
    if (c->has_target && c->type != WR_CHART_LINE)
        return bad(p, "'doel:' kan alleen bij een lijngrafiek", none);
    if (c->no_values && c->type != WR_CHART_LINE)
        return bad(p, "'waarden: geen' kan alleen bij een lijngrafiek", none);
    if (c->small && c->type == WR_CHART_STACKED)
        return bad(p, "'formaat: klein' kan niet bij gestapelde staven", none);
    if (c->nseries == 0)
        c->nseries = 1;
    c->percent = p->number_cells > 0 && p->percent_cells == p->number_cells;
    return WR_OK;
}

wr_status wr_chart_parse(const char *info, const char *body, const wr_block_origin *origin, wr_chart **out,
                         wr_error *err)
{
    *out = NULL;
    wr_chart *c = calloc(1, sizeof *c);
    if (!c)
        return wr_error_set(err, WR_ERR_NOMEM, "onvoldoende geheugen voor een grafiek");
    parser p = {c, err, origin, 0, info ? info : "", 0, 0, 0};
    wr_block_span type = type_word(p.info);
    size_t t = 0;
    while (t < sizeof type_names / sizeof type_names[0] && !wr_block_span_is(type, type_names[t]))
        t++;
    wr_status st = WR_OK;
    if (t == sizeof type_names / sizeof type_names[0]) {
        st = bad(&p, "onbekend soort grafiek; kies staven, kolommen, lijn of gestapeld", type);
    } else {
        c->type = (wr_chart_type)t;
        size_t pos = 0;
        wr_block_span ln;
        while (st == WR_OK && wr_block_next_line(body, &pos, &ln, &p.line))
            if (ln.len > 0)
                st = line(&p, ln);
        if (st == WR_OK)
            st = finish(&p);
    }
    if (st != WR_OK) {
        wr_chart_free(c);
        return st;
    }
    *out = c;
    return WR_OK;
}

void wr_chart_free(wr_chart *c)
{
    if (!c)
        return;
    for (size_t r = 0; r < c->nrows; r++) {
        if (c->rows[r].cells)
            for (size_t s = 0; s < c->nseries; s++)
                free(c->rows[r].cells[s].text);
        free(c->rows[r].cells);
        free(c->rows[r].label);
    }
    free(c->rows);
    for (size_t s = 0; s < WR_CHART_MAX_SERIES; s++)
        free(c->series[s]);
    free(c->title);
    free(c->text);
    free(c->unit);
    free(c->source);
    free(c->target_text);
    free(c->target_label);
    free(c);
}
