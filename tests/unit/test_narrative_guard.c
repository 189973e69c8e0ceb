/* The personal-data guard: positives and negatives per kind, masking, line and column,
 * the message, the fixtures in tests/fixtures/teksten/privacy, and no findings in the
 * sample texts nor in the scaffolds the program itself writes. Every text is scanned
 * from an exact-size copy without a terminating NUL, so AddressSanitizer catches any
 * read past the end. */
#include <dirent.h>
#include <stdbool.h>
#include <stdlib.h>

#include "check.h"
#include "narrative/guard.h"
#include "narrative/scaffold.h"
#include "narrative/spec.h"

static wr_guard_findings *scan(const char *text)
{
    size_t len = strlen(text);
    char *copy = malloc(len ? len : 1);
    if (!copy)
        return NULL;
    memcpy(copy, text, len);
    wr_guard_findings *f = NULL;
    wr_error err = {0};
    if (wr_guard_scan(copy, len, &f, &err) != WR_OK)
        fprintf(stderr, "scan failed: %s\n", err.message);
    free(copy);
    return f;
}

static void show(const char *text, const wr_guard_findings *f)
{
    fprintf(stderr, "  text: \"%s\"\n", text);
    for (size_t i = 0; f && i < f->count; i++)
        fprintf(stderr, "  found %s at %zu:%zu \"%s\"\n", wr_guard_kind_label(f->items[i].kind), f->items[i].line,
                f->items[i].column, f->items[i].masked);
}

/* Exactly one finding, of kind, masked as expected (NULL: do not compare). */
static bool one(const char *text, wr_guard_kind kind, const char *masked)
{
    wr_guard_findings *f = scan(text);
    bool ok = f && f->count == 1 && f->items[0].kind == kind && (!masked || strcmp(f->items[0].masked, masked) == 0);
    if (!ok)
        show(text, f);
    wr_guard_findings_free(f);
    return ok;
}

static bool none(const char *text)
{
    wr_guard_findings *f = scan(text);
    bool ok = f && f->count == 0;
    if (!ok)
        show(text, f);
    wr_guard_findings_free(f);
    return ok;
}

static void test_bsn(void)
{
    /* 123456782: 9+16+21+24+25+24+21+16-2 = 154 = 14*11. 111222333: 66 = 6*11. */
    CHECK(one("Het BSN is 123456782.", WR_GUARD_BSN, "12******2"));
    CHECK(one("111222333", WR_GUARD_BSN, "11******3"));
    CHECK(one("bsn: 1234.56.782", WR_GUARD_BSN, "12**.**.**2"));
    CHECK(one("bsn 123 456 782 bekend", WR_GUARD_BSN, "12* *** **2"));
    CHECK(one("(123.456.782)", WR_GUARD_BSN, "12*.***.**2"));
    CHECK(one("123-456-782", WR_GUARD_BSN, NULL));
    CHECK(one("nummer 123\xC2\xA0" "456\xC2\xA0" "782", WR_GUARD_BSN, NULL));
    /* 123456789 fails the 11-proof (147); 000000000 and 000000012 sum to 0. */
    CHECK(none("Klantnummer 123456789."));
    CHECK(none("000000000 en 000000012"));
    /* Amounts and other numbers. */
    CHECK(none("Het budget is € 300.000 per jaar."));
    CHECK(none("In totaal 1.234.567 euro."));
    CHECK(none("€ 123.456.782 en EUR 123456782 en 123.456.782,- en 123456782 euro"));
    CHECK(none("1.123.456.782 en 123.456.782.000"));
    CHECK(none("1234567820 en 1123456782 en a123456782 en 123456782b"));
    CHECK(none("IBAN NL91ABNA0417164300"));
    CHECK(none("1234.567.82 en 12.345.6782"));
}

