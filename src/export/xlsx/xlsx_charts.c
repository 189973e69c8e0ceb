#include "export/xlsx/xlsx_charts.h"

#include <stdio.h>

#define CHART_ROWS 22 /* rows a chart of height 1.4 x 288 px covers, with a blank row */

static void place(wr_xlsx_book *b, lxw_worksheet *ws, const char *sheet, lxw_row_t row, lxw_col_t col, double x_scale,
                  lxw_chart *chart)
{
    lxw_chart_options opts = {.x_offset = 4, .y_offset = 4, .x_scale = x_scale, .y_scale = 1.4};
    wr_xlsx_check(b, worksheet_insert_chart_opt(ws, row, col, chart, &opts), sheet, row, col);
}

/* A new chart, or NULL (noted as out of memory: the library's setters return nothing,
 * only creating a chart or a series can fail). */
static lxw_chart *new_chart(wr_xlsx_book *b, uint8_t type)
{
    lxw_chart *chart = workbook_add_chart(b->wb, type);
    if (!chart)
        b->out_of_memory = true;
    return chart;
}

static lxw_chart_series *new_series(wr_xlsx_book *b, lxw_chart *chart)
{
    lxw_chart_series *series = chart_add_series(chart, NULL, NULL);
    if (!series)
        b->out_of_memory = true;
    return series;
}

static void set_title(lxw_chart *chart, const char *title)
{
    lxw_chart_font font = {.size = 12, .bold = LXW_TRUE};
    chart_title_set_name(chart, title);
    chart_title_set_name_font(chart, &font);
}

static void style_axes(lxw_chart *chart, const char *num_format)
{
    chart_axis_set_num_format(chart->y_axis, num_format);
    chart_axis_set_min(chart->y_axis, 0);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
}

static void trend_chart(wr_xlsx_book *b, lxw_worksheet *ws, const char *sheet, const wr_xlsx_chart_rows *t,
                        lxw_row_t row)
{
    lxw_chart *chart = new_chart(b, LXW_CHART_LINE);
    if (!chart)
        return;
    for (size_t i = 0; i < t->count; i++) {
        lxw_chart_series *series = new_series(b, chart);
        if (!series)
            return;
        chart_series_set_categories(series, sheet, t->header, t->first_col, t->header, t->last_col);
        chart_series_set_values(series, sheet, t->rows[i], t->first_col, t->rows[i], t->last_col);
        chart_series_set_name_range(series, sheet, t->rows[i], t->label_col);
        chart_series_set_marker_type(series, LXW_CHART_MARKER_CIRCLE);
    }
    set_title(chart, "Bereikt: verloop per kwartaal (unieke inwoners)");
    style_axes(chart, "#,##0");
    place(b, ws, sheet, row, 0, WR_XLSX_CHART_HALF_WIDTH / 480.0, chart);
}

static void reach_chart(wr_xlsx_book *b, lxw_worksheet *ws, const char *sheet, const wr_xlsx_group *g, lxw_row_t row,
                        lxw_col_t col)
{
    char title[160];
    lxw_chart *chart = new_chart(b, LXW_CHART_BAR);
    lxw_chart_series *series = chart ? new_series(b, chart) : NULL;
    if (!series)
        return;
    chart_series_set_categories(series, g->sheet, g->first, g->label_col, g->last, g->label_col);
    chart_series_set_values(series, g->sheet, g->first, g->value_col, g->last, g->value_col);
    chart_series_set_name(series, "Bereik");
    chart_series_set_labels(series);
    snprintf(title, sizeof title, "Bereik per wijk, %s (unieke inwoners)", b->period_nl);
    set_title(chart, title);
    chart_axis_set_num_format(chart->x_axis, "#,##0"); /* a bar chart's value axis is x */
    chart_axis_set_min(chart->x_axis, 0);
    chart_axis_set_reverse(chart->y_axis);              /* districts top to bottom as in the table */
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    place(b, ws, sheet, row, col, WR_XLSX_CHART_HALF_WIDTH / 480.0, chart);
}

lxw_row_t wr_xlsx_chart_overview(wr_xlsx_book *b, lxw_worksheet *ws, const char *sheet, const wr_xlsx_chart_rows *trend,
                                 lxw_row_t row, lxw_col_t second_col)
{
    const wr_xlsx_group *g = wr_xlsx_find_group(b, "bereik", "wijk");
    if (trend->count == 0 && !g)
        return row;
    if (trend->count > 0)
        trend_chart(b, ws, sheet, trend, row);
    if (g)
        reach_chart(b, ws, sheet, g, row, trend->count > 0 ? second_col : 0);
    return row + CHART_ROWS;
}

lxw_row_t wr_xlsx_chart_budget(wr_xlsx_book *b, lxw_worksheet *ws, const char *sheet, lxw_row_t first, lxw_row_t last,
                               lxw_col_t label_col, const lxw_col_t *cols, size_t ncols, lxw_row_t row)
{
    char title[160];
    lxw_chart *chart = new_chart(b, LXW_CHART_BAR); /* long post names read across */
    if (!chart)
        return row + CHART_ROWS;
    for (size_t i = 0; i < ncols; i++) {
        lxw_chart_series *series = new_series(b, chart);
        if (!series)
            return row + CHART_ROWS;
        chart_series_set_categories(series, sheet, first, label_col, last, label_col);
        chart_series_set_values(series, sheet, first, cols[i], last, cols[i]);
        chart_series_set_name_range(series, sheet, first - 1, cols[i]); /* the table's header */
    }
    snprintf(title, sizeof title, "Begroting, realisatie t/m %s en prognose per post", b->period_nl);
    set_title(chart, title);
    chart_axis_set_num_format(chart->x_axis, "[$\xE2\x82\xAC-413] #,##0"); /* a bar chart's value axis is x */
    chart_axis_set_min(chart->x_axis, 0);
    chart_axis_set_reverse(chart->y_axis); /* posts top to bottom as in the table */
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    place(b, ws, sheet, row, 0, 1.8, chart);
    return row + CHART_ROWS;
}
