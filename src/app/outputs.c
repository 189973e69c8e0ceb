#include "app/outputs.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/strbuf.h"

typedef struct {
    char *final_path;
    char *temp_path;
} entry;

struct wr_outputs {
    entry *entries;
    size_t count;
    int committed;
};

wr_outputs *wr_outputs_new(void)
{
    return calloc(1, sizeof(wr_outputs));
}

wr_status wr_make_dirs(const char *dir, wr_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s", dir);
    for (char *p = path + 1;; p++) {
        if (*p == '/' || *p == '\0') {
            char saved = *p;
            *p = '\0';
            if (mkdir(path, 0777) != 0 && errno != EEXIST)
                return wr_error_set(err, WR_ERR_OUTPUT, "De map %s kan niet worden aangemaakt (%s).", path,
                                    strerror(errno));
            *p = saved;
            if (!saved)
                break;
        }
    }
    return WR_OK;
}

wr_status wr_outputs_add(wr_outputs *o, const char *final_path, const char **temp_path, wr_error *err)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", final_path);
    char *slash = strrchr(dir, '/');
    if (slash && slash != dir) {
        *slash = '\0';
        wr_status st = wr_make_dirs(dir, err);
        if (st != WR_OK)
            return st;
    }
    entry *entries = realloc(o->entries, (o->count + 1) * sizeof *entries);
    if (!entries)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    o->entries = entries;
    entry *e = &entries[o->count];
    size_t n = strlen(final_path) + 16;
    e->final_path = wr_strdup(final_path);
    e->temp_path = malloc(n);
    if (!e->final_path || !e->temp_path) {
        free(e->final_path);
        free(e->temp_path);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    snprintf(e->temp_path, n, "%s.tmp-XXXXXX", final_path);
    int fd = mkstemp(e->temp_path);
    if (fd < 0) {
        wr_status st = wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven (%s).", final_path,
                                    strerror(errno));
        free(e->final_path);
        free(e->temp_path);
        return st;
    }
    close(fd);
    /* mkstemp creates 0600; reports are ordinary documents. */
    mode_t mask = umask(0);
    umask(mask);
    chmod(e->temp_path, 0666 & ~mask);
    o->count++;
    *temp_path = e->temp_path;
    return WR_OK;
}

wr_status wr_outputs_commit(wr_outputs *o, wr_error *err)
{
    for (size_t i = 0; i < o->count; i++) {
        if (rename(o->entries[i].temp_path, o->entries[i].final_path) != 0)
            return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden vervangen (%s).", o->entries[i].final_path,
                                strerror(errno));
        free(o->entries[i].temp_path);
        o->entries[i].temp_path = NULL;
    }
    o->committed = 1;
    return WR_OK;
}

void wr_outputs_free(wr_outputs *o)
{
    if (!o)
        return;
    for (size_t i = 0; i < o->count; i++) {
        if (o->entries[i].temp_path) {
            unlink(o->entries[i].temp_path);
            free(o->entries[i].temp_path);
        }
        free(o->entries[i].final_path);
    }
    free(o->entries);
    free(o);
}
