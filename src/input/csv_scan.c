#define _GNU_SOURCE /* memrchr */
#include "input/csv_scan.h"

#include <csv.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/big_alloc.h"
#include "base/errno_nl.h"
#include "base/strbuf.h"
#include "base/utf8.h"

/* One transparent huge page for the buffer: its first use costs one page fault, not 512. */
#define DEFAULT_BLOCK (((size_t)2 << 20) - SLACK)
#define SLACK 64

typedef struct {
    const wr_csv_scan_opts *o;
    wr_csv_record_fn fn;
    void *user;
    wr_error *err;
    wr_status status;

    char *buf;              /* [pos, len) not yet used; cap + SLACK bytes allocated */
    size_t cap, len, pos;
    bool eof;
    unsigned char delim;
    long line;              /* number of the line being read */

    char **fields;          /* the record handed to fn */
    size_t *lengths;
    size_t field_cap;

    /* libcsv's side: the fields of the open record, each NUL-terminated in text. */
    struct csv_parser parser;
    wr_strbuf text;
    size_t *offsets;
    size_t slow_count, offsets_cap;
    bool record_open;       /* libcsv holds an unfinished record */
    long record_line;       /* where it started */
    long field_line;        /* where its last field started: the open quote's line at the end */
} scanner;

static wr_status nomem(scanner *s)
{
    if (s->status == WR_OK)
        s->status = wr_error_set(s->err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het lezen van %s.", s->o->path);
    return s->status;
}

static bool reserve_fields(scanner *s, size_t n)
{
    if (n <= s->field_cap)
        return true;
    size_t cap = s->field_cap ? s->field_cap : 16;
    while (cap < n)
        cap *= 2;
    char **fields = realloc(s->fields, cap * sizeof *fields);
    if (fields)
        s->fields = fields;
    size_t *lengths = fields ? realloc(s->lengths, cap * sizeof *lengths) : NULL;
    if (lengths)
        s->lengths = lengths;
    if (!fields || !lengths)
        return false;
    s->field_cap = cap;
    return true;
}

static wr_status deliver(scanner *s, size_t count, long first, long last, bool trimmed)
{
    wr_csv_record rec = {s->fields, s->lengths, count, first, last, trimmed};
    if (s->status == WR_OK)
        s->status = s->fn(s->user, &rec, s->err);
    return s->status;
}

static wr_status not_utf8(scanner *s)
{
    return s->status = wr_error_set(s->err, WR_ERR_INPUT,
                                    "%s, regel %ld: het bestand is geen geldige UTF-8-tekst. "
                                    "Sla het bestand op als UTF-8 (in Excel: 'CSV UTF-8').", s->o->path, s->line);
}

/* ---- the fast path --------------------------------------------------------------- */

/* A block of the line at a time: the bytes that end or split a field or need libcsv
 * (delimiter, quote, any control character: LF, CR, NUL, TAB ...) and the bytes of a
 * multi-byte UTF-8 sequence, each as a bit mask with bit i for byte i. SSE2 takes sixteen
 * bytes at once where the machine has it; elsewhere eight bytes in a 64-bit word. */
#if defined(__SSE2__)
#include <emmintrin.h>
#define BLOCK 16

typedef struct {
    __m128i delim, quote, space;
} block_consts;

static inline void block_init(block_consts *c, unsigned char delim)
{
    c->delim = _mm_set1_epi8((char)delim);
    c->quote = _mm_set1_epi8('"');
    c->space = _mm_set1_epi8(0x20);
}

static inline void block_masks(const block_consts *c, const char *p, uint32_t *events, uint32_t *high)
{
    __m128i x = _mm_loadu_si128((const __m128i *)p);
    uint32_t hi = (uint32_t)_mm_movemask_epi8(x);
    uint32_t control = (uint32_t)_mm_movemask_epi8(_mm_cmplt_epi8(x, c->space)) & ~hi; /* signed: not >= 0x80 */
    *events = control | (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(x, c->delim)) |
              (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(x, c->quote));
    *high = hi;
}
#else
#define BLOCK 8
#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
#define LOWS 0x7F7F7F7F7F7F7F7FULL

typedef struct {
    uint64_t delim, quote;
} block_consts;

static inline void block_init(block_consts *c, unsigned char delim)
{
    c->delim = ONES * delim;
    c->quote = ONES * (unsigned char)'"';
}

/* The high bit of each byte of x that is zero (exact, no carries between bytes). */
static inline uint64_t zero_bytes(uint64_t x)
{
    return ~(((x & LOWS) + LOWS) | x | LOWS);
}

/* High bit per byte -> bit i per byte i. */
static inline uint32_t compact(uint64_t m)
{
    return (uint32_t)(((m >> 7) * 0x0102040810204080ULL) >> 56);
}

static inline void block_masks(const block_consts *c, const char *p, uint32_t *events, uint32_t *high)
{
    uint64_t x;
    memcpy(&x, p, sizeof x);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    x = __builtin_bswap64(x);
#endif
    uint64_t control = ~(((x & LOWS) + 0x6060606060606060ULL) | x) & HIGHS;
    *events = compact(control | zero_bytes(x ^ c->delim) | zero_bytes(x ^ c->quote));
    *high = compact(x & HIGHS);
}
#endif

static inline bool is_blank_char(char c)
{
    return c == ' ' || c == '\t';
}

/* Ends field [start, end) of the fast record: libcsv drops spaces and tabs around an
 * unquoted field. */
static void fast_field(scanner *s, size_t n, char *start, char *end)
{
    while (start < end && is_blank_char(*start))
        start++;
    while (end > start && is_blank_char(end[-1]))
        end--;
    *end = '\0';
    s->fields[n] = start;
    s->lengths[n] = (size_t)(end - start);
}

/* Reads the line at buf[p..cut) the fast way and returns where the next line starts, or
 * 0 when the line needs libcsv (it holds a quote or a NUL byte). */
static size_t fast_line(scanner *s, size_t p, size_t cut)
{
    char *b = s->buf;
    const char delim = (char)s->delim;
    block_consts consts;
    block_init(&consts, s->delim);
    size_t i = p, count = 0, end, next;
    bool high = false;
    /* Until the line is known to be good, lengths[] holds where each delimiter stands. */
    for (;;) {
        if (i + BLOCK <= cut) {
            uint32_t m, hi;
            block_masks(&consts, b + i, &m, &hi);
            while (m) {
                unsigned k = (unsigned)__builtin_ctz(m);
                size_t at = i + k;
                char c = b[at];
                m &= m - 1;
                if (c == delim) {
                    if (count + 2 > s->field_cap && !reserve_fields(s, count + 2))
                        return nomem(s), cut;
                    s->lengths[count++] = at; /* the field's end, for now */
                } else if (c == '\n' || c == '\r') {
                    high |= (hi & ((1u << k) - 1)) != 0;
                    end = at;
                    goto found;
                } else if (c == '"' || c == '\0') {
                    return 0;
                } /* a tab or another control character is data */
            }
            high |= hi != 0;
            i += BLOCK;
            continue;
        }
        for (; i < cut; i++) {
            char c = b[i];
            if (c == delim) {
                if (count + 2 > s->field_cap && !reserve_fields(s, count + 2))
                    return nomem(s), cut;
                s->lengths[count++] = i;
            } else if (c == '\n' || c == '\r') {
                end = i;
                goto found;
            } else if (c == '"' || c == '\0') {
                return 0;
            }
            high |= (unsigned char)c >= 0x80;
        }
        end = cut; /* the last line of the file, without a line end */
        goto found;
    }
found:
    next = end;
    if (end < cut) {
        next = end + 1;
        if (b[end] == '\r' && next < cut && b[next] == '\n')
            next++;
    }
    if (high && !wr_utf8_valid(b + p, end - p))
        return not_utf8(s), cut;
    if (count == 0) { /* one field: a line of only spaces and tabs is no record */
        size_t k = p;
        while (k < end && is_blank_char(b[k]))
            k++;
        if (k == end)
            return next;
    }
    if (count + 1 > s->field_cap && !reserve_fields(s, count + 1))
        return nomem(s), cut;
    /* Split in place: each field ends where its delimiter stood. */
    size_t start = p;
    for (size_t f = 0; f < count; f++) {
        size_t stop = s->lengths[f];
        fast_field(s, f, b + start, b + stop);
        start = stop + 1;
    }
    fast_field(s, count, b + start, b + end);
    deliver(s, count + 1, s->line, s->line, true);
    return next;
}

/* ---- libcsv's path ------------------------------------------------------------- */

static void on_field(void *data, size_t len, void *ctx)
{
    scanner *s = ctx;
    if (s->status != WR_OK)
        return;
    if (s->slow_count == s->offsets_cap) {
        size_t cap = s->offsets_cap ? s->offsets_cap * 2 : 16;
        size_t *offsets = realloc(s->offsets, cap * sizeof *offsets);
        if (!offsets) {
            nomem(s);
            return;
        }
        s->offsets = offsets;
        s->offsets_cap = cap;
    }
    s->offsets[s->slow_count++] = s->text.len;
    wr_strbuf_append(&s->text, data ? (const char *)data : "", data ? len : 0);
    wr_strbuf_append(&s->text, "", 1);
    s->field_line = s->line;
}

static void on_record(int terminator, void *ctx)
{
    scanner *s = ctx;
    (void)terminator;
    if (s->status == WR_OK && s->text.failed)
        nomem(s);
    if (s->status == WR_OK && !reserve_fields(s, s->slow_count))
        nomem(s);
    if (s->status == WR_OK) {
        for (size_t f = 0; f < s->slow_count; f++) {
            size_t end = f + 1 < s->slow_count ? s->offsets[f + 1] : s->text.len;
            s->fields[f] = s->text.data + s->offsets[f];
            s->lengths[f] = end - s->offsets[f] - 1;
        }
        deliver(s, s->slow_count, s->record_line, s->line, false);
    }
    s->slow_count = 0;
    s->text.len = 0;
    s->record_open = false;
}

static bool line_is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != '\r' && s[i] != '\n' && s[i] != ' ' && s[i] != '\t')
            return false;
    return true;
}

