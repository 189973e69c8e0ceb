/* The CSV reading layer: delimiter detection, BOM, CRLF, quoting, line numbers,
 * blank records, header mapping and the file-level errors. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "input/csv_table.h"

static const wr_csv_column columns[] = {{"id", true, false}, {"naam", true, true}, {"datum", false, false}};

typedef struct {
    int rows;
    long lines[8];
    char names[8][64];
    char dates[8][32];
} collected;

static wr_status collect(void *user, const wr_csv_row *row, wr_error *err)
{
    (void)err;
    collected *c = user;
    if (c->rows < 8) {
        c->lines[c->rows] = row->line;
        snprintf(c->names[c->rows], sizeof c->names[0], "%s", row->values[1]);
        snprintf(c->dates[c->rows], sizeof c->dates[0], "%s", row->values[2]);
    }
    c->rows++;
    return WR_OK;
}

static char path[64];

static wr_status read_text(const char *text, collected *c, wr_diag_list *diags, wr_error *err)
{
    FILE *fp = fopen(path, "wb");
    fputs(text, fp);
    fclose(fp);
    memset(c, 0, sizeof *c);
    return wr_csv_read_table(path, "test.csv", columns, 3, collect, c, diags, err);
}

static void test_semicolon_bom_crlf(void)
{
    collected c;
    wr_diag_list diags = {0};
    wr_error err = {0};
    wr_status st = read_text("\xEF\xBB\xBF" "Id ; NAAM;datum;extra\r\n1;Anna;2026-07-01;x\r\n\r\n2;\"Bo; de \"\"Boer\"\"\";;\r\n", &c,
                             &diags, &err);
    CHECK(st == WR_OK);
    CHECK_INT(c.rows, 2);
    CHECK_INT(c.lines[0], 2);
    CHECK_INT(c.lines[1], 4); /* the blank line 3 is skipped, numbering goes on */
    CHECK_STR(c.names[0], "Anna");
    CHECK_STR(c.names[1], "Bo; de \"Boer\"");
    CHECK_STR(c.dates[0], "2026-07-01");
    CHECK_INT(diags.count, 1); /* the unknown column "extra", noted once */
    if (diags.count) {
        CHECK_INT(diags.items[0].kind, WR_DIAG_UNKNOWN_COLUMN);
        CHECK_INT(diags.items[0].column, 4);
    }
    wr_diag_list_clear(&diags);
}

static void test_comma_quoted_newline(void)
{
    collected c;
    wr_diag_list diags = {0};
    wr_error err = {0};
    /* Column order is free; a quoted field spans lines 2-3; a record of only
     * delimiters (line 4) is skipped; the last line has no line ending. */
    wr_status st = read_text("naam,id\n\"twee\nregels\",1\n,\n  Cas  ,3", &c, &diags, &err);
    CHECK(st == WR_OK);
    CHECK_INT(c.rows, 2);
    CHECK_INT(c.lines[0], 2);
    CHECK_INT(c.lines[1], 5);
    CHECK_STR(c.names[0], "twee\nregels");
    CHECK_STR(c.names[1], "Cas");
    CHECK_STR(c.dates[1], ""); /* absent optional column reads as empty */
    wr_diag_list_clear(&diags);
}

static void test_delimiter_choice(void)
{
    collected c;
    wr_diag_list diags = {0};
    wr_error err = {0};
    /* More commas than semicolons in the header: comma-separated. */
    CHECK(read_text("id,naam,datum\n1,\"a;b\",\n", &c, &diags, &err) == WR_OK);
    CHECK_STR(c.names[0], "a;b");
    wr_diag_list_clear(&diags);
}

static void test_file_errors(void)
{
    collected c;
    wr_diag_list diags = {0};
    wr_error err = {0};
    CHECK(read_text("id;datum\n1;2026-01-01\n", &c, &diags, &err) == WR_ERR_INPUT);
    CHECK(strstr(err.message, "regel 1") && strstr(err.message, "'naam'"));
    CHECK(read_text("id;naam\n1;ok\n2;caf\xE9\n", &c, &diags, &err) == WR_ERR_INPUT);
    CHECK(strstr(err.message, "regel 3") && strstr(err.message, "UTF-8"));
    CHECK(read_text("", &c, &diags, &err) == WR_ERR_INPUT);
    CHECK(strstr(err.message, "kopregel") != NULL);
    CHECK(wr_csv_read_table("/nonexistent/x.csv", "x.csv", columns, 3, collect, &c, &diags, &err) == WR_ERR_INPUT);
    CHECK(strstr(err.message, "/nonexistent/x.csv") != NULL);
    wr_diag_list_clear(&diags);
}

