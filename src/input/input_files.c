#include "input/input_files.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *wr_input_file_name(wr_input_file file)
{
    static const char *const names[WR_FILE_COUNT] = {
        "trajecten.csv", "contacten.csv",   "activiteiten.csv", "afspraken.csv", "klachten.csv",
        "ervaringen.csv", "uitkomsten.csv", "indicatoren.csv",  "financien.csv",
    };
    return file < WR_FILE_COUNT ? names[file] : "?";
}

bool wr_input_file_path(const char *dir, wr_input_file file, char *buf, size_t size)
{
    snprintf(buf, size, "%s/%s", dir, wr_input_file_name(file));
    struct stat sb;
    return stat(buf, &sb) == 0;
}

wr_status wr_input_nomem(wr_error *err, const char *file)
{
    return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het lezen van %s.", file);
}

size_t wr_input_estimate_rows(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct stat sb;
    char sample[65536];
    ssize_t n = fstat(fd, &sb) == 0 ? pread(fd, sample, sizeof sample, 0) : -1;
    close(fd);
    if (n <= 0)
        return 0;
    size_t lines = 1;
    for (const char *p = sample; (p = memchr(p, '\n', (size_t)(sample + n - p))) != NULL; p++)
        lines++;
    /* A tenth more than the sample's line length promises, for longer lines further on. */
    double rows = (double)sb.st_size * (double)lines / (double)n * 1.1;
    return rows < 1e9 ? (size_t)rows + 16 : (size_t)1e9;
}
