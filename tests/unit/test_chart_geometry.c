/* The chart geometry both renderers draw from (blocks/chart_geometry.c): value axes for
 * bars, columns and lines (including all-zero and negative data), where bars, columns,
 * labels and hatched boxes go, and the small decisions the PDF and the HTML version must
 * make alike. Every expected number is worked out by hand in the comment beside it. */
#include <stdlib.h>
#include <string.h>

#include "blocks/chart.h"
#include "blocks/chart_geometry.h"
#include "check.h"

static wr_chart *chart(const char *kind, const char *rows)
{
    char info[64], body[1024];
    snprintf(info, sizeof info, "grafiek %s", kind);
    snprintf(body, sizeof body, "titel: Proef\ntekst: Een proef.\n%s", rows);
    wr_chart *c = NULL;
    wr_error err;
    if (wr_chart_parse(info, body, NULL, &c, &err) != WR_OK)
        fprintf(stderr, "chart does not parse: %s\n", err.message);
    return c;
}

/* A text is 5 units wide per byte: easy to count by hand. */
static double five_per_byte(const void *font, const char *s, size_t len)
{
    (void)font;
    (void)s;
    return 5.0 * (double)len;
}

/* And 1 unit per byte. */
static double one_per_byte(const void *font, const char *s, size_t len)
{
    (void)font;
    (void)s;
    return (double)len;
}

static const wr_chart_measure five = {five_per_byte, NULL};
static const wr_chart_measure one = {one_per_byte, NULL};

/* The PDF's sizes (points, y up) and the HTML's (SVG units, y down). */
static const wr_chart_sizes pdf = {0, 17, 15, 8, 8, 6, 150, 24, 8, 0};
static const wr_chart_sizes svg = {4, 30, 24, 10, 12, 8, 240, 42, 10, 2};

static void check_ticks(const wr_chart_axis *a, const double *values, int n)
{
    CHECK_INT(a->count, n);
    for (int i = 0; i < n && i < a->count; i++) {
        wr_chart_tick t = wr_chart_tick_at(a, i, false);
        CHECK_DBL(t.value, values[i], 1e-9);
        CHECK(t.zero == (values[i] == 0));
    }
}

static void bar_axes(void)
{
    /* 0..673 over 450 units at a tick per 75: 6 intervals of at least 112,2, so steps of
     * 200 (100 is too small), up to 800. */
    wr_chart *c = chart("staven", "Noord | 673\nZuid | 120\n");
    if (c) {
        wr_chart_axis a = wr_chart_bars_axis(c, 450, 75);
        check_ticks(&a, (double[]){0, 200, 400, 600, 800}, 5);
        CHECK_INT(a.decimals, 0);
        char label[48];
        wr_chart_tick_label(&a, 4, false, label, sizeof label);
        CHECK_STR(label, "800");
    }
    wr_chart_free(c);

    /* Nothing but zeros: still an axis, 0..1 (a step of 0,2 would be a half person). */
    c = chart("staven", "Noord | 0\nZuid | 0\n");
    if (c) {
        wr_chart_axis a = wr_chart_bars_axis(c, 450, 75);
        check_ticks(&a, (double[]){0, 1}, 2);
    }
    wr_chart_free(c);

    /* -12..30 over 300 units: 4 intervals of at least 10,5, steps of 20 from -20 to 40;
     * the negative tick is written with a minus sign. */
    c = chart("staven", "Noord | -12\nZuid | 30\n");
    if (c) {
        wr_chart_axis a = wr_chart_bars_axis(c, 300, 75);
        check_ticks(&a, (double[]){-20, 0, 20, 40}, 4);
        wr_chart_tick t = wr_chart_tick_at(&a, 0, false);
        CHECK_STR(t.label, "\xE2\x88\x92" "20");
    }
    wr_chart_free(c);

    /* Stacked rows count with their sum: 3 + 4 = 7 and 5 (the "<5" beside real values
     * sets no scale); 0..7 over 150 units is 2 intervals, steps of 5 up to 10. */
    c = chart("gestapeld", "reeksen: ja | nee\nA | 3 | 4\nB | 5 | <5\n");
    if (c) {
        double lo, hi;
        wr_chart_range(c, &lo, &hi);
        CHECK_DBL(lo, 5, 1e-9);
        CHECK_DBL(hi, 7, 1e-9);
        wr_chart_axis a = wr_chart_bars_axis(c, 150, 75);
        check_ticks(&a, (double[]){0, 5, 10}, 3);
    }
    wr_chart_free(c);
}