/* Issue 11, case 1: a quote that is never closed swallowed the rest of the file without a
 * word; now the file is refused, naming the line of the quote. */
static void test_unclosed_quote_at_end(void)
{
    collected c;
    wr_diag_list diags = {0};
    wr_error err = {0};
    CHECK(read_text("id;naam;datum\n1;a;x\n2;b;x\n3;c;x\n4;d;\"x\n5;e;x\n6;f;x\n", &c, &diags, &err) == WR_ERR_INPUT);
    CHECK(strncmp(err.message, path, strlen(path)) == 0 && strstr(err.message, ", regel 5, kolom 3: een aanhalingsteken"));
    CHECK(strstr(err.message, "regel 7") != NULL); /* where the file ends */
    wr_diag_list_clear(&diags);
}

/* A quote closed by a later field's quote joined the lines between them into one record. */
static void test_quote_joins_lines(void)
{
    collected c;
    wr_diag_list diags = {0};
    wr_error err = {0};
    /* The quote on line 3 is closed by the first quote of line 5: lines 3-5 make one
     * record of 5 fields against 3 in the header. */
    CHECK(read_text("id;naam;datum\n1;a;x\n2;b;\"c\n3;d;e\n4;\"f\";g\n", &c, &diags, &err) == WR_ERR_INPUT);
    CHECK(strstr(err.message, ", regel 3, kolom 3: een aanhalingsteken") != NULL);
    CHECK(strstr(err.message, "regels 3 tot en met 5") != NULL);
    /* The right field count, but a line end in a column that is not free text. */
    CHECK(read_text("id;naam;datum\n1;a;\"2026-\n01-01\"\n2;b;x\n", &c, &diags, &err) == WR_ERR_INPUT);
    CHECK(strstr(err.message, "regel 2, kolom 3") && strstr(err.message, "regels 2 tot en met 3"));
    /* A line end inside quoted free text is fine. */
    CHECK(read_text("id;naam;datum\n1;\"a\nb\";x\n2;c;y\n", &c, &diags, &err) == WR_OK);
    CHECK_INT(c.rows, 2);
    CHECK_INT(c.lines[1], 4);
    wr_diag_list_clear(&diags);
}

/* Issue 11, case 3: CR-only line ends were read, but every line was "regel 1". */
static void test_cr_line_ends(void)
{
    collected c;
    wr_diag_list diags = {0};
    wr_error err = {0};
    CHECK(read_text("id;naam;datum\r1;a;x\r\r2;b;y\r\n3;c;z", &c, &diags, &err) == WR_OK);
    CHECK_INT(c.rows, 3);
    CHECK_INT(c.lines[0], 2);
    CHECK_INT(c.lines[1], 4); /* line 3 is blank; CRLF after line 4 is one line end */
    CHECK_INT(c.lines[2], 5);
    CHECK_STR(c.names[1], "b");
    CHECK(read_text("id;naam\r1;ok\r2;caf\xE9\r", &c, &diags, &err) == WR_ERR_INPUT);
    CHECK(strstr(err.message, "regel 3") && strstr(err.message, "UTF-8"));
    /* The delimiter is chosen from the first line only, not from the whole file. */
    CHECK(read_text("id;naam;datum\r1;a,b,c,d;x\r", &c, &diags, &err) == WR_OK);
    CHECK_STR(c.names[0], "a,b,c,d");
    wr_diag_list_clear(&diags);
}

/* Issue 11, case 3: a column named twice silently kept the first. */
static void test_repeated_column(void)
{
    collected c;
    wr_diag_list diags = {0};
    wr_error err = {0};
    CHECK(read_text("id;naam;datum;Naam\n1;a;x;b\n", &c, &diags, &err) == WR_ERR_INPUT);
    CHECK(strstr(err.message, ", regel 1: de kolom 'naam' staat twee keer in de kopregel (kolom 2 en kolom 4)") != NULL);
    /* Columns the program does not read may repeat: each is noted as unknown. */
    CHECK(read_text("id;naam;x;x\n1;a;b;c\n", &c, &diags, &err) == WR_OK);
    CHECK_INT(diags.count, 2);
    wr_diag_list_clear(&diags);
}

int main(void)
{
    snprintf(path, sizeof path, "/tmp/wr-csv-test-%ld.csv", (long)getpid());
    test_semicolon_bom_crlf();
    test_comma_quoted_newline();
    test_delimiter_choice();
    test_file_errors();
    test_unclosed_quote_at_end();
    test_quote_joins_lines();
    test_cr_line_ends();
    test_repeated_column();
    unlink(path);
    return check_summary("csv");
}
