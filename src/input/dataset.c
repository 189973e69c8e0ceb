#include "input/dataset.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/big_alloc.h"
#include "base/stage_times.h"
#include "input/gedaan_data.h"
#include "input/outcome_data.h"
#include "input/read_trajectories.h"

/* The part-1 files (contacts and meetings, the largest) do not depend on trajecten.csv,
 * so a second thread reads them while this one reads trajecten and the outcome files:
 * on two cores that nearly halves the reading time of a large export. The job has its
 * own diagnostics, merged afterwards in the contract's file order. */
typedef struct {
    const char *dir;
    const wr_config *cfg;
    wr_gedaan_data *gedaan;
    bool delivered[WR_FILE_COUNT];
    wr_diag_list diags;
    wr_error err;
    wr_status status;
} gedaan_job;

static void *read_gedaan(void *arg)
{
    gedaan_job *job = arg;
    wr_stage_set_worker(1);
    job->status = wr_gedaan_data_read(job->dir, job->cfg, &job->gedaan, job->delivered, &job->diags, &job->err);
    return NULL;
}

/* Moves both lists' diagnostics into `into`, ordered by input file (stable within a file);
 * false on out of memory. */
static bool merge_diags(wr_diag_list *into, wr_diag_list *other)
{
    size_t total = into->count + other->count;
    wr_diag *items = malloc((total ? total : 1) * sizeof *items);
    if (!items)
        return false;
    size_t n = 0;
    for (int f = 0; f < WR_FILE_COUNT; f++) {
        const char *name = wr_input_file_name((wr_input_file)f);
        const wr_diag_list *lists[2] = {into, other};
        for (int l = 0; l < 2; l++)
            for (size_t i = 0; i < lists[l]->count; i++)
                if (strcmp(lists[l]->items[i].file, name) == 0)
                    items[n++] = lists[l]->items[i];
    }
    /* Anything not tied to an input file keeps its place at the end. */
    const wr_diag_list *lists[2] = {into, other};
    for (int l = 0; l < 2; l++)
        for (size_t i = 0; i < lists[l]->count; i++) {
            bool known = false;
            for (int f = 0; f < WR_FILE_COUNT && !known; f++)
                known = strcmp(lists[l]->items[i].file, wr_input_file_name((wr_input_file)f)) == 0;
            if (!known)
                items[n++] = lists[l]->items[i];
        }
    into->out_of_memory |= other->out_of_memory;
    free(into->items);
    free(other->items);
    other->items = NULL;
    other->count = other->cap = 0;
    into->items = items;
    into->count = into->cap = n;
    return true;
}

wr_status wr_dataset_load(const char *dir, const wr_config *cfg, wr_dataset **out, wr_error *err)
{
    *out = NULL;
    wr_dataset *ds = calloc(1, sizeof *ds);
    if (!ds) {
        wr_dataset_free(ds);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    ds->latest_date = WR_DAY_NONE;

    gedaan_job job = {.dir = dir, .cfg = cfg};
    pthread_t thread;
    bool threaded = pthread_create(&thread, NULL, read_gedaan, &job) == 0;
    if (!threaded)
        read_gedaan(&job);

    char path[4096];
    ds->delivered[WR_FILE_TRAJECTEN] = wr_input_file_path(dir, WR_FILE_TRAJECTEN, path, sizeof path);
    wr_status st = wr_read_trajectories(path, cfg, ds, err);
    bool trajectories_failed = st != WR_OK;
    if (st == WR_OK)
        st = wr_outcome_data_read(dir, cfg, ds, &ds->outcome, ds->delivered, &ds->diags, err);
    if (threaded)
        pthread_join(thread, NULL);

    ds->gedaan = job.gedaan;
    for (int f = 0; f < WR_FILE_COUNT; f++)
        ds->delivered[f] |= job.delivered[f];
    /* Report the problem of the earliest file: trajecten, then part 1, then the rest. */
    if (job.status != WR_OK && !trajectories_failed) {
        st = job.status;
        if (err)
            *err = job.err;
    }
    if (!merge_diags(&ds->diags, &job.diags))
        ds->diags.out_of_memory = 1;
    wr_diag_list_clear(&job.diags);
    if (st == WR_OK && ds->diags.out_of_memory)
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen voor de lijst met gegevensproblemen.");
    if (st != WR_OK) {
        wr_dataset_free(ds);
        return st;
    }
    *out = ds;
    return WR_OK;
}

void wr_dataset_free(wr_dataset *ds)
{
    if (!ds)
        return;
    wr_big_free(ds->trajectories, ds->trajectory_cap, sizeof *ds->trajectories);
    wr_strmap_free(ds->residents);
    wr_strmap_free(ds->trajectory_keys);
    wr_big_free(ds->trajectory_of_key, ds->key_cap, sizeof *ds->trajectory_of_key);
    wr_gedaan_data_free(ds->gedaan);
    wr_outcome_data_free(ds->outcome);
    wr_diag_list_clear(&ds->diags);
    free(ds);
}
