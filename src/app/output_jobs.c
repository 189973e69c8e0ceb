#include "app/output_jobs.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/stage_times.h"

static void run_one(wr_output_job *job)
{
    job->status = job->fn(job->arg, &job->warnings, &job->err);
    job->ran = true;
}

/* The next released job to run, under the lock; n when none is left for now. Jobs after
 * one that failed are passed over: one thread in list order would not have started them. */
static size_t take(wr_output_queue *q)
{
    while (q->taken < q->released) {
        size_t i = q->order[q->taken++];
        if (i <= q->first_failed)
            return i;
    }
    return q->n;
}

/* Takes and runs released jobs until none is left; with wait, until the queue closes. */
static void work(wr_output_queue *q, bool wait)
{
    pthread_mutex_lock(&q->lock);
    for (;;) {
        size_t i = take(q);
        if (i == q->n) {
            if (!wait || q->closing)
                break;
            pthread_cond_wait(&q->changed, &q->lock);
            continue;
        }
        pthread_mutex_unlock(&q->lock);
        run_one(&q->jobs[i]);
        pthread_mutex_lock(&q->lock);
        if (q->jobs[i].status != WR_OK && i < q->first_failed)
            q->first_failed = i;
    }
    pthread_mutex_unlock(&q->lock);
}

static void *helper(void *arg)
{
    wr_stage_set_worker(1);
    work(arg, true);
    return NULL;
}

void wr_output_queue_start(wr_output_queue *q, wr_output_job *jobs, size_t n)
{
    *q = (wr_output_queue){.jobs = jobs, .n = n, .first_failed = n};
    pthread_mutex_init(&q->lock, NULL);
    pthread_cond_init(&q->changed, NULL);
    for (size_t i = 0; i < n; i++) {
        jobs[i].status = WR_OK;
        jobs[i].ran = false;
        jobs[i].released = false;
        jobs[i].err = (wr_error){0};
        jobs[i].warnings = (wr_warnings){0};
    }
    q->order = n ? malloc(n * sizeof *q->order) : NULL;
    /* Without room for the order, or without a second thread, every job runs in list
     * order on the calling thread when the queue finishes. */
    q->helped = q->order && n > 1 && pthread_create(&q->thread, NULL, helper, q) == 0;
}

void wr_output_queue_release(wr_output_queue *q, size_t i)
{
    if (i >= q->n || q->jobs[i].released)
        return;
    q->jobs[i].released = true;
    if (!q->order)
        return;
    pthread_mutex_lock(&q->lock);
    q->order[q->released++] = i;
    pthread_cond_signal(&q->changed);
    pthread_mutex_unlock(&q->lock);
}

/* Stops the helper after the jobs it has taken; the caller then owns every job. */
static void close_queue(wr_output_queue *q)
{
    pthread_mutex_lock(&q->lock);
    q->closing = true;
    pthread_cond_broadcast(&q->changed);
    pthread_mutex_unlock(&q->lock);
    if (q->helped)
        pthread_join(q->thread, NULL);
    q->helped = false;
    pthread_cond_destroy(&q->changed);
    pthread_mutex_destroy(&q->lock);
    free(q->order);
    q->order = NULL;
}

void wr_output_queue_abandon(wr_output_queue *q)
{
    pthread_mutex_lock(&q->lock);
    q->first_failed = 0; /* nothing more is started */
    pthread_mutex_unlock(&q->lock);
    close_queue(q);
    for (size_t i = 0; i < q->n; i++)
        wr_warnings_clear(&q->jobs[i].warnings);
}

wr_status wr_output_queue_finish(wr_output_queue *q, size_t n, wr_warnings *warnings, size_t *files, wr_error *err)
{
    wr_output_job *jobs = q->jobs;
    if (n > q->n)
        n = q->n;
    for (size_t i = 0; i < n; i++)
        wr_output_queue_release(q, i);
    if (q->order)
        work(q, false);
    else
        q->first_failed = 0; /* all of them below, in order */
    close_queue(q);
    for (size_t i = n; i < q->n; i++) /* never released: not part of the run */
        wr_warnings_clear(&jobs[i].warnings);

    /* After a failure: the state of the run in order when it reached that job, then the
     * rest in order until one fails. */
    size_t failed = q->first_failed < n ? q->first_failed : n;
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

wr_status wr_output_jobs_run(wr_output_job *jobs, size_t n, wr_warnings *warnings, size_t *files, wr_error *err)
{
    wr_output_queue q;
    wr_output_queue_start(&q, jobs, n);
    return wr_output_queue_finish(&q, n, warnings, files, err);
}
