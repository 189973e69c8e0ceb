/* The key figures over time on Overzicht: every cijfer's total (and a few extra key rows)
 * in each period the caller gave, oldest first, with the difference from the same period a
 * year earlier as a formula. A quarter report gets five quarters; an annual report the year
 * before, its quarters and itself. */
#include "export/xlsx/xlsx_trend.h"

#include <stdio.h>
#include <string.h>

#include "base/format_nl.h"
#include "export/xlsx/xlsx_charts.h"
#include "export/xlsx/xlsx_figure.h"
#include "export/xlsx/xlsx_sheet.h"
#include "figures/figure_defs.h"

#define MAX_PERIODS 6
enum { C_FIG, C_DEEL, C_UNIT, C_P0 };

/* The key figures beyond the totals: the share of goals fully reached. */
static const char *const EXTRA_KEYS[][3] = {{"doelrealisatie_pct", "doelrealisatie", "geheel"}};

typedef struct {
    const wr_figures *f[MAX_PERIODS];
    char label[MAX_PERIODS][32];
    size_t n;
    int compare; /* the column of the same period a year earlier, or -1 */
} periods;

static bool before(wr_period a, wr_period b) /* by last day; a quarter before its year */
{
    return a.end != b.end ? a.end < b.end : a.quarter > b.quarter;
}

static void label(wr_period p, char *buf, size_t size)
{
    int y, m, d;
    wr_day_to_ymd(p.end, &y, &m, &d);
    if (p.quarter)
        snprintf(buf, size, "%de kw. %d", p.quarter, p.year);
    else if (m != 12 || d != 31) /* a year in progress */
        snprintf(buf, size, "%d t/m %.3s", p.year, wr_nl_month_name(m));
    else
        snprintf(buf, size, "%d", p.year);
}

static void collect(const wr_xlsx_book *b, periods *ps)
{
    const wr_xlsx_input *in = b->in;
    memset(ps, 0, sizeof *ps);
    size_t first = in->trend_count > MAX_PERIODS - 1 ? in->trend_count - (MAX_PERIODS - 1) : 0;
    for (size_t i = first; i < in->trend_count; i++)
        if (in->trend[i])
            ps->f[ps->n++] = in->trend[i];
    ps->f[ps->n++] = in->current;
    for (size_t i = 1; i < ps->n; i++) /* insertion sort: at most six */
        for (size_t j = i; j > 0 && before(ps->f[j]->period, ps->f[j - 1]->period); j--) {
            const wr_figures *t = ps->f[j];
            ps->f[j] = ps->f[j - 1];
            ps->f[j - 1] = t;
        }
    wr_period cur = in->current->period;
    int y, m, d;
    wr_day_to_ymd(cur.end, &y, &m, &d);
    ps->compare = -1;
    for (size_t i = 0; i < ps->n; i++) {
        wr_period p = ps->f[i]->period;
        label(p, ps->label[i], sizeof ps->label[i]);
        /* The same span a year earlier: part of a year is compared with the same part. */
        int py, pm, pd;
        wr_day_to_ymd(p.end, &py, &pm, &pd);
        if (p.quarter == cur.quarter && p.year == cur.year - 1 && pm == m && pd == d)
            ps->compare = (int)i;
    }
}

static size_t current_col(const periods *ps, const wr_xlsx_book *b)
{
    for (size_t i = 0; i < ps->n; i++)
        if (ps->f[i] == b->in->current)
            return i;
    return ps->n - 1;
}

/* One row; returns false when no period has the figure. */
static bool trend_row(wr_xlsx_sheet *s, lxw_row_t row, const periods *ps, const char *figure, const char *dimension,
                      const char *code)
{
    const wr_figure *figs[MAX_PERIODS], *any = NULL;
    for (size_t i = 0; i < ps->n; i++) {
        figs[i] = wr_figures_find(ps->f[i], figure, dimension, code);
        any = figs[i] ? figs[i] : any;
    }
    if (!any)
        return false;
    char name[160];
    if (strcmp(dimension, "totaal") == 0)
        snprintf(name, sizeof name, "%s", wr_figure_name(figure));
    else
        snprintf(name, sizeof name, "%s: %s", wr_figure_name(figure), any->label ? any->label : code);
    wr_xlsx_text(s, row, C_FIG, name, NULL);
    wr_xlsx_text(s, row, C_DEEL, wr_deel_title(any->deel), NULL);
    wr_xlsx_text(s, row, C_UNIT, wr_xlsx_unit(any), NULL);
    for (size_t i = 0; i < ps->n; i++)
        if (figs[i])
            wr_xlsx_figure_value(s, row, C_P0 + (lxw_col_t)i, figs[i], 0);
    size_t now = current_col(ps, s->book);
    const wr_figure *a = ps->compare >= 0 ? figs[ps->compare] : NULL, *z = figs[now];
    if (a && z && a->has_value && z->has_value && !wr_xlsx_hidden(s->book, a) && !wr_xlsx_hidden(s->book, z)) {
        char c0[16], c1[16], formula[160];
        int decimals;
        wr_xlsx_cell(c0, row, C_P0 + (lxw_col_t)ps->compare);
        wr_xlsx_cell(c1, row, C_P0 + (lxw_col_t)now);
        snprintf(formula, sizeof formula, "=ROUND(%s-%s,2)", c1, c0);
        lxw_format *f = wr_xlsx_value_format(s->book, z, 0, &decimals);
        if (z->kind == WR_KIND_PERCENT) /* a difference of percentages is in percentage points */
            f = wr_xlsx_fmt(s->book, "+#,##0.0\" pp\";-#,##0.0\" pp\";0.0\" pp\"", 0);
        wr_xlsx_formula(s, row, C_P0 + (lxw_col_t)ps->n, formula, wr_round(z->value - a->value, 2), decimals, f);
    }
    return true;
}

