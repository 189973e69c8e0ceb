#include "base/stage_times.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static bool on;
static double origin;
static wr_stage_time stages[WR_STAGE_MAX];
static size_t count;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static _Thread_local int worker;

double wr_clock_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void wr_stage_times_begin(void)
{
    const char *env = getenv("WIJKRAPPORT_TIJDEN");
    on = env && *env && strcmp(env, "0") != 0;
    origin = wr_clock_now();
}

bool wr_stage_times_on(void)
{
    return on;
}

double wr_stage_elapsed(void)
{
    return wr_clock_now() - origin;
}

void wr_stage_set_worker(int w)
{
    worker = w;
}

void wr_stage_note(const char *name, const char *detail, double start, double end)
{
    if (!on)
        return;
    pthread_mutex_lock(&lock);
    if (count < WR_STAGE_MAX) {
        wr_stage_time *s = &stages[count++];
        s->name = name;
        snprintf(s->detail, sizeof s->detail, "%s", detail ? detail : "");
        s->start = start - origin;
        s->end = end - origin;
        s->worker = worker;
    }
    pthread_mutex_unlock(&lock);
}

size_t wr_stage_count(void)
{
    return count;
}

const wr_stage_time *wr_stage_get(size_t i)
{
    return i < count ? &stages[i] : NULL;
}
