#include "app/quiet_stderr.h"

#include <stdint.h>
#include <string.h>
#include <unistd.h>

/* A sanitizer build writes its reports to the real stderr meanwhile: a report just before
 * the process dies must not end up in the capture file, which dies with it. */
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#define SANITIZER_REPORTS_TO(fd) __sanitizer_set_report_fd((void *)(intptr_t)(fd))
#else
#define SANITIZER_REPORTS_TO(fd) ((void)(fd))
#endif

void wr_quiet_stderr_begin(wr_quiet_stderr *q)
{
    q->saved_fd = -1;
    q->capture = tmpfile();
    if (!q->capture)
        return; /* then the library's lines are shown as they are */
    fflush(stderr);
    q->saved_fd = dup(STDERR_FILENO);
    if (q->saved_fd < 0 || dup2(fileno(q->capture), STDERR_FILENO) < 0) {
        if (q->saved_fd >= 0)
            close(q->saved_fd);
        q->saved_fd = -1;
        fclose(q->capture);
        q->capture = NULL;
        return;
    }
    SANITIZER_REPORTS_TO(q->saved_fd);
}

/* A line a library printed about an error the program reports itself. */
static int library_line(const char *line)
{
    static const char *const prefixes[] = {"[ERROR]", "[WARNING]", "[DEPRECATED]", "ERROR: ", "WARNING: "};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        if (strncmp(line, prefixes[i], strlen(prefixes[i])) == 0)
            return 1;
    return 0;
}

void wr_quiet_stderr_end(wr_quiet_stderr *q)
{
    if (q->saved_fd < 0)
        return;
    fflush(stderr);
    dup2(q->saved_fd, STDERR_FILENO);
    SANITIZER_REPORTS_TO(STDERR_FILENO);
    close(q->saved_fd);
    q->saved_fd = -1;
    rewind(q->capture);
    char line[4096];
    while (fgets(line, sizeof line, q->capture))
        if (!library_line(line))
            fputs(line, stderr);
    fclose(q->capture);
    q->capture = NULL;
}
