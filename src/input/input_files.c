#include "input/input_files.h"

#include <stdio.h>
#include <sys/stat.h>

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
