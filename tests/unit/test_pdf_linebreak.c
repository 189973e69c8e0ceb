/* The PDF line-fitting core on hand-made widths (no fonts, no PDF): every box is one
 * "letter" of width 1 and every space is glue of width 1, so the expected lines can be
 * checked by counting characters. Plus Dutch hyphenation points when the dictionary is
 * installed. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "render/pdf/pdf_hyphen.h"
#include "render/pdf/pdf_linebreak.h"

#define MAX_ITEMS 256

/* Builds items from a pattern: a letter is a box of width 1, ' ' glue of width 1,
 * '=' a hyphen point (width 1 when taken), '~' a break after a dash (width 0), '|' a forced
 * break. text[] gets the visible letters so lines can be compared as strings. */
static size_t items_from(const char *pattern, wr_pdf_lb_item *items, char *text)
{
    size_t n = 0;
    for (const char *p = pattern; *p; p++, n++) {
        text[n] = *p;
        switch (*p) {
        case ' ': items[n] = (wr_pdf_lb_item){WR_PDF_LB_GLUE, 1}; break;
        case '=': items[n] = (wr_pdf_lb_item){WR_PDF_LB_HYPHEN, 1}; break;
        case '~': items[n] = (wr_pdf_lb_item){WR_PDF_LB_HYPHEN, 0}; break;
        case '|': items[n] = (wr_pdf_lb_item){WR_PDF_LB_FORCE, 0}; break;
        default: items[n] = (wr_pdf_lb_item){WR_PDF_LB_BOX, 1}; break;
        }
    }
    return n;
}

/* Breaks pattern at width and renders the lines joined by '/', with a trailing '-' for a
 * taken hyphen, e.g. "aa bbb-/ccc". Untaken hyphen points are not shown. */
static const char *breaks_slack(const char *pattern, double width, double slack,
                                wr_pdf_lb_line **out, size_t *count)
{
    static char result[512];
    wr_pdf_lb_item items[MAX_ITEMS];
    char text[MAX_ITEMS];
    size_t n = items_from(pattern, items, text);
    size_t r = 0;

    if (!wr_pdf_linebreak(items, n, width, slack, out, count))
        return "(no memory)";
    for (size_t l = 0; l < *count; l++) {
        if (l > 0)
            result[r++] = '/';
        for (size_t i = (*out)[l].start; i < (*out)[l].end; i++)
            if (items[i].kind == WR_PDF_LB_BOX || items[i].kind == WR_PDF_LB_GLUE)
                result[r++] = text[i];
        if ((*out)[l].hyphen)
            result[r++] = '-';
    }
    result[r] = '\0';
    return result;
}

/* Hyphen points are used whenever they give a fuller line. */
static const char *breaks(const char *pattern, double width, wr_pdf_lb_line **out, size_t *count)
{
    return breaks_slack(pattern, width, 0, out, count);
}

static void test_fits_exactly(void)
{
    wr_pdf_lb_line *lines;
    size_t count;
    /* "aaa bbb" is 7 wide: at width 7 it is one line, a hair less and it breaks. */
    CHECK_STR(breaks("aaa bbb", 7.0, &lines, &count), "aaa bbb");
    CHECK_INT(count, 1);
    CHECK_DBL(lines[0].natural, 7.0, 1e-9);
    CHECK_INT(lines[0].glue, 1);
    CHECK(lines[0].last);
    free(lines);

    CHECK_STR(breaks("aaa bbb", 6.99, &lines, &count), "aaa/bbb");
    CHECK_INT(count, 2);
    CHECK_DBL(lines[0].natural, 3.0, 1e-9); /* the space at the break is not counted */
    CHECK_INT(lines[0].glue, 0);
    CHECK(!lines[0].last);
    CHECK(lines[1].last);
    free(lines);
}

static void test_word_longer_than_line(void)
{
    wr_pdf_lb_line *lines;
    size_t count;
    /* Cut by characters as a last resort: 4 + 4 + 2. */
    CHECK_STR(breaks("abcdefghij", 4.0, &lines, &count), "abcd/efgh/ij");
    CHECK_INT(count, 3);
    CHECK(!lines[0].hyphen);
    free(lines);

    /* A long word after a short one goes to its own line first. */
    CHECK_STR(breaks("ab cdefghij", 5.0, &lines, &count), "ab/cdefg/hij");
    free(lines);

    /* Narrower than one box: still one box per line, never an endless loop. */
    CHECK_STR(breaks("abc", 0.5, &lines, &count), "a/b/c");
    free(lines);
}

