/* Issue 11, case 4: the workbook's limits are stated, never silent. A Datakwaliteit value
 * longer than a cell holds (32,767 characters) is cut with a note in the cell saying how
 * long it was; more problems than Excel has rows end in a row that says how many more
 * there are; a cell the library refuses makes the workbook an error naming the cell.
 * The XML is read back with Python's zipfile (python3 is a test dependency). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/strbuf.h"
#include "check.h"
#include "config/config.h"
#include "export/xlsx/xlsx_book.h"
#include "export/xlsx/xlsx_sheet.h"
#include "figures/compute.h"
#include "input/dataset.h"

/* The text of one part of the workbook (xl/sharedStrings.xml ...); the caller frees it. */
static char *xlsx_part(const char *path, const char *member)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "python3 -c 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1])"
             ".read(sys.argv[2]).decode())' '%s' '%s'", path, member);
    FILE *p = popen(cmd, "r");
    if (!p)
        return NULL;
    wr_strbuf b = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0)
        wr_strbuf_append(&b, buf, n);
    pclose(p);
    return wr_strbuf_take(&b);
}

static wr_figures *figures(const wr_config *cfg, const wr_dataset *ds)
{
    wr_figures *f = NULL;
    wr_error err = {0};
    if (wr_figures_compute(ds, cfg, wr_period_quarter(2026, 3), &f, &err) != WR_OK)
        fprintf(stderr, "%s\n", err.message);
    return f;
}

/* Writes the workbook of the fixture with these problems; returns its path (freed by the
 * caller, file removed by the caller) or NULL. */
static char *write_book(const wr_config *cfg, wr_figures *f, const wr_diag_list *diags, size_t row_limit,
                        wr_status expect)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/wr-xlsx-limits-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0)
        return NULL;
    close(fd);
    const wr_diag_list *saved = f->diags;
    f->diags = diags;
    wr_xlsx_input in = {.cfg = cfg, .current = f, .created = 1790000000, .quality_row_limit = row_limit};
    wr_error err = {0};
    wr_status st = wr_xlsx_write(path, &in, &err);
    f->diags = saved;
    CHECK_INT(st, expect);
    if (st != WR_OK)
        fprintf(stderr, "%s\n", err.message);
    return path;
}

static void test_long_value(const wr_config *cfg, wr_figures *f)
{
    size_t len = 40000;
    char *value = malloc(len + 1);
    if (!value)
        return;
    memset(value, 'x', len);
    value[len] = '\0';
    wr_diag_list diags = {0};
    wr_diag_add(&diags, WR_DIAG_UNKNOWN_CODE, WR_SEVERITY_WARNING, "trajecten.csv", 7, 4, "wijk", value,
                "code staat niet in de instellingen; telt mee als 'onbekend'");
    char *path = write_book(cfg, f, &diags, 0, WR_OK);
    char *strings = path ? xlsx_part(path, "xl/sharedStrings.xml") : NULL;
    CHECK(strings != NULL);
    if (strings) {
        const char *note = strstr(strings, " \xE2\x80\xA6 [ingekort: de hele tekst telt 40.000 tekens; een cel in "
                                           "Excel bevat er ten hoogste 32.767]");
        CHECK(note != NULL);
        if (note) { /* the cell is exactly as long as a cell may be, the note included */
            const char *start = note;
            while (start > strings && start[-1] == 'x')
                start--;
            const char *end = strstr(note, "</t>");
            size_t chars = 0;
            for (const char *p = start; end && p < end; p++)
                chars += ((unsigned char)*p & 0xC0) != 0x80;
            CHECK_INT(chars, 32767);
        }
    }
    free(strings);
    if (path)
        unlink(path);
    free(value);
    wr_diag_list_clear(&diags);
}

static void test_too_many_rows(const wr_config *cfg, wr_figures *f)
{
    wr_diag_list diags = {0};
    for (long i = 0; i < 12; i++)
        wr_diag_add(&diags, WR_DIAG_INVALID_DATE, WR_SEVERITY_ERROR, "trajecten.csv", 1001 + i, 6, "aanmelddatum",
                    "31-02-2026", "geen geldige datum; de regel telt in geen enkel cijfer mee");
    /* A sheet of 10 rows: the header, 8 problems and the closing row. */
    char *path = write_book(cfg, f, &diags, 10, WR_OK);
    char *strings = path ? xlsx_part(path, "xl/sharedStrings.xml") : NULL;
    char *sheet = path ? xlsx_part(path, "xl/worksheets/sheet8.xml") : NULL;
    CHECK(strings && sheet);
    if (strings && sheet) {
        CHECK(strstr(strings, "En nog 4 meldingen die niet op dit blad passen: een blad in Excel heeft ten hoogste "
                              "1.048.576 regels. 'wijkrapport controleer' toont alle 12 meldingen.") != NULL);
        CHECK(strstr(sheet, "<v>1008</v>") != NULL);  /* the 8th problem's line */
        CHECK(strstr(sheet, "<v>1009</v>") == NULL);  /* the 9th does not fit */
        CHECK(strstr(sheet, "<row r=\"10\"") != NULL); /* the closing row */
        CHECK(strstr(sheet, "<row r=\"11\"") == NULL);
    }
    free(strings);
    free(sheet);
    if (path)
        unlink(path);
    wr_diag_list_clear(&diags);
}

/* A call the library refuses is noted with its sheet and cell, and reported in Dutch. */
static void test_refused_cell(const wr_config *cfg)
{
    char path[] = "/tmp/wr-xlsx-refused-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    wr_xlsx_book b = {0};
    b.cfg = cfg;
    b.wb = workbook_new(path);
    wr_xlsx_sheet s;
    wr_xlsx_sheet_init(&s, &b, "Proef");
    s.ws = workbook_add_worksheet(b.wb, "Proef");
    wr_xlsx_text(&s, 3, 1, "past", NULL);
    CHECK(b.error == LXW_NO_ERROR);
    wr_xlsx_text(&s, LXW_ROW_MAX, 0, "past niet", NULL);
    wr_xlsx_number(&s, LXW_ROW_MAX + 5, 0, 1, 0, NULL); /* only the first failure is kept */
    CHECK(b.error == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
    CHECK_STR(b.error_cell, "Proef!regel 1048577");
    CHECK_STR(wr_xlsx_error_text(b.error),
              "de cel ligt buiten het blad (Excel heeft ten hoogste 1.048.576 regels en 16.384 kolommen)");
    workbook_close(b.wb);
    unlink(path);
}

int main(void)
{
    wr_error err = {0};
    wr_config *cfg = NULL;
    wr_dataset *ds = NULL;
    if (wr_config_load("tests/fixtures/config.ini", &cfg, &err) != WR_OK ||
        wr_dataset_load("tests/fixtures/bereik", cfg, &ds, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        wr_config_free(cfg);
        return 1;
    }
    wr_figures *f = figures(cfg, ds);
    CHECK(f != NULL);
    if (f) {
        test_long_value(cfg, f);
        test_too_many_rows(cfg, f);
    }
    test_refused_cell(cfg);
    wr_figures_free(f);
    wr_dataset_free(ds);
    wr_config_free(cfg);
    return check_summary("xlsx: grenzen");
}
