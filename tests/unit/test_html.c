/* The HTML stage on small Markdown documents: escaping, heading ids and levels, the
 * contents, tables (caption, scope, aligned figures, total row, note), suppressed values
 * read as words, notices, cover, tiles, charts as SVG with their figures, reproducible
 * and locale-free output, and the errors. The real reports are checked end to end (in a
 * browser, with axe-core) by tests/e2e/test_html.py. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "render/html/html_render.h"

static wr_html_options options(bool draft)
{
    wr_html_options o = {
        .title = "Kwartaalrapportage Proef & Co",
        .author = "Buurts",
        .header_text = "Proef \xC2\xB7 3e kwartaal 2026",
        .draft = draft,
        .date_year = 2026,
        .date_month = 9,
        .date_day = 30,
    };
    return o;
}

/* Renders md; NULL (and the message printed) on failure. The caller frees. */
static char *render(const char *md, bool draft)
{
    wr_html_options o = options(draft);
    wr_error err = {0};
    char *out = NULL;
    if (wr_html_render_string(md, strlen(md), &o, &out, &err) != WR_OK)
        fprintf(stderr, "render: %s\n", err.message);
    return out;
}

static bool has(const char *html, const char *needle)
{
    bool yes = html && strstr(html, needle) != NULL;
    if (!yes)
        fprintf(stderr, "  missing: %s\n", needle);
    return yes;
}

