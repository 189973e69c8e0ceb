#include "base/warnings.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool wr_warnings_add(wr_warnings *w, const char *fmt, ...)
{
    if (!w)
        return true;
    if (w->failed)
        return false;
    char text[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    for (size_t i = 0; i < w->count; i++)
        if (strcmp(w->items[i], text) == 0)
            return true;
    if (w->count == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 8;
        char **items = realloc(w->items, cap * sizeof *items);
        if (!items) {
            w->failed = true;
            return false;
        }
        w->items = items;
        w->cap = cap;
    }
    if (!(w->items[w->count] = strdup(text))) {
        w->failed = true;
        return false;
    }
    w->count++;
    return true;
}

void wr_warnings_clear(wr_warnings *w)
{
    if (!w)
        return;
    for (size_t i = 0; i < w->count; i++)
        free(w->items[i]);
    free(w->items);
    memset(w, 0, sizeof *w);
}
