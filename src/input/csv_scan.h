/* Splits the bytes of a CSV file into records, each with the physical lines it spans.
 *
 * Two paths give the same records. The fast path takes a line that starts outside any
 * record and holds no double quote and no NUL byte: it is split at the delimiter in the
 * read buffer itself, eight bytes at a time, without copying. Every other line (a quoted
 * field, a record that continues on the next line) goes through libcsv in its default,
 * lenient mode. Fields are as libcsv gives them: spaces and tabs around an unquoted field
 * dropped, quotes removed.
 *
 * Lines end at LF, CRLF or a lone CR; all three count as one line. The file is read in
 * large blocks; a UTF-8 BOM is skipped; the delimiter is ';' when the first line holds
 * more ';' than ',', else ','. Each line is checked for UTF-8 (and NUL bytes) before it is
 * used. File-level problems return WR_ERR_INPUT with a Dutch message naming the file and
 * line: not UTF-8, a line libcsv cannot take, a quote still open at the end of the file. */
#ifndef WR_CSV_SCAN_H
#define WR_CSV_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "base/error.h"

typedef struct {
    char **fields;          /* NUL-terminated; writable until the callback returns */
    const size_t *lengths;  /* bytes of each field */
    size_t count;           /* at least 1 */
    long line;              /* physical line where the record starts */
    long last_line;         /* physical line where it ends: later than line when a quoted field holds a line end */
    bool trimmed;           /* no field starts or ends with a space, tab or line end (the fast path) */
} wr_csv_record;

/* Called for each record in file order; a status other than WR_OK stops the scan and is returned. */
typedef wr_status (*wr_csv_record_fn)(void *user, wr_csv_record *rec, wr_error *err);

/* Reads up to cap bytes into buf: the count, 0 at the end, -1 (errno set) on failure. */
typedef ssize_t (*wr_csv_read_fn)(void *source, char *buf, size_t cap);

typedef struct {
    wr_csv_read_fn read;
    void *source;
    const char *path;     /* names the file in messages */
    bool libcsv_only;     /* every line through libcsv: the reference the fast path must equal */
    size_t block_size;    /* bytes per read; 0: 1 MiB */
    long first_line;      /* number of the first line; 0 means 1 */
    bool skip_bom;        /* the bytes start the file: skip a UTF-8 BOM */
    unsigned char delimiter; /* 0: choose from the first line */
} wr_csv_scan_opts;

/* What a scan saw, for a caller that splits one file into pieces. */
typedef struct {
    long lines;           /* physical lines read */
    bool ended_in_record; /* the bytes ended inside a record (a quoted field still open) */
    unsigned char delimiter;
} wr_csv_scan_result;

/* Scans the whole source. With result, a record still open at the end is reported in
 * result->ended_in_record instead of as an error, and its fields are not delivered. */
wr_status wr_csv_scan(const wr_csv_scan_opts *opts, wr_csv_record_fn fn, void *user, wr_csv_scan_result *result,
                      wr_error *err);

/* A read function over an open file descriptor (source: a pointer to the int). */
ssize_t wr_csv_read_fd(void *source, char *buf, size_t cap);

#endif