static size_t count(const char *html, const char *needle)
{
    size_t n = 0;
    for (const char *p = html; p && (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

static void test_page_and_escaping(void)
{
    char *h = render("Tekst met <b>html</b> & een [link](javascript:alert(1)) en "
                     "[een echte](https://example.org/?a=1&b=2).\n\n<div>blok</div>\n", false);
    CHECK(h != NULL);
    CHECK(has(h, "<!DOCTYPE html>\n<html lang=\"nl\">"));
    CHECK(has(h, "<title>Kwartaalrapportage Proef &amp; Co</title>"));
    CHECK(has(h, "<h1>Kwartaalrapportage Proef &amp; Co</h1>")); /* no cover: the title */
    CHECK(has(h, "<a class=\"skiplink\" href=\"#hoofdinhoud\">"));
    CHECK(has(h, "<main id=\"hoofdinhoud\""));
    CHECK(has(h, "<footer"));
    CHECK(has(h, "&amp; een link en")); /* javascript: keeps only its text */
    CHECK(has(h, "<a href=\"https://example.org/?a=1&amp;b=2\">een echte</a>"));
    CHECK(!strstr(h, "<b>") && !strstr(h, "<div>blok")); /* raw HTML is dropped */
    CHECK(!strstr(h, "concept-label") || !strstr(h, "<p class=\"concept-label\""));
    CHECK(!strstr(h, "<script") && !strstr(h, "<link") && !strstr(h, " src="));
    free(h);
}

static void test_headings_and_contents(void)
{
    char *h = render("```inhoud\n```\n\n## 1 Gedaan\n\n### Toelichting\n\n##### Diep\n\n"
                     "## Financiën\n\n### Toelichting\n\n## Bijlage: euro's\n", false);
    CHECK(has(h, "<h2 id=\"deel-1-gedaan\">1 Gedaan</h2>"));
    CHECK(has(h, "<h3 id=\"toelichting\">Toelichting</h3>"));
    CHECK(has(h, "<h4 id=\"diep\">Diep</h4>")); /* ##### after ### becomes h4: no skip */
    CHECK(has(h, "<h2 id=\"financien\">"));
    CHECK(has(h, "<h3 id=\"toelichting-2\">"));
    CHECK(has(h, "<h2 id=\"bijlage-euros\">"));
    CHECK(has(h, "<nav class=\"inhoudsopgave\" aria-labelledby=\"inhoudsopgave\">"));
    CHECK(has(h, "<li><a href=\"#deel-1-gedaan\">1 Gedaan</a>\n<ul>\n<li><a href=\"#toelichting\">"
                 "Toelichting</a></li>\n</ul>\n</li>"));
    CHECK(!strstr(h, "href=\"#diep\"")); /* the contents go down to ### */
    CHECK_INT(count(h, "<ul>"), count(h, "</ul>"));
    CHECK_INT(count(h, "<li>"), count(h, "</li>"));
    free(h);

    h = render("```inhoud\ntitel: Inhoudsopgave\n```\n\n# Hoofdstuk\n\n## Paragraaf\n", false);
    CHECK(has(h, ">Inhoudsopgave</h2>"));
    CHECK(has(h, "<h1 id=\"hoofdstuk\">")); /* a # heading and no cover: that is the h1 */
    CHECK_INT(count(h, "<h1"), 1);
    free(h);
}

static const char *table_md =
    "## Klachten\n\n"
    "| Klachten | Aantal |\n|:--|--:|\n| Ontvangen | <5 |\n| Binnen 6 weken | n<10 |\n"
    "| Open | – |\n| **Totaal** | **7** |\n\n*Noot:* aantallen van 1 tot en met 4 staan er als <5.\n\n"
    "| Aard van de klacht | Thema | Wijk | Aantal |\n|---|---|---|---|\n| Bejegening | a | b | 1.234 |\n";

static void test_tables(void)
{
    char *h = render(table_md, false);
    CHECK(has(h, "<table id=\"tabel_1\" aria-describedby=\"tabel_1-noot\">"));
    /* Each table has its number; when its first column head is the heading itself, the
     * caption repeats that unseen. */
    CHECK(has(h, "<caption id=\"tabel_1-titel\"><span class=\"nummer\">Tabel 1</span> "
                 "<span class=\"vh\">Klachten</span></caption>"));
    /* A second table under the heading says which it is, visibly. */
    CHECK(has(h, "<caption id=\"tabel_2-titel\"><span class=\"nummer\">Tabel 2</span> "
                 "<span>Klachten: aard van de klacht</span></caption>"));
    CHECK(has(h, "<th scope=\"col\">Klachten</th><th scope=\"col\" class=\"num\">Aantal</th>"));
    CHECK(has(h, "<th scope=\"row\">Ontvangen</th><td class=\"num\"><span class=\"waarde-teken\">"
                 "<span aria-hidden=\"true\">&lt;5</span><span class=\"vh\">minder dan 5</span>"));
    CHECK(has(h, "<span class=\"vh\">niet getoond, minder dan 10</span>"));
    CHECK(has(h, "<span class=\"vh\">geen gegevens</span>"));
    CHECK(has(h, "<tr class=\"totaal\"><th scope=\"row\"><strong>Totaal</strong></th>"
                 "<td class=\"num\"><strong>7</strong></td>"));
    CHECK(has(h, "<p class=\"noot\" id=\"tabel_1-noot\"><em>Noot:</em> aantallen van 1 tot en met 4 "
                 "staan er als &lt;5.</p>"));
    CHECK_INT(count(h, "<em>Noot:</em>"), 1); /* the note is written once, with its table */
    /* No alignment given, but only figures: right-aligned. Four columns scroll on a phone. */
    CHECK(has(h, "<td class=\"num\">1.234</td>"));
    CHECK(has(h, "<section class=\"tabel-schuif\" tabindex=\"0\" aria-labelledby=\"tabel_2-titel\">"));
    free(h);

    h = render("## Wijken\n\n| Wijk | Bereik |\n|:--|--:|\n| Noord | 12 |\n", false);
    CHECK(has(h, "<caption id=\"tabel_1-titel\"><span class=\"nummer\">Tabel 1</span> "
                 "<span class=\"vh\">Wijken</span></caption>"));
    free(h);
}

static void test_notices_and_quotes(void)
{
    char *h = render("> **Tekst ontbreekt nog:** inleiding. Schrijf deze tekst in `a.md`.\n\n"
                     "> **Dit is een concept.** Niet alles is af.\n\n> \xE2\x80\x9CIk durfde niet.\xE2\x80\x9D\n",
                     true);
    CHECK(has(h, "<div class=\"melding ontbreekt\" role=\"note\">\n<p><strong>Tekst ontbreekt nog:"
                 "</strong> inleiding. Schrijf deze tekst in <code>a.md</code>.</p>"));
    CHECK(has(h, "<div class=\"melding\" role=\"note\">\n<p><strong>Dit is een concept.</strong>"));
    CHECK(has(h, "<blockquote>\n<p>\xE2\x80\x9CIk durfde niet."));
    CHECK(has(h, "<p class=\"concept-label\">Concept</p>"));
    CHECK(has(h, "(concept)</title>"));
    CHECK(has(h, "<meta name=\"robots\" content=\"noindex\">"));
    CHECK(has(h, "@top-right{content:\"CONCEPT\""));
    free(h);
}

static void test_cover_and_tiles(void)
{
    char *h = render("```voorblad\ntitel: Gewoon in de Wijk\nondertitel: Jaarverslag 2026\n"
                     "Uitgevoerd door: Buurts\nDatum:\nStatus: Concept\n```\n\n"
                     "```kerncijfers\nBereik | 2.240 | +56 t.o.v. 2e kwartaal\nWachtend | <5 | -3\n"
                     "Gelijk | 12 | 0\nZonder | 7\nVijfde | 1\n```\n\n## Deel\n", true);
    CHECK(has(h, "<div class=\"voorblad\">\n<h1>Gewoon in de Wijk</h1>\n<p class=\"ondertitel\">"
                 "Jaarverslag 2026</p>"));
    CHECK(has(h, "<div><dt>Datum</dt><dd><time datetime=\"2026-09-30\">30 september 2026</time>"));
    CHECK(has(h, "<dd><strong class=\"concept\">Concept</strong></dd>"));
    CHECK_INT(count(h, "<h1"), 1);
    CHECK(has(h, "<dl class=\"kerncijfers per-3\">")); /* five tiles: 3 + 2 */
    CHECK(has(h, "<dt>Bereik</dt><dd class=\"tegel-cijfer\">2.240</dd><dd class=\"tegel-verschil\">"
                 "<svg class=\"pijl\""));
    CHECK(has(h, "M5 1.5 9.5 8.5H.5z\"/></svg>+56 t.o.v. 2e kwartaal</dd>"));
    CHECK(has(h, "<dd class=\"tegel-cijfer\"><span class=\"waarde-teken\"><span aria-hidden=\"true\">"
                 "&lt;5</span><span class=\"vh\">minder dan 5</span></span></dd>"));
    CHECK(has(h, "M1 4h8v2H1z")); /* "0": a dash, no arrow */
    CHECK(has(h, "<dt>Zonder</dt><dd class=\"tegel-cijfer\">7</dd></div>"));
    free(h);
}

static const char *chart_md =
    "## Bereikt\n\n```grafiek staven\ntitel: Bereik per wijk\ntekst: Het bereik per wijk.\n"
    "eenheid: aantal inwoners\nbron: Registratie\nCentrum | 246\nNoord | <5\nOost | \xE2\x80\x93\n```\n\n"
    "```grafiek lijn\ntitel: Eenzaamheid\ntekst: Eenzaamheid per jaar.\ndoel: 11,0% | Streefwaarde\n"
    "2020 | 12,1%\n2022 | 13,0%\n```\n\n"
    "```grafiek kolommen\ntitel: In en uit\ntekst: Instroom en uitstroom.\nreeksen: In | Uit\n"
    "K1 | 887 | 902\nK2 | 1.123 | 1.031\n```\n\n"
    "```grafiek gestapeld\ntitel: Doelen\ntekst: Doelrealisatie.\nreeksen: Ja | Deels | Nee\n"
    "Alle | 44,2% | 40,0% | 15,8%\n```\n";

static void test_charts(void)
{
    char *h = render(chart_md, false);
    CHECK_INT(count(h, "<figure class=\"grafiek\""), 4);
    /* Each chart drawn twice, wide and for a phone; the style sheet shows one. */
    CHECK_INT(count(h, "<svg class=\"grafiek-plot breed\" viewBox=\"0 0 720 "), 4);
    CHECK_INT(count(h, "<svg class=\"grafiek-plot smal\" viewBox=\"0 0 320 "), 4);
    CHECK_INT(count(h, "role=\"img\" aria-labelledby=\"grafiek_"), 8);
    CHECK(has(h, "<title id=\"grafiek_1-smal-t\">Bereik per wijk</title>"));
    CHECK(has(h, "<pattern id=\"grafiek_1-smal-arcering\""));
    CHECK(has(h, "<title id=\"grafiek_1-t\">Bereik per wijk</title>\n<desc id=\"grafiek_1-d\">"
                 "Het bereik per wijk.</desc>"));
    CHECK(has(h, "<span class=\"grafiek-eenheid\">aantal inwoners</span>"));
    CHECK(has(h, "<p class=\"grafiek-bron\">Bron: Registratie</p>"));
    CHECK(has(h, "<pattern id=\"grafiek_1-arcering\"")); /* "<5" is hatched */
    CHECK(has(h, "fill=\"url(#grafiek_1-arcering)\""));
    CHECK(has(h, "<summary>Cijfers bij deze grafiek<span class=\"vh\">: Bereik per wijk</span>"));
    CHECK(has(h, "<th scope=\"col\" class=\"num\">aantal inwoners</th>"));
    CHECK(has(h, "<tr><th scope=\"row\">Noord</th><td class=\"num\"><span class=\"waarde-teken\">"));
    CHECK(has(h, "<p>Streefwaarde: 11,0%</p>")); /* the target, under the line chart's table */
    CHECK(has(h, "stroke-dasharray=\"7 4\""));
    CHECK(has(h, "<ul class=\"legenda\">"));
    CHECK(has(h, "<th scope=\"col\" class=\"num\">Deels</th>"));
    CHECK(has(h, ">44,2%</text>"));
    CHECK(has(h, ">1.123</text>"));
    CHECK(has(h, "class=\"g-as\">1.250</text>")); /* Dutch tick labels from the chart model */
    free(h);

    /* SVG numbers do not follow LC_NUMERIC (a Dutch locale writes a decimal comma). */
    if (setlocale(LC_NUMERIC, "nl_NL.UTF-8")) {
        char *nl = render(chart_md, false);
        h = render(chart_md, false);
        setlocale(LC_NUMERIC, "C");
        char *c = render(chart_md, false);
        CHECK(nl && c && strcmp(nl, c) == 0);
        free(nl);
        free(c);
        free(h);
    }
}

static void test_reproducible(void)
{
    char *a = render(table_md, true), *b = render(table_md, true);
    CHECK(a && b && strcmp(a, b) == 0);
    free(a);
    free(b);
}

static void test_errors(void)
{
    wr_html_options o = options(false);
    wr_error err = {0};
    char *out = NULL;
    const char *bad = "```grafiek taart\ntitel: X\ntekst: Y\nA | 1\n```\n";
    CHECK_INT(wr_html_render_string(bad, strlen(bad), &o, &out, &err), WR_ERR_CONFIG);
    CHECK(out == NULL && strstr(err.message, "onbekend soort grafiek") != NULL);
    const char *tiles = "```kerncijfers\nalleen een label\n```\n";
    CHECK_INT(wr_html_render_string(tiles, strlen(tiles), &o, &out, &err), WR_ERR_CONFIG);
    CHECK(strstr(err.message, "kerncijfers, regel 1") != NULL);
    o.date_month = 13;
    CHECK_INT(wr_html_render_string("x", 1, &o, &out, &err), WR_ERR_INTERNAL);
    o = options(false);
    CHECK_INT(wr_html_render_string("x", 1, NULL, &out, &err), WR_ERR_INTERNAL);
    CHECK_INT(wr_html_render("x", 1, &o, "/nonexistent-dir/r.html", &err), WR_ERR_OUTPUT);
    CHECK(strstr(err.message, "/nonexistent-dir/r.html") != NULL);

    char path[] = "/tmp/wr-test-html-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd >= 0)
        close(fd);
    CHECK_INT(wr_html_render("## Kop\n", 7, &o, path, &err), WR_OK);
    FILE *f = fopen(path, "rb");
    char head[16] = {0};
    CHECK(f && fread(head, 1, 15, f) == 15 && strcmp(head, "<!DOCTYPE html>") == 0);
    if (f)
        fclose(f);
    remove(path);
    CHECK_INT(wr_html_render_string(NULL, 0, &o, &out, NULL), WR_OK); /* empty document */
    CHECK(out && strstr(out, "</html>") != NULL);
    free(out);
}

int main(void)
{
    test_page_and_escaping();
    test_headings_and_contents();
    test_tables();
    test_notices_and_quotes();
    test_cover_and_tiles();
    test_charts();
    test_reproducible();
    test_errors();
    return check_summary("html");
}
