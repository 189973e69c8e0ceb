#include "input/csv_table.h"

#include <csv.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/errno_nl.h"
#include "base/stage_times.h"
#include "base/strbuf.h"
#include "base/utf8.h"

typedef struct {
    const char *path;
    const char *file_name;
    const wr_csv_column *columns;
    size_t column_count;
    wr_csv_row_fn fn;
    void *user;
    wr_diag_list *diags;
    wr_error *err;

    wr_strbuf fields;     /* the current record's fields, each NUL-terminated */
    size_t *offsets;      /* start of each field in `fields` */
    size_t field_count, field_cap;

    bool have_header;
    size_t header_count;  /* fields in the header */
    int *map;             /* expected column -> field index in the file, -1 when absent */
    int *file_columns;    /* expected column -> 1-based file column, 0 when absent */
    const char **values;

    long line;            /* line being fed to the parser */
    long record_line;     /* line where the open record started */
    bool record_open;
    wr_status status;     /* first failure inside a callback */
} reader;

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    char *end = s + strlen(s);
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n'))
        *--end = '\0';
    return s;
}

static void on_field(void *data, size_t len, void *ctx)
{
    reader *r = ctx;
    if (r->status != WR_OK)
        return;
    if (r->field_count == r->field_cap) {
        size_t cap = r->field_cap ? r->field_cap * 2 : 16;
        size_t *offsets = realloc(r->offsets, cap * sizeof *offsets);
        if (!offsets) {
            r->status = wr_error_set(r->err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het lezen van %s.", r->path);
            return;
        }
        r->offsets = offsets;
        r->field_cap = cap;
    }
    r->offsets[r->field_count++] = r->fields.len;
    wr_strbuf_append(&r->fields, data ? (const char *)data : "", data ? len : 0);
    wr_strbuf_append(&r->fields, "", 1);
}

static wr_status read_header(reader *r)
{
    r->map = malloc(r->column_count * sizeof *r->map);
    r->file_columns = calloc(r->column_count, sizeof *r->file_columns);
    r->values = calloc(r->column_count, sizeof *r->values);
    if (!r->map || !r->file_columns || !r->values)
        return wr_error_set(r->err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het lezen van %s.", r->path);
    for (size_t c = 0; c < r->column_count; c++)
        r->map[c] = -1;
    for (size_t f = 0; f < r->field_count; f++) {
        char *name = trim(r->fields.data + r->offsets[f]);
        for (char *p = name; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        bool known = false;
        for (size_t c = 0; c < r->column_count; c++) {
            if (strcmp(name, r->columns[c].name) == 0) {
                known = true;
                if (r->map[c] < 0) {
                    r->map[c] = (int)f;
                    r->file_columns[c] = (int)f + 1;
                }
            }
        }
        if (!known && *name)
            wr_diag_add(r->diags, WR_DIAG_UNKNOWN_COLUMN, WR_SEVERITY_NOTE, r->file_name, r->record_line,
                        (int)f + 1, name, "", "onbekende kolom, wordt genegeerd");
    }
    for (size_t c = 0; c < r->column_count; c++)
        if (r->columns[c].required && r->map[c] < 0)
            return wr_error_set(r->err, WR_ERR_INPUT,
                                "%s, regel %ld: de verplichte kolom '%s' ontbreekt in de kopregel.", r->path,
                                r->record_line, r->columns[c].name);
    r->have_header = true;
    r->header_count = r->field_count;
    return WR_OK;
}

static void on_record(int terminator, void *ctx)
{
    reader *r = ctx;
    (void)terminator;
    if (r->status == WR_OK && r->fields.failed)
        r->status = wr_error_set(r->err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het lezen van %s.", r->path);
    if (r->status == WR_OK) {
        if (!r->have_header) {
            r->status = read_header(r);
        } else {
            bool blank = true;
            for (size_t c = 0; c < r->column_count; c++) {
                int f = r->map[c];
                r->values[c] = f >= 0 && (size_t)f < r->field_count ? trim(r->fields.data + r->offsets[f]) : "";
            }
            for (size_t f = 0; f < r->field_count && blank; f++)
                blank = *trim(r->fields.data + r->offsets[f]) == '\0';
            if (!blank) {
                wr_csv_row row = {r->file_name, r->record_line, r->values, r->file_columns, r->field_count,
                                  r->header_count};
                r->status = r->fn(r->user, &row, r->err);
            }
        }
    }
    r->field_count = 0;
    r->fields.len = 0;
    r->record_open = false;
}

static bool line_is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != '\r' && s[i] != '\n' && s[i] != ' ' && s[i] != '\t')
            return false;
    return true;
}

static unsigned char detect_delimiter(const char *header, size_t n)
{
    size_t semicolons = 0, commas = 0;
    for (size_t i = 0; i < n; i++) {
        semicolons += header[i] == ';';
        commas += header[i] == ',';
    }
    return semicolons > commas ? ';' : ',';
}

static wr_status parse_stream(reader *r, FILE *fp, struct csv_parser *parser)
{
    char *line = NULL;
    size_t line_cap = 0;
    ssize_t n;
    while (r->status == WR_OK && (n = getline(&line, &line_cap, fp)) >= 0) {
        r->line++;
        char *text = line;
        size_t len = (size_t)n;
        if (r->line == 1) {
            if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
                text += 3;
                len -= 3;
            }
            csv_set_delim(parser, detect_delimiter(text, len));
        }
        if (memchr(text, '\0', len) || !wr_utf8_valid(text, len)) {
            free(line);
            return wr_error_set(r->err, WR_ERR_INPUT,
                                "%s, regel %ld: het bestand is geen geldige UTF-8-tekst. "
                                "Sla het bestand op als UTF-8 (in Excel: 'CSV UTF-8').", r->path, r->line);
        }
        if (!r->record_open && !line_is_blank(text, len)) {
            r->record_open = true;
            r->record_line = r->line;
        }
        if (csv_parse(parser, text, len, on_field, on_record, r) != len && r->status == WR_OK) {
            free(line);
            return wr_error_set(r->err, WR_ERR_INPUT, "%s, regel %ld: %s.", r->path, r->line,
                                csv_error(parser) == CSV_ENOMEM ? "onvoldoende geheugen" : "de regel kan niet worden gelezen");
        }
    }
    free(line);
    if (r->status == WR_OK && ferror(fp))
        return wr_error_set(r->err, WR_ERR_INPUT, "%s: leesfout (%s).", r->path, wr_errno_text(errno));
    if (r->status == WR_OK)
        csv_fini(parser, on_field, on_record, r);
    if (r->status == WR_OK && !r->have_header)
        return wr_error_set(r->err, WR_ERR_INPUT, "%s: het bestand is leeg; een kopregel met kolomnamen is verplicht.",
                            r->path);
    return r->status;
}

wr_status wr_csv_read_table(const char *path, const char *file_name, const wr_csv_column *columns,
                            size_t column_count, wr_csv_row_fn fn, void *user, wr_diag_list *diags,
                            wr_error *err)
{
    double started = wr_clock_now();
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return wr_error_set(err, WR_ERR_INPUT, "%s: het bestand kan niet worden geopend (%s).", path, wr_errno_text(errno));
    reader r = {0};
    r.path = path;
    r.file_name = file_name;
    r.columns = columns;
    r.column_count = column_count;
    r.fn = fn;
    r.user = user;
    r.diags = diags;
    r.err = err;
    struct csv_parser parser;
    wr_status status;
    if (csv_init(&parser, CSV_APPEND_NULL) != 0) {
        status = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het lezen van %s.", path);
    } else {
        status = parse_stream(&r, fp, &parser);
        csv_free(&parser);
    }
    fclose(fp);
    wr_strbuf_free(&r.fields);
    free(r.offsets);
    free(r.map);
    free(r.file_columns);
    free(r.values);
    wr_stage_note("lezen", file_name, started, wr_clock_now());
    return status;
}