/* Feeds the line at buf[p..cut) to libcsv, line end included; returns where the next starts. */
static size_t slow_line(scanner *s, size_t p, size_t cut)
{
    const char *b = s->buf;
    size_t e = p;
    while (e < cut && b[e] != '\n' && b[e] != '\r')
        e++;
    size_t next = e;
    if (e < cut) {
        next = e + 1;
        if (b[e] == '\r' && next < cut && b[next] == '\n')
            next++;
    }
    size_t n = next - p;
    if (memchr(b + p, '\0', n) || !wr_utf8_valid(b + p, n))
        return not_utf8(s), cut;
    if (!s->record_open && !line_is_blank(b + p, n)) {
        s->record_open = true;
        s->record_line = s->field_line = s->line;
    }
    if (csv_parse(&s->parser, b + p, n, on_field, on_record, s) != n && s->status == WR_OK)
        s->status = csv_error(&s->parser) == CSV_ENOMEM
                        ? nomem(s)
                        : wr_error_set(s->err, WR_ERR_INPUT, "%s, regel %ld: de regel kan niet worden gelezen.",
                                       s->o->path, s->line);
    return next;
}

/* ---- blocks and lines ---------------------------------------------------------- */

static unsigned char detect_delimiter(const char *line, size_t n)
{
    size_t semicolons = 0, commas = 0;
    for (size_t i = 0; i < n && line[i] != '\n' && line[i] != '\r'; i++) {
        semicolons += line[i] == ';';
        commas += line[i] == ',';
    }
    return semicolons > commas ? ';' : ',';
}

