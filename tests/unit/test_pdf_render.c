/* The PDF stage as a whole, on small Markdown documents: reproducible bytes, the PDF/A
 * pieces, the outline and contents links, errors from malformed blocks; and the table
 * column fitting. Run from the source tree (it needs fonts/). The text layer and the
 * layout of the real report are checked end to end in tests/e2e/test_pdf.py. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "render/pdf/pdf_render.h"
#include "render/pdf/pdf_style.h"
#include "render/pdf/pdf_table_internal.h"

#define ICC "/usr/share/color/icc/sRGB.icc"
#define HYPH "/usr/share/hyphen/hyph_nl_NL.dic"

static wr_pdf_options options(void)
{
    wr_pdf_options o = {
        .title = "Kwartaalrapportage Proef",
        .author = "Buurts",
        .subject = "Proef",
        .keywords = "proef",
        .header_text = "Proef \xC2\xB7 3e kwartaal 2026",
        .font_dir = "fonts",
        .hyphen_dict = access(HYPH, R_OK) == 0 ? HYPH : NULL,
        .date_year = 2026,
        .date_month = 9,
        .date_day = 30,
        .icc_profile = access(ICC, R_OK) == 0 ? ICC : NULL,
    };
    return o;
}

/* Renders md into a fresh file and reads it back (caller frees); NULL on failure. */
static char *render(const char *md, const wr_pdf_options *o, size_t *size, wr_error *err)
{
    char path[] = "/tmp/wr-test-pdf-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        return NULL;
    close(fd);
    char *data = NULL;
    if (wr_pdf_render(md, strlen(md), o, path, err) == WR_OK) {
        FILE *f = fopen(path, "rb");
        if (f) {
            fseek(f, 0, SEEK_END);
            *size = (size_t)ftell(f);
            rewind(f);
            data = malloc(*size + 1);
            if (data && fread(data, 1, *size, f) == *size)
                data[*size] = '\0';
            fclose(f);
        }
    }
    remove(path);
    return data;
}

static size_t count(const char *data, size_t size, const char *what)
{
    size_t n = 0, len = strlen(what);
    for (size_t i = 0; i + len <= size; i++)
        if (memcmp(data + i, what, len) == 0)
            n++;
    return n;
}

/* The first occurrence of what in data[0..size), which holds binary streams too. */
static const char *find(const char *data, size_t size, const char *what)
{
    size_t len = strlen(what);
    for (size_t i = 0; i + len <= size; i++)
        if (memcmp(data + i, what, len) == 0)
            return data + i;
    return NULL;
}

static const char *DOC =
    "```voorblad\ntitel: Proef\nondertitel: 3e kwartaal 2026\nStatus: Concept\nDatum:\n```\n\n"
    "```inhoud\n```\n\n"
    "## Deel een\n\nEen alinea met **vet**, *cursief* en een [link](https://example.org/).\n\n"
    "### Paragraaf\n\n```kerncijfers\nBereik | 1.234 | +5 t.o.v. vorig kwartaal\n```\n\n"
    "## Deel twee\n\n```grafiek staven\ntitel: Bereik\ntekst: Bereik per wijk.\nA | 10\nB | <5\n```\n\n"
    "| Wijk | Bereik |\n|:--|--:|\n| A | 10 |\n| B | <5 |\n\n*Noot:* een noot.\n";

static void reproducible_and_archivable(void)
{
    wr_pdf_options o = options();
    wr_error err = {0};
    size_t n1 = 0, n2 = 0, n3 = 0;
    char *a = render(DOC, &o, &n1, &err);
    char *b = render(DOC, &o, &n2, &err);
    CHECK(a != NULL && b != NULL);
    if (!a || !b) {
        fprintf(stderr, "render: %s\n", err.message);
        free(a);
        free(b);
        return;
    }
    CHECK(n1 == n2 && memcmp(a, b, n1) == 0); /* the same input, the same bytes */
    CHECK(strncmp(a, "%PDF-1.4\n%", 10) == 0);
    CHECK(count(a, n1, "/Type /Metadata") == 1);
    CHECK(count(a, n1, "/ID [") == 1);
    CHECK(count(a, n1, "(D:20260930000000+00'00')") == 2);
    CHECK(count(a, n1, "/Lang (nl-NL)") == 1);
    if (o.icc_profile) {
        CHECK(count(a, n1, "/S /GTS_PDFA1") == 1);
        CHECK(count(a, n1, "<pdfaid:part>1</pdfaid:part>") == 1);
    }
    /* One outline item per heading (the information dictionary has a /Title too). */
    CHECK_INT(count(a, n1, "/Title <FEFF"), 3 + 1);
    /* Three contents entries link inside the document; the Markdown link goes out. */
    CHECK_INT(count(a, n1, "/Subtype /Link"), 4);
    CHECK_INT(count(a, n1, "/S /URI"), 1);
    CHECK_INT(count(a, n1, "/F 4"), 4); /* every annotation printable */
    CHECK(count(a, n1, "HPDFA") > 0);   /* fonts embedded with a subset tag */

    /* A different text gives a different document ID. */
    char *c = render("## Anders\n\nTekst.\n", &o, &n3, &err);
    CHECK(c != NULL);
    if (c) {
        const char *ia = find(a, n1, "/ID ["), *ic = find(c, n3, "/ID [");
        CHECK(ia && ic && strncmp(ia, ic, 40) != 0);
    }
    free(a);
    free(b);
    free(c);

    /* Without a colour profile the file makes no PDF/A claim. */
    o.icc_profile = NULL;
    a = render(DOC, &o, &n1, &err);
    CHECK(a && count(a, n1, "pdfaid") == 0 && count(a, n1, "GTS_PDFA1") == 0);
    free(a);
}

