/* A team text placed after the fill (fill/text_place.h): it replaces every marker, its
 * lines are recorded as the team's in the source map at the right line, and a missing
 * text stands there without being recorded as written. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fill/text_place.h"

#define MARK "\x1AMARK\x1A"

static char *copy(const char *s)
{
    char *c = malloc(strlen(s) + 1);
    strcpy(c, s);
    return c;
}

static void test_text_replaces_the_marker_and_is_mapped(void)
{
    char *md = copy("# Kop\n\nIntro.\n\n" MARK "\n\n## Slot\n");
    wr_narrative_text text = {.name = "toelichting", .title = "t", .text = "Eerste regel.\nTweede regel.\n"};
    wr_source_map *map = wr_source_map_new();
    CHECK(wr_place_text(&md, MARK, &text, "teksten/kadernota-2027", map));
    CHECK_STR(md, "# Kop\n\nIntro.\n\nEerste regel.\nTweede regel.\n\n\n## Slot\n");
    size_t at = 0;
    CHECK(!wr_source_map_in_text(map, 4));
    CHECK(wr_source_map_in_text(map, 5));
    CHECK(wr_source_map_in_text(map, 6));
    CHECK(!wr_source_map_in_text(map, 7));
    const char *path = wr_source_map_text(map, 6, &at);
    CHECK_STR(path ? path : "", "teksten/kadernota-2027/toelichting.md");
    CHECK_INT(at, 2);
    wr_source_map_free(map);
    free(md);
}

static void test_every_marker_is_replaced(void)
{
    char *md = copy(MARK "\nmidden\n" MARK "\n");
    wr_narrative_text text = {.name = "t", .title = "t", .text = "tekst\n"};
    wr_source_map *map = wr_source_map_new();
    CHECK(wr_place_text(&md, MARK, &text, "map", map));
    CHECK_STR(md, "tekst\n\nmidden\ntekst\n\n");
    CHECK(wr_source_map_in_text(map, 1));
    CHECK(!wr_source_map_in_text(map, 3));
    CHECK(wr_source_map_in_text(map, 4));
    wr_source_map_free(map);
    free(md);
}

static void test_a_missing_text_stands_but_is_not_the_teams(void)
{
    char *md = copy("a\n" MARK "\n");
    wr_narrative_text text = {.name = "t", .title = "t", .text = "**Tekst ontbreekt nog**\n", .missing = true};
    wr_source_map *map = wr_source_map_new();
    CHECK(wr_place_text(&md, MARK, &text, "map", map));
    CHECK_STR(md, "a\n**Tekst ontbreekt nog**\n\n");
    CHECK(!wr_source_map_in_text(map, 2));
    wr_source_map_free(map);
    free(md);
}

static void test_no_marker_changes_nothing(void)
{
    char *md = copy("geen plek\n");
    char *before = md;
    wr_source_map *map = wr_source_map_new();
    CHECK(wr_place_text(&md, MARK, NULL, "map", map));
    CHECK(md == before);
    CHECK_STR(md, "geen plek\n");
    wr_source_map_free(map);
    free(md);
}

int main(void)
{
    test_text_replaces_the_marker_and_is_mapped();
    test_every_marker_is_replaced();
    test_a_missing_text_stands_but_is_not_the_teams();
    test_no_marker_changes_nothing();
    return check_summary("tekst op zijn plek");
}
