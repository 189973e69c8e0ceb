#include "input/dataset.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/big_alloc.h"
#include "base/stage_times.h"
#include "input/gedaan_data.h"
#include "input/outcome_data.h"
#include "input/read_trajectories.h"

/* The files are read on two threads (this one and a helper), each taking the next file
 * from one list: the costliest first (size times a measured cost per byte), so both
 * finish at about the same time. uitkomsten.csv names trajectories, so it waits for
 * trajecten.csv. Each file has its own diagnostics, joined afterwards in the contract's
 * file order, so the list is the same whichever thread read what. */
#define READERS 2

typedef struct {
    wr_input_file file;
    double cost;         /* for the order */
    bool taken, done;
    wr_status status;
    wr_error err;
    wr_diag_list diags;
} read_job;

typedef struct {
    const char *dir;
    const wr_config *cfg;
    wr_dataset *ds;
    read_job jobs[WR_FILE_COUNT]; /* by file */
    wr_input_file order[WR_FILE_COUNT];
    pthread_mutex_t lock;
    pthread_cond_t changed;
} read_plan;

/* Nanoseconds per byte each reader spent on the Haarlem-size export: only their ratios
 * matter. The small files come last whatever their size. */
static double cost_per_byte(wr_input_file file)
{
    switch (file) {
    case WR_FILE_TRAJECTEN: return 5.5;
    case WR_FILE_UITKOMSTEN: return 7.0;
    case WR_FILE_ACTIVITEITEN: return 3.7;
    case WR_FILE_ERVARINGEN: return 3.1;
    case WR_FILE_CONTACTEN: return 2.0;
    default: return 1.0;
    }
}

static wr_status read_file(read_plan *plan, read_job *job)
{
    wr_dataset *ds = plan->ds;
    char path[4096];
    switch (job->file) {
    case WR_FILE_TRAJECTEN:
        ds->delivered[WR_FILE_TRAJECTEN] = wr_input_file_path(plan->dir, WR_FILE_TRAJECTEN, path, sizeof path);
        return wr_read_trajectories(path, plan->cfg, ds, &job->diags, &job->err);
    case WR_FILE_CONTACTEN:
    case WR_FILE_ACTIVITEITEN:
    case WR_FILE_AFSPRAKEN:
    case WR_FILE_KLACHTEN:
        return wr_gedaan_data_read_file(plan->dir, job->file, plan->cfg, ds->gedaan, &job->diags, &job->err);
    default:
        return wr_outcome_data_read_file(plan->dir, job->file, plan->cfg, ds, ds->outcome, &job->diags, &job->err);
    }
}

/* The next file to read, NULL when none is left; waits while the only ones left wait for
 * trajecten.csv. uitkomsten.csv is skipped when trajecten.csv failed. */
static read_job *next_job(read_plan *plan)
{
    pthread_mutex_lock(&plan->lock);
    read_job *found = NULL;
    for (;;) {
        bool waiting = false;
        const read_job *trajecten = &plan->jobs[WR_FILE_TRAJECTEN];
        for (size_t i = 0; i < WR_FILE_COUNT && !found; i++) {
            read_job *job = &plan->jobs[plan->order[i]];
            if (job->taken)
                continue;
            if (job->file == WR_FILE_UITKOMSTEN && !trajecten->done) {
                waiting = true;
                continue;
            }
            job->taken = true;
            if (job->file == WR_FILE_UITKOMSTEN && trajecten->status != WR_OK)
                job->done = true; /* nothing to look its trajectories up in */
            else
                found = job;
        }
        if (found || !waiting)
            break;
        pthread_cond_wait(&plan->changed, &plan->lock);
    }
    pthread_mutex_unlock(&plan->lock);
    return found;
}

static void run_jobs(read_plan *plan)
{
    read_job *job;
    while ((job = next_job(plan)) != NULL) {
        job->status = read_file(plan, job);
        if (job->status == WR_OK && job->diags.out_of_memory)
            job->status = wr_error_set(&job->err, WR_ERR_NOMEM, "Onvoldoende geheugen voor de lijst met gegevensproblemen.");
        pthread_mutex_lock(&plan->lock);
        job->done = true;
        pthread_cond_broadcast(&plan->changed);
        pthread_mutex_unlock(&plan->lock);
    }
}

