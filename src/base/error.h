/* The conventions of the whole program, stated once, and the error record.
 *
 * Ownership
 * - One root object owns what it creates. A function named _new, _load, _read or
 *   _compute hands its caller an object that the caller frees with the matching _free.
 * - Every _free (and _clear) accepts NULL and leaves nothing behind.
 * - A pointer returned by an accessor, or stored as `const char *` in a record, is
 *   borrowed: it lives as long as the object it came from. A header says when it is not.
 *
 * Errors
 * - A function that can fail for a reason a user must hear returns wr_status and fills
 *   a wr_error with a complete Dutch message (file, line and column where known).
 * - A function that can fail only for lack of memory returns bool (false: out of
 *   memory), or, when it creates something, a pointer (NULL: out of memory). No other
 *   value (-1, UINT32_MAX, (size_t)-1) signals out of memory; a lookup that can find
 *   nothing says so with a named constant of its own.
 * - Nothing below src/app prints: library layers fill a wr_error and return; main
 *   reports it. */
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
