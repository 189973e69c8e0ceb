#include "input/csv_table.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/errno_nl.h"
#include "base/stage_times.h"
#include "input/csv_scan.h"

typedef struct {
    const char *path;
    const char *file_name;
    const wr_csv_column *columns;
    size_t column_count;
    wr_csv_row_fn fn;
    void *user;
    wr_diag_list *diags;

    bool have_header;
    size_t header_count;  /* fields in the header */
    int *map;             /* expected column -> field index in the file, -1 when absent */
    int *file_columns;    /* expected column -> 1-based file column, 0 when absent */
    const char **values;
    size_t *lengths;
} table;

/* Drops spaces and tabs at both ends, and line ends at the end, in place. */
static char *trim(char *s, size_t *len)
{
    char *end = s + *len;
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n'))
        end--;
    *end = '\0';
    *len = (size_t)(end - s);
    return s;
}

static wr_status read_header(table *t, wr_csv_record *rec, wr_error *err)
{
    t->map = malloc(t->column_count * sizeof *t->map);
    t->file_columns = calloc(t->column_count, sizeof *t->file_columns);
    t->values = calloc(t->column_count, sizeof *t->values);
    t->lengths = calloc(t->column_count, sizeof *t->lengths);
    if (!t->map || !t->file_columns || !t->values || !t->lengths)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het lezen van %s.", t->path);
    for (size_t c = 0; c < t->column_count; c++)
        t->map[c] = -1;
    for (size_t f = 0; f < rec->count; f++) {
        size_t len = rec->lengths[f];
        char *name = trim(rec->fields[f], &len);
        for (char *p = name; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        bool known = false;
        for (size_t c = 0; c < t->column_count; c++) {
            if (strcmp(name, t->columns[c].name) != 0)
                continue;
            known = true;
            if (t->map[c] >= 0) /* which of the two is meant cannot be known */
                return wr_error_set(err, WR_ERR_INPUT,
                                    "%s, regel %ld: de kolom '%s' staat twee keer in de kopregel (kolom %d en "
                                    "kolom %zu); het is niet duidelijk welke bedoeld is. Haal er één weg of geef "
                                    "hem een andere naam.", t->path, rec->line, name, t->file_columns[c], f + 1);
            t->map[c] = (int)f;
            t->file_columns[c] = (int)f + 1;
        }
        if (!known && *name)
            wr_diag_add(t->diags, WR_DIAG_UNKNOWN_COLUMN, WR_SEVERITY_NOTE, t->file_name, rec->line,
                        (int)f + 1, name, "", "onbekende kolom, wordt genegeerd");
    }
    for (size_t c = 0; c < t->column_count; c++)
        if (t->columns[c].required && t->map[c] < 0)
            return wr_error_set(err, WR_ERR_INPUT,
                                "%s, regel %ld: de verplichte kolom '%s' ontbreekt in de kopregel.", t->path,
                                rec->line, t->columns[c].name);
    t->have_header = true;
    t->header_count = rec->count;
    return WR_OK;
}

/* A record over more than one line is a quoted field holding a line end. That is right
 * only for free text (or a column the program ignores) in a record of the header's shape;
 * anything else is a quote that was not closed and joined the lines after it. */
static wr_status check_lines_joined(const table *t, const wr_csv_record *rec, wr_error *err)
{
    bool right = rec->count == t->header_count;
    for (size_t c = 0; c < t->column_count && right; c++) {
        int f = t->map[c];
        right = t->columns[c].text || f < 0 || (size_t)f >= rec->count ||
                (!memchr(rec->fields[f], '\n', rec->lengths[f]) && !memchr(rec->fields[f], '\r', rec->lengths[f]));
    }
    if (right)
        return WR_OK;
    size_t quoted = 0; /* the first field holding a line end: the quote opens there */
    while (quoted + 1 < rec->count && !memchr(rec->fields[quoted], '\n', rec->lengths[quoted]) &&
           !memchr(rec->fields[quoted], '\r', rec->lengths[quoted]))
        quoted++;
    return wr_error_set(err, WR_ERR_INPUT,
                        "%s, regel %ld, kolom %zu: een aanhalingsteken (\") wordt niet op deze regel gesloten, "
                        "zodat de regels %ld tot en met %ld als één regel worden gelezen. Een veld dat met \" "
                        "begint, moet ook met \" eindigen; een \" in een veld wordt geschreven als \"\".",
                        t->path, rec->line, quoted + 1, rec->line, rec->last_line);
}

static wr_status on_record(void *user, wr_csv_record *rec, wr_error *err)
{
    table *t = user;
    if (!t->have_header)
        return read_header(t, rec, err);
    if (rec->last_line > rec->line) {
        wr_status st = check_lines_joined(t, rec, err);
        if (st != WR_OK)
            return st;
    }
    bool blank = true;
    if (rec->trimmed) { /* the fast path trimmed every field already */
        for (size_t c = 0; c < t->column_count; c++) {
            int f = t->map[c];
            bool present = f >= 0 && (size_t)f < rec->count;
            t->values[c] = present ? rec->fields[f] : "";
            t->lengths[c] = present ? rec->lengths[f] : 0;
        }
        for (size_t f = 0; f < rec->count && blank; f++)
            blank = rec->lengths[f] == 0;
    } else {
        for (size_t c = 0; c < t->column_count; c++) {
            int f = t->map[c];
            if (f >= 0 && (size_t)f < rec->count) {
                size_t len = rec->lengths[f];
                t->values[c] = trim(rec->fields[f], &len);
                t->lengths[c] = len;
            } else {
                t->values[c] = "";
                t->lengths[c] = 0;
            }
        }
        for (size_t f = 0; f < rec->count && blank; f++) {
            size_t len = rec->lengths[f];
            blank = *trim(rec->fields[f], &len) == '\0';
        }
    }
    if (blank)
        return WR_OK;
    wr_csv_row row = {t->file_name, rec->line, t->values, t->lengths, t->file_columns, rec->count,
                      t->header_count};
    return t->fn(t->user, &row, err);
}

wr_status wr_csv_read_table(const char *path, const char *file_name, const wr_csv_column *columns,
                            size_t column_count, wr_csv_row_fn fn, void *user, wr_diag_list *diags,
                            wr_error *err)
{
    double started = wr_clock_now();
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return wr_error_set(err, WR_ERR_INPUT, "%s: het bestand kan niet worden geopend (%s).", path,
                            wr_errno_text(errno));
    table t;
    memset(&t, 0, sizeof t);
    t.path = path;
    t.file_name = file_name;
    t.columns = columns;
    t.column_count = column_count;
    t.fn = fn;
    t.user = user;
    t.diags = diags;
    wr_csv_scan_opts opts = {.read = wr_csv_read_fd, .source = &fd, .path = path, .skip_bom = true};
    wr_status status = wr_csv_scan(&opts, on_record, &t, NULL, err);
    close(fd);
    if (status == WR_OK && !t.have_header)
        status = wr_error_set(err, WR_ERR_INPUT,
                              "%s: het bestand is leeg; een kopregel met kolomnamen is verplicht.", path);
    free(t.map);
    free(t.file_columns);
    free(t.values);
    free(t.lengths);
    wr_stage_note("lezen", file_name, started, wr_clock_now());
    return status;
}
