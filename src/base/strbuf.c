#include "base/strbuf.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool reserve(wr_strbuf *b, size_t extra)
{
    if (b->failed)
        return false;
    if (b->len + extra + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void wr_strbuf_append(wr_strbuf *b, const char *s, size_t n)
{
    if (!reserve(b, n))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void wr_strbuf_puts(wr_strbuf *b, const char *s)
{
    wr_strbuf_append(b, s, strlen(s));
}

void wr_strbuf_printf(wr_strbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

const char *wr_strbuf_cstr(const wr_strbuf *b)
{
    return b->data ? b->data : "";
}

char *wr_strbuf_take(wr_strbuf *b)
{
    if (b->failed) {
        wr_strbuf_free(b);
        return NULL;
    }
    char *s = b->data ? b->data : wr_strdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

void wr_strbuf_free(wr_strbuf *b)
{
    if (!b)
        return;
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

int wr_strbuf_read_file(wr_strbuf *b, const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return -1;
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        wr_strbuf_append(b, chunk, n);
    int failed = ferror(fp);
    fclose(fp);
    if (failed || b->failed) {
        errno = failed ? EIO : ENOMEM;
        return -1;
    }
    return 0;
}

char *wr_strdup(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}
