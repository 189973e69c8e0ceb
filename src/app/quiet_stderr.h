/* libxlsxwriter and ctemplate print their own English lines ("[ERROR] workbook_close():
 * ...", "ERROR: Template ...") on stderr when something fails; the program says the same in
 * Dutch through its wr_error, and main prints that. Around a call into such a library,
 * stderr goes to a temporary file; afterwards every line that is not such a library line
 * (a sanitizer's report, for instance) is passed on to the real stderr. Threads may
 * overlap: stderr stays redirected from the first begin to the last end. */
#ifndef WR_QUIET_STDERR_H
#define WR_QUIET_STDERR_H

#include <stdio.h>

#include <stdbool.h>

typedef struct {
    bool active;    /* between begin and end */
} wr_quiet_stderr;

void wr_quiet_stderr_begin(wr_quiet_stderr *q);
void wr_quiet_stderr_end(wr_quiet_stderr *q);

#endif
