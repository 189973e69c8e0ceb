/* The table of narrative texts: the quarter keeps the names and titles narrative.c has
 * always used, the year has the thirteen texts in report order, and every entry is
 * complete (heading, sentence, 3-6 questions, valid UTF-8). Also the placeholder test. */
#include <stdbool.h>

#include "check.h"
#include "narrative/narrative.h"
#include "narrative/spec.h"
#include "base/utf8.h"

static bool valid(const char *s)
{
    return s && *s && wr_utf8_valid(s, strlen(s));
}

static bool plain_name(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (*s < 'a' || *s > 'z')
            return false;
    return true;
}

/* What every entry needs; reports the entry by name when something is off. */
static void check_entries(const wr_narrative_spec *specs, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        const wr_narrative_spec *s = &specs[i];
        int before = check_failed;
        CHECK(plain_name(s->name));
        CHECK(valid(s->title));
        CHECK(valid(s->heading) && s->heading[0] != '#');
        CHECK(valid(s->about));
        CHECK(s->question_count >= 3 && s->question_count <= 6);
        for (size_t q = 0; q < s->question_count; q++) {
            const char *text = s->questions[q];
            CHECK(valid(text));
            CHECK(text[strlen(text) - 1] == '?');
            CHECK(strstr(text, "<!--") == NULL);
            for (size_t r = 0; r < q; r++)
                CHECK(strcmp(s->questions[r], text) != 0);
        }
        for (size_t j = 0; j < i; j++)
            CHECK(strcmp(specs[j].name, s->name) != 0);
        if (check_failed != before)
            fprintf(stderr, "  (in entry \"%s\")\n", s->name);
    }
}

static void test_quarter(void)
{
    static const char *const titles[] = {
        "inleiding",
        "tekst bij deel 1, gedaan",
        "tekst bij deel 2, bereikt",
        "tekst bij deel 3, effect",
        "tekst bij deel 4, impact",
        "wat we leren (herkennen, verklaren, waarderen, verbeteren)",
        "verhalen van inwoners",
    };
    size_t count = 0;
    const wr_narrative_spec *specs = wr_narrative_spec_for(false, &count);
    CHECK_INT(count, 7);
    CHECK_INT(count, wr_narrative_quarter_count);
    for (size_t i = 0; i < count && i < 7; i++) {
        CHECK_STR(specs[i].name, wr_narrative_quarter_names[i]);
        CHECK_STR(specs[i].title, titles[i]);
    }
    check_entries(specs, count);
    CHECK(wr_narrative_spec_for(false, NULL) == specs);
}

static void test_year(void)
{
    static const char *const names[] = {"samenvatting", "inleiding", "gedaan",   "kwaliteit", "klachten",
                                        "bereikt",      "effect",    "effectonderzoek",      "impact",
                                        "opgaven",      "lessen",    "financien", "verhalen"};
    size_t count = 0;
    const wr_narrative_spec *specs = wr_narrative_spec_for(true, &count);
    CHECK_INT(count, 13);
    for (size_t i = 0; i < count && i < 13; i++)
        CHECK_STR(specs[i].name, names[i]);
    check_entries(specs, count);
    /* The parts the year shares with the quarter keep their titles. */
    CHECK_STR(wr_narrative_spec_find(true, "gedaan")->title, "tekst bij deel 1, gedaan");
    CHECK_STR(wr_narrative_spec_find(true, "lessen")->title, wr_narrative_spec_find(false, "lessen")->title);
}

/* The sections the municipality's framework structures: the improvement cycle and the
 * summary in four lines follow their steps in order. */
static void test_structured_questions(void)
{
    static const char *const cycle[] = {"Herkennen:", "Verklaren:", "Waarderen:", "Verbeteren:"};
    static const char *const summary[] = {"Gedaan:", "Bereikt:", "Effect:", "Impact:"};
    for (int year = 0; year <= 1; year++) {
        const wr_narrative_spec *s = wr_narrative_spec_find(year, "lessen");
        CHECK(s != NULL);
        for (size_t i = 0; s && i < 4; i++)
            CHECK(strncmp(s->questions[i], cycle[i], strlen(cycle[i])) == 0);
    }
    const wr_narrative_spec *s = wr_narrative_spec_find(true, "samenvatting");
    CHECK(s != NULL);
    for (size_t i = 0; s && i < 4; i++)
        CHECK(strncmp(s->questions[i], summary[i], strlen(summary[i])) == 0);
    /* The quality text names the three principles; the research text its partner. */
    const wr_narrative_spec *q = wr_narrative_spec_find(true, "kwaliteit");
    CHECK(q && strstr(q->title, "leefwereld") && strstr(q->title, "kracht van de wijk") &&
          strstr(q->title, "samenhangende aanpak"));
    const wr_narrative_spec *e = wr_narrative_spec_find(true, "effectonderzoek");
    CHECK(e && strstr(e->heading, "Inholland"));
}

static void test_find(void)
{
    CHECK(wr_narrative_spec_find(true, "financien") != NULL);
    CHECK(wr_narrative_spec_find(false, "financien") == NULL);
    CHECK(wr_narrative_spec_find(false, "verhalen") != NULL);
    CHECK(wr_narrative_spec_find(false, "") == NULL);
    CHECK(wr_narrative_spec_find(false, NULL) == NULL);
}

static void test_placeholder(void)
{
    CHECK(!wr_narrative_is_placeholder(NULL));
    CHECK(!wr_narrative_is_placeholder(""));
    CHECK(!wr_narrative_is_placeholder("Een gewone tekst.\n"));
    CHECK(!wr_narrative_is_placeholder("<!-- wijkrapport -->\n<!-- nog in te vullen -->\n"));
    CHECK(wr_narrative_is_placeholder(WR_NARRATIVE_PLACEHOLDER));
    CHECK(wr_narrative_is_placeholder("**Inleiding**\n\n- Vraag?\n\n" WR_NARRATIVE_PLACEHOLDER "\n"));
    CHECK(wr_narrative_is_placeholder("Half af.\n" WR_NARRATIVE_PLACEHOLDER "\nNog meer tekst.\n"));
    CHECK_STR(WR_NARRATIVE_PLACEHOLDER, "<!-- wijkrapport: nog in te vullen -->");
}

int main(void)
{
    test_quarter();
    test_year();
    test_structured_questions();
    test_find();
    test_placeholder();
    return check_summary("narrative_spec");
}
