/* For the unit tests that write files: a scratch folder made under /tmp and removed at the
 * end, a way to write a file in it, and the check that an error message is exactly
 * "<file>, regel <n>: ..." (or "<file>: ..." when no line is to blame) and says what it
 * should. Include after check.h. */
#ifndef WR_SCRATCH_H
#define WR_SCRATCH_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char scratch_root[64];

/* Makes /tmp/wr-<what>-XXXXXX; false (with the reason on stderr) when it cannot. */
static inline bool scratch_open(const char *what)
{
    snprintf(scratch_root, sizeof scratch_root, "/tmp/wr-%.30s-XXXXXX", what);
    if (mkdtemp(scratch_root))
        return true;
    perror("mkdtemp");
    return false;
}

/* Removes the scratch folder and everything this test made in it. */
static inline void scratch_close(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", scratch_root);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", scratch_root);
}

/* Writes text to <scratch>/<name>; returns the path, which the caller frees. */
static inline char *scratch_write(const char *name, const char *text)
{
    size_t size = strlen(scratch_root) + strlen(name) + 2;
    char *path = malloc(size);
    if (!path)
        return NULL;
    snprintf(path, size, "%s/%s", scratch_root, name);
    FILE *fp = fopen(path, "wb");
    if (fp) {
        fputs(text, fp);
        fclose(fp);
    }
    return path;
}

/* Checks that message starts with "<path>, regel <line>: " (line 0: "<path>: ") and
 * contains says; shows the difference on stderr when not. */
static inline void check_message(const char *message, const char *path, long line, const char *says)
{
    char where[512];
    if (line)
        snprintf(where, sizeof where, "%s, regel %ld: ", path, line);
    else
        snprintf(where, sizeof where, "%s: ", path);
    bool ok = strncmp(message, where, strlen(where)) == 0 && strstr(message, says) != NULL;
    CHECK(ok);
    if (!ok)
        fprintf(stderr, "  got \"%s\"\n  expected \"%s...%s...\"\n", message, where, says);
}

#endif
