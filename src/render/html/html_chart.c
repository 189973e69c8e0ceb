#include "render/html/html_chart.h"

#include <stdlib.h>
#include <string.h>

#include "blocks/chart.h"
#include "render/html/html_chart_bars.h"
#include "render/html/html_chart_cols.h"
#include "render/html/html_chart_line.h"
#include "render/html/html_escape.h"
#include "render/html/html_svg.h"

static bool has_suppressed(const wr_chart *c)
{
    for (size_t r = 0; r < c->nrows; r++)
        for (size_t s = 0; s < c->nseries; s++)
            if (c->rows[r].cells[s].kind == WR_CHART_SUPPRESSED)
                return true;
    return false;
}

static void swatch(wr_strbuf *o, const wr_chart *c, size_t s, bool target)
{
    wr_strbuf_puts(o, "<svg class=\"legenda-teken\" viewBox=\"0 0 24 12\" width=\"24\" "
                      "height=\"12\" aria-hidden=\"true\">");
    if (target) {
        wr_html_svg_line(o, 0, 6, 24, 6, WR_HTML_SVG_TARGET, 2, "5 3");
    } else if (c->type == WR_CHART_LINE) {
        wr_html_svg_line(o, 0, 6, 24, 6, wr_html_series_color(c, s), 2.5, NULL);
        wr_html_svg_mark(o, 12, 6, s, wr_html_series_color(c, s));
    } else {
        const char *color = wr_html_series_color(c, s);
        wr_html_svg_rect(o, 6, 0.5, 11, 11, color,
                         strcmp(color, "#c7d8ea") == 0 ? "#1f4e79" : NULL);
    }
    wr_strbuf_puts(o, "</svg>");
}

/* The target with its label, "Streefwaarde 2026: 11,0%". */
static void target(wr_strbuf *o, const wr_chart *c)
{
    char *text = wr_chart_target_legend(c);
    if (!text)
        o->failed = true; /* wr_html_check reports it */
    wr_html_escs(o, text);
    free(text);
}

/* The series (when there are several) and the target of a line chart. */
static void legend(wr_strbuf *o, const wr_chart *c)
{
    size_t series = wr_chart_legend_series(c);
    if (series == 0 && !c->has_target)
        return;
    wr_strbuf_puts(o, "<ul class=\"legenda\">\n");
    for (size_t s = 0; s < series; s++) {
        wr_strbuf_puts(o, "<li>");
        swatch(o, c, s, false);
        wr_html_escs(o, c->series[s] ? c->series[s] : "");
        wr_strbuf_puts(o, "</li>\n");
    }
    if (c->has_target) {
        wr_strbuf_puts(o, "<li>");
        swatch(o, c, 0, true);
        target(o, c);
        wr_strbuf_puts(o, "</li>\n");
    }
    wr_strbuf_puts(o, "</ul>\n");
}

static void drawing(const wr_html_plot *g)
{
    wr_strbuf *o = g->o;
    wr_strbuf_puts(o, "<svg class=\"grafiek-plot\" viewBox=\"0 0 ");
    wr_html_num(o, WR_HTML_SVG_W);
    wr_strbuf_puts(o, " ");
    wr_html_num(o, g->box.h);
    wr_strbuf_printf(o, "\" role=\"img\" aria-labelledby=\"grafiek_%zu-t\" "
                        "aria-describedby=\"grafiek_%zu-d\">\n", g->id, g->id);
    wr_strbuf_printf(o, "<title id=\"grafiek_%zu-t\">", g->id);
    wr_html_escs(o, g->c->title);
    wr_strbuf_printf(o, "</title>\n<desc id=\"grafiek_%zu-d\">", g->id);
    wr_html_escs(o, g->c->text);
    wr_strbuf_puts(o, "</desc>\n");
    if (has_suppressed(g->c))
        wr_strbuf_printf(o, "<defs><pattern id=\"grafiek_%zu-arcering\" width=\"6\" height=\"6\" "
                            "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                            "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
                            "<line x1=\"1\" y1=\"0\" x2=\"1\" y2=\"6\" stroke=\"" WR_HTML_SVG_MUTED
                            "\" stroke-width=\"2\"/></pattern></defs>\n", g->id);
    switch (g->c->type) {
    case WR_CHART_BARS: wr_html_bars_draw(g); break;
    case WR_CHART_STACKED: wr_html_stacked_draw(g); break;
    case WR_CHART_COLUMNS: wr_html_columns_draw(g); break;
    default: wr_html_line_draw(g); break;
    }
    wr_strbuf_puts(o, "\n</svg>\n");
}