static void test_hyphenation_point_chosen(void)
{
    wr_pdf_lb_line *lines;
    size_t count;
    /* "aa bbb-" is 7 wide with the hyphen: the hyphen point is used. */
    CHECK_STR(breaks("aa bbb=ccc", 7.0, &lines, &count), "aa bbb-/ccc");
    CHECK(lines[0].hyphen);
    CHECK_DBL(lines[0].natural, 7.0, 1e-9);
    CHECK_INT(lines[0].end, 6); /* the line stops at the hyphen item */
    CHECK_INT(lines[1].start, 7);
    free(lines);

    /* At width 6 the hyphen does not fit: break at the space, word stays whole. */
    CHECK_STR(breaks("aa bbb=ccc", 6.0, &lines, &count), "aa/bbbccc");
    CHECK(!lines[0].hyphen);
    free(lines);

    /* The last hyphen point that fits wins: "aa bb=cc=dd" at 8 -> "aa bbcc-" (8 wide). */
    CHECK_STR(breaks("aa bb=cc=dd", 8.0, &lines, &count), "aa bbcc-/dd");
    free(lines);

    /* A hyphen point beats cutting a too-long word by characters. */
    CHECK_STR(breaks("abc=defgh", 5.0, &lines, &count), "abc-/defgh");
    free(lines);

    /* With a slack allowance, a hyphen is only used to avoid a looser line: ending at the
     * space leaves 5 empty, so at allowance 2 the hyphen is taken, at 6 it is not. */
    CHECK_STR(breaks_slack("aa bbb=ccc", 7.0, 2.0, &lines, &count), "aa bbb-/ccc");
    free(lines);
    CHECK_STR(breaks_slack("aa bbb=ccc", 7.0, 6.0, &lines, &count), "aa/bbbccc");
    free(lines);
    /* Right after a hyphenated line the allowance doubles: the second line would leave
     * 3 empty at its space ("cc d"), not more than 2 * 2, so it ends there, not at "d-";
     * with allowance 1 (doubled: 2) the hyphen is taken again. */
    CHECK_STR(breaks_slack("aa bbb=cc d d=eee", 7.0, 2.0, &lines, &count),
              "aa bbb-/cc d/deee");
    free(lines);
    CHECK_STR(breaks_slack("aa bbb=cc d d=eee", 7.0, 1.0, &lines, &count),
              "aa bbb-/cc d d-/eee");
    free(lines);
    /* Without a space on the line the allowance does not matter. */
    CHECK_STR(breaks_slack("abc=defgh", 5.0, 100.0, &lines, &count), "abc-/defgh");
    free(lines);

    /* A break after an existing dash adds no hyphen. */
    CHECK_STR(breaks("aa-~bbbb", 4.0, &lines, &count), "aa-/bbbb");
    CHECK(!lines[0].hyphen);
    free(lines);
}

static void test_forced_breaks_and_spaces(void)
{
    wr_pdf_lb_line *lines;
    size_t count;
    /* A forced break ends a line that is then not justified; spaces around it vanish. */
    CHECK_STR(breaks("aa bb |cc", 20.0, &lines, &count), "aa bb/cc");
    CHECK_INT(count, 2);
    CHECK(lines[0].last);
    CHECK_DBL(lines[0].natural, 5.0, 1e-9);
    free(lines);

    /* Two forced breaks give an empty line in between. */
    CHECK_STR(breaks("a||b", 20.0, &lines, &count), "a//b");
    CHECK_INT(count, 3);
    free(lines);

    /* Nothing to show: no lines. */
    CHECK_STR(breaks("   ", 20.0, &lines, &count), "");
    CHECK_INT(count, 0);
    free(lines);
}

static void test_justification_data(void)
{
    wr_pdf_lb_line *lines;
    size_t count;
    /* Three words on a line of 10: natural 8 with 2 glue -> 1 extra per gap. */
    CHECK_STR(breaks("aa bb cc dd", 10.0, &lines, &count), "aa bb cc/dd");
    CHECK_DBL(lines[0].natural, 8.0, 1e-9);
    CHECK_INT(lines[0].glue, 2);
    CHECK(!lines[0].last);
    free(lines);
}

/* Total fit (justified text) on a text of words of varying length: the spaces are widened
 * less, in the worst line, than greedy filling does; every line is within its width
 * (shrinking a space by at most a third), the words stay in order and the last line is
 * flagged. */
static double worst_stretch(const wr_pdf_lb_line *lines, size_t count, double width)
{
    double worst = 0;
    for (size_t l = 0; l + 1 < count; l++) {
        if (lines[l].glue == 0)
            continue;
        double per_gap = (width - lines[l].natural) / (double)lines[l].glue;
        if (per_gap > worst)
            worst = per_gap;
    }
    return worst;
}

