#include "app/output_lock.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/errno_nl.h"

wr_status wr_output_lock(const char *dir, int *fd, wr_error *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, WR_OUTPUT_LOCK_NAME);
    *fd = -1;
    /* The run that holds the lock removes the file when it ends; a run that opened the
     * file just before that would lock a file nobody else sees, so the lock counts only
     * when the name still leads to the locked file. */
    for (int attempt = 0; attempt < 100; attempt++) {
        int f = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
        if (f < 0)
            return wr_error_set(err, WR_ERR_OUTPUT, "De uitvoermap %s kan niet worden vergrendeld (%s).", dir,
                                wr_errno_text(errno));
        if (flock(f, LOCK_EX | LOCK_NB) != 0) {
            int saved = errno;
            close(f);
            if (saved == EWOULDBLOCK)
                return wr_error_set(err, WR_ERR_OUTPUT,
                                    "De uitvoermap %s is in gebruik door een andere run van wijkrapport; probeer het "
                                    "opnieuw als die klaar is.", dir);
            return wr_error_set(err, WR_ERR_OUTPUT, "De uitvoermap %s kan niet worden vergrendeld (%s).", dir,
                                wr_errno_text(saved));
        }
        struct stat held, named;
        if (fstat(f, &held) == 0 && stat(path, &named) == 0 && held.st_ino == named.st_ino &&
            held.st_dev == named.st_dev) {
            *fd = f;
            return WR_OK;
        }
        close(f);
    }
    return wr_error_set(err, WR_ERR_OUTPUT, "De uitvoermap %s kan niet worden vergrendeld.", dir);
}

void wr_output_unlock(const char *dir, int fd)
{
    if (fd < 0)
        return;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, WR_OUTPUT_LOCK_NAME);
    unlink(path); /* still locked: nobody can have taken it in between */
    close(fd);
}
