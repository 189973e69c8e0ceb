#include "fill/name_set.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/strmap.h"

struct wr_tpl_names {
    wr_strmap *map; /* "<kind><NAME>" */
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
    if (!wr_strmap_intern(n->map, k, key(kind, name, k, sizeof k), &index, &added))
        n->failed = true;
    return !n->failed;
}

bool wr_tpl_names_failed(const wr_tpl_names *n)
{
    return n->failed;
}

bool wr_tpl_names_has(const wr_tpl_names *n, wr_tpl_kind kind, const char *name)
{
    char k[256];
    return wr_strmap_find(n->map, k, key(kind, name, k, sizeof k)) != WR_STRMAP_NONE;
}

