/* The text list. The repository's list (templates/teksten.ini): the quarter keeps the
 * names and titles narrative.c has always used, the year has the thirteen texts in report
 * order, and every entry is complete (heading, sentence, 3-6 questions, valid UTF-8).
 * Reading a list: continuation lines, comments, a BOM and CRLF; every broken list is
 * refused with the file and the line. Also the placeholder test. */
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "narrative/spec.h"
#include "base/utf8.h"
#include "scratch.h"

static wr_narrative_list *list;

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
        "korte toelichting bij In het kort (\xC3\xA9\xC3\xA9n zin per deel)",
        "inleiding",
        "tekst bij deel 1, gedaan",
        "tekst bij deel 2, bereikt",
        "tekst bij deel 3, effect",
        "tekst bij deel 4, impact",
        "wat we leren (herkennen, verklaren, waarderen, verbeteren)",
        "verhalen van inwoners",
        "financi\xC3\xABn (toelichting bij de signalen en de verwachting)",
    };
    static const char *const names[] = {"kort",   "inleiding", "gedaan",   "bereikt",  "effect",
                                        "impact", "lessen",    "verhalen", "financien"};
    size_t count = 0;
    const wr_narrative_spec *specs = wr_narrative_list_texts(list, false, &count);
    CHECK_INT(count, 9);
    for (size_t i = 0; i < count && i < 9; i++) {
        CHECK_STR(specs[i].name, names[i]);
        CHECK_STR(specs[i].title, titles[i]);
    }
    check_entries(specs, count);
    CHECK(wr_narrative_list_texts(list, false, NULL) == specs);
}

static void test_year(void)
{
    static const char *const names[] = {"kort",         "inleiding", "gedaan",   "kwaliteit", "klachten",
                                        "bereikt",      "effect",    "effectonderzoek",      "impact",
                                        "opgaven",      "lessen",    "financien", "verhalen"};
    size_t count = 0;
    const wr_narrative_spec *specs = wr_narrative_list_texts(list, true, &count);
    CHECK_INT(count, 13);
    for (size_t i = 0; i < count && i < 13; i++)
        CHECK_STR(specs[i].name, names[i]);
    check_entries(specs, count);
    /* The parts the year shares with the quarter keep their titles. */
    CHECK_STR(wr_narrative_list_find(list, true, "gedaan")->title, "tekst bij deel 1, gedaan");
    CHECK_STR(wr_narrative_list_find(list, true, "lessen")->title, wr_narrative_list_find(list, false, "lessen")->title);
}

/* The sections the municipality's framework structures: the improvement cycle and the
 * team's lines for "In het kort" follow their steps in order, in the "deel:" form the
 * report reads them in. */
static void test_structured_questions(void)
{
    static const char *const cycle[] = {"Herkennen:", "Verklaren:", "Waarderen:", "Verbeteren:"};
    static const char *const summary[] = {"gedaan:", "bereikt:", "effect:", "impact:", "financien:"};
    for (int year = 0; year <= 1; year++) {
        const wr_narrative_spec *s = wr_narrative_list_find(list, year, "lessen");
        CHECK(s != NULL);
        for (size_t i = 0; s && i < 4; i++)
            CHECK(strncmp(s->questions[i], cycle[i], strlen(cycle[i])) == 0);
    }
    for (int year = 0; year <= 1; year++) {
        const wr_narrative_spec *s = wr_narrative_list_find(list, year, "kort");
        CHECK(s != NULL && s->question_count == 5);
        for (size_t i = 0; s && i < 5 && i < s->question_count; i++)
            CHECK(strncmp(s->questions[i], summary[i], strlen(summary[i])) == 0);
    }
    /* The quality text names the three principles; the research text its partner. */
    const wr_narrative_spec *q = wr_narrative_list_find(list, true, "kwaliteit");
    CHECK(q && strstr(q->title, "leefwereld") && strstr(q->title, "kracht van de wijk") &&
          strstr(q->title, "samenhangende aanpak"));
    const wr_narrative_spec *e = wr_narrative_list_find(list, true, "effectonderzoek");
    CHECK(e && strstr(e->heading, "Inholland"));
}

