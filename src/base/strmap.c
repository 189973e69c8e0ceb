#include "base/strmap.h"

#include <stdlib.h>
#include <string.h>

/* Open addressing over a power-of-two table; keys live in large chunks so that millions
 * of short keys cost one allocation per chunk rather than one per key. */
typedef struct {
    uint64_t hash;
    const char *key;
    uint32_t len;
    uint32_t index;
} slot;

typedef struct chunk {
    struct chunk *next;
    size_t used;
    size_t size;
    char data[];
} chunk;

struct wr_strmap {
    slot *slots;
    size_t cap;    /* power of two */
    size_t count;
    chunk *chunks;
};

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h ? h : 1;
}

wr_strmap *wr_strmap_new(void)
{
    wr_strmap *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->cap = 1024;
    m->slots = calloc(m->cap, sizeof *m->slots);
    if (!m->slots) {
        free(m);
        return NULL;
    }
    return m;
}

void wr_strmap_free(wr_strmap *m)
{
    if (!m)
        return;
    chunk *c = m->chunks;
    while (c) {
        chunk *next = c->next;
        free(c);
        c = next;
    }
    free(m->slots);
    free(m);
}

static const char *store_key(wr_strmap *m, const char *key, size_t len)
{
    chunk *c = m->chunks;
    if (!c || c->size - c->used < len + 1) {
        size_t size = len + 1 > 65536 ? len + 1 : 65536;
        c = malloc(sizeof *c + size);
        if (!c)
            return NULL;
        c->next = m->chunks;
        c->used = 0;
        c->size = size;
        m->chunks = c;
    }
    char *p = c->data + c->used;
    memcpy(p, key, len);
    p[len] = '\0';
    c->used += len + 1;
    return p;
}

static slot *lookup(const wr_strmap *m, uint64_t h, const char *key, size_t len)
{
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        slot *s = &m->slots[i];
        if (!s->hash)
            return s;
        if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0)
            return s;
    }
}

static bool grow(wr_strmap *m)
{
    size_t old_cap = m->cap;
    slot *old = m->slots;
    m->cap *= 2;
    m->slots = calloc(m->cap, sizeof *m->slots);
    if (!m->slots) {
        m->slots = old;
        m->cap = old_cap;
        return false;
    }
    for (size_t i = 0; i < old_cap; i++)
        if (old[i].hash)
            *lookup(m, old[i].hash, old[i].key, old[i].len) = old[i];
    free(old);
    return true;
}

bool wr_strmap_intern(wr_strmap *m, const char *key, size_t len, uint32_t *index, bool *added)
{
    uint64_t h = hash_bytes(key, len);
    slot *s = lookup(m, h, key, len);
    *added = false;
    if (s->hash) {
        *index = s->index;
        return true;
    }
    if ((m->count + 1) * 4 > m->cap * 3) {
        if (!grow(m))
            return false;
        s = lookup(m, h, key, len);
    }
    const char *copy = store_key(m, key, len);
    if (!copy)
        return false;
    s->hash = h;
    s->key = copy;
    s->len = (uint32_t)len;
    s->index = (uint32_t)m->count++;
    *added = true;
    *index = s->index;
    return true;
}

uint32_t wr_strmap_find(const wr_strmap *m, const char *key, size_t len)
{
    slot *s = lookup(m, hash_bytes(key, len), key, len);
    return s->hash ? s->index : WR_STRMAP_NONE;
}

size_t wr_strmap_count(const wr_strmap *m)
{
    return m->count;
}
