/* The output jobs of a run (app/output_jobs.h): on two threads, the user still gets the
 * warnings in the order of the files and the failure of the first file that failed, also
 * when a full disk makes a different file fail depending on what ran beside it. */
#include <stdio.h>
#include <sys/stat.h>
#include <time.h>

#include "check.h"
#include "scratch.h"
#include "app/output_jobs.h"

typedef struct {
    int number;
    const char *fail;   /* the job's own failure, or NULL */
    size_t bytes;       /* what it writes into the "disk" */
    int wait_ms;        /* before it looks how full the disk is */
    char path[128];
} fake_job;

#define DISK_BYTES 600
static fake_job *all_jobs;
static size_t all_count;

/* The disk: what the jobs' files take up together. */
static size_t disk_used(void)
{
    size_t used = 0;
    struct stat st;
    for (size_t i = 0; i < all_count; i++)
        if (stat(all_jobs[i].path, &st) == 0)
            used += (size_t)st.st_size;
    return used;
}

static wr_status fake(void *arg, wr_warnings *warnings, wr_error *err)
{
    fake_job *job = arg;
    wr_warnings_add(warnings, "waarschuwing %d", job->number);
    if (job->fail)
        return wr_error_set(err, WR_ERR_INPUT, "%s", job->fail);
    if (job->wait_ms) {
        struct timespec ts = {0, job->wait_ms * 1000000L};
        nanosleep(&ts, NULL);
    }
    if (disk_used() + job->bytes > DISK_BYTES)
        return wr_error_set(err, WR_ERR_OUTPUT, "bestand %d: de schijf is vol.", job->number);
    FILE *f = fopen(job->path, "wb");
    for (size_t i = 0; f && i < job->bytes; i++)
        fputc('x', f);
    if (f)
        fclose(f);
    return WR_OK;
}

static void prepare(fake_job *jobs, wr_output_job *list, size_t n)
{
    all_jobs = jobs;
    all_count = n;
    for (size_t i = 0; i < n; i++) {
        jobs[i].number = (int)i;
        snprintf(jobs[i].path, sizeof jobs[i].path, "%s/bestand-%zu", scratch_root, i);
        remove(jobs[i].path);
        list[i] = (wr_output_job){.fn = fake, .arg = &jobs[i], .paths = {jobs[i].path}};
    }
}

static wr_status run(fake_job *jobs, size_t n, wr_warnings *warnings, size_t *files, wr_error *err)
{
    wr_output_job list[16];
    prepare(jobs, list, n);
    return wr_output_jobs_run(list, n, warnings, files, err);
}

/* The warnings of n jobs, one each, in list order. */
static void check_warnings_in_order(const wr_warnings *w, size_t n)
{
    CHECK_INT(w->count, n);
    for (size_t i = 0; i < w->count && i < n; i++) {
        char expected[48];
        snprintf(expected, sizeof expected, "waarschuwing %zu", i);
        CHECK_STR(w->items[i], expected);
    }
}

static void test_all_written(void)
{
    fake_job jobs[6] = {{.bytes = 10}, {.bytes = 10}, {.bytes = 10}, {.bytes = 10}, {.bytes = 10}, {.bytes = 10}};
    wr_warnings w = {0};
    wr_error err = {0};
    size_t files = 0;
    CHECK_INT(run(jobs, 6, &w, &files, &err), WR_OK);
    CHECK_INT(files, 6);
    check_warnings_in_order(&w, 6);
    wr_warnings_clear(&w);
}

/* Two jobs fail: the first in the list is the one the user hears, with the warnings of
 * the files before it and its own, as one thread would have given. */
static void test_first_failure_in_order(void)
{
    fake_job jobs[6] = {{.bytes = 1}, {.bytes = 1}, {.fail = "fout in bestand 2"}, {.bytes = 1},
                        {.fail = "fout in bestand 4"}, {.bytes = 1}};
    wr_warnings w = {0};
    wr_error err = {0};
    size_t files = 0;
    CHECK_INT(run(jobs, 6, &w, &files, &err), WR_ERR_INPUT);
    CHECK_STR(err.message, "fout in bestand 2");
    CHECK_INT(files, 2);
    CHECK_INT(w.count, 3);
    if (w.count == 3)
        CHECK_STR(w.items[2], "waarschuwing 2");
    wr_warnings_clear(&w);
}

/* The disk holds the first two files and not the third. Beside the slow first job the
 * helper writes the later files first, so that the first one no longer fits; the user
 * still hears of the third file, as when the files were written one after the other,
 * and only the first two files are on the disk. */
