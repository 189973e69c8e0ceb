/* The lock that keeps two runs off one output folder: an flock on the file
 * .wijkrapport.lock in that folder, taken without waiting. The lock file exists only while
 * a run holds it, so the output folder holds nothing but reports afterwards. */
#ifndef WR_OUTPUT_LOCK_H
#define WR_OUTPUT_LOCK_H

#include "base/error.h"

#define WR_OUTPUT_LOCK_NAME ".wijkrapport.lock"

/* Takes the lock of dir (which exists); *fd is the lock's descriptor. A lock held by
 * another run is WR_ERR_OUTPUT with a Dutch message saying so. */
wr_status wr_output_lock(const char *dir, int *fd, wr_error *err);
/* Removes the lock file and releases the lock; fd < 0 does nothing. */
void wr_output_unlock(const char *dir, int fd);

#endif