static void test_total_fit(void)
{
    wr_pdf_lb_item items[MAX_ITEMS];
    char text[MAX_ITEMS];
    const char *pattern = "aaa bbbbbbbbb cc dddddd eeee ff ggggggggg hhh iiiiiii jj kkkkkk llll "
                          "mmm nnnnnnnnnn o pppppp qqqqq rrrrrrrr ss tttttt uuu vvvvvvvvv ww xxx";
    size_t n = items_from(pattern, items, text);
    const double width = 23.0; /* greedy leaves a line with 3 extra per space, total fit 2/3 */
    wr_pdf_lb_line *fit = NULL, *greedy = NULL;
    size_t nfit = 0, ngreedy = 0;
    CHECK(wr_pdf_linebreak_fit(items, n, width, 0, &fit, &nfit));
    CHECK(wr_pdf_linebreak(items, n, width, 0, &greedy, &ngreedy));
    CHECK(nfit > 3 && ngreedy > 3);
    CHECK(worst_stretch(fit, nfit, width) < worst_stretch(greedy, ngreedy, width));
    size_t boxes = 0, expect = 0;
    for (size_t i = 0; i < n; i++)
        expect += items[i].kind == WR_PDF_LB_BOX;
    for (size_t l = 0; l < nfit; l++) {
        CHECK(fit[l].natural <= width + fit[l].glue / 3.0 + 1e-9);
        CHECK(l == 0 || fit[l].start >= fit[l - 1].end);
        CHECK(fit[l].last == (l + 1 == nfit));
        for (size_t i = fit[l].start; i < fit[l].end; i++)
            boxes += items[i].kind == WR_PDF_LB_BOX;
    }
    CHECK_INT(boxes, expect);
    free(fit);
    free(greedy);

    /* Forced breaks end lines (not justified); a word wider than the line falls back to
     * the greedy breaker, which cuts it. */
    n = items_from("aa bb|cc dd", items, text);
    CHECK(wr_pdf_linebreak_fit(items, n, 20.0, 0, &fit, &nfit));
    CHECK_INT(nfit, 2);
    CHECK(fit[0].last && fit[1].last);
    free(fit);
    n = items_from("abcdefghij", items, text);
    CHECK(wr_pdf_linebreak_fit(items, n, 4.0, 0, &fit, &nfit));
    CHECK_INT(nfit, 3);
    free(fit);
    /* A hyphen point evens out a paragraph that would otherwise have a loose line. */
    n = items_from("aaaa bbbbbb=cccc dd eeee", items, text);
    CHECK(wr_pdf_linebreak_fit(items, n, 12.0, 0, &fit, &nfit));
    CHECK(nfit >= 2 && fit[0].hyphen);
    free(fit);
    n = items_from("", items, text);
    CHECK(wr_pdf_linebreak_fit(items, n, 12.0, 0, &fit, &nfit));
    CHECK_INT(nfit, 0);
    free(fit);
}

static uint32_t *letters(const char *ascii, size_t *n)
{
    static uint32_t buf[128];
    *n = strlen(ascii);
    for (size_t i = 0; i < *n; i++)
        buf[i] = (unsigned char)ascii[i];
    return buf;
}

static void test_dutch_hyphenation(void)
{
    const char *dict = "/usr/share/hyphen/hyph_nl_NL.dic";
    FILE *f = fopen(dict, "rb");
    if (!f) {
        printf("test_pdf_linebreak: %s missing, Dutch hyphenation not checked\n", dict);
        return;
    }
    fclose(f);
    wr_pdf_hyphenator *h = NULL;
    wr_error err = {0};
    CHECK_INT(wr_pdf_hyphenator_load(dict, &h, &err), WR_OK);
    if (!h)
        return;

    bool after[128];
    size_t n;
    uint32_t *w = letters("Wijkteam", &n); /* capital is lower-cased first: wijk-team */
    CHECK_INT(wr_pdf_hyphenate(h, w, n, after), 1);
    CHECK(after[3]);

    w = letters("arbeidsmarktparticipatie", &n);
    CHECK(wr_pdf_hyphenate(h, w, n, after) >= 5);
    CHECK(after[6]);   /* arbeids-markt */
    CHECK(after[11]);  /* markt-participatie */
    CHECK(!after[0]);  /* never a single letter on the left */
    CHECK(!after[n - 2]);

    w = letters("buurt", &n); /* 5 letters: too short */
    CHECK_INT(wr_pdf_hyphenate(h, w, n, after), 0);

    uint32_t fin[] = {'f', 'i', 'n', 'a', 'n', 'c', 'i', 0xEB, 'l', 'e'}; /* financiële */
    CHECK(wr_pdf_hyphenate(h, fin, 10, after) >= 2);
    CHECK(!after[1]); /* no "fi-": at least three letters on each side */
    CHECK(after[4]);  /* finan-ciële */
    CHECK(!after[8]);
    wr_pdf_hyphenator_free(h);
    wr_pdf_hyphenator_free(NULL);
}

int main(void)
{
    test_fits_exactly();
    test_word_longer_than_line();
    test_hyphenation_point_chosen();
    test_forced_breaks_and_spaces();
    test_justification_data();
    test_total_fit();
    test_dutch_hyphenation();
    return check_summary("test_pdf_linebreak");
}