static void test_full_disk_names_the_file_in_order(void)
{
    fake_job jobs[5] = {{.bytes = 400, .wait_ms = 50}, {.bytes = 150}, {.bytes = 150}, {.bytes = 150}, {.bytes = 150}};
    wr_warnings w = {0};
    wr_error err = {0};
    size_t files = 0;
    CHECK_INT(run(jobs, 5, &w, &files, &err), WR_ERR_OUTPUT);
    CHECK_STR(err.message, "bestand 2: de schijf is vol.");
    CHECK_INT(files, 2);
    CHECK_INT(disk_used(), 550);
    struct stat st;
    CHECK(stat(jobs[3].path, &st) != 0);
    CHECK(stat(jobs[4].path, &st) != 0);
    wr_warnings_clear(&w);
}

/* Waits up to two seconds for the file of a job; true when it came. */
static bool appears(const char *path)
{
    struct stat st;
    for (int i = 0; i < 200; i++) {
        if (stat(path, &st) == 0)
            return true;
        struct timespec ts = {0, 10 * 1000000L};
        nanosleep(&ts, NULL);
    }
    return false;
}

/* A queue: a job released early is written before the caller finishes (the workbook
 * while the templates are filled); the rest at the finish; warnings in list order. */
static void test_queue_runs_released_jobs_early(void)
{
    fake_job jobs[4] = {{.bytes = 10}, {.bytes = 10}, {.bytes = 10}, {.bytes = 10}};
    wr_output_job list[4];
    prepare(jobs, list, 4);
    wr_output_queue q;
    wr_output_queue_start(&q, list, 4);
    wr_output_queue_release(&q, 2);
    CHECK(appears(jobs[2].path));
    struct stat st;
    CHECK(stat(jobs[0].path, &st) != 0); /* not released, not written */
    wr_warnings w = {0};
    wr_error err = {0};
    size_t files = 0;
    CHECK_INT(wr_output_queue_finish(&q, 4, &w, &files, &err), WR_OK);
    CHECK_INT(files, 4);
    check_warnings_in_order(&w, 4);
    wr_warnings_clear(&w);
}

/* The early job fails, and so does a job before it in the list that ran later: the user
 * hears of the first in the list, as one thread in order would have told. */
static void test_queue_reports_the_first_failure_in_list_order(void)
{
    fake_job jobs[3] = {{.fail = "fout in bestand 0"}, {.bytes = 10}, {.fail = "fout in bestand 2"}};
    wr_output_job list[3];
    prepare(jobs, list, 3);
    wr_output_queue q;
    wr_output_queue_start(&q, list, 3);
    wr_output_queue_release(&q, 2);
    wr_warnings w = {0};
    wr_error err = {0};
    size_t files = 0;
    CHECK_INT(wr_output_queue_finish(&q, 3, &w, &files, &err), WR_ERR_INPUT);
    CHECK_STR(err.message, "fout in bestand 0");
    CHECK_INT(files, 0);
    CHECK_INT(w.count, 1);
    wr_warnings_clear(&w);
}

/* A run that fails before its files are written (a template error) stops the queue: the
 * job under way ends, nothing else starts. */
static void test_abandoned_queue_starts_nothing_more(void)
{
    fake_job jobs[3] = {{.bytes = 10, .wait_ms = 50}, {.bytes = 10}, {.bytes = 10}};
    wr_output_job list[3];
    prepare(jobs, list, 3);
    wr_output_queue q;
    wr_output_queue_start(&q, list, 3);
    wr_output_queue_release(&q, 0);
    wr_output_queue_abandon(&q);
    wr_output_queue_release(&q, 1); /* too late: the queue has ended */
    struct stat st;
    CHECK(stat(jobs[1].path, &st) != 0);
    CHECK(stat(jobs[2].path, &st) != 0);
}

/* Fewer jobs than the queue has room for: the unused ones are no part of the run. */
static void test_queue_finishes_with_fewer_jobs(void)
{
    fake_job jobs[4] = {{.bytes = 10}, {.bytes = 10}, {.bytes = 10}, {.bytes = 10}};
    wr_output_job list[4];
    prepare(jobs, list, 4);
    wr_output_queue q;
    wr_output_queue_start(&q, list, 4);
    wr_warnings w = {0};
    wr_error err = {0};
    size_t files = 0;
    CHECK_INT(wr_output_queue_finish(&q, 2, &w, &files, &err), WR_OK);
    CHECK_INT(files, 2);
    struct stat st;
    CHECK(stat(jobs[2].path, &st) != 0);
    wr_warnings_clear(&w);
}

int main(void)
{
    if (!scratch_open("jobs"))
        return 1;
    test_all_written();
    test_first_failure_in_order();
    test_full_disk_names_the_file_in_order();
    test_queue_runs_released_jobs_early();
    test_queue_reports_the_first_failure_in_list_order();
    test_abandoned_queue_starts_nothing_more();
    test_queue_finishes_with_fewer_jobs();
    scratch_close();
    return check_summary("uitvoertaken");
}
