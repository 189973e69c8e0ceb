/* Issue 11, case 13: around a library call, the library's own English error lines
 * ("[ERROR] ...", "ERROR: ...") stay off stderr; every other line (a sanitizer's report,
 * for instance) still reaches it, in order. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/quiet_stderr.h"
#include "base/strbuf.h"
#include "check.h"

int main(void)
{
    char path[] = "/tmp/wr-quiet-XXXXXX";
    int file = mkstemp(path);
    if (file < 0)
        return 1;
    fflush(stderr);
    int real = dup(STDERR_FILENO);
    dup2(file, STDERR_FILENO); /* this test's own view of "the real stderr" */

    wr_quiet_stderr q;
    wr_quiet_stderr_begin(&q);
    fprintf(stderr, "[ERROR] workbook_close(): Error creating 'x.xlsx'. System error = No space left on device\n");
    fprintf(stderr, "[ERROR][./src/packager.c:1541]: Error in closing member in the zipfile\n");
    fprintf(stderr, "ERROR: Template x.md: ERROR: File ended before all sections were closed\n");
    fprintf(stderr, "[WARNING]: worksheet_set_header(): header string exceeds Excel's limit\n");
    fprintf(stderr, "==123==ERROR: AddressSanitizer: heap-use-after-free\n");
    fprintf(stderr, "een gewone regel\n");
    wr_quiet_stderr_end(&q);
    fprintf(stderr, "daarna\n");

    /* Two threads quiet at once (the workbook beside the template fill), ending in the
     * other order than they began: stderr is the real one again after the last end. */
    wr_quiet_stderr a, b;
    wr_quiet_stderr_begin(&a);
    wr_quiet_stderr_begin(&b);
    fprintf(stderr, "[ERROR] workbook_close(): beide stil\n");
    wr_quiet_stderr_end(&a);
    fprintf(stderr, "ERROR: Template y.md: nog stil\n");
    wr_quiet_stderr_end(&b);
    fprintf(stderr, "weer zichtbaar\n");

    fflush(stderr);
    dup2(real, STDERR_FILENO);
    close(real);
    close(file);
    wr_strbuf got = {0};
    CHECK_INT(wr_strbuf_read_file(&got, path), 0);
    CHECK_STR(wr_strbuf_cstr(&got), "==123==ERROR: AddressSanitizer: heap-use-after-free\neen gewone regel\ndaarna\nweer zichtbaar\n");
    wr_strbuf_free(&got);
    unlink(path);
    return check_summary("stille stderr");
}