static void test_phone(void)
{
    CHECK(one("Bel 06-12345678.", WR_GUARD_PHONE, "06-******78"));
    CHECK(one("06 1234 5678", WR_GUARD_PHONE, "06 **** **78"));
    CHECK(one("0612345678", WR_GUARD_PHONE, NULL));
    CHECK(one("06 12 34 56 78", WR_GUARD_PHONE, "06 ** ** ** 78"));
    CHECK(one("06-12-34-56-78", WR_GUARD_PHONE, NULL));
    CHECK(one("+31 6 12345678", WR_GUARD_PHONE, "+31 * ******78"));
    CHECK(one("+31612345678", WR_GUARD_PHONE, NULL));
    CHECK(one("+31 (0)6 12345678", WR_GUARD_PHONE, NULL));
    CHECK(one("0031 6 12345678", WR_GUARD_PHONE, NULL));
    CHECK(one("0031-23-5115115", WR_GUARD_PHONE, NULL));
    CHECK(one("tel. 023-5115115", WR_GUARD_PHONE, "02*-*****15"));
    CHECK(one("023 511 5115", WR_GUARD_PHONE, NULL));
    CHECK(one("(023) 511 5115", WR_GUARD_PHONE, NULL));
    CHECK(one("010 - 123 45 67", WR_GUARD_PHONE, NULL));
    CHECK(one("gratis: 0800-1234", WR_GUARD_PHONE, "08**-**34"));
    CHECK(one("0800 022 3344", WR_GUARD_PHONE, NULL));
    CHECK(one("0900-1234567", WR_GUARD_PHONE, NULL));
    CHECK(one("tel:0612345678", WR_GUARD_PHONE, NULL));
    /* Opening hours, quarters, short and long numbers, the municipality's 14 023. */
    CHECK(none("Open van 09.00-17.00 uur en van 08.30 - 12.00 uur."));
    CHECK(none("Inloop 09.00 tot 12.30, 2026-Q3, 0,5 fte."));
    CHECK(none("06-1234567 en 06-123456789 en 12345678"));
    CHECK(none("Bel 14 023 of kijk op haarlem.nl."));
    CHECK(none("09.00-1234567 en 0 6 12345678"));
    CHECK(none("+32 6 12345678 en +31 6 1234"));
}

static void test_email(void)
{
    CHECK(one("Mail jan.jansen@gmail.com.", WR_GUARD_EMAIL, "j*********@g****.com"));
    CHECK(one("<info@buurts.nl>", WR_GUARD_EMAIL, "i***@b*****.nl"));
    CHECK(one("a.b-c+d@mail.example.org", WR_GUARD_EMAIL, "a******@m***.*******.org"));
    CHECK(one("jan123456782@example.nl", WR_GUARD_EMAIL, NULL)); /* the digits are part of it */
    CHECK(none("Volg ons via @buurts of @gemeente.haarlem."));
    CHECK(none("a@b en x@y.c en jan@localhost en @ en jan@.nl en jan.@x.nl en jan@x..nl"));
    CHECK(none("jan [at] example.nl"));
}

static void test_birth_date(void)
{
    CHECK(one("Geboren op 3 maart 1954.", WR_GUARD_BIRTH_DATE, "* maart 1954"));
    CHECK(one("Geboortedatum: 03-03-1954", WR_GUARD_BIRTH_DATE, "**-**-1954"));
    CHECK(one("geb. 3-3-54", WR_GUARD_BIRTH_DATE, "*-*-54"));
    CHECK(one("die op 12 mei 2026 is geboren", WR_GUARD_BIRTH_DATE, "** mei 2026"));
    CHECK(one("geboren op\n3 maart\n1954", WR_GUARD_BIRTH_DATE, NULL)); /* wrapped lines */
    /* Any full date from 1900 to 2015 without a moment word. */
    CHECK(one("Haar zoon, 12/05/2010, gaat naar school.", WR_GUARD_BIRTH_DATE, "**/**/2010"));
    CHECK(one("3.3.1954", WR_GUARD_BIRTH_DATE, NULL));
    CHECK(one("1950-11-30", WR_GUARD_BIRTH_DATE, "1950-**-**"));
    CHECK(one("op 3 mrt. 1954", WR_GUARD_BIRTH_DATE, NULL));
    CHECK(one("29-2-2000", WR_GUARD_BIRTH_DATE, NULL));
    /* A year, a month and year, a quarter, dates of recent years, moments in time. */
    CHECK(none("In 1954 gebouwd, in maart 1998 verbouwd, sinds 2015."));
    CHECK(none("In 2026-Q3 en Q1 2027."));
    CHECK(none("Op 12 september 2026 en op 30-09-2026 en 2026-10-01."));
    CHECK(none("Sinds 1 januari 2015 de Wmo. Met ingang van\n1 januari 2015 de Jeugdwet."));
    CHECK(none("per 1-1-2014, vanaf 1 juli 2012, tot 31-12-2013, t/m 1 mei 2015"));
    CHECK(none("3-3-54 en 1-2 keer en 8/10 en 12.30"));
    CHECK(none("31-02-1954 en 29-2-1900 en 12-13-1990 en 0-1-1954 en 32 maart 1954"));
    CHECK(none("3 maart 1899 en 3 maart 1954x en 3 maartje 1954"));
    /* The birth word must be close and in the same paragraph. */
    CHECK(none("Ze is geboren.\n\nOp 3 maart 2020 kwam ze bij ons."));
    CHECK(none("Ze is in Haarlem geboren en heeft haar hele leven daar gewoond; op 3 maart 2020 kwam ze."));
}

