/* The text a reader sees (blocks/published_text.h), which the privacy guard scans (issue
 * 11, case 7): entities, backslash escapes and emphasis resolved, raw HTML and comments
 * left out as the renderers leave them out, link targets only when asked, and every part
 * with the line of the Markdown it comes from. */
#include <stdlib.h>
#include <string.h>

#include "blocks/published_text.h"
#include "check.h"

/* The published text of md; the caller frees it. */
static char *shown(const char *md, unsigned flags)
{
    wr_published_text t;
    if (!wr_published_text_make(md, strlen(md), flags, &t))
        return NULL;
    char *s = strdup(t.text);
    wr_published_text_clear(&t);
    return s;
}

static void check_shown(const char *md, unsigned flags, const char *expected)
{
    char *s = shown(md, flags);
    CHECK_STR(s, expected);
    free(s);
}

/* The line of the first occurrence of needle in the published text of md. */
static size_t line_of(const char *md, const char *needle)
{
    wr_published_text t;
    if (!wr_published_text_make(md, strlen(md), WR_PUBLISHED_LINK_TARGETS, &t))
        return 0;
    const char *at = strstr(t.text, needle);
    size_t line = at ? wr_published_line(&t, (size_t)(at - t.text)) : 0;
    wr_published_text_clear(&t);
    return line;
}

static void test_what_cmark_resolves(void)
{
    /* Case 7: each of these reads, as published, as personal data. */
    check_shown("Mail naam&#64;haarlem.nl.\n", 0, "Mail naam@haarlem.nl.");
    check_shown("Mail jan\\@haarlem.nl.\n", 0, "Mail jan@haarlem.nl.");
    check_shown("Bel 06\\-12345678.\n", 0, "Bel 06-12345678.");
    check_shown("BSN 123**456**782.\n", 0, "BSN 123456782.");
    check_shown("BSN 123~~456~~782.\n", 0, "BSN 123456782.");
    check_shown("Bel 06<!-- stil -->12345678.\n", 0, "Bel 0612345678.");
    check_shown("`06-12345678` in code\n", 0, "06-12345678 in code");
}

static void test_what_is_left_out(void)
{
    /* Raw HTML and comments are not published; image targets are not shown. */
    check_shown("Voor\n\n<!-- geheim 06-12345678 -->\n\nNa\n", 0, "Voor\n\nNa");
    check_shown("![foto van Jan](jan@haarlem.nl.png)\n", 0, "foto van Jan");
    /* Link targets only when asked: the PDF and HTML carry them. */
    check_shown("[mail](mailto:jan&#64;haarlem.nl)\n", 0, "mail");
    check_shown("[mail](mailto:jan&#64;haarlem.nl)\n", WR_PUBLISHED_LINK_TARGETS, "mail mailto:jan@haarlem.nl ");
    /* A soft break is a space, a hard break a line end, blocks an empty line. */
    check_shown("een\ntwee  \ndrie\n\n# Kop\n", 0, "een twee\ndrie\n\nKop");
    check_shown("| a | b |\n|---|---|\n| 1 | 2 |\n", 0, "a | b\n\n1 | 2");
    check_shown("```grafiek staven\ntitel: T\n```\n", 0, "titel: T");
}

static void test_lines(void)
{
    const char *md = "Eerste regel\nen de tweede met 06\\-12345678\n\n"
                     "<!--\ncommentaar over\nregels\n-->\n\n"
                     "- lijst\n  met [link](mailto:a@b.nl)\n\n"
                     "```\ncode 1\ncode 2\n```\n\n"
                     "| x |\n|---|\n| tabel |\n";
    CHECK_INT(line_of(md, "Eerste"), 1);
    CHECK_INT(line_of(md, "06-12345678"), 2);
    CHECK_INT(line_of(md, "lijst"), 9);
    CHECK_INT(line_of(md, "mailto:a@b.nl"), 10);
    CHECK_INT(line_of(md, "code 1"), 13);
    CHECK_INT(line_of(md, "code 2"), 14);
    CHECK_INT(line_of(md, "tabel"), 19);
}

int main(void)
{
    test_what_cmark_resolves();
    test_what_is_left_out();
    test_lines();
    return check_summary("published_text");
}
