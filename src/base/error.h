/* Status codes and the error record every fallible function fills.
 * Library layers never print: they fill a wr_error and return its status; main reports it. */
#ifndef WR_ERROR_H
#define WR_ERROR_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    WR_OK = 0,
    WR_ERR_USAGE,    /* wrong command line */
    WR_ERR_CONFIG,   /* configuration file unreadable or invalid */
    WR_ERR_INPUT,    /* file-level problem in the export (missing, not UTF-8, no header ...) */
    WR_ERR_OUTPUT,   /* could not write an output file */
    WR_ERR_NOMEM,    /* out of memory */
    WR_ERR_INTERNAL  /* a library reported something that should not happen */
} wr_status;

/* The message is Dutch and complete (names file, line, column where known). */
typedef struct {
    wr_status status;
    char message[1024];
} wr_error;

/* Sets err (if not NULL) and returns status, so callers can `return wr_error_set(...)`. */
wr_status wr_error_set(wr_error *err, wr_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Returns the exit status of the program for a status (documented in the README). */
int wr_status_exit_code(wr_status status);

#ifdef __cplusplus
}
#endif

#endif
