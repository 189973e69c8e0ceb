/* Interns strings: maps each distinct key to a dense index 0, 1, 2 ... in order of first
 * appearance. Used for resident and trajectory keys, which can number in the millions.
 * The map owns copies of the keys. */
#ifndef WR_STRMAP_H
#define WR_STRMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct wr_strmap wr_strmap;

wr_strmap *wr_strmap_new(void);
/* A map sized so that `expected` keys fit without growing (an estimate is fine). */
wr_strmap *wr_strmap_new_sized(size_t expected);
void wr_strmap_free(wr_strmap *m);

/* What wr_strmap_find returns for a key that is not in the map. */
#define WR_STRMAP_NONE UINT32_MAX

/* Sets *index to the index of key (adding it when new) and *added to whether it was new;
 * false on out of memory. */
bool wr_strmap_intern(wr_strmap *m, const char *key, size_t len, uint32_t *index, bool *added);
/* Returns the index of key, or WR_STRMAP_NONE when absent. */
uint32_t wr_strmap_find(const wr_strmap *m, const char *key, size_t len);

/* For a reader of millions of rows: hash a key early, prefetch its slot, do the row's other
 * work while the memory arrives, then intern or find with the same hash. The map may not
 * change between the prefetch and the use for the prefetch to help (it stays correct). */
uint64_t wr_strmap_hash(const char *key, size_t len);
void wr_strmap_prefetch(const wr_strmap *m, uint64_t hash);
bool wr_strmap_intern_hashed(wr_strmap *m, uint64_t hash, const char *key, size_t len, uint32_t *index, bool *added);
uint32_t wr_strmap_find_hashed(const wr_strmap *m, uint64_t hash, const char *key, size_t len);
size_t wr_strmap_count(const wr_strmap *m);

#endif
