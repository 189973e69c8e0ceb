#include "blocks/block_text.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static bool blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static wr_block_span trim(const char *s, size_t len)
{
    while (len > 0 && blank(*s)) {
        s++;
        len--;
    }
    while (len > 0 && blank(s[len - 1]))
        len--;
    return (wr_block_span){s, len};
}

wr_block_span wr_block_trim(wr_block_span s)
{
    return trim(s.s, s.len);
}

bool wr_block_next_line(const char *body, size_t *pos, wr_block_span *line, int *number)
{
    if (!body || body[*pos] == '\0')
        return false;
    const char *start = body + *pos;
    const char *nl = strchr(start, '\n');
    size_t len = nl ? (size_t)(nl - start) : strlen(start);
    *pos += len + (nl ? 1 : 0);
    *line = trim(start, len);
    (*number)++;
    return true;
}

size_t wr_block_split(wr_block_span line, wr_block_span *cells, size_t max)
{
    size_t n = 0, start = 0;
    for (size_t i = 0; i <= line.len; i++) {
        if (i == line.len || line.s[i] == '|') {
            if (n < max)
                cells[n] = trim(line.s + start, i - start);
            n++;
            start = i + 1;
        }
    }
    return n;
}

wr_block_span wr_block_strip_pipes(wr_block_span line)
{
    line = trim(line.s, line.len);
    if (line.len > 0 && line.s[0] == '|')
        line = trim(line.s + 1, line.len - 1);
    if (line.len > 0 && line.s[line.len - 1] == '|')
        line = trim(line.s, line.len - 1);
    return line;
}

int wr_block_key(wr_block_span line, const char *const *keys, size_t n, wr_block_span *value)
{
    const char *colon = memchr(line.s, ':', line.len);
    if (!colon)
        return WR_BLOCK_NO_KEY;
    wr_block_span key = trim(line.s, (size_t)(colon - line.s));
    for (size_t i = 0; i < n; i++) {
        if (wr_block_span_is(key, keys[i])) {
            *value = trim(colon + 1, line.len - (size_t)(colon - line.s) - 1);
            return (int)i;
        }
    }
    return WR_BLOCK_NO_KEY;
}

char *wr_block_dup(wr_block_span s)
{
    char *out = malloc(s.len + 1);
    if (out) {
        memcpy(out, s.s, s.len);
        out[s.len] = '\0';
    }
    return out;
}

bool wr_block_span_is(wr_block_span s, const char *w)
{
    return strlen(w) == s.len && strncasecmp(s.s, w, s.len) == 0;
}
