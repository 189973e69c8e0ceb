#include "app/output_tree.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A copy of a regular file, for disks without hard links. */
static int copy_file(int from_dir, const char *name, int to_dir, mode_t mode)
{
    int in = openat(from_dir, name, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return errno;
    int out = openat(to_dir, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode & 07777);
    if (out < 0) {
        int saved = errno;
        close(in);
        return saved;
    }
    char buf[65536];
    ssize_t n;
    int rc = 0;
    while ((n = read(in, buf, sizeof buf)) > 0)
        for (ssize_t done = 0, w; done < n && !rc; done += w)
            if ((w = write(out, buf + done, (size_t)(n - done))) < 0)
                rc = errno;
    if (n < 0 && !rc)
        rc = errno;
    if (close(out) != 0 && !rc)
        rc = errno;
    close(in);
    return rc;
}

static int link_folder(int from_dir, const char *name, int to_dir, mode_t mode)
{
    if (mkdirat(to_dir, name, mode & 07777) != 0)
        return errno;
    int from = openat(from_dir, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int to = openat(to_dir, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *d = from >= 0 ? fdopendir(from) : NULL;
    int rc = !d || to < 0 ? errno : 0;
    for (struct dirent *e; !rc && (e = readdir(d));)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            rc = wr_tree_link(from, e->d_name, to);
    if (d)
        closedir(d); /* closes from */
    else if (from >= 0)
        close(from);
    if (to >= 0)
        close(to);
    return rc;
}

int wr_tree_link(int from_dir, const char *name, int to_dir)
{
    struct stat st;
    if (fstatat(from_dir, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno;
    if (S_ISDIR(st.st_mode))
        return link_folder(from_dir, name, to_dir, st.st_mode);
    if (linkat(from_dir, name, to_dir, name, 0) == 0)
        return 0;
    if (S_ISREG(st.st_mode) && (errno == EPERM || errno == EOPNOTSUPP || errno == EMLINK))
        return copy_file(from_dir, name, to_dir, st.st_mode);
    return errno;
}

int wr_tree_remove(int dir, const char *name)
{
    if (unlinkat(dir, name, 0) == 0 || errno == ENOENT)
        return 0;
    if (errno != EISDIR && errno != EPERM)
        return errno;
    int fd = openat(dir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        int saved = errno;
        if (fd >= 0)
            close(fd);
        return saved;
    }
    int rc = 0;
    for (struct dirent *e; !rc && (e = readdir(d));)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            rc = wr_tree_remove(fd, e->d_name);
    closedir(d);
    if (!rc && unlinkat(dir, name, AT_REMOVEDIR) != 0)
        rc = errno;
    return rc;
}