static lxw_row_t extra_rows(wr_xlsx_sheet *s, lxw_row_t r, const periods *ps)
{
    for (size_t i = 0; i < sizeof EXTRA_KEYS / sizeof EXTRA_KEYS[0]; i++)
        r += trend_row(s, r, ps, EXTRA_KEYS[i][0], EXTRA_KEYS[i][1], EXTRA_KEYS[i][2]);
    return r;
}

/* Whether the total of figure was written already (from a later column, or earlier in f). */
static bool written(const periods *ps, size_t column, size_t index)
{
    const wr_figure *fig = &ps->f[column]->items[index];
    for (size_t i = 0; i < index; i++)
        if (strcmp(ps->f[column]->items[i].figure, fig->figure) == 0 &&
            strcmp(ps->f[column]->items[i].dimension, "totaal") == 0)
            return true;
    for (size_t later = column + 1; later < ps->n; later++)
        if (wr_figures_find(ps->f[later], fig->figure, "totaal", "totaal"))
            return true;
    return false;
}

/* The longest run of quarter columns: what the trend chart draws. */
static void quarter_run(const periods *ps, wr_xlsx_chart_rows *chart)
{
    size_t best = 0, best_start = 0;
    for (size_t i = 0; i < ps->n;) {
        size_t j = i;
        while (j < ps->n && ps->f[j]->period.quarter)
            j++;
        if (j - i > best) {
            best = j - i;
            best_start = i;
        }
        i = j > i ? j : i + 1;
    }
    chart->first_col = C_P0 + (lxw_col_t)best_start;
    chart->last_col = C_P0 + (lxw_col_t)(best_start + best) - 1;
    if (best < 2)
        chart->count = 0; /* no line to draw */
}

lxw_row_t wr_xlsx_trend_table(wr_xlsx_sheet *s, lxw_row_t row, wr_xlsx_chart_rows *chart)
{
    periods ps;
    collect(s->book, &ps);
    char title[96], diff[64];
    snprintf(title, sizeof title, "Kerncijfers: verloop over %zu %s", ps.n,
             s->book->in->current->period.quarter ? "kwartalen" : "perioden");
    wr_xlsx_put(s, row++, 0, title, wr_xlsx_fmt(s->book, NULL, WR_XLSX_HEADING));
    const char *headers[C_P0 + MAX_PERIODS + 1] = {"Cijfer", "Deel", "Eenheid"};
    for (size_t i = 0; i < ps.n; i++)
        headers[C_P0 + i] = ps.label[i];
    if (ps.compare >= 0) {
        snprintf(diff, sizeof diff, "Verschil met %s", ps.label[ps.compare]);
        headers[C_P0 + ps.n] = diff;
    }
    lxw_row_t header = row, r = row + 1;
    bool extras_done = false;
    for (size_t pi = ps.n; pi-- > 0;) { /* the newest column's order first */
        const wr_figures *f = ps.f[pi];
        for (size_t i = 0; i < f->count; i++) {
            const wr_figure *fig = &f->items[i];
            if (strcmp(fig->dimension, "totaal") != 0 || written(&ps, pi, i))
                continue;
            if (!extras_done && fig->deel > WR_DEEL_EFFECT) { /* the extra key figures close part 3 */
                r = extra_rows(s, r, &ps);
                extras_done = true;
            }
            if (!trend_row(s, r, &ps, fig->figure, "totaal", "totaal"))
                continue;
            if (fig->deel == WR_DEEL_BEREIKT && fig->kind == WR_KIND_RESIDENTS &&
                chart->count < WR_XLSX_CHART_MAX_SERIES)
                chart->rows[chart->count++] = r;
            r++;
        }
    }
    if (!extras_done)
        r = extra_rows(s, r, &ps);
    wr_xlsx_table(s, "Kerncijfers", header, 0, r - 1, headers, C_P0 + (lxw_col_t)ps.n + (ps.compare >= 0));
    chart->header = header;
    chart->label_col = C_FIG;
    quarter_run(&ps, chart);
    return r + 1;
}