/* Reads more bytes after [pos, len), moving them to the front first. */
static wr_status fill(scanner *s)
{
    if (s->pos > 0) {
        memmove(s->buf, s->buf + s->pos, s->len - s->pos);
        s->len -= s->pos;
        s->pos = 0;
    }
    if (s->len == s->cap) { /* one line longer than the buffer */
        char *grown = wr_big_grow(s->buf, s->cap + SLACK, s->cap * 2 + SLACK, 1);
        if (!grown)
            return nomem(s);
        s->buf = grown;
        s->cap *= 2;
    }
    ssize_t n;
    do
        n = s->o->read(s->o->source, s->buf + s->len, s->cap - s->len);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return s->status = wr_error_set(s->err, WR_ERR_INPUT, "%s: leesfout (%s).", s->o->path,
                                        wr_errno_text(errno));
    s->eof = n == 0;
    s->len += (size_t)n;
    return WR_OK;
}

/* End of the bytes that hold only whole lines: after the last LF, or after the last CR
 * that is known not to start a CRLF. At the end of the file: everything. */
static size_t whole_lines_end(const scanner *s)
{
    if (s->eof)
        return s->len;
    const char *from = s->buf + s->pos;
    size_t n = s->len - s->pos;
    const char *lf = memrchr(from, '\n', n);
    if (lf)
        return (size_t)(lf - s->buf) + 1;
    const char *cr = n > 1 ? memrchr(from, '\r', n - 1) : NULL;
    return cr ? (size_t)(cr - s->buf) + 1 : s->pos;
}