static void test_position_and_message(void)
{
    const char *text = "Eerste régel\nCafé: 06-12345678 en bsn 123456782\r\nen\tmail a@b.nl";
    wr_guard_findings *f = scan(text);
    CHECK(f && f->count == 3);
    if (f && f->count == 3) {
        CHECK_INT(f->items[0].kind, WR_GUARD_PHONE);
        CHECK_INT(f->items[0].line, 2);
        CHECK_INT(f->items[0].column, 7); /* "Café: " is six characters, seven bytes */
        CHECK_INT(f->items[0].offset, strstr(text, "06-") - text);
        CHECK_INT(f->items[0].length, 11);
        CHECK_INT(f->items[1].kind, WR_GUARD_BSN);
        CHECK_INT(f->items[1].line, 2);
        CHECK_INT(f->items[1].column, 26);
        CHECK_INT(f->items[2].kind, WR_GUARD_EMAIL);
        CHECK_INT(f->items[2].line, 3);
        CHECK_INT(f->items[2].column, 9);
        wr_strbuf msg = {0};
        wr_guard_describe("teksten/2026-Q3/verhalen.md", &f->items[0], &msg);
        CHECK_STR(wr_strbuf_cstr(&msg), "teksten/2026-Q3/verhalen.md, regel 2, kolom 7: dit lijkt op een "
                                        "telefoonnummer (06-******78). Haal persoonsgegevens van inwoners uit "
                                        "de tekst.");
        CHECK(strstr(wr_strbuf_cstr(&msg), "12345678") == NULL);
        wr_strbuf_free(&msg);
        wr_guard_describe(NULL, &f->items[1], &msg);
        const char *start = "regel 2, kolom 26: dit lijkt op een burgerservicenummer (12******2).";
        CHECK(strncmp(wr_strbuf_cstr(&msg), start, strlen(start)) == 0);
        wr_strbuf_free(&msg);
    }
    wr_guard_findings_free(f);
    CHECK_STR(wr_guard_kind_label(WR_GUARD_BIRTH_DATE), "geboortedatum");
    CHECK_STR(wr_guard_kind_label(WR_GUARD_EMAIL), "e-mailadres");
}

/* Texts cut off in the middle of every pattern: nothing found, nothing read past the end. */
static void test_truncated(void)
{
    static const char *const cuts[] = {"", "0", "06", "06-", "06-1234567", "+", "+3", "+31", "+31 ", "+31 (0",
                                       "0031", "(0", "(023", "(023)", "0800", "0800-", "123.", "123.456.",
                                       "1234.56.", "3", "3 ", "3 maart", "3 maart ", "3 maart 195", "3-3-",
                                       "3-3", "1954-03-", "@", "a@", "a@b.", "a@b.n", "geb.", "geboren op 3",
                                       "\xC2", "123\xC2", "123 456\xE2\x80", "geboren\n\n"};
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++)
        CHECK(none(cuts[i]));
}

