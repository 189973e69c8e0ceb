/* The floor of make bench: one single-threaded libcsv pass over the CSV files named on
 * the command line, the least any program that tokenizes them with libcsv must spend.
 * Each file is read in blocks of 1 MiB, its delimiter chosen from the header as
 * wijkrapport does (';' when the first line has more ';' than ','); every field and
 * record is counted, so the parse cannot be skipped. Prints the counts. */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t fields, records;

static void on_field(void *data, size_t len, void *user)
{
    (void)data;
    (void)len;
    (void)user;
    fields++;
}

static void on_record(int terminator, void *user)
{
    (void)terminator;
    (void)user;
    records++;
}

static unsigned char delimiter(const char *s, size_t n)
{
    size_t semicolons = 0, commas = 0;
    for (size_t i = 0; i < n && s[i] != '\n'; i++) {
        semicolons += s[i] == ';';
        commas += s[i] == ',';
    }
    return semicolons > commas ? ';' : ',';
}

int main(int argc, char **argv)
{
    static char block[1 << 20];
    for (int i = 1; i < argc; i++) {
        FILE *fp = fopen(argv[i], "rb");
        if (!fp) {
            perror(argv[i]);
            return 1;
        }
        struct csv_parser parser;
        if (csv_init(&parser, CSV_APPEND_NULL) != 0)
            return 1;
        size_t n;
        int first = 1;
        while ((n = fread(block, 1, sizeof block, fp)) > 0) {
            if (first)
                csv_set_delim(&parser, delimiter(block, n));
            first = 0;
            if (csv_parse(&parser, block, n, on_field, on_record, NULL) != n) {
                fprintf(stderr, "%s: %s\n", argv[i], csv_strerror(csv_error(&parser)));
                return 1;
            }
        }
        csv_fini(&parser, on_field, on_record, NULL);
        csv_free(&parser);
        fclose(fp);
    }
    printf("%zu records, %zu fields\n", records, fields);
    return 0;
}