static void column_axes(void)
{
    /* -40..30: 8% of the span (70) more room under the lowest for its label, -45,6;
     * 5 intervals of 15,12 give steps of 20 from -60 to 40. */
    wr_chart *c = chart("kolommen", "2025 | -40\n2026 | 30\n");
    if (c) {
        wr_chart_axis a = wr_chart_columns_axis(c);
        check_ticks(&a, (double[]){-60, -40, -20, 0, 20, 40}, 6);
    }
    wr_chart_free(c);

    /* All zero: 0..1, as for bars. */
    c = chart("kolommen", "2025 | 0\n2026 | 0\n");
    if (c) {
        wr_chart_axis a = wr_chart_columns_axis(c);
        check_ticks(&a, (double[]){0, 1}, 2);
    }
    wr_chart_free(c);

    /* Positive counts start at zero: 0..1.020 in 5 intervals of 204, steps of 250. */
    c = chart("kolommen", "2025 | 246\n2026 | 1.020\n");
    if (c) {
        wr_chart_axis a = wr_chart_columns_axis(c);
        check_ticks(&a, (double[]){0, 250, 500, 750, 1000, 1250}, 6);
        wr_chart_tick t = wr_chart_tick_at(&a, 5, false);
        CHECK_STR(t.label, "1.250");
    }
    wr_chart_free(c);
}

static void line_axes(void)
{
    /* 10,5%..13,0%: air of 15% of the span (0,375) and 2% of the top (0,26) below the
     * lowest, so from 9,865; 4 intervals of 0,78 give whole steps from 9 to 13. */
    wr_chart *c = chart("lijn", "2024 | 10,5%\n2025 | 13,0%\n");
    if (c) {
        wr_chart_axis a = wr_chart_line_axis(c);
        check_ticks(&a, (double[]){9, 10, 11, 12, 13}, 5);
        wr_chart_tick t = wr_chart_tick_at(&a, 0, c->percent);
        CHECK_STR(t.label, "9%");
    }
    wr_chart_free(c);

    /* 0,5..5: the air (0,775) would go below zero, so the axis starts at 0; 4 intervals
     * of 1,25 give steps of 2 up to 6. */
    c = chart("lijn", "2024 | 0,5\n2025 | 5\n");
    if (c) {
        wr_chart_axis a = wr_chart_line_axis(c);
        check_ticks(&a, (double[]){0, 2, 4, 6}, 4);
    }
    wr_chart_free(c);

    /* All zero: 0..1. */
    c = chart("lijn", "2024 | 0\n2025 | 0\n");
    if (c) {
        wr_chart_axis a = wr_chart_line_axis(c);
        check_ticks(&a, (double[]){0, 1}, 2);
    }
    wr_chart_free(c);

    /* -2..3: air 0,81 below, from -2,81; 4 intervals of 1,45 give steps of 2, -4..4. */
    c = chart("lijn", "2024 | -2\n2025 | 3\n");
    if (c) {
        wr_chart_axis a = wr_chart_line_axis(c);
        check_ticks(&a, (double[]){-4, -2, 0, 2, 4}, 5);
    }
    wr_chart_free(c);

    /* The target counts: values 20..22 with a target of 30 reach up to 30. */
    c = chart("lijn", "doel: 30\n2024 | 20\n2025 | 22\n");
    if (c) {
        wr_chart_axis a = wr_chart_line_axis(c);
        CHECK(a.max >= 30);
        CHECK(a.min > 0 && a.min <= 20);
    }
    wr_chart_free(c);
}

