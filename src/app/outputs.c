#define _GNU_SOURCE /* renameat2 */
#include "app/outputs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/output_lock.h"
#include "app/output_tree.h"
#include "base/errno_nl.h"
#include "base/strbuf.h"

/* Work folders in the output folder: ".wijkrapport-<period>.nieuw-XXXXXX" (a set being
 * written) and ".wijkrapport-<period>.oud-XXXXXX" (an old set between two renames). */
#define WORK_PREFIX ".wijkrapport-"

typedef struct {
    char *name;
    char *temp_path;
    char *final_path;
    bool is_dir;        /* a folder of the set (wr_outputs_add_dir) */
} entry;

struct wr_outputs {
    char *dir;          /* the output folder */
    char *period;       /* "2026-Q3": the period folder's name */
    char *period_path;  /* dir/period */
    char *fresh;        /* name in dir of the fresh folder */
    char *old;          /* name in dir that holds the old set after the swap; NULL before */
    int dir_fd, fresh_fd, lock_fd;
    entry *entries;
    size_t count;
    int step;           /* steps of the commit done */
    bool committed;
};

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
                                    wr_errno_text(errno));
            *p = saved;
            if (!saved)
                break;
        }
    }
    return WR_OK;
}

/* "<period>.nieuw-XXXXXX" after the prefix: the period of a work folder's name, or NULL. */
static char *work_period(const char *name, const char **kind)
{
    if (strncmp(name, WORK_PREFIX, strlen(WORK_PREFIX)) != 0)
        return NULL;
    const char *p = name + strlen(WORK_PREFIX);
    const char *dot = strrchr(p, '.');
    if (!dot || dot == p)
        return NULL;
    *kind = dot + 1;
    wr_strbuf b = {0};
    wr_strbuf_append(&b, p, (size_t)(dot - p));
    return wr_strbuf_take(&b);
}

/* What a killed run left: an old set between two renames is put back when its period
 * folder is missing (else removed); fresh folders are removed. Old sets go first. */
static void repair_output_dir(wr_outputs *o)
{
    for (int pass = 0; pass < 2; pass++) {
        DIR *d = fdopendir(dup(o->dir_fd));
        if (!d)
            return;
        rewinddir(d);
        for (struct dirent *e; (e = readdir(d));) {
            const char *kind = NULL;
            char *period = work_period(e->d_name, &kind);
            if (!period)
                continue;
            struct stat st;
            if (pass == 0 && strncmp(kind, "oud-", 4) == 0) {
                if (fstatat(o->dir_fd, period, &st, AT_SYMLINK_NOFOLLOW) != 0 && errno == ENOENT)
                    renameat(o->dir_fd, e->d_name, o->dir_fd, period);
                else
                    wr_tree_remove(o->dir_fd, e->d_name);
            } else if (pass == 1 && strncmp(kind, "nieuw-", 6) == 0) {
                wr_tree_remove(o->dir_fd, e->d_name);
            }
            free(period);
        }
        closedir(d);
    }
}

/* "<name>.tmp-XXXXXX": a temporary file of an older version of the program. */
static bool old_temporary(const char *name)
{
    const char *t = strstr(name, ".tmp-");
    return t && t != name && strlen(t) == 11 && strspn(t + 5, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                              "0123456789") == 6;
}

static void remove_old_temporaries(wr_outputs *o)
{
    int fd = openat(o->dir_fd, o->period, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0)
            close(fd);
        return;
    }
    struct stat st;
    for (struct dirent *e; (e = readdir(d));)
        if (old_temporary(e->d_name) && fstatat(fd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode))
            unlinkat(fd, e->d_name, 0);
    closedir(d);
}

