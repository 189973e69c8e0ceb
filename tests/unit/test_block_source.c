/* Where the lines of a filled report come from (fill/source_map.h) and what both renderers
 * decide from it (issue 11): a special block that starts in a team text is code (case 9),
 * a parser's message about a line of a text names the text file and its line instead of
 * "sjabloon" (case 9), and one link policy keeps or drops a link for both (case 8). */
#include <stdlib.h>
#include <string.h>

#include "blocks/block_kind.h"
#include "blocks/block_origin.h"
#include "blocks/chart.h"
#include "blocks/keyfig.h"
#include "blocks/link_policy.h"
#include "blocks/markdown.h"
#include "check.h"

/* s begins with the literal prefix p. */
#define STARTS(s, p) (strncmp((s), (p), strlen(p)) == 0)

/* A filled report of 12 lines whose lines 5-8 are teksten/2026-Q3/lessen.md (lines 1-4). */
static wr_source_map *map(void)
{
    wr_source_map *m = wr_source_map_new();
    CHECK(m && wr_source_map_add(m, "teksten/2026-Q3/lessen.md", 5, 4));
    return m;
}

static void test_map(void)
{
    wr_source_map *m = map();
    size_t line = 0;
    CHECK(wr_source_map_text(m, 4, &line) == NULL);
    CHECK_STR(wr_source_map_text(m, 5, &line), "teksten/2026-Q3/lessen.md");
    CHECK_INT(line, 1);
    CHECK_STR(wr_source_map_text(m, 8, &line), "teksten/2026-Q3/lessen.md");
    CHECK_INT(line, 4);
    CHECK(wr_source_map_text(m, 9, &line) == NULL);
    CHECK(wr_source_map_text(NULL, 5, &line) == NULL);
    char where[128];
    wr_source_map_where(m, 6, where, sizeof where);
    CHECK_STR(where, "teksten/2026-Q3/lessen.md, regel 2");
    wr_source_map_where(m, 10, where, sizeof where);
    CHECK_STR(where, "sjabloon");
    wr_source_map_free(m);
}

/* Case 9: the same fenced blocks in the template are special, in the text they are code. */
static void test_special_blocks_only_from_templates(void)
{
    const char *md = "```voorblad\nStatus: Concept\n```\n"  /* lines 1-3: template */
                     "\n"
                     "```voorblad\nStatus: Definitief\n```\n" /* lines 5-7: the text */
                     "```grafiek staven\n";                    /* line 8: the text */
    wr_source_map *m = map();
    cmark_node *doc = wr_markdown_parse(md, strlen(md));
    cmark_node *template_cover = cmark_node_first_child(doc);
    cmark_node *text_cover = cmark_node_next(template_cover);
    cmark_node *text_chart = cmark_node_next(text_cover);
    CHECK_INT(wr_block_kind_of(template_cover, m), WR_BLOCK_COVER);
    CHECK_INT(wr_block_kind_of(text_cover, m), WR_BLOCK_CODE);
    CHECK_INT(wr_block_kind_of(text_chart, m), WR_BLOCK_CODE);
    /* Without a map every line is the template's. */
    CHECK_INT(wr_block_kind_of(text_cover, NULL), WR_BLOCK_COVER);
    CHECK_INT(wr_block_kind_of(text_chart, NULL), WR_BLOCK_CHART);
    CHECK_INT(wr_node_fault(text_cover, m), WR_ERR_INPUT);
    CHECK_INT(wr_node_fault(template_cover, m), WR_ERR_CONFIG);
    cmark_node_free(doc);
    wr_source_map_free(m);
}