static void scales(void)
{
    /* 0..800 onto 100..500: 200 is a quarter of the way. */
    wr_chart_axis a = wr_chart_axis_for(0, 800, 4, true);
    wr_chart_scale up = {a, 100, 500};
    CHECK_DBL(wr_chart_scale_at(&up, 0), 100, 1e-9);
    CHECK_DBL(wr_chart_scale_at(&up, 200), 200, 1e-9);
    CHECK_DBL(wr_chart_scale_at(&up, 800), 500, 1e-9);
    /* Downwards (SVG): 300 at 0 to 100 at 800. */
    wr_chart_scale down = {a, 300, 100};
    CHECK_DBL(wr_chart_scale_at(&down, 200), 250, 1e-9);

    /* "<5" on 0..10 over 400 units would be 200 long: kept at the most, 10. */
    wr_chart_axis ten = wr_chart_axis_for(0, 10, 5, true);
    wr_chart_scale wide = {ten, 0, 400};
    CHECK_DBL(wr_chart_hatch_length(&wide, 0, 5, 4, 10), 10, 1e-9);
    /* On 0..10 over 10 units it is 5 long, between 4 and 10. */
    wr_chart_scale narrow = {ten, 0, 10};
    CHECK_DBL(wr_chart_hatch_length(&narrow, 0, 5, 4, 10), 5, 1e-9);
    /* On 0..800 over 400 units it would be 2,5: at least 4. */
    CHECK_DBL(wr_chart_hatch_length(&up, 0, 5, 4, 10), 4, 1e-9);
    /* A y axis that grows downwards still gives a positive length: 0..10 from 300 to 100
     * is 20 per unit, 100 for "<5". */
    wr_chart_scale svg_up = {ten, 300, 100};
    CHECK_DBL(wr_chart_hatch_length(&svg_up, 0, 5, 3, 200), 100, 1e-9);
    /* A stacked segment after a box of 10 units on 0..10 over 400 starts 0,25 further. */
    CHECK_DBL(wr_chart_scale_advance(&wide, 2, 10), 2.25, 1e-9);
}

static void bars(void)
{
    /* Labels "Noord" (25) and "Centrum" (35), values "12" (10) and "1.045" (25) at 5 per
     * byte, in a box from x 50, 300 wide: label room 35, bars from 50 + 35 + 8 = 93 to
     * 50 + 300 - (25 + 8) = 317. */
    wr_chart *c = chart("staven", "Noord | 12\nCentrum | 1.045\n");
    if (c) {
        /* Two rows of 17 and 15 for the axis: 49 high. */
        double h = wr_chart_plot_height(c, &pdf);
        CHECK_DBL(h, 49, 1e-9);
        wr_chart_box box = {50, 300, 700, h, false};
        wr_chart_bars_layout l = wr_chart_bars_layout_for(c, &box, &pdf, five, five);
        CHECK_DBL(l.label_w, 35, 1e-9);
        CHECK_DBL(l.x0, 93, 1e-9);
        CHECK_DBL(l.x1, 317, 1e-9);
        CHECK_DBL(l.bottom, 700 - 49 + 15, 1e-9);
        /* Rows go down the page from the top: 700 - 8,5 and 700 - 25,5. */
        CHECK_DBL(wr_chart_bar_mid(c, &box, &pdf, 0), 691.5, 1e-9);
        CHECK_DBL(wr_chart_bar_mid(c, &box, &pdf, 1), 674.5, 1e-9);
    }
    wr_chart_free(c);

    /* "formaat: klein": rows of 0,8 x 17 = 13,6, so 2 x 13,6 + 15 = 42,2 high, and a
     * column plot of half the height. */
    c = chart("staven", "formaat: klein\nNoord | 12\nCentrum | 1.045\n");
    if (c) {
        CHECK_DBL(wr_chart_plot_height(c, &pdf), 2 * 13.6 + 15, 1e-9);
        wr_chart_box box = {50, 300, 700, 42.2, false};
        CHECK_DBL(wr_chart_bar_mid(c, &box, &pdf, 1), 700 - 1.5 * 13.6, 1e-9);
    }
    wr_chart_free(c);
    c = chart("kolommen", "formaat: klein\nK1 | 3\n");
    wr_chart *normal = chart("kolommen", "K1 | 3\n");
    if (c && normal)
        CHECK_DBL(wr_chart_plot_height(normal, &pdf) - wr_chart_plot_height(c, &pdf), pdf.plot * 0.5, 1e-9);
    wr_chart_free(c);
    wr_chart_free(normal);

    /* A label of 30 bytes (150 units) gets at most a third of a 300-wide box. */
    c = chart("staven", "Een wijk met een heel lange na | 3\n");
    if (c) {
        wr_chart_box box = {0, 300, 0, 100, true};
        wr_chart_bars_layout l = wr_chart_bars_layout_for(c, &box, &svg, five, five);
        CHECK_DBL(l.label_w, 100, 1e-9);
        CHECK_DBL(l.x0, 110, 1e-9); /* 100 + the gap of 10 */
    }
    wr_chart_free(c);

    /* Three bars in SVG units, y down: 4 above, rows of 30, 24 for the axis: 118 high;
     * the middles at 4 + 15, 4 + 45, 4 + 75; the axis at 118 - 24. Stacked bars keep
     * only the fixed room of 8 after them: x1 = 720 - 8. */
    c = chart("gestapeld", "reeksen: a | b\nA | 1 | 2\nB | 3 | 4\nC | 5 | 6\n");
    if (c) {
        double h = wr_chart_plot_height(c, &svg);
        CHECK_DBL(h, 118, 1e-9);
        wr_chart_box box = {0, 720, 0, h, true};
        wr_chart_bars_layout l = wr_chart_bars_layout_for(c, &box, &svg, five, five);
        CHECK_DBL(l.x1, 712, 1e-9);
        CHECK_DBL(l.bottom, 94, 1e-9);
        CHECK_DBL(wr_chart_bar_mid(c, &box, &svg, 0), 19, 1e-9);
        CHECK_DBL(wr_chart_bar_mid(c, &box, &svg, 1), 49, 1e-9);
        CHECK_DBL(wr_chart_bar_mid(c, &box, &svg, 2), 79, 1e-9);
    }
    wr_chart_free(c);

    /* No rows still take the height of one. */
    c = chart("staven", "");
    if (c)
        CHECK_DBL(wr_chart_plot_height(c, &pdf), 17 + 15, 1e-9);
    wr_chart_free(c);
}

