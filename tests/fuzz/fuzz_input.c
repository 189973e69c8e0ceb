/* libFuzzer harness for the reading and validation layer: the bytes become an export
 * file, which the real readers parse with the test configuration. Any crash, leak or
 * undefined behaviour is a bug; a found input goes into tests/fuzz/regressions/, which
 * `make test` replays. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "dataset.h"

static char dir[64];
static wr_config *cfg;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!cfg) {
        wr_error err = {0};
        snprintf(dir, sizeof dir, "/tmp/wr-fuzz-%ld", (long)getpid());
        mkdir(dir, 0700);
        if (wr_config_load("tests/fixtures/config.ini", &cfg, &err) != WR_OK) {
            fprintf(stderr, "%s\n", err.message);
            abort();
        }
    }
    char path[128];
    snprintf(path, sizeof path, "%s/trajecten.csv", dir);
    FILE *fp = fopen(path, "wb");
    if (!fp)
        abort();
    fwrite(data, 1, size, fp);
    fclose(fp);
    wr_dataset *ds = NULL;
    wr_error err = {0};
    if (wr_dataset_load(dir, cfg, &ds, &err) == WR_OK && !ds)
        abort(); /* success must hand back a dataset */
    wr_dataset_free(ds);
    return 0;
}
