/* A growable, always NUL-terminated byte buffer. The owner frees it with wr_strbuf_free. */
#ifndef WR_STRBUF_H
#define WR_STRBUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char *data;   /* NUL-terminated; NULL until something is appended */
    size_t len;
    size_t cap;
    bool failed;  /* an allocation failed; later appends are ignored */
} wr_strbuf;

void wr_strbuf_append(wr_strbuf *b, const char *s, size_t n);
void wr_strbuf_puts(wr_strbuf *b, const char *s);
void wr_strbuf_printf(wr_strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Returns the text ("" when empty); valid until the next append or free. */
const char *wr_strbuf_cstr(const wr_strbuf *b);
/* Hands the text to the caller (who frees it) and resets the buffer. NULL on failure. */
char *wr_strbuf_take(wr_strbuf *b);
void wr_strbuf_free(wr_strbuf *b);

/* Appends the whole file at path to b. Returns 0, or -1 with errno set (ENOENT when the
 * file does not exist, EIO on a read error, ENOMEM). */
int wr_strbuf_read_file(wr_strbuf *b, const char *path);

/* strdup that accepts NULL. */
char *wr_strdup(const char *s);

#endif
