/* The first failure of a rendering, kept the same way by both renderers: they stop at
 * the first problem and report that one, since what goes wrong after it is a
 * consequence. A block the template got wrong (a malformed chart or key-figure block) is
 * reported with its parser's message, which names the block and the line. */
#ifndef WR_FIRST_ERROR_H
#define WR_FIRST_ERROR_H

#include "base/error.h"

typedef struct {
    wr_error *err;    /* where the message goes; NULL: only the status is kept */
    wr_status status; /* WR_OK until the first failure */
} wr_first_error;

/* Records a failure with a Dutch message (printf-style) unless one is recorded already;
 * returns the status of the first failure. */
wr_status wr_first_error_set(wr_first_error *f, wr_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The same for the failure a block parser reported: its status and the message it
 * wrote into *parsed. */
wr_status wr_first_error_take(wr_first_error *f, wr_status status, const wr_error *parsed);

#endif
