#include "app/quiet_stderr.h"

#include <pthread.h>
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

/* stderr is one for the process, and the main thread fills templates while another
 * writes the workbook: the first begin redirects, the last end restores and passes the
 * other lines on. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int depth;
static int saved_fd = -1; /* the real stderr while redirected */
static FILE *capture;

static void redirect(void)
{
    capture = tmpfile();
    if (!capture)
        return; /* then the library's lines are shown as they are */
    fflush(stderr);
    saved_fd = dup(STDERR_FILENO);
    if (saved_fd < 0 || dup2(fileno(capture), STDERR_FILENO) < 0) {
        if (saved_fd >= 0)
            close(saved_fd);
        saved_fd = -1;
        fclose(capture);
        capture = NULL;
        return;
    }
    SANITIZER_REPORTS_TO(saved_fd);
}

void wr_quiet_stderr_begin(wr_quiet_stderr *q)
{
    pthread_mutex_lock(&lock);
    if (depth++ == 0)
        redirect();
    q->active = true;
    pthread_mutex_unlock(&lock);
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

static void restore(void)
{
    if (saved_fd < 0)
        return;
    fflush(stderr);
    dup2(saved_fd, STDERR_FILENO);
    SANITIZER_REPORTS_TO(STDERR_FILENO);
    close(saved_fd);
    saved_fd = -1;
    rewind(capture);
    char line[4096];
    while (fgets(line, sizeof line, capture))
        if (!library_line(line))
            fputs(line, stderr);
    fclose(capture);
    capture = NULL;
}

void wr_quiet_stderr_end(wr_quiet_stderr *q)
{
    pthread_mutex_lock(&lock);
    if (q->active && --depth == 0)
        restore();
    q->active = false;
    pthread_mutex_unlock(&lock);
}
