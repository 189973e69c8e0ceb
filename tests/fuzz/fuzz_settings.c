/* libFuzzer target for the settings reader (config/config.c): the input is a settings
 * file, read from memory (fmemopen), so no temporary file is made. Beyond crashes, leaks
 * and undefined behaviour it checks what the reader promises (issue 11, case 12), and
 * aborts when a promise fails:
 * - success hands back a configuration, failure none, with a message that starts with the
 *   file's name and, where a line is named, a line the input has;
 * - an accepted configuration has its names and required lists, no list longer than
 *   WR_CODE_LIST_MAX (life domains: WR_DOMAIN_MAX), lower-case codes, finite non-negative
 *   amounts, and a threshold of 2 or more unless the input says
 *   kleine_aantallen_publiceren. */
#define _GNU_SOURCE /* fmemopen, memmem */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/config.h"

#define NAME "fuzz.ini"

static void check_list(const wr_code_list *list, size_t max)
{
    if (list->count > max)
        abort();
    for (size_t i = 0; i < list->count; i++)
        for (const char *p = list->items[i].code; *p; p++)
            if (isupper((unsigned char)*p))
                abort();
}

static void check_accepted(const wr_config *cfg, const uint8_t *data, size_t size)
{
    if (!cfg->programme || !cfg->provider || !cfg->client || !cfg->parts.count || !cfg->districts.count ||
        !cfg->reasons_in.count || !cfg->domains.count || !cfg->reasons_out.count)
        abort();
    const wr_code_list *lists[] = {&cfg->parts, &cfg->districts, &cfg->reasons_in, &cfg->reasons_out,
                                   &cfg->questions, &cfg->channels, &cfg->themes, &cfg->statuses,
                                   &cfg->complaint_kinds, &cfg->complaint_outcomes, &cfg->goal_results,
                                   &cfg->earmarks, &cfg->posts};
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        check_list(lists[i], WR_CODE_LIST_MAX);
    check_list(&cfg->domains, WR_DOMAIN_MAX);
    for (size_t i = 0; i < cfg->check_count; i++)
        if (!isfinite(cfg->checks[i].amount) || cfg->checks[i].amount < 0)
            abort();
    static const char publish[] = "kleine_aantallen_publiceren";
    if (cfg->privacy_threshold < 2 && !memmem(data, size, publish, sizeof publish - 1))
        abort();
}

/* "fuzz.ini, regel N: ..." names a line the input has; "fuzz.ini: ..." names none. */
static void check_refused(const wr_error *err, const uint8_t *data, size_t size)
{
    if (err->status != WR_ERR_CONFIG && err->status != WR_ERR_NOMEM)
        abort();
    if (err->status == WR_ERR_NOMEM)
        return;
    if (strncmp(err->message, NAME, strlen(NAME)) != 0)
        abort();
    const char *rest = err->message + strlen(NAME);
    if (strncmp(rest, ", regel ", 8) == 0) {
        long line = strtol(rest + 8, NULL, 10);
        long lines = 1;
        for (size_t i = 0; i < size; i++)
            lines += data[i] == '\n';
        if (line < 1 || line > lines)
            abort();
    } else if (strncmp(rest, ": ", 2) != 0) {
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    FILE *fp = fmemopen((void *)data, size, "rb");
    if (!fp)
        return 0;
    wr_config *cfg = NULL;
    wr_error err = {0};
    wr_status st = wr_config_read(fp, NAME, &cfg, &err);
    fclose(fp);
    if ((st == WR_OK) != (cfg != NULL))
        abort();
    if (st == WR_OK)
        check_accepted(cfg, data, size);
    else
        check_refused(&err, data, size);
    wr_config_free(cfg);
    return 0;
}
