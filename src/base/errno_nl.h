/* Dutch text for a system error number, for messages that say why a file could not be
 * opened, read or written. One table for the whole program, so no English strerror text
 * ends up inside a Dutch sentence. */
#ifndef WR_ERRNO_NL_H
#define WR_ERRNO_NL_H

#ifdef __cplusplus
extern "C" {
#endif

/* A short Dutch phrase ("de schijf is vol"); for a number the table does not know,
 * "systeemfout <n>". The text is static (or thread-local) and needs no freeing. */
const char *wr_errno_text(int errnum);

#ifdef __cplusplus
}
#endif

#endif
