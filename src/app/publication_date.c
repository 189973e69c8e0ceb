#include "app/publication_date.h"

#include <stdlib.h>

time_t wr_publication_time(const wr_run_options *opts, const wr_config *cfg)
{
    if (opts->publication_given)
        return (time_t)opts->publication_date * 86400 + 12 * 3600;
    if (wr_day_is_set(cfg->publication_date))
        return (time_t)cfg->publication_date * 86400 + 12 * 3600;
    const char *env = getenv("SOURCE_DATE_EPOCH");
    if (env && *env) {
        char *end;
        long long v = strtoll(env, &end, 10);
        if (*end == '\0' && v >= 0)
            return (time_t)v;
    }
    return time(NULL);
}