static void columns(void)
{
    /* Four quarters, two series, from 100 to 500: slots of 100; columns of
     * (72 - 2) / 2 = 35, kept at 34; the pair is 70 wide, centred: 15 in. */
    wr_chart *c = chart("kolommen", "reeksen: in | uit\nQ1 | 10 | 20\nQ2 | 30 | 40\n"
                                    "Q3 | 50 | 60\nQ4 | 70 | 80\n");
    if (c) {
        wr_chart_columns_layout l = wr_chart_columns_layout_for(c, 100, 500, 2, 34, five, 2);
        CHECK_DBL(l.slot, 100, 1e-9);
        CHECK_DBL(l.column, 34, 1e-9);
        CHECK_DBL(l.group, 70, 1e-9);
        CHECK_DBL(wr_chart_column_x(&l, 0, 0), 115, 1e-9);
        CHECK_DBL(wr_chart_column_x(&l, 0, 1), 151, 1e-9);
        CHECK_DBL(wr_chart_column_x(&l, 2, 1), 351, 1e-9);
        CHECK_DBL(wr_chart_slot_center(&l, 1), 250, 1e-9);
        CHECK(l.labels); /* "80" is 10 wide, well within 34 */
        /* With a gap of 3 and room up to 54: (72 - 3) / 2 = 34,5. */
        l = wr_chart_columns_layout_for(c, 100, 500, 3, 54, five, 2);
        CHECK_DBL(l.column, 34.5, 1e-9);
    }
    wr_chart_free(c);

    /* A value label of 9 bytes (45) does not fit over a column of 34 (+2): no labels. */
    c = chart("kolommen", "Q1 | 1.234.567\nQ2 | 5\n");
    if (c) {
        wr_chart_columns_layout l = wr_chart_columns_layout_for(c, 100, 500, 2, 34, five, 2);
        CHECK(!l.labels);
    }
    wr_chart_free(c);

    /* The frame of columns in a PDF box from x 50, 400 wide, top 700, 174 high: tick
     * labels up to "800" (15 wide) and 8, so the plot starts at 73; it runs to 450; the
     * values from 24 above the bottom (550) to 12 under the top (688). */
    c = chart("kolommen", "Q1 | 673\n");
    if (c) {
        wr_chart_box box = {50, 400, 700, 174, false};
        wr_chart_axis a = wr_chart_axis_for(0, 673, 4, true);
        wr_chart_value_frame f = wr_chart_value_frame_for(c, &box, &pdf, a, five, 12);
        CHECK_DBL(f.x0, 73, 1e-9);
        CHECK_DBL(f.x1, 450, 1e-9);
        CHECK_DBL(f.bottom, 550, 1e-9);
        CHECK_DBL(f.top, 688, 1e-9);
        CHECK_DBL(f.scale.from, 550, 1e-9);
        CHECK_DBL(f.scale.to, 688, 1e-9);
    }
    wr_chart_free(c);
}

