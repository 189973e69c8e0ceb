#include "fill/source_map.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

wr_source_map *wr_source_map_new(void)
{
    return calloc(1, sizeof(wr_source_map));
}

void wr_source_map_free(wr_source_map *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->count; i++)
        free(m->spans[i].path);
    free(m->spans);
    free(m);
}

bool wr_source_map_add(wr_source_map *m, const char *path, size_t first, size_t count)
{
    if (m->count == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 16;
        wr_source_span *spans = realloc(m->spans, cap * sizeof *spans);
        if (!spans)
            return false;
        m->spans = spans;
        m->cap = cap;
    }
    char *copy = strdup(path);
    if (!copy)
        return false;
    m->spans[m->count++] = (wr_source_span){copy, first, count};
    return true;
}

const char *wr_source_map_text(const wr_source_map *m, size_t line, size_t *text_line)
{
    if (!m || line == 0)
        return NULL;
    /* Spans are sorted and disjoint: a binary search for the last one starting at or
     * before line. */
    size_t lo = 0, hi = m->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->spans[mid].first <= line)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return NULL;
    const wr_source_span *s = &m->spans[lo - 1];
    if (line >= s->first + s->count)
        return NULL;
    if (text_line)
        *text_line = line - s->first + 1;
    return s->path;
}

bool wr_source_map_in_text(const wr_source_map *m, size_t line)
{
    return wr_source_map_text(m, line, NULL) != NULL;
}

void wr_source_map_where(const wr_source_map *m, size_t line, char *buf, size_t size)
{
    size_t text_line = 0;
    const char *path = wr_source_map_text(m, line, &text_line);
    if (path)
        snprintf(buf, size, "%s, regel %zu", path, text_line);
    else
        snprintf(buf, size, "sjabloon");
}