static void test_find(void)
{
    CHECK(wr_narrative_list_find(list, true, "financien") != NULL);
    CHECK(wr_narrative_list_find(list, false, "financien") != NULL); /* the quarter's finance text */
    CHECK(wr_narrative_list_find(list, false, "opgaven") == NULL);
    CHECK(wr_narrative_list_find(list, false, "verhalen") != NULL);
    CHECK(wr_narrative_list_find(list, false, "") == NULL);
    CHECK(wr_narrative_list_find(list, false, NULL) == NULL);
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

/* The smallest valid list: one text per kind. */
#define YEAR_TEXT "[jaar.samenvatting]\ntitel = samenvatting\nkop = In het kort\nover = Vier regels.\nvraag = Wat?\n"

static void test_reading(void)
{
    char *path = scratch_write("goed.ini",
                           "\xEF\xBB\xBF; een opmerking\r\n"
                           "# ook een opmerking\n"
                           "\n"
                           "[kwartaal.deel_1]\r\n"
                           "titel = tekst bij deel 1 ; met een opmerking erachter\n"
                           "kop   = Deel 1: wat we deden\n"
                           "over = Een zin die\n"
                           "  op de volgende regel doorgaat\r\n"
                           "\t en nog een regel.\n"
                           "vraag = Eerste vraag?\n"
                           "vraag = Tweede vraag, die ook\n"
                           "  verder gaat?\n"
                           "  ; een ingesprongen opmerking is geen vervolg\n"
                           "vraag = Derde: met een dubbele punt?\n"
                           YEAR_TEXT);
    wr_narrative_list *l = NULL;
    wr_error err = {0};
    CHECK_INT(wr_narrative_list_load(path, &l, &err), WR_OK);
    size_t count = 0;
    const wr_narrative_spec *q = l ? wr_narrative_list_texts(l, false, &count) : NULL;
    CHECK_INT(count, 1);
    if (q && count == 1) {
        CHECK_STR(q->name, "deel_1");
        CHECK_STR(q->title, "tekst bij deel 1");
        CHECK_STR(q->heading, "Deel 1: wat we deden");
        CHECK_STR(q->about, "Een zin die op de volgende regel doorgaat en nog een regel.");
        CHECK_INT(q->question_count, 3);
        if (q->question_count == 3) {
            CHECK_STR(q->questions[0], "Eerste vraag?");
            CHECK_STR(q->questions[1], "Tweede vraag, die ook verder gaat?");
            CHECK_STR(q->questions[2], "Derde: met een dubbele punt?");
        }
    }
    CHECK(l && wr_narrative_list_find(l, true, "samenvatting") != NULL);
    CHECK(l && wr_narrative_list_find(l, false, "samenvatting") == NULL);
    wr_narrative_list_free(l);
    wr_narrative_list_free(NULL);
    free(path);
}

/* A broken list is a configuration error with a message naming the file and the line. */
static void refused(const char *name, const char *text, long line, const char *says)
{
    char *path = scratch_write(name, text);
    wr_narrative_list *l = (wr_narrative_list *)&l; /* must be reset to NULL */
    wr_error err = {0};
    CHECK_INT(wr_narrative_list_load(path, &l, &err), WR_ERR_CONFIG);
    CHECK(l == NULL);
    check_message(err.message, path, line, says);
    free(path);
}

static void test_broken(void)
{
    refused("onbekend.ini", "[kwartaal.a]\ntitel = a\nkopje = A\n" YEAR_TEXT, 3, "onbekende instelling 'kopje'");
    refused("soort.ini", "[maand.a]\ntitel = a\n" YEAR_TEXT, 1, "[maand.a] is geen tekst");
    refused("zonder-punt.ini", "[kwartaal]\ntitel = a\n" YEAR_TEXT, 1, "[kwartaal] is geen tekst");
    refused("naam.ini", "\n[kwartaal.Deel-1]\ntitel = a\n" YEAR_TEXT, 2, "'Deel-1' kan geen naam van een tekst zijn");
    refused("zonder-kop.ini", "titel = a\n" YEAR_TEXT, 1, "staat niet onder een kop");
    refused("dubbel.ini",
            "[kwartaal.a]\ntitel = a\nkop = A\nover = B.\nvraag = C?\n\n[kwartaal.a]\ntitel = b\n" YEAR_TEXT, 7,
            "[kwartaal.a] staat al eerder");
    refused("twee-titels.ini", "[kwartaal.a]\ntitel = a\ntitel = b\n" YEAR_TEXT, 3, "'titel' staat al eerder");
    refused("leeg.ini", "[kwartaal.a]\ntitel = a\nkop =\n" YEAR_TEXT, 3, "'kop' is leeg");
    refused("onvolledig.ini", "; regel 1\n[kwartaal.a]\ntitel = a\nkop = A\nvraag = C?\n" YEAR_TEXT, 2,
            "bij [kwartaal.a] ontbreekt 'over'");
    refused("onvolledig-laatste.ini", YEAR_TEXT "[kwartaal.b]\ntitel = b\nkop = B\nover = C.\n", 6,
            "bij [kwartaal.b] ontbreekt 'vraag'");
    refused("lege-sectie.ini", "[kwartaal.a]\n\n[kwartaal.b]\ntitel = b\n" YEAR_TEXT, 1, "heeft geen titel");
    refused("lege-laatste.ini", YEAR_TEXT "[kwartaal.a]\n", 6, "heeft geen titel");
    refused("geen-waarde.ini", "[kwartaal.a]\ntitel = a\nkop = A\nover = B.\nvraag = C?\nWat is dit\n" YEAR_TEXT, 6,
            "geen 'naam = waarde'");
    refused("open-kop.ini", "[kwartaal.a\ntitel = a\n" YEAR_TEXT, 1, "geen 'naam = waarde'");
    refused("utf8.ini", "[kwartaal.a]\ntitel = caf\xE9\n" YEAR_TEXT, 2, "geen geldige UTF-8");
    refused("geen-kwartaal.ini", YEAR_TEXT, 0, "er staat geen tekst voor de kwartaalrapportages in");
    refused("leeg-bestand.ini", "", 0, "er staat geen tekst voor de kwartaalrapportages in");
    /* A line longer than inih reads in one go is refused, not split into two lines. */
    char long_line[400] = "[kwartaal.a]\ntitel = ";
    memset(long_line + strlen(long_line), 'x', 250);
    strcat(long_line, "\n" YEAR_TEXT);
    refused("lang.ini", long_line, 2, "de regel is langer dan");
    /* inih's own complaint about line 3 comes before ours about line 5. */
    refused("eerste-fout.ini", "[kwartaal.a]\ntitel = a\nzomaar tekst\nkop = A\nkopje = B\n" YEAR_TEXT, 3,
            "geen 'naam = waarde'");

    wr_narrative_list *l = NULL;
    wr_error err = {0};
    CHECK_INT(wr_narrative_list_load("tests/bestaat-niet.ini", &l, &err), WR_ERR_CONFIG);
    CHECK(l == NULL && strstr(err.message, "tests/bestaat-niet.ini: de lijst met teksten kan niet worden geopend"));
}

int main(void)
{
    wr_error err = {0};
    if (wr_narrative_list_load("templates/" WR_NARRATIVE_LIST_FILE, &list, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    if (!scratch_open("textlist"))
        return 1;
    test_quarter();
    test_year();
    test_structured_questions();
    test_find();
    test_placeholder();
    test_reading();
    test_broken();
    wr_narrative_list_free(list);
    scratch_close();
    return check_summary("narrative_spec");
}
