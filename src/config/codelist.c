#include "config/codelist.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"

static char *lower_copy(const char *s)
{
    char *p = wr_strdup(s);
    for (char *q = p; q && *q; q++)
        *q = (char)tolower((unsigned char)*q);
    return p;
}

int wr_code_list_set(wr_code_list *list, const char *code, const char *label)
{
    char *lc = lower_copy(code);
    char *lab = wr_strdup(label);
    if (!lc || !lab) {
        free(lc);
        free(lab);
        return -1;
    }
    int existing = wr_code_list_find(list, lc);
    if (existing >= 0) {
        free(lc);
        free(list->items[existing].label);
        list->items[existing].label = lab;
        return 0;
    }
    if (list->count == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 8;
        wr_code *items = realloc(list->items, cap * sizeof *items);
        if (!items) {
            free(lc);
            free(lab);
            return -1;
        }
        list->items = items;
        list->cap = cap;
    }
    list->items[list->count].code = lc;
    list->items[list->count].label = lab;
    list->count++;
    return 0;
}

int wr_code_list_find(const wr_code_list *list, const char *code)
{
    for (size_t i = 0; i < list->count; i++)
        if (strcmp(list->items[i].code, code) == 0)
            return (int)i;
    return -1;
}

const char *wr_code_list_label(const wr_code_list *list, int i)
{
    return i >= 0 && (size_t)i < list->count ? list->items[i].label : "Onbekend";
}

void wr_code_list_clear(wr_code_list *list)
{
    if (!list)
        return;
    for (size_t i = 0; i < list->count; i++) {
        free(list->items[i].code);
        free(list->items[i].label);
    }
    free(list->items);
    list->items = NULL;
    list->count = list->cap = 0;
}
