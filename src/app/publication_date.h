/* The publication date every document carries on its cover and in its metadata, chosen
 * the same way for every command. */
#ifndef WR_PUBLICATION_DATE_H
#define WR_PUBLICATION_DATE_H

#include <time.h>

#include "app/run_options.h"
#include "config/config.h"

/* --datum, else the settings' publicatiedatum, else SOURCE_DATE_EPOCH (reproducible
 * builds), else today. A date is taken at noon, so that no time zone moves the day. */
time_t wr_publication_time(const wr_run_options *opts, const wr_config *cfg);

#endif
