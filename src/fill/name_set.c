#include "fill/name_set.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"

struct wr_tpl_names {
    wr_strmap *map; /* "<kind><NAME>" -> index into keys */
    char **keys;    /* the same keys, in order of adding */
    size_t cap;
    bool failed;    /* an add ran out of memory */
};

wr_tpl_names *wr_tpl_names_new(void)
{
    wr_tpl_names *n = calloc(1, sizeof *n);
    if (n && !(n->map = wr_strmap_new())) {
        free(n);
        return NULL;
    }
    return n;
}

void wr_tpl_names_free(wr_tpl_names *n)
{
    if (!n)
        return;
    for (size_t i = 0; i < wr_strmap_count(n->map); i++)
        free(n->keys[i]);
    free(n->keys);
    wr_strmap_free(n->map);
    free(n);
}

static size_t key(wr_tpl_kind kind, const char *name, char *buf, size_t size)
{
    int len = snprintf(buf, size, "%c%s", "VSI"[kind], name);
    return len < 0 ? 0 : (size_t)len < size ? (size_t)len : size - 1;
}

bool wr_tpl_names_add(wr_tpl_names *n, wr_tpl_kind kind, const char *name)
{
    char k[256];
    uint32_t index;
    bool added;
    size_t len = key(kind, name, k, sizeof k);
    if (n->failed)
        return false;
    if (wr_strmap_find(n->map, k, len) != WR_STRMAP_NONE)
        return true;
    size_t count = wr_strmap_count(n->map);
    if (count == n->cap) {
        size_t cap = n->cap ? n->cap * 2 : 256;
        char **keys = realloc(n->keys, cap * sizeof *keys);
        if (!keys)
            return !(n->failed = true);
        n->keys = keys;
        n->cap = cap;
    }
    if (!(n->keys[count] = strdup(k)) || !wr_strmap_intern(n->map, k, len, &index, &added)) {
        free(n->keys[count]);
        return !(n->failed = true);
    }
    return true;
}

bool wr_tpl_names_failed(const wr_tpl_names *n)
{
    return n->failed;
}

size_t wr_tpl_names_count(const wr_tpl_names *n)
{
    return wr_strmap_count(n->map);
}

const char *wr_tpl_names_at(const wr_tpl_names *n, size_t i, wr_tpl_kind *kind)
{
    const char *k = n->keys[i];
    *kind = k[0] == 'S' ? WR_TPL_SECTION : k[0] == 'I' ? WR_TPL_INCLUDE : WR_TPL_VALUE;
    return k + 1;
}

bool wr_tpl_names_has(const wr_tpl_names *n, wr_tpl_kind kind, const char *name)
{
    char k[256];
    return wr_strmap_find(n->map, k, key(kind, name, k, sizeof k)) != WR_STRMAP_NONE;
}