static void *helper(void *arg)
{
    wr_stage_set_worker(1);
    run_jobs(arg);
    return NULL;
}

static void plan_order(read_plan *plan)
{
    for (int f = 0; f < WR_FILE_COUNT; f++) {
        char path[4096];
        struct stat sb;
        read_job *job = &plan->jobs[f];
        job->file = (wr_input_file)f;
        plan->order[f] = (wr_input_file)f;
        snprintf(path, sizeof path, "%s/%s", plan->dir, wr_input_file_name((wr_input_file)f));
        job->cost = stat(path, &sb) == 0 ? (double)sb.st_size * cost_per_byte((wr_input_file)f) : 0;
    }
    for (int i = 1; i < WR_FILE_COUNT; i++) /* costliest first; ties keep the contract's order */
        for (int j = i; j > 0 && plan->jobs[plan->order[j]].cost > plan->jobs[plan->order[j - 1]].cost; j--) {
            wr_input_file swap = plan->order[j];
            plan->order[j] = plan->order[j - 1];
            plan->order[j - 1] = swap;
        }
}

/* Joins the files' diagnostics into ds->diags in the contract's file order; false on out
 * of memory. */
static bool join_diags(wr_dataset *ds, read_plan *plan)
{
    size_t total = 0;
    for (int f = 0; f < WR_FILE_COUNT; f++)
        total += plan->jobs[f].diags.count;
    wr_diag *items = malloc((total ? total : 1) * sizeof *items);
    if (!items)
        return false;
    size_t n = 0;
    for (int f = 0; f < WR_FILE_COUNT; f++) {
        wr_diag_list *l = &plan->jobs[f].diags;
        if (l->count)
            memcpy(items + n, l->items, l->count * sizeof *items);
        n += l->count;
        ds->diags.out_of_memory |= l->out_of_memory;
        free(l->items);
        l->items = NULL;
        l->count = l->cap = 0;
    }
    ds->diags.items = items;
    ds->diags.count = ds->diags.cap = n;
    return true;
}

wr_status wr_dataset_load(const char *dir, const wr_config *cfg, wr_dataset **out, wr_error *err)
{
    *out = NULL;
    wr_dataset *ds = calloc(1, sizeof *ds);
    read_plan *plan = calloc(1, sizeof *plan);
    if (!ds || !plan || !(ds->gedaan = wr_gedaan_data_new()) || !(ds->outcome = wr_outcome_data_new())) {
        wr_dataset_free(ds);
        free(plan);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    ds->latest_date = WR_DAY_NONE;
    plan->dir = dir;
    plan->cfg = cfg;
    plan->ds = ds;
    plan_order(plan);
    pthread_mutex_init(&plan->lock, NULL);
    pthread_cond_init(&plan->changed, NULL);

    pthread_t threads[READERS - 1];
    size_t started = 0;
    while (started < READERS - 1 && pthread_create(&threads[started], NULL, helper, plan) == 0)
        started++;
    run_jobs(plan);
    for (size_t i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    pthread_cond_destroy(&plan->changed);
    pthread_mutex_destroy(&plan->lock);

    for (int f = 0; f < WR_FILE_COUNT; f++)
        ds->delivered[f] |= wr_gedaan_delivered(ds->gedaan, (wr_input_file)f) ||
                            wr_outcome_delivered(ds->outcome, (wr_input_file)f);
    /* The problem of the earliest file in the contract's order is the one reported. */
    wr_status st = WR_OK;
    for (int f = 0; f < WR_FILE_COUNT && st == WR_OK; f++)
        if ((st = plan->jobs[f].status) != WR_OK && err)
            *err = plan->jobs[f].err;
    if (!join_diags(ds, plan))
        ds->diags.out_of_memory = 1;
    for (int f = 0; f < WR_FILE_COUNT; f++)
        wr_diag_list_clear(&plan->jobs[f].diags);
    free(plan);
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
