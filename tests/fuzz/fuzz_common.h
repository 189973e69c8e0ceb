/* What the fuzz targets (tests/fuzz/fuzz_<target>.c) share: one scratch folder per process,
 * made on first use under $TMPDIR (or /tmp) and removed with everything in it when the
 * process exits normally (libFuzzer's time limit, the replay driver); `make fuzz` runs each
 * target with its own TMPDIR and removes that too, so a crash leaves nothing behind
 * either. And writing an input to a file there. Header-only: each target is one program. */
#ifndef WR_FUZZ_COMMON_H
#define WR_FUZZ_COMMON_H

#include <dirent.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fill/source_map.h"

static char fuzz_root[512];

/* Removes path and, when it is a folder, everything in it. */
static inline void fuzz_remove_tree(const char *path)
{
    DIR *d = opendir(path);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            char child[1024];
            int n = snprintf(child, sizeof child, "%s/%s", path, e->d_name);
            if (n > 0 && (size_t)n < sizeof child)
                fuzz_remove_tree(child);
        }
        closedir(d);
        rmdir(path);
    } else {
        unlink(path);
    }
}

static inline void fuzz_cleanup(void)
{
    if (fuzz_root[0])
        fuzz_remove_tree(fuzz_root);
    fuzz_root[0] = '\0';
}

/* The scratch folder; aborts when it cannot be made (nothing could be tested). */
static inline const char *fuzz_dir(void)
{
    if (fuzz_root[0])
        return fuzz_root;
    const char *tmp = getenv("TMPDIR");
    snprintf(fuzz_root, sizeof fuzz_root, "%s/wr-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(fuzz_root)) {
        perror("mkdtemp");
        abort();
    }
    atexit(fuzz_cleanup);
    return fuzz_root;
}

/* <scratch>/<name> in buf. */
static inline const char *fuzz_path(const char *name, char *buf, size_t size)
{
    snprintf(buf, size, "%s/%s", fuzz_dir(), name);
    return buf;
}

/* Makes the folder <scratch>/<name> (and its parents inside the scratch folder). */
static inline void fuzz_mkdir(const char *name)
{
    char path[1024];
    fuzz_path(name, path, sizeof path);
    for (char *p = path + strlen(fuzz_dir()) + 1; *p; p++)
        if (*p == '/') {
            *p = '\0';
            mkdir(path, 0700);
            *p = '/';
        }
    mkdir(path, 0700);
}

/* Writes data[0..size) to <scratch>/<name> (the folder must exist); aborts on failure. */
static inline void fuzz_write(const char *name, const uint8_t *data, size_t size)
{
    char path[1024];
    FILE *fp = fopen(fuzz_path(name, path, sizeof path), "wb");
    if (!fp || (size && fwrite(data, 1, size, fp) != size) || fclose(fp) != 0) {
        perror(path);
        abort();
    }
}

/* A source map for a fuzzed report: with in_text, every line from first on comes from a
 * team text (teksten/2026-Q3/lessen.md); otherwise all is template. Aborts when out of
 * memory. The caller frees it. */
static inline wr_source_map *fuzz_sources(bool in_text, size_t first)
{
    wr_source_map *m = wr_source_map_new();
    if (!m || (in_text && !wr_source_map_add(m, "teksten/2026-Q3/lessen.md", first, 1000000)))
        abort();
    return m;
}

#endif
