/* Interns strings: maps each distinct key to a dense index 0, 1, 2 ... in order of first
 * appearance. Used for resident and trajectory keys, which can number in the millions.
 * The map owns copies of the keys. */
#ifndef WR_STRMAP_H
#define WR_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct wr_strmap wr_strmap;

wr_strmap *wr_strmap_new(void);
void wr_strmap_free(wr_strmap *m);

/* Returns the index of key (adding it when new) and sets *added; UINT32_MAX on out of memory. */
uint32_t wr_strmap_intern(wr_strmap *m, const char *key, size_t len, int *added);
/* Returns the index of key, or UINT32_MAX when absent. */
uint32_t wr_strmap_find(const wr_strmap *m, const char *key, size_t len);
size_t wr_strmap_count(const wr_strmap *m);

#endif