static void test_fixtures(void)
{
    wr_guard_findings *f = NULL;
    wr_error err = {0};
    CHECK_INT(wr_guard_scan_file("tests/fixtures/teksten/privacy/met-persoonsgegevens.md", &f, &err), WR_OK);
    static const struct {
        wr_guard_kind kind;
        size_t line, column;
        const char *masked;
    } expected[] = {
        {WR_GUARD_BIRTH_DATE, 3, 30, "* maart 1954"},
        {WR_GUARD_PHONE, 3, 60, "06-******78"},
        {WR_GUARD_BSN, 4, 13, "12**.**.**2"},
        {WR_GUARD_EMAIL, 4, 58, "d**************@e******.nl"},
        {WR_GUARD_PHONE, 5, 27, "+31 (*)** *** **15"},
        {WR_GUARD_PHONE, 5, 53, "09**-*****67"},
        {WR_GUARD_BIRTH_DATE, 6, 12, "**/**/2010"},
        {WR_GUARD_BIRTH_DATE, 8, 22, "1950-**-**"},
        {WR_GUARD_BSN, 8, 49, "11* *** **3"},
    };
    size_t n = sizeof expected / sizeof expected[0];
    CHECK(f && f->count == n);
    for (size_t i = 0; f && i < n && i < f->count; i++) {
        CHECK_INT(f->items[i].kind, expected[i].kind);
        CHECK_INT(f->items[i].line, expected[i].line);
        CHECK_INT(f->items[i].column, expected[i].column);
        CHECK_STR(f->items[i].masked, expected[i].masked);
    }
    wr_guard_findings_free(f);

    f = NULL;
    CHECK_INT(wr_guard_scan_file("tests/fixtures/teksten/privacy/zonder-persoonsgegevens.md", &f, &err), WR_OK);
    CHECK(f && f->count == 0);
    if (f && f->count)
        show("zonder-persoonsgegevens.md", f);
    wr_guard_findings_free(f);

    f = NULL;
    CHECK_INT(wr_guard_scan_file("tests/fixtures/teksten/privacy/bestaat-niet.md", &f, &err), WR_ERR_INPUT);
    CHECK(f == NULL);
    CHECK(strstr(err.message, "bestaat-niet.md kan niet worden gelezen") != NULL);
}

/* The team's real example texts must pass without a single warning. */
static void test_sample_texts(void)
{
    const char *dir = "sample-data/teksten/2026-Q3";
    DIR *d = opendir(dir);
    CHECK(d != NULL);
    size_t files = 0;
    for (struct dirent *e; d && (e = readdir(d));) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 3, ".md") != 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        wr_guard_findings *f = NULL;
        wr_error err = {0};
        CHECK_INT(wr_guard_scan_file(path, &f, &err), WR_OK);
        CHECK(f && f->count == 0);
        if (f && f->count)
            show(path, f);
        wr_guard_findings_free(f);
        files++;
    }
    if (d)
        closedir(d);
    CHECK(files >= 7);
}

/* The scaffolds the program writes itself do not trip the guard. */
static void test_scaffolds(void)
{
    wr_narrative_list *list = NULL;
    wr_error err = {0};
    CHECK_INT(wr_narrative_list_load("templates/" WR_NARRATIVE_LIST_FILE, &list, &err), WR_OK);
    for (int year = 0; list && year <= 1; year++) {
        size_t count;
        const wr_narrative_spec *specs = wr_narrative_list_texts(list, year, &count);
        for (size_t i = 0; i < count; i++) {
            char *text = wr_scaffold_text(&specs[i]);
            CHECK(text && none(text));
            free(text);
        }
    }
    wr_narrative_list_free(list);
}

int main(void)
{
    test_bsn();
    test_phone();
    test_email();
    test_birth_date();
    test_position_and_message();
    test_truncated();
    test_fixtures();
    test_sample_texts();
    test_scaffolds();
    wr_guard_findings_free(NULL);
    return check_summary("narrative_guard");
}