/* Case 9: a chart of the template whose broken line comes from a text names the text. */
static void test_messages_name_the_text(void)
{
    wr_source_map *m = map();
    /* The chart's content starts on line 2 of the report: its lines 4 and 5 are the
     * report's lines 5 and 6, lines 1 and 2 of the text. */
    wr_block_origin origin = {m, 2};
    wr_chart *c = NULL;
    wr_error err = {0};
    CHECK_INT(wr_chart_parse("grafiek staven", "titel: T\ntekst: Z.\nA | 1\nB | 1 | 2\n", &origin, &c, &err),
              WR_ERR_CONFIG);
    CHECK(STARTS(err.message, "teksten/2026-Q3/lessen.md, regel 1: grafiekblok 'grafiek staven' over T:"));
    CHECK(strstr(err.message, "sjabloon") == NULL);
    /* A line of the template itself: "sjabloon", and the line within the block. */
    CHECK_INT(wr_chart_parse("grafiek staven", "titel: T\nA | 1 | 2\n", &origin, &c, &err), WR_ERR_CONFIG);
    CHECK(STARTS(err.message, "sjabloon: grafiekblok 'grafiek staven' over T, regel 2:"));
    wr_keyfigs *k = NULL;
    CHECK_INT(wr_keyfigs_parse("A | 1\nB | 2\n\nalleen een label\n", &origin, &k, &err), WR_ERR_CONFIG);
    CHECK(STARTS(err.message, "teksten/2026-Q3/lessen.md, regel 1: kerncijfers:"));
    wr_source_map_free(m);
}

/* Case 8: one policy for the PDF and the HTML. */
static void test_link_policy(void)
{
    CHECK_INT(wr_link_kind_of("https://www.haarlem.nl"), WR_LINK_WEB);
    CHECK_INT(wr_link_kind_of("HTTP://www.haarlem.nl"), WR_LINK_WEB);
    CHECK_INT(wr_link_kind_of("mailto:info@buurts.nl"), WR_LINK_WEB);
    CHECK_INT(wr_link_kind_of("#deel-2"), WR_LINK_ANCHOR);
    CHECK_INT(wr_link_kind_of(""), WR_LINK_NONE);
    CHECK_INT(wr_link_kind_of(NULL), WR_LINK_NONE);
    /* The overview of the district factsheets links the files beside it. */
    CHECK_INT(wr_link_kind_of("wijkfactsheet-zuid_west-2026-Q3.pdf"), WR_LINK_WEB);
    CHECK_INT(wr_link_kind_of("wijkfactsheet-noord-2026-Q3.html"), WR_LINK_WEB);
    CHECK_INT(wr_link_kind_of("wijkfactsheet-../x.pdf"), WR_LINK_DROPPED);
    CHECK_INT(wr_link_kind_of("wijkfactsheet-noord.exe"), WR_LINK_DROPPED);
    static const char *const dropped[] = {"javascript:alert(1)", "JavaScript:x", "data:text/html,x",
                                          "file:///etc/passwd", "vbscript:msgbox", "bijlage.pdf", "ftp://x"};
    for (size_t i = 0; i < sizeof dropped / sizeof dropped[0]; i++)
        CHECK_INT(wr_link_kind_of(dropped[i]), WR_LINK_DROPPED);

    /* A dropped link warns once, with the text file and line. */
    const char *md = "\n\n\n\neen\n[klik](javascript:alert(1)) en [web](https://example.org)\n";
    wr_source_map *m = map();
    cmark_node *doc = wr_markdown_parse(md, strlen(md));
    wr_warnings w = {0};
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(cmark_iter_get_node(it)) == CMARK_NODE_LINK) {
            wr_link_check(cmark_iter_get_node(it), m, &w);
            wr_link_check(cmark_iter_get_node(it), m, &w); /* the other renderer */
        }
    cmark_iter_free(it);
    CHECK_INT(w.count, 1);
    CHECK(w.count == 1 && STARTS(w.items[0], "teksten/2026-Q3/lessen.md, regel 2: de link naar 'javascript:...' is "
                                              "weggelaten"));
    wr_warnings_clear(&w);
    cmark_node_free(doc);
    wr_source_map_free(m);
}

int main(void)
{
    test_map();
    test_special_blocks_only_from_templates();
    test_messages_name_the_text();
    test_link_policy();
    return check_summary("block_source");
}
