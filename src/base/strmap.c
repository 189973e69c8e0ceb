#include "base/strmap.h"

#include <stdlib.h>
#include <string.h>

#include "base/big_alloc.h"

/* Open addressing with linear probing over 24-byte slots. A key of up to INLINE_MAX
 * bytes (the resident and trajectory keys of a real export) lives in its slot, so a lookup
 * mostly touches one cache line; a longer one lives in a chunk of key text and its slot
 * holds a pointer. The table is sized for the expected keys before use (at most 60% full,
 * so that a new key finds an empty slot within a few), and grows only past 80%. */
#define INLINE_MAX 14
#define LONG_KEY 0xFF

typedef struct {
    uint32_t tag;     /* high half of the hash, never 0; 0 marks an empty slot */
    uint32_t index;
    uint8_t len;      /* key length, or LONG_KEY */
    char key[INLINE_MAX + 1]; /* inline key, or a pointer to a long_key */
} slot;

typedef struct {
    size_t len;
    char text[];
} long_key;

typedef struct chunk {
    struct chunk *next;
    size_t used, size;
    _Alignas(long_key) char data[];
} chunk;

struct wr_strmap {
    slot *slots;
    size_t cap;    /* slots; filled to at most 80% */
    size_t count;
    chunk *chunks;
};

_Static_assert(sizeof(slot) == 24, "a slot is 24 bytes");

/* A 64-bit hash of short strings: eight bytes at a time, mixed by multiplication, with
 * murmur3's finalizer so that both halves (slot and tag) are well spread. */
static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0xC2B2AE3D27D4EB4FULL);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0x9FB21C651E98DF25ULL;
        h ^= h >> 29;
        s += 8;
        n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, s, n);
    h = (h ^ w) * 0x9FB21C651E98DF25ULL;
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h;
}

static slot *table_new(size_t cap)
{
    return wr_big_calloc(cap, sizeof(slot));
}

wr_strmap *wr_strmap_new(void)
{
    return wr_strmap_new_sized(0);
}

wr_strmap *wr_strmap_new_sized(size_t expected)
{
    wr_strmap *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->cap = expected < 38 ? 64 : expected / 3 * 5 + 16;
    if (!(m->slots = table_new(m->cap))) {
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
    wr_big_free(m->slots, m->cap, sizeof(slot));
    free(m);
}

static const long_key *store_long(wr_strmap *m, const char *key, size_t len)
{
    size_t need = (sizeof(long_key) + len + 1 + _Alignof(long_key) - 1) & ~(_Alignof(long_key) - 1);
    chunk *c = m->chunks;
    if (!c || c->size - c->used < need) {
        size_t size = need > 65536 ? need : 65536;
        c = malloc(sizeof *c + size);
        if (!c)
            return NULL;
        c->next = m->chunks;
        c->used = 0;
        c->size = size;
        m->chunks = c;
    }
    long_key *k = (long_key *)(c->data + c->used);
    k->len = len;
    memcpy(k->text, key, len);
    k->text[len] = '\0';
    c->used += need;
    return k;
}

static bool slot_holds(const slot *s, const char *key, size_t len)
{
    if (s->len != LONG_KEY)
        return s->len == len && memcmp(s->key, key, len) == 0;
    const long_key *k;
    memcpy(&k, s->key, sizeof k);
    return k->len == len && memcmp(k->text, key, len) == 0;
}

static size_t first_slot(uint64_t h, size_t cap)
{
    return (size_t)(((h & 0xFFFFFFFFu) * (uint64_t)cap) >> 32);
}

/* The slot of key, or the empty slot where it would go. The low half of the hash picks
 * the first slot (scaled to cap, which need not be a power of two); the high half is the tag. */
static slot *lookup(slot *slots, size_t cap, uint64_t h, const char *key, size_t len)
{
    uint32_t tag = (uint32_t)(h >> 32) | 1;
    size_t i = first_slot(h, cap);
    for (;;) {
        slot *s = &slots[i];
        if (!s->tag || (s->tag == tag && slot_holds(s, key, len)))
            return s;
        if (++i == cap)
            i = 0;
    }
}

static const char *slot_key(const slot *s, size_t *len)
{
    if (s->len != LONG_KEY) {
        *len = s->len;
        return s->key;
    }
    const long_key *k;
    memcpy(&k, s->key, sizeof k);
    *len = k->len;
    return k->text;
}

static bool grow(wr_strmap *m)
{
    size_t cap = m->cap * 2;
    slot *slots = table_new(cap);
    if (!slots)
        return false;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].tag)
            continue;
        size_t len;
        const char *key = slot_key(&m->slots[i], &len);
        *lookup(slots, cap, hash_bytes(key, len), key, len) = m->slots[i];
    }
    wr_big_free(m->slots, m->cap, sizeof(slot));
    m->slots = slots;
    m->cap = cap;
    return true;
}

uint64_t wr_strmap_hash(const char *key, size_t len)
{
    return hash_bytes(key, len);
}

void wr_strmap_prefetch(const wr_strmap *m, uint64_t hash)
{
    __builtin_prefetch(&m->slots[first_slot(hash, m->cap)]);
}

bool wr_strmap_intern(wr_strmap *m, const char *key, size_t len, uint32_t *index, bool *added)
{
    return wr_strmap_intern_hashed(m, hash_bytes(key, len), key, len, index, added);
}

bool wr_strmap_intern_hashed(wr_strmap *m, uint64_t h, const char *key, size_t len, uint32_t *index, bool *added)
{
    slot *s = lookup(m->slots, m->cap, h, key, len);
    *added = false;
    if (s->tag) {
        *index = s->index;
        return true;
    }
    if ((m->count + 1) * 5 > m->cap * 4) {
        if (!grow(m))
            return false;
        s = lookup(m->slots, m->cap, h, key, len);
    }
    if (len <= INLINE_MAX) {
        s->len = (uint8_t)len;
        memcpy(s->key, key, len);
        s->key[len] = '\0';
    } else {
        const long_key *k = store_long(m, key, len);
        if (!k)
            return false;
        s->len = LONG_KEY;
        memcpy(s->key, &k, sizeof k);
    }
    s->tag = (uint32_t)(h >> 32) | 1;
    s->index = (uint32_t)m->count++;
    *added = true;
    *index = s->index;
    return true;
}

uint32_t wr_strmap_find(const wr_strmap *m, const char *key, size_t len)
{
    return wr_strmap_find_hashed(m, hash_bytes(key, len), key, len);
}

uint32_t wr_strmap_find_hashed(const wr_strmap *m, uint64_t hash, const char *key, size_t len)
{
    const slot *s = lookup(m->slots, m->cap, hash, key, len);
    return s->tag ? s->index : WR_STRMAP_NONE;
}

size_t wr_strmap_count(const wr_strmap *m)
{
    return m->count;
}
