/* libFuzzer harness for the reading and validation layer: the first byte chooses one of
 * the export's files, the rest becomes its contents; the real readers then load the
 * export with the test configuration. Any crash, leak or undefined behaviour is a bug; a
 * found input goes into tests/fuzz/regressions/, which the test suite replays. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config/config.h"
#include "input/dataset.h"
#include "input/input_files.h"

static char dir[64];
static wr_config *cfg;

/* A small valid trajecten.csv, so the other readers have trajectories to refer to. */
static const char base_trajectories[] =
    "traject_id;inwoner_id;onderdeel;wijk;aanmelddatum;startdatum;einddatum;reden_instroom\n"
    "T1;A;sociaal_wijkteam;noord;2026-01-05;2026-01-10;2026-05-01;financien\n"
    "T2;B;sociale_basis;oost;2026-02-01;;;wonen\n";

static void write_file(wr_input_file file, const uint8_t *data, size_t size)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, wr_input_file_name(file));
    FILE *fp = fopen(path, "wb");
    if (!fp)
        abort();
    fwrite(data, 1, size, fp);
    fclose(fp);
}

static void remove_all(void)
{
    for (int f = 0; f < WR_FILE_COUNT; f++) {
        char path[128];
        snprintf(path, sizeof path, "%s/%s", dir, wr_input_file_name((wr_input_file)f));
        unlink(path);
    }
}

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
    if (size == 0)
        return 0;
    wr_input_file file = (wr_input_file)(data[0] % WR_FILE_COUNT);
    remove_all();
    if (file != WR_FILE_TRAJECTEN)
        write_file(WR_FILE_TRAJECTEN, (const uint8_t *)base_trajectories, sizeof base_trajectories - 1);
    write_file(file, data + 1, size - 1);
    wr_dataset *ds = NULL;
    wr_error err = {0};
    if (wr_dataset_load(dir, cfg, &ds, &err) == WR_OK && !ds)
        abort(); /* success must hand back a dataset */
    wr_dataset_free(ds);
    return 0;
}
