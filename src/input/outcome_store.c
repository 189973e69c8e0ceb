/* Helpers the four outcome readers share: lower-cased codes, growing arrays, name lists
 * and quarter indexes. */
#include "input/outcome_store.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"

bool wr_outcome_lower(const char *value, char *buf, size_t size)
{
    while (*value == ' ' || *value == '\t')
        value++;
    size_t n = strlen(value);
    while (n > 0 && (value[n - 1] == ' ' || value[n - 1] == '\t'))
        n--;
    if (n >= size)
        return false;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)tolower((unsigned char)value[i]);
    buf[n] = '\0';
    return true;
}

bool wr_outcome_grow(void **items, size_t *cap, size_t need, size_t size)
{
    if (need < *cap)
        return true;
    size_t n = *cap ? *cap : 64;
    while (n <= need)
        n *= 2;
    void *p = realloc(*items, n * size);
    if (!p)
        return false;
    *items = p;
    *cap = n;
    return true;
}

bool wr_name_list_intern(wr_name_list *l, const char *code, const char *label, uint32_t *index)
{
    if (!l->map && !(l->map = wr_strmap_new()))
        return false;
    uint32_t i = wr_strmap_find(l->map, code, strlen(code));
    if (i != WR_STRMAP_NONE) {
        *index = i;
        return true;
    }
    size_t cap = l->cap;
    if (!wr_outcome_grow((void **)&l->codes, &cap, l->count, sizeof *l->codes))
        return false;
    cap = l->cap;
    if (!wr_outcome_grow((void **)&l->labels, &cap, l->count, sizeof *l->labels))
        return false;
    l->cap = cap; /* both arrays now hold cap entries */
    char *c = wr_strdup(code), *lab = wr_strdup(label);
    bool added;
    if (!c || !lab || !wr_strmap_intern(l->map, code, strlen(code), &i, &added) || i != l->count) {
        free(c);
        free(lab);
        return false;
    }
    l->codes[l->count] = c;
    l->labels[l->count] = lab;
    *index = (uint32_t)l->count++;
    return true;
}

uint32_t wr_name_list_find(const wr_name_list *l, const char *code)
{
    if (!l->map)
        return WR_NAME_NONE;
    uint32_t i = wr_strmap_find(l->map, code, strlen(code));
    return i == WR_STRMAP_NONE ? WR_NAME_NONE : i;
}

void wr_name_list_clear(wr_name_list *l)
{
    for (size_t i = 0; i < l->count; i++) {
        free(l->codes[i]);
        free(l->labels[i]);
    }
    free(l->codes);
    free(l->labels);
    wr_strmap_free(l->map);
    memset(l, 0, sizeof *l);
}

int wr_outcome_quarter_index(wr_day d)
{
    if (!wr_day_is_set(d))
        return -1;
    int y, m, day;
    wr_day_to_ymd(d, &y, &m, &day);
    if (y < WR_OUTCOME_FIRST_YEAR || y > WR_OUTCOME_LAST_YEAR)
        return -1;
    return (y - WR_OUTCOME_FIRST_YEAR) * 4 + (m - 1) / 3;
}

void wr_outcome_period_quarters(wr_period p, int *first, int *last)
{
    *first = wr_outcome_quarter_index(p.start);
    *last = wr_outcome_quarter_index(p.end);
    if (*first < 0 || *last < 0)
        *first = *last = -1;
}
