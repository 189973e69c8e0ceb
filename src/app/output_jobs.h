/* The files of a run written on both cores. Each job writes one or two files; the jobs
 * are taken in list order, one at a time, by the calling thread and one helper thread.
 * Each keeps its own error and warnings, so the caller sees what running them one after
 * the other would give: the warnings of the jobs in list order, and the failure of the
 * first job in list order that failed. A failure can depend on what ran beside it (a full
 * disk fills up with a later file): then the files of the later jobs are removed and the
 * jobs from the failed one on run again one after the other, so the message is the one
 * the run in order gives. Jobs may read what the run made before, which nothing changes
 * meanwhile, and write only what is theirs: their own files, options and warnings. */
#ifndef WR_APP_OUTPUT_JOBS_H
#define WR_APP_OUTPUT_JOBS_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"
#include "base/warnings.h"

typedef wr_status (*wr_output_job_fn)(void *arg, wr_warnings *warnings, wr_error *err);

typedef struct {
    wr_output_job_fn fn;
    void *arg;
    const char *paths[2];   /* the files it writes (NULL: none), removed when it must run again */
    /* Filled by wr_output_jobs_run. */
    wr_status status;
    bool ran;
    bool released;
    wr_error err;
    wr_warnings warnings;
} wr_output_job;

/* A run's jobs can also start before all of them are known: wr_output_queue_start starts
 * the helper thread, the caller releases each job once its fields are set (in any order:
 * released jobs are taken in the order of release), and wr_output_queue_finish releases
 * the rest, runs jobs on the calling thread too and gives the result as
 * wr_output_jobs_run, in list order. Meanwhile the caller may do other work, as long as
 * it changes nothing a released job reads. */
typedef struct {
    wr_output_job *jobs;
    size_t n;
    size_t *order;          /* released jobs in the order of release; NULL: all at the finish */
    size_t released, taken; /* in order[] */
    size_t first_failed;    /* n while none failed */
    bool closing, helped;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t changed;
} wr_output_queue;

/* Starts the queue over jobs[0..n); nothing runs until released. */
void wr_output_queue_start(wr_output_queue *q, wr_output_job *jobs, size_t n);
/* jobs[i] may run from now on; a second release of the same job does nothing. */
void wr_output_queue_release(wr_output_queue *q, size_t i);
/* Runs jobs[0..n) (n at most the queue's) to the end and reports as wr_output_jobs_run;
 * jobs beyond n must not have been released. Ends the queue. */
wr_status wr_output_queue_finish(wr_output_queue *q, size_t n, wr_warnings *warnings, size_t *files, wr_error *err);
/* Ends the queue after the jobs under way, starting no more: for a run that fails before
 * its files are written. What the jobs wrote is left to the caller (the output set). */
void wr_output_queue_abandon(wr_output_queue *q);

/* Runs jobs[0..n) and clears their warnings after handing them over. Returns WR_OK or the
 * first failure in list order with its message in err; `warnings` (may be NULL) receives
 * the warnings of the jobs up to that one, in list order; *files the number of files of
 * the jobs before it. */
wr_status wr_output_jobs_run(wr_output_job *jobs, size_t n, wr_warnings *warnings, size_t *files, wr_error *err);

#endif
