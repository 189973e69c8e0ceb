/* libFuzzer target "blocks": every special-block parser both renderers share. The first
 * byte chooses the block and, for a chart, its type (and whether the lines come from a
 * text, for the messages); the rest is the block's content: a chart ("grafiek <soort>",
 * blocks/chart.h) with its value axis and tick labels, key-figure tiles
 * (blocks/keyfig.h), a cover (blocks/cover_block.h) or a contents block
 * (blocks/contents_block.h). Property: a parse error names a line ("regel"). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blocks/chart.h"
#include "blocks/chart_geometry.h"
#include "blocks/contents_block.h"
#include "blocks/cover_block.h"
#include "blocks/keyfig.h"
#include "fuzz_common.h"

static void chart(const char *info, const char *body, const wr_block_origin *origin)
{
    wr_chart *c = NULL;
    wr_error err = {0};
    if (wr_chart_parse(info, body, origin, &c, &err) != WR_OK) {
        if (err.status == WR_ERR_CONFIG && !strstr(err.message, "sjabloon") && !strstr(err.message, "regel"))
            abort();
        return;
    }
    wr_chart_axis axes[3] = {wr_chart_bars_axis(c, 400, 60), wr_chart_columns_axis(c), wr_chart_line_axis(c)};
    for (size_t a = 0; a < 3; a++)
        for (int i = 0; i < axes[a].count && i < 64; i++) {
            char label[64];
            wr_chart_tick_label(&axes[a], i, c->percent, label, sizeof label);
        }
    free(wr_chart_target_legend(c));
    wr_chart_free(c);
}

static void keyfigs(const char *body, const wr_block_origin *origin)
{
    wr_keyfigs *k = NULL;
    wr_error err = {0};
    if (wr_keyfigs_parse(body, origin, &k, &err) != WR_OK) {
        if (err.status == WR_ERR_CONFIG && !strstr(err.message, "regel"))
            abort();
        return;
    }
    if (wr_keyfigs_per_row(k->count) > WR_KEYFIGS_ROW_MAX)
        abort();
    wr_keyfigs_free(k);
}

static void cover(const char *body)
{
    wr_block_span title, subtitle;
    wr_cover_heading(body, &title, &subtitle);
    size_t pos = 0;
    wr_cover_item item;
    while (wr_cover_next_item(body, &pos, &item)) {
        (void)wr_cover_item_is_date(&item);
        (void)wr_cover_item_is_draft(&item);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const types[] = {"staven", "kolommen", "lijn", "gestapeld", "taart"};
    if (size == 0)
        return 0;
    char *body = malloc(size);
    if (!body)
        abort();
    memcpy(body, data + 1, size - 1);
    body[size - 1] = '\0';
    /* Lines from the third on come from a text when bit 3 is set. */
    wr_source_map *sources = fuzz_sources(data[0] & 8, 3);
    wr_block_origin origin = {sources, 2};
    char info[64];
    switch (data[0] & 7) {
    case 0: case 1: case 2: case 3: case 4:
        snprintf(info, sizeof info, "grafiek %s", types[data[0] & 7]);
        chart(info, body, &origin);
        break;
    case 5:
        keyfigs(body, &origin);
        break;
    case 6:
        cover(body);
        break;
    default:
        free(wr_contents_title(body));
        break;
    }
    wr_source_map_free(sources);
    free(body);
    return 0;
}
