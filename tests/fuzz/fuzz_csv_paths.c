/* libFuzzer property target "csv_paths": the reading layer's fast path and libcsv give the
 * same records. The input (after its first byte) is scanned twice by wr_csv_scan: once with
 * every line through libcsv (libcsv_only, the reference) in one large block, once the normal
 * way, fast path first, in blocks as small as the first byte chooses, so lines and line
 * ends (CR, LF, CRLF) also fall across block boundaries. Both scans must end with the same
 * status and message, hand over the same records (fields and their bytes, the first and
 * last physical line) in the same order, and report the same line count, delimiter and
 * open record at the end. Each field's length must match its bytes (no NUL inside). A
 * difference calls abort(). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "base/strbuf.h"
#include "input/csv_scan.h"

typedef struct {
    const uint8_t *data;
    size_t size, pos;
    size_t max_read; /* bytes per read at most: short reads, as from a pipe */
} memory_source;

static ssize_t read_memory(void *source, char *buf, size_t cap)
{
    memory_source *m = source;
    size_t n = m->size - m->pos;
    if (n > cap)
        n = cap;
    if (m->max_read && n > m->max_read)
        n = m->max_read;
    memcpy(buf, m->data + m->pos, n);
    m->pos += n;
    return (ssize_t)n;
}

typedef struct {
    wr_strbuf out; /* the records, written out: what the two scans must agree on */
    long previous_line;
} collector;

static void put_long(wr_strbuf *b, long v)
{
    wr_strbuf_append(b, (const char *)&v, sizeof v);
}

static wr_status collect(void *user, wr_csv_record *rec, wr_error *err)
{
    (void)err;
    collector *c = user;
    if (rec->count == 0 || rec->line > rec->last_line || rec->line <= c->previous_line)
        abort(); /* a record has a field, spans its lines in order, and comes after the one before */
    c->previous_line = rec->last_line;
    put_long(&c->out, rec->line);
    put_long(&c->out, rec->last_line);
    put_long(&c->out, (long)rec->count);
    for (size_t i = 0; i < rec->count; i++) {
        if (strlen(rec->fields[i]) != rec->lengths[i])
            abort();
        put_long(&c->out, (long)rec->lengths[i]);
        wr_strbuf_append(&c->out, rec->fields[i], rec->lengths[i]);
    }
    return WR_OK;
}

typedef struct {
    wr_status status;
    char message[sizeof ((wr_error *)0)->message];
    wr_csv_scan_result result;
    wr_strbuf records;
} scan_outcome;

static void scan(const uint8_t *data, size_t size, unsigned char delimiter, bool with_result, bool libcsv_only,
                 size_t block_size, size_t max_read, scan_outcome *o)
{
    memory_source m = {data, size, 0, max_read};
    wr_csv_scan_opts opts = {.read = read_memory, .source = &m, .path = "fuzz.csv", .libcsv_only = libcsv_only,
                             .block_size = block_size, .first_line = 1, .skip_bom = true, .delimiter = delimiter};
    collector c = {.previous_line = 0};
    wr_error err = {0};
    memset(&o->result, 0, sizeof o->result);
    o->status = wr_csv_scan(&opts, collect, &c, with_result ? &o->result : NULL, &err);
    snprintf(o->message, sizeof o->message, "%s", o->status == WR_OK ? "" : err.message);
    if (c.out.failed)
        abort(); /* out of memory in the harness: nothing could be compared */
    o->records = c.out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    /* First byte: bits 0-4 the block size (1 to 32 bytes), bit 5 short reads, bit 6 the
     * delimiter given or chosen from the first line, bit 7 the open record at the end
     * reported in the result instead of as an error. */
    unsigned char how = data[0];
    size_t block = (size_t)(how & 31) + 1;
    size_t max_read = how & 32 ? 3 : 0;
    unsigned char delimiter = how & 64 ? ';' : 0;
    bool with_result = how & 128;
    data++;
    size--;

    scan_outcome reference, fast;
    scan(data, size, delimiter, with_result, true, 0, 0, &reference);
    scan(data, size, delimiter, with_result, false, block, max_read, &fast);

    bool same = reference.status == fast.status && strcmp(reference.message, fast.message) == 0 &&
                reference.records.len == fast.records.len &&
                (reference.records.len == 0 ||
                 memcmp(reference.records.data, fast.records.data, reference.records.len) == 0);
    if (same && reference.status == WR_OK && with_result)
        same = reference.result.lines == fast.result.lines &&
               reference.result.ended_in_record == fast.result.ended_in_record &&
               reference.result.delimiter == fast.result.delimiter;
    if (!same) {
        fprintf(stderr, "fuzz_csv_paths: the fast path and libcsv differ (status %d/%d)\n  libcsv: %s\n  fast:   %s\n",
                (int)reference.status, (int)fast.status, reference.message, fast.message);
        abort();
    }
    wr_strbuf_free(&reference.records);
    wr_strbuf_free(&fast.records);
    return 0;
}