static wr_status make_fresh(wr_outputs *o, wr_error *err)
{
    wr_strbuf b = {0};
    wr_strbuf_printf(&b, "%s/" WORK_PREFIX "%s.nieuw-XXXXXX", o->dir, o->period);
    char *path = wr_strbuf_take(&b);
    if (!path)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    if (!mkdtemp(path)) {
        wr_status st = wr_error_set(err, WR_ERR_OUTPUT, "In %s kan geen map worden aangemaakt (%s).", o->dir,
                                    wr_errno_text(errno));
        free(path);
        return st;
    }
    o->fresh = wr_strdup(strrchr(path, '/') + 1);
    free(path);
    if (!o->fresh)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    o->fresh_fd = openat(o->dir_fd, o->fresh, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (o->fresh_fd < 0)
        return wr_error_set(err, WR_ERR_OUTPUT, "In %s kan geen map worden aangemaakt (%s).", o->dir,
                            wr_errno_text(errno));
    /* mkdtemp makes 0700; a period folder is an ordinary folder (keep_others gives it the
     * permissions of the folder it replaces). */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(o->fresh_fd, 0777 & ~mask);
    return WR_OK;
}

wr_status wr_outputs_open(const char *output_dir, const char *period, wr_outputs **out, wr_error *err)
{
    *out = NULL;
    wr_outputs *o = calloc(1, sizeof *o);
    if (!o)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    o->dir_fd = o->fresh_fd = o->lock_fd = -1;
    wr_strbuf b = {0};
    wr_strbuf_printf(&b, "%s/%s", output_dir, period);
    o->period_path = wr_strbuf_take(&b);
    o->dir = wr_strdup(output_dir);
    o->period = wr_strdup(period);
    wr_status st = WR_OK;
    if (!o->period_path || !o->dir || !o->period)
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    if (st == WR_OK)
        st = wr_make_dirs(output_dir, err);
    if (st == WR_OK && (o->dir_fd = open(output_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
        st = wr_error_set(err, WR_ERR_OUTPUT, "De map %s kan niet worden geopend (%s).", output_dir,
                          wr_errno_text(errno));
    if (st == WR_OK)
        st = wr_output_lock(output_dir, &o->lock_fd, err);
    if (st == WR_OK) {
        repair_output_dir(o);
        remove_old_temporaries(o);
        st = make_fresh(o, err);
    }
    if (st != WR_OK) {
        wr_outputs_free(o);
        return st;
    }
    *out = o;
    return WR_OK;
}

/* Reserves the next entry of the set for name: a file (created empty, with the mode of an
 * ordinary document; the writer replaces the contents) or a folder. */
static wr_status add_entry(wr_outputs *o, const char *name, bool is_dir, entry **out, wr_error *err)
{
    entry *entries = realloc(o->entries, (o->count + 1) * sizeof *entries);
    if (!entries)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    o->entries = entries;
    entry *e = &entries[o->count];
    e->is_dir = is_dir;
    wr_strbuf t = {0}, f = {0};
    wr_strbuf_printf(&t, "%s/%s/%s", o->dir, o->fresh, name);
    wr_strbuf_printf(&f, "%s/%s", o->period_path, name);
    e->name = wr_strdup(name);
    e->temp_path = wr_strbuf_take(&t);
    e->final_path = wr_strbuf_take(&f);
    if (!e->name || !e->temp_path || !e->final_path) {
        free(e->name), free(e->temp_path), free(e->final_path);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    int fd = is_dir ? mkdirat(o->fresh_fd, name, 0777)
                    : openat(o->fresh_fd, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        wr_status st = wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden %s (%s).", e->final_path,
                                    is_dir ? "gemaakt" : "geschreven", wr_errno_text(errno));
        free(e->name), free(e->temp_path), free(e->final_path);
        return st;
    }
    if (!is_dir)
        close(fd);
    o->count++;
    *out = e;
    return WR_OK;
}

wr_status wr_outputs_add(wr_outputs *o, const char *name, const char **temp_path, const char **final_path,
                         wr_error *err)
{
    entry *e;
    wr_status st = add_entry(o, name, false, &e, err);
    if (st != WR_OK)
        return st;
    *temp_path = e->temp_path;
    if (final_path)
        *final_path = e->final_path;
    return WR_OK;
}

wr_status wr_outputs_add_dir(wr_outputs *o, const char *name, wr_error *err)
{
    entry *e;
    return add_entry(o, name, true, &e, err);
}

/* The deterministic fault of WIJKRAPPORT_FOUT_NA, checked when o->step steps are done. */
static wr_status fault_point(const wr_outputs *o, wr_error *err)
{
    const char *env = getenv("WIJKRAPPORT_FOUT_NA");
    if (!env || !*env)
        return WR_OK;
    char *end;
    long k = strtol(env, &end, 10);
    if (end == env || k != o->step)
        return WR_OK;
    if (strcmp(end, ":kill") == 0)
        raise(SIGKILL);
    return wr_error_set(err, WR_ERR_OUTPUT, "Testfout na stap %d van het vervangen van de rapporten in %s "
                        "(WIJKRAPPORT_FOUT_NA).", o->step, o->period_path);
}

static wr_status step_done(wr_outputs *o, wr_error *err)
{
    o->step++;
    return fault_point(o, err);
}

static bool is_ours(const wr_outputs *o, const char *name)
{
    for (size_t i = 0; i < o->count; i++)
        if (strcmp(o->entries[i].name, name) == 0)
            return true;
    return false;
}

/* Every name of the set must be replaceable: a folder of that name would be lost. */
static wr_status check_targets(const wr_outputs *o, int period_fd, wr_error *err)
{
    struct stat st;
    for (size_t i = 0; i < o->count; i++)
        if (!o->entries[i].is_dir && fstatat(period_fd, o->entries[i].name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
            S_ISDIR(st.st_mode))
            return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden vervangen: het is een map. De vorige "
                                "rapporten staan er nog.", o->entries[i].final_path);
    return WR_OK;
}

/* Gives the fresh folder every entry of the period folder that is not part of the set, and
 * the period folder's permissions. */
static wr_status keep_others(wr_outputs *o, int period_fd, wr_error *err)
{
    struct stat st;
    if (fstat(period_fd, &st) == 0)
        fchmod(o->fresh_fd, st.st_mode & 07777);
    DIR *d = fdopendir(dup(period_fd));
    if (!d)
        return wr_error_set(err, WR_ERR_OUTPUT, "De map %s kan niet worden gelezen (%s).", o->period_path,
                            wr_errno_text(errno));
    wr_status status = WR_OK;
    for (struct dirent *e; status == WR_OK && (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0 || is_ours(o, e->d_name))
            continue;
        int rc = wr_tree_link(period_fd, e->d_name, o->fresh_fd);
        if (rc)
            status = wr_error_set(err, WR_ERR_OUTPUT, "%s/%s kan niet naar de nieuwe rapporten worden meegenomen "
                                  "(%s). De vorige rapporten staan er nog.", o->period_path, e->d_name,
                                  wr_errno_text(rc));
        else
            status = step_done(o, err);
    }
    closedir(d);
    return status;
}

static wr_status swap_failed(const wr_outputs *o, int saved, wr_error *err)
{
    return wr_error_set(err, WR_ERR_OUTPUT, "De rapporten in %s kunnen niet worden vervangen (%s). De vorige "
                        "rapporten staan er nog.", o->period_path, wr_errno_text(saved));
}

/* Two renames where the disk cannot exchange two names: the old set goes to a hidden
 * name first, which the next run puts back if this one is killed in between. */
static wr_status swap_by_renames(wr_outputs *o, wr_error *err)
{
    wr_strbuf b = {0};
    wr_strbuf_printf(&b, WORK_PREFIX "%s.oud-%s", o->period, strrchr(o->fresh, '-') + 1);
    char *old = wr_strbuf_take(&b);
    if (!old)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    if (renameat(o->dir_fd, o->period, o->dir_fd, old) != 0) {
        int saved = errno;
        free(old);
        return swap_failed(o, saved, err);
    }
    wr_status st = step_done(o, err);
    int saved = 0;
    if (st == WR_OK && renameat(o->dir_fd, o->fresh, o->dir_fd, o->period) != 0) {
        saved = errno;
        st = swap_failed(o, saved, err);
    }
    if (st != WR_OK) {
        renameat(o->dir_fd, old, o->dir_fd, o->period); /* the old set back in place */
        free(old);
        return st;
    }
    o->old = old;
    return step_done(o, err);
}

static wr_status swap(wr_outputs *o, bool period_exists, wr_error *err)
{
    if (!period_exists) {
        if (renameat(o->dir_fd, o->fresh, o->dir_fd, o->period) != 0)
            return swap_failed(o, errno, err);
        o->old = wr_strdup(""); /* nothing to remove */
        return o->old ? step_done(o, err) : wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    const char *no_exchange = getenv("WIJKRAPPORT_GEEN_RUIL");
    if (!(no_exchange && strcmp(no_exchange, "1") == 0)) {
        if (renameat2(o->dir_fd, o->fresh, o->dir_fd, o->period, RENAME_EXCHANGE) == 0) {
            o->old = wr_strdup(o->fresh); /* the fresh name now holds the old set */
            return o->old ? step_done(o, err) : wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
        }
        if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
            return swap_failed(o, errno, err);
    }
    return swap_by_renames(o, err);
}

wr_status wr_outputs_commit(wr_outputs *o, wr_error *err)
{
    wr_status st = fault_point(o, err);
    if (st != WR_OK)
        return st;
    struct stat sb;
    bool period_exists = fstatat(o->dir_fd, o->period, &sb, AT_SYMLINK_NOFOLLOW) == 0;
    if (period_exists && !S_ISDIR(sb.st_mode))
        return wr_error_set(err, WR_ERR_OUTPUT, "%s is geen map; de rapporten kunnen er niet in.", o->period_path);
    if (period_exists) {
        int period_fd = openat(o->dir_fd, o->period, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (period_fd < 0)
            return wr_error_set(err, WR_ERR_OUTPUT, "De map %s kan niet worden geopend (%s).", o->period_path,
                                wr_errno_text(errno));
        st = check_targets(o, period_fd, err);
        if (st == WR_OK)
            st = keep_others(o, period_fd, err);
        close(period_fd);
        if (st != WR_OK)
            return st;
    }
    if ((st = swap(o, period_exists, err)) != WR_OK)
        return st;
    o->committed = true;
    /* The new set stands; the old one goes. A failure here costs only disk space until
     * the next run removes it. */
    if (*o->old && wr_tree_remove(o->dir_fd, o->old) == 0)
        o->old[0] = '\0';
    return step_done(o, err);
}

void wr_outputs_free(wr_outputs *o)
{
    if (!o)
        return;
    if (o->fresh_fd >= 0)
        close(o->fresh_fd);
    if (o->dir_fd >= 0) {
        if (o->old && *o->old) /* swapped, the old set not yet removed */
            wr_tree_remove(o->dir_fd, o->old);
        else if (!o->old && o->fresh) /* never swapped: the unfinished set */
            wr_tree_remove(o->dir_fd, o->fresh);
    }
    wr_output_unlock(o->dir, o->lock_fd);
    if (o->dir_fd >= 0)
        close(o->dir_fd);
    for (size_t i = 0; i < o->count; i++) {
        free(o->entries[i].name);
        free(o->entries[i].temp_path);
        free(o->entries[i].final_path);
    }
    free(o->entries);
    free(o->dir);
    free(o->period);
    free(o->period_path);
    free(o->fresh);
    free(o->old);
    free(o);
}