/* Charts with awkward data still draw: nothing to show, only suppressed or missing
 * values, negatives, many categories, long labels, huge numbers. */
static void awkward_charts(void)
{
    wr_pdf_options o = options();
    wr_error err = {0};
    size_t n = 0;
    const char *md =
        "```grafiek staven\ntitel: Leeg\ntekst: Geen regels.\n```\n\n"
        "```grafiek staven\ntitel: Onderdrukt\ntekst: Alleen kleine aantallen.\nA | <5\nB | \xE2\x80\x93\n```\n\n"
        "```grafiek kolommen\ntitel: Negatief\ntekst: Verschillen.\nreeksen: X | Y\n"
        "Een heel lang label dat niet op een regel past | -40 | 30\nB | 12 | -7\n```\n\n"
        "```grafiek lijn\ntitel: Veel jaren\ntekst: Een lange reeks.\nreeksen: Stad | Wijk\ndoel: 50%\n"
        "2010 | 40% | n<10\n2011 | 42% | 45%\n2012 | <5 | 47%\n2013 | 44% | 48%\n2014 | 45% | 49%\n"
        "2015 | 46% | 51%\n2016 | 47% | 50%\n2017 | 48% | 52%\n2018 | 49% | 53%\n2019 | 50% | 55%\n"
        "2020 | 51% | 54%\n2021 | 52% | 56%\n```\n\n"
        "```grafiek gestapeld\ntitel: Groot\ntekst: Grote getallen.\nreeksen: A | B\n"
        "Rij | 1.234.567.890 | 987.654.321\nLeeg | \xE2\x80\x93 | \xE2\x80\x93\n```\n\n"
        "```kerncijfers\nEen | \xE2\x82\xAC\xC2\xA0" "123.456.789.012 | gelijk\nTwee | 2\nDrie | 3\nVier | 4\nVijf | <5 | +1\n```\n";
    char *a = render(md, &o, &n, &err);
    CHECK(a != NULL);
    if (!a)
        fprintf(stderr, "awkward charts: %s\n", err.message);
    free(a);
}

static void errors(void)
{
    wr_pdf_options o = options();
    wr_error err = {0};
    size_t n = 0;
    char *a = render("# T\n\n```grafiek staven\ntitel: T\nA | 1\n```\n", &o, &n, &err);
    CHECK(a == NULL);
    CHECK_INT(err.status, WR_ERR_CONFIG);
    CHECK(strstr(err.message, "tekst:") != NULL);
    free(a);

    a = render("# T\n\n```kerncijfers\nalleen\n```\n", &o, &n, &err);
    CHECK(a == NULL && err.status == WR_ERR_CONFIG);
    free(a);

    o.font_dir = "/nonexistent";
    a = render("# T\n", &o, &n, &err);
    CHECK(a == NULL && err.status == WR_ERR_CONFIG && strstr(err.message, "lettertype"));
    free(a);

    o = options();
    o.icc_profile = "/nonexistent.icc";
    a = render("# T\n", &o, &n, &err);
    CHECK(a == NULL && err.status == WR_ERR_CONFIG && strstr(err.message, "kleurprofiel"));
    free(a);

    o = options();
    CHECK_INT(wr_pdf_render(NULL, 3, &o, "/tmp/x.pdf", &err), WR_ERR_INTERNAL);
    o.date_month = 13;
    CHECK_INT(wr_pdf_render("# T\n", 4, &o, "/tmp/x.pdf", &err), WR_ERR_INTERNAL);
}

static double sum(const double *v, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += v[i];
    return s;
}

static void columns(void)
{
    const double W = 450;
    double out[4];
    /* A label and a number: half the text width, the extra in the label column. */
    double want2[] = {110, 40}, min2[] = {60, 40};
    bool text2[] = {true, false};
    wr_pdf_fit_columns(want2, min2, text2, 2, W, out);
    CHECK_DBL(sum(out, 2), W / 2, 1e-6);
    CHECK_DBL(out[1], 40 + WR_PDF_TABLE_GUTTER, 1e-6);
    /* Four columns wanting 300 (plus gutters): three quarters. */
    double want4[] = {130, 40, 40, 40}, min4[] = {80, 40, 40, 40};
    bool text4[] = {true, false, false, false};
    wr_pdf_fit_columns(want4, min4, text4, 4, W, out);
    CHECK_DBL(sum(out, 4), W * 0.75, 1e-6);
    CHECK(out[3] >= 40 && out[3] <= 40 + WR_PDF_TABLE_GUTTER + 1e-6);
    /* Too wide: shrunk to the text width, never below the longest word while possible. */
    double wide[] = {400, 300, 60}, minw[] = {90, 120, 60};
    bool textw[] = {true, true, false};
    wr_pdf_fit_columns(wide, minw, textw, 3, W, out);
    CHECK_DBL(sum(out, 3), W, 1e-6);
    CHECK(out[0] >= 90 - 1e-6 && out[1] >= 120 - 1e-6 && out[2] >= 60 - 1e-6);
    /* Nearly full: the full width. */
    double full[] = {300, 100}, minf[] = {100, 100};
    wr_pdf_fit_columns(full, minf, text2, 2, W, out);
    CHECK_DBL(sum(out, 2), W, 1e-6);
}

int main(void)
{
    columns();
    if (access("fonts/OpenSans-Regular.ttf", R_OK) != 0) {
        fprintf(stderr, "fonts/ not found: run from the source tree\n");
        return check_summary("pdf_render");
    }
    reproducible_and_archivable();
    awkward_charts();
    errors();
    return check_summary("pdf_render");
}