/* The figures of the chart as a table: a row per category, a column per series. */
static void data_table(wr_strbuf *o, const wr_chart *c)
{
    wr_strbuf_puts(o, "<details class=\"grafiek-cijfers\">\n<summary>Cijfers bij deze grafiek"
                      "<span class=\"vh\">: ");
    wr_html_escs(o, c->title);
    wr_strbuf_puts(o, "</span></summary>\n<div class=\"tabel-schuif\">\n<table>\n<caption>");
    wr_html_escs(o, c->title);
    wr_strbuf_puts(o, "</caption>\n<thead>\n<tr><td></td>");
    for (size_t s = 0; s < c->nseries; s++) {
        const char *head = c->series[s] ? c->series[s] : c->unit ? c->unit : "Waarde";
        wr_strbuf_puts(o, "<th scope=\"col\" class=\"num\">");
        wr_html_escs(o, head);
        wr_strbuf_puts(o, "</th>");
    }
    wr_strbuf_puts(o, "</tr>\n</thead>\n<tbody>\n");
    for (size_t r = 0; r < c->nrows; r++) {
        wr_strbuf_puts(o, "<tr><th scope=\"row\">");
        wr_html_escs(o, c->rows[r].label);
        wr_strbuf_puts(o, "</th>");
        for (size_t s = 0; s < c->nseries; s++) {
            wr_strbuf_puts(o, "<td class=\"num\">");
            wr_html_figure(o, c->rows[r].cells[s].text);
            wr_strbuf_puts(o, "</td>");
        }
        wr_strbuf_puts(o, "</tr>\n");
    }
    wr_strbuf_puts(o, "</tbody>\n</table>\n</div>\n");
    if (c->has_target) {
        wr_strbuf_puts(o, "<p>");
        target(o, c);
        wr_strbuf_puts(o, "</p>\n");
    }
    wr_strbuf_puts(o, "</details>\n");
}

wr_status wr_html_chart(wr_html_ctx *ctx, cmark_node *block)
{
    wr_chart *c = NULL;
    wr_error parsed;
    wr_block_origin origin = wr_block_origin_of(block, ctx->opts->sources);
    wr_status st = wr_chart_parse(cmark_node_get_fence_info(block), cmark_node_get_literal(block), &origin, &c,
                                  &parsed);
    if (st != WR_OK)
        return wr_first_error_take(&ctx->failure, st, &parsed);
    wr_chart_box box = {0, WR_HTML_SVG_W, 0, wr_html_plot_height(c), true};
    wr_html_plot g = {ctx->out, c, ++ctx->ncharts, box};
    wr_strbuf *o = ctx->out;
    wr_strbuf_printf(o, "<figure class=\"grafiek\" id=\"grafiek_%zu\">\n<figcaption>"
                        "<span class=\"grafiek-titel\">", g.id);
    wr_html_escs(o, c->title);
    wr_strbuf_puts(o, "</span>");
    if (c->unit) {
        wr_strbuf_puts(o, "<span class=\"grafiek-eenheid\">");
        wr_html_escs(o, c->unit);
        wr_strbuf_puts(o, "</span>");
    }
    wr_strbuf_puts(o, "</figcaption>\n");
    legend(o, c);
    drawing(&g);
    wr_strbuf_puts(o, "<p class=\"grafiek-tekst\">");
    wr_html_escs(o, c->text);
    wr_strbuf_puts(o, "</p>\n");
    if (c->source) {
        wr_strbuf_puts(o, "<p class=\"grafiek-bron\">Bron: ");
        wr_html_escs(o, c->source);
        wr_strbuf_puts(o, "</p>\n");
    }
    data_table(o, c);
    wr_strbuf_puts(o, "</figure>\n");
    wr_chart_free(c);
    return wr_html_check(ctx);
}
