#include "app/output_jobs.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#include "base/stage_times.h"

typedef struct {
    wr_output_job *jobs;
    size_t n;
    atomic_size_t next;
    atomic_size_t first_failed; /* n while none failed */
} job_queue;

static void run_one(wr_output_job *job)
{
    job->status = job->fn(job->arg, &job->warnings, &job->err);
    job->ran = true;
}

static void run_jobs(job_queue *q)
{
    for (;;) {
        size_t i = atomic_fetch_add(&q->next, 1);
        if (i >= q->n)
            return;
        if (i > atomic_load(&q->first_failed))
            continue; /* a job before it failed: one thread in order would not have started it */
        wr_output_job *job = &q->jobs[i];
        run_one(job);
        if (job->status == WR_OK)
            continue;
        size_t seen = atomic_load(&q->first_failed);
        while (i < seen && !atomic_compare_exchange_weak(&q->first_failed, &seen, i))
            ;
    }
}

static void *helper(void *arg)
{
    wr_stage_set_worker(1);
    run_jobs(arg);
    return NULL;
}

wr_status wr_output_jobs_run(wr_output_job *jobs, size_t n, wr_warnings *warnings, size_t *files, wr_error *err)
{
    job_queue q = {.jobs = jobs, .n = n};
    atomic_init(&q.next, 0);
    atomic_init(&q.first_failed, n);
    for (size_t i = 0; i < n; i++) {
        jobs[i].status = WR_OK;
        jobs[i].ran = false;
        jobs[i].err = (wr_error){0};
        jobs[i].warnings = (wr_warnings){0};
    }
    pthread_t thread;
    bool helped = n > 1 && pthread_create(&thread, NULL, helper, &q) == 0; /* else all on this thread */
    run_jobs(&q);
    if (helped)
        pthread_join(thread, NULL);

    /* After a failure: the state of the run in order when it reached that job, then the
     * rest in order until one fails. */
    size_t failed = atomic_load(&q.first_failed);
    if (failed < n) {
        for (size_t i = failed; i < n; i++) {
            for (size_t k = 0; i > failed && jobs[i].ran && k < 2; k++)
                if (jobs[i].paths[k])
                    remove(jobs[i].paths[k]);
            wr_warnings_clear(&jobs[i].warnings);
            jobs[i].status = WR_OK;
            jobs[i].ran = false;
        }
        for (size_t i = failed; i < n; i++) {
            run_one(&jobs[i]);
            if (jobs[i].status != WR_OK)
                break;
        }
    }

    wr_status st = WR_OK;
    *files = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < jobs[i].warnings.count && st == WR_OK; k++)
            wr_warnings_add(warnings, "%s", jobs[i].warnings.items[k]);
        if (warnings && st == WR_OK && jobs[i].warnings.failed)
            warnings->failed = true; /* as the one list would have stopped there */
        if (st == WR_OK && jobs[i].status != WR_OK) {
            *err = jobs[i].err;
            st = jobs[i].status;
        } else if (st == WR_OK) {
            *files += (jobs[i].paths[0] != NULL) + (jobs[i].paths[1] != NULL);
        }
        wr_warnings_clear(&jobs[i].warnings);
    }
    return st;
}
