#define _GNU_SOURCE /* mremap */
#include "base/big_alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define BIG ((size_t)1 << 20)
#define HUGE_PAGE ((size_t)2 << 20)

static size_t bytes_of(size_t count, size_t size)
{
    return size && count > SIZE_MAX / size ? SIZE_MAX : count * size;
}

static size_t mapped(size_t bytes)
{
    return (bytes + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
}

/* Maps `bytes` (rounded up to whole huge pages) at a huge-page boundary. */
static void *map_aligned(size_t bytes)
{
    size_t len = mapped(bytes);
    char *p = mmap(NULL, len + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    uintptr_t start = ((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
    size_t head = start - (uintptr_t)p;
    if (head)
        munmap(p, head);
    munmap((char *)start + len, HUGE_PAGE - head);
#ifdef MADV_HUGEPAGE
    madvise((void *)start, len, MADV_HUGEPAGE);
#endif
    return (void *)start;
}

void *wr_big_calloc(size_t count, size_t size)
{
    size_t bytes = bytes_of(count, size);
    if (bytes == SIZE_MAX)
        return NULL;
    if (bytes < BIG)
        return calloc(count ? count : 1, size ? size : 1);
    return map_aligned(bytes);
}

void *wr_big_grow(void *p, size_t old_count, size_t new_count, size_t size)
{
    size_t old_bytes = bytes_of(old_count, size), new_bytes = bytes_of(new_count, size);
    if (new_bytes == SIZE_MAX || new_count < old_count)
        return NULL;
    if (!p)
        return wr_big_calloc(new_count, size);
    if (new_bytes < BIG) {
        char *q = realloc(p, new_bytes ? new_bytes : 1);
        if (q)
            memset(q + old_bytes, 0, new_bytes - old_bytes);
        return q;
    }
    if (old_bytes < BIG) {
        char *q = map_aligned(new_bytes);
        if (q) {
            memcpy(q, p, old_bytes);
            free(p);
        }
        return q;
    }
    if (mapped(new_bytes) == mapped(old_bytes))
        return p; /* the mapping is zero beyond what was used */
    void *q = mremap(p, mapped(old_bytes), mapped(new_bytes), MREMAP_MAYMOVE);
    if (q == MAP_FAILED)
        return NULL;
#ifdef MADV_HUGEPAGE
    madvise(q, mapped(new_bytes), MADV_HUGEPAGE);
#endif
    return q;
}

void wr_big_free(void *p, size_t count, size_t size)
{
    if (!p)
        return;
    size_t bytes = bytes_of(count, size);
    if (bytes < BIG)
        free(p);
    else
        munmap(p, mapped(bytes));
}
