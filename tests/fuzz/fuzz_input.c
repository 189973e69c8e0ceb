/* libFuzzer target "input": the reading and validation layer. The first byte chooses one of
 * the export's files, the rest becomes its contents; the real readers then load the export
 * with the test configuration. Any crash, leak or undefined behaviour is a bug; a found
 * input goes into tests/fuzz/regressions/input/, which the test suite replays. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "config/config.h"
#include "fuzz_common.h"
#include "input/dataset.h"
#include "input/input_files.h"

static wr_config *cfg;

/* A small valid trajecten.csv, so the other readers have trajectories to refer to. */
static const char base_trajectories[] =
    "traject_id;inwoner_id;onderdeel;wijk;aanmelddatum;startdatum;einddatum;reden_instroom\n"
    "T1;A;sociaal_wijkteam;noord;2026-01-05;2026-01-10;2026-05-01;financien\n"
    "T2;B;sociale_basis;oost;2026-02-01;;;wonen\n";

static void remove_all(void)
{
    for (int f = 0; f < WR_FILE_COUNT; f++) {
        char path[1024];
        unlink(fuzz_path(wr_input_file_name((wr_input_file)f), path, sizeof path));
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!cfg) {
        wr_error err = {0};
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
        fuzz_write(wr_input_file_name(WR_FILE_TRAJECTEN), (const uint8_t *)base_trajectories,
                   sizeof base_trajectories - 1);
    fuzz_write(wr_input_file_name(file), data + 1, size - 1);
    wr_dataset *ds = NULL;
    wr_error err = {0};
    if (wr_dataset_load(fuzz_dir(), cfg, &ds, &err) == WR_OK && !ds)
        abort(); /* success must hand back a dataset */
    wr_dataset_free(ds);
    return 0;
}
