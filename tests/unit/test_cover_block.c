/* The cover block both renderers read (blocks/cover_block.c): which lines head the
 * cover, which become items and in what order, and the two items with a meaning of
 * their own (the document date and the draft status). */
#include <string.h>

#include "blocks/cover_block.h"
#include "check.h"

static bool span_is(wr_block_span s, const char *text)
{
    return s.len == strlen(text) && memcmp(s.s, text, s.len) == 0;
}

static void info_strings(void)
{
    CHECK(wr_cover_is_block("voorblad"));
    CHECK(wr_cover_is_block("Voorblad extra"));
    CHECK(!wr_cover_is_block("voorbladen"));
    CHECK(!wr_cover_is_block("inhoud"));
    CHECK(!wr_cover_is_block(NULL));
}

static void heading_and_items(void)
{
    const char *body = "titel: Kwartaalrapportage\n"
                       "Programma:  Gewoon in de Wijk \n"
                       "\n"
                       "ondertitel: 3e kwartaal 2026\n"
                       "alleen een waarde\n"
                       "Datum:\n"
                       "Status: Concept\n";
    wr_block_span title, subtitle;
    wr_cover_heading(body, &title, &subtitle);
    CHECK(span_is(title, "Kwartaalrapportage"));
    CHECK(span_is(subtitle, "3e kwartaal 2026"));

    /* The items in the order given, titel and ondertitel and the empty line left out. */
    size_t pos = 0;
    wr_cover_item it;
    CHECK(wr_cover_next_item(body, &pos, &it));
    CHECK(it.has_label && span_is(it.label, "Programma") && span_is(it.value, "Gewoon in de Wijk"));
    CHECK(!wr_cover_item_is_date(&it) && !wr_cover_item_is_draft(&it));
    CHECK(wr_cover_next_item(body, &pos, &it));
    CHECK(!it.has_label && it.label.len == 0 && span_is(it.value, "alleen een waarde"));
    CHECK(wr_cover_next_item(body, &pos, &it));
    CHECK(span_is(it.label, "Datum") && it.value.len == 0);
    CHECK(wr_cover_item_is_date(&it));
    CHECK(wr_cover_next_item(body, &pos, &it));
    CHECK(wr_cover_item_is_draft(&it) && !wr_cover_item_is_date(&it));
    CHECK(!wr_cover_next_item(body, &pos, &it));

    /* A date that is filled in is just an item; a status other than concept too. */
    pos = 0;
    CHECK(wr_cover_next_item("Datum: 1 oktober 2026\nStatus: Definitief\n", &pos, &it));
    CHECK(!wr_cover_item_is_date(&it));
    CHECK(wr_cover_next_item("Datum: 1 oktober 2026\nStatus: Definitief\n", &pos, &it));
    CHECK(!wr_cover_item_is_draft(&it));
}

static void empty(void)
{
    wr_block_span title, subtitle;
    wr_cover_heading("", &title, &subtitle);
    CHECK_INT(title.len, 0);
    CHECK_INT(subtitle.len, 0);
    wr_cover_heading(NULL, &title, &subtitle);
    CHECK_INT(title.len, 0);
    size_t pos = 0;
    wr_cover_item it;
    CHECK(!wr_cover_next_item("titel: Alleen een titel\n\n", &pos, &it));
}

int main(void)
{
    info_strings();
    heading_and_items();
    empty();
    return check_summary("cover_block");
}
