/* The files of an export folder (data contract, section 1). Only trajecten.csv is
 * required; an optional file that is absent is "not delivered": its figures are not
 * computed and the report says "geen gegevens aangeleverd" where they would stand. */
#ifndef WR_INPUT_FILES_H
#define WR_INPUT_FILES_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"

typedef enum {
    WR_FILE_TRAJECTEN,
    WR_FILE_CONTACTEN,
    WR_FILE_ACTIVITEITEN,
    WR_FILE_AFSPRAKEN,
    WR_FILE_KLACHTEN,
    WR_FILE_ERVARINGEN,
    WR_FILE_UITKOMSTEN,
    WR_FILE_INDICATOREN,
    WR_FILE_FINANCIEN,
    WR_FILE_COUNT
} wr_input_file;

/* "trajecten.csv", ... */
const char *wr_input_file_name(wr_input_file file);
/* Writes <dir>/<name> into buf; returns true when that file exists (is delivered). */
bool wr_input_file_path(const char *dir, wr_input_file file, char *buf, size_t size);
/* Roughly how many lines the file at path has, from its size and the line length of its
 * first 64 KiB: for sizing tables before reading. 0 when it cannot be read. */
size_t wr_input_estimate_rows(const char *path);
/* The error of a reader that ran out of memory while reading file ("trajecten.csv"). */
wr_status wr_input_nomem(wr_error *err, const char *file);

#endif