static void scan_lines(scanner *s, size_t cut)
{
    size_t p = s->pos;
    while (p < cut && s->status == WR_OK) {
        s->line++;
        if (s->delim == 0) {
            s->delim = detect_delimiter(s->buf + p, cut - p);
            csv_set_delim(&s->parser, s->delim);
        }
        size_t next = s->record_open || s->o->libcsv_only ? 0 : fast_line(s, p, cut);
        p = next ? next : slow_line(s, p, cut);
    }
    s->pos = cut;
}

/* The end of the bytes: a record libcsv still holds is either finished (its last field
 * unquoted or closed) or has a quote that was never closed. */
static void finish(scanner *s, wr_csv_scan_result *result)
{
    if (!s->record_open)
        return;
    csv_set_opts(&s->parser, CSV_APPEND_NULL | CSV_STRICT | CSV_STRICT_FINI);
    if (csv_fini(&s->parser, on_field, on_record, s) == 0 || s->status != WR_OK)
        return;
    if (result)
        result->ended_in_record = true;
    else /* the open field follows the fields libcsv finished before it */
        s->status = wr_error_set(s->err, WR_ERR_INPUT,
                                 "%s, regel %ld, kolom %zu: een aanhalingsteken (\") wordt niet gesloten, zodat "
                                 "alles vanaf deze regel tot het einde van het bestand (regel %ld) als één veld zou "
                                 "worden gelezen. Een veld dat met \" begint, moet ook met \" eindigen; een \" in "
                                 "een veld wordt geschreven als \"\".", s->o->path, s->field_line, s->slow_count + 1,
                                 s->line);
}

wr_status wr_csv_scan(const wr_csv_scan_opts *opts, wr_csv_record_fn fn, void *user, wr_csv_scan_result *result,
                      wr_error *err)
{
    scanner s;
    memset(&s, 0, sizeof s);
    s.o = opts;
    s.fn = fn;
    s.user = user;
    s.err = err;
    s.delim = opts->delimiter;
    s.line = (opts->first_line ? opts->first_line : 1) - 1;
    s.cap = opts->block_size ? opts->block_size : DEFAULT_BLOCK;
    if (csv_init(&s.parser, CSV_APPEND_NULL) != 0 || !(s.buf = wr_big_calloc(s.cap + SLACK, 1))) {
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het lezen van %s.", opts->path);
    }
    /* libcsv grows a field's buffer by this many bytes at a time; its default of 128 makes
     * a field that swallows the rest of a file (an unclosed quote) cost quadratic copying. */
    csv_set_blk_size(&s.parser, 64 * 1024);
    if (s.delim)
        csv_set_delim(&s.parser, s.delim);
    bool bom_checked = !opts->skip_bom;
    while (s.status == WR_OK) {
        if (!s.eof && fill(&s) != WR_OK)
            break;
        if (!bom_checked) { /* the BOM's three bytes may come in more than one read */
            if (s.len < 3 && !s.eof)
                continue;
            if (s.len >= 3 && memcmp(s.buf, "\xEF\xBB\xBF", 3) == 0)
                s.pos = 3;
            bom_checked = true;
        }
        scan_lines(&s, whole_lines_end(&s));
        if (s.eof && s.pos == s.len)
            break;
    }
    if (s.status == WR_OK)
        finish(&s, result);
    if (result) {
        result->lines = s.line - (opts->first_line ? opts->first_line : 1) + 1;
        result->delimiter = s.delim;
    }
    wr_status status = s.status;
    csv_free(&s.parser);
    wr_big_free(s.buf, s.cap + SLACK, 1);
    free(s.fields);
    free(s.lengths);
    free(s.offsets);
    wr_strbuf_free(&s.text);
    return status;
}

ssize_t wr_csv_read_fd(void *source, char *buf, size_t cap)
{
    return read(*(int *)source, buf, cap);
}