static void labels(void)
{
    /* At one unit per byte "Haarlem Schalkwijk Noord" is 24 wide. */
    const char *s = "Haarlem Schalkwijk Noord";
    CHECK(wr_chart_label_break(s, 30, one) == WR_CHART_ONE_LINE);
    CHECK_INT(wr_chart_label_break(s, 20, one), 18); /* "Haarlem Schalkwijk" fits */
    CHECK_INT(wr_chart_label_break(s, 10, one), 7);  /* only "Haarlem" fits */
    CHECK_INT(wr_chart_label_break(s, 5, one), 7);   /* nothing fits: the first space */
    CHECK(wr_chart_label_break("Spaarndam", 5, one) == WR_CHART_ONE_LINE);

    CHECK_DBL(wr_chart_fit_size(8.5, 120, 100), 8.5 * 100 / 120, 1e-9);
    CHECK_DBL(wr_chart_fit_size(8.5, 80, 100), 8.5, 1e-9);

    /* The widest tick of 0..1.250 is "1.250": 5 bytes. */
    wr_chart_axis a = wr_chart_axis_for(0, 1020, 5, true);
    CHECK_DBL(wr_chart_widest_tick(&a, false, one), 5, 1e-9);
    CHECK_DBL(wr_chart_widest_tick(&a, true, one), 6, 1e-9); /* "1.250%" */

    CHECK_DBL(wr_chart_slot_width(0, 300, 0), 300, 1e-9);
    CHECK_DBL(wr_chart_category_x(0, 300, 3, 1), 150, 1e-9);
}

static void decisions(void)
{
    wr_chart_color_set set;
    wr_chart *c = chart("lijn", "reeksen: a | b\n2024 | 1 | 2\n2025 | 3 | 4\n");
    if (c) {
        /* Two lines: the legend names both; only the last point shows its value. */
        CHECK_INT(wr_chart_legend_series(c), 2);
        CHECK(!wr_chart_line_value_shown(c, 0));
        CHECK(wr_chart_line_value_shown(c, 1));
        CHECK_INT(wr_chart_series_color(c, 5, &set), 1); /* the sixth line: colour 5 mod 4 */
        CHECK_INT(set, WR_CHART_COLORS_LINES);
    }
    wr_chart_free(c);

    /* One line of up to ten points shows every value; of more only the last. */
    c = chart("lijn", "2024 | 1\n2025 | 2\n2026 | 3\n");
    if (c) {
        CHECK_INT(wr_chart_legend_series(c), 0);
        CHECK(wr_chart_line_value_shown(c, 0));
    }
    wr_chart_free(c);
    char rows[512] = "";
    for (int y = 2010; y < 2022; y++)
        snprintf(rows + strlen(rows), sizeof rows - strlen(rows), "%d | %d\n", y, y - 2000);
    c = chart("lijn", rows);
    if (c) {
        CHECK_INT(c->nrows, 12);
        CHECK(!wr_chart_line_value_shown(c, 0));
        CHECK(wr_chart_line_value_shown(c, 11));
    }
    wr_chart_free(c);

    /* "waarden: geen": lines that end close together print no values over each other. */
    c = chart("lijn", "waarden: geen\nreeksen: a | b\nK1 | 1 | 2\nK2 | 3 | 3,1\n");
    if (c) {
        CHECK(c->no_values);
        CHECK(!wr_chart_line_value_shown(c, 0));
        CHECK(!wr_chart_line_value_shown(c, 1));
    }
    wr_chart_free(c);

    /* Two stacked series take the first and third step of one hue; three take 0, 1, 2. */
    c = chart("gestapeld", "reeksen: ja | nee\nA | 1 | 2\n");
    if (c) {
        CHECK_INT(wr_chart_series_color(c, 1, &set), 2);
        CHECK_INT(set, WR_CHART_COLORS_STEPS);
    }
    wr_chart_free(c);
    c = chart("gestapeld", "reeksen: ja | deels | nee\nA | 1 | 2 | 3\n");
    if (c)
        CHECK_INT(wr_chart_series_color(c, 1, &set), 1);
    wr_chart_free(c);
    c = chart("kolommen", "reeksen: a | b | c | d | e\nQ1 | 1 | 2 | 3 | 4 | 5\n");
    if (c) {
        CHECK_INT(wr_chart_series_color(c, 4, &set), 0);
        CHECK_INT(set, WR_CHART_COLORS_CATEGORIES);
    }
    wr_chart_free(c);

    char *text;
    c = chart("lijn", "doel: 11,0% | Streefwaarde 2026\n2024 | 12,1%\n");
    if (c) {
        CHECK_STR(text = wr_chart_target_legend(c), "Streefwaarde 2026: 11,0%");
        free(text);
    }
    wr_chart_free(c);
    c = chart("lijn", "doel: 20\n2024 | 12\n");
    if (c) {
        CHECK_STR(text = wr_chart_target_legend(c), "Doel: 20");
        free(text);
    }
    wr_chart_free(c);
}

int main(void)
{
    bar_axes();
    column_axes();
    line_axes();
    scales();
    bars();
    columns();
    labels();
    decisions();
    return check_summary("chart_geometry");
}
