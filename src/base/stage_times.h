/* Stage times for the developer's question "where does the time go": with the
 * environment variable WIJKRAPPORT_TIJDEN=1 every stage notes when it started and ended
 * (on a monotonic clock), from any thread; src/app prints the list to stderr at the end.
 * Without the variable noting costs one branch. Stage names are static strings; the
 * detail (a file name) is copied. */
#ifndef WR_STAGE_TIMES_H
#define WR_STAGE_TIMES_H

#include <stdbool.h>
#include <stddef.h>

#define WR_STAGE_MAX 128

typedef struct {
    const char *name;   /* "lezen", "cijfers", "pdf" ... (static) */
    char detail[48];    /* e.g. "trajecten.csv"; "" when none */
    double start, end;  /* seconds since wr_stage_times_begin */
    int worker;         /* 0: the main thread; 1, 2 ...: the helper thread that ran it */
} wr_stage_time;

/* Seconds on the monotonic clock. */
double wr_clock_now(void);

/* Switches noting on when WIJKRAPPORT_TIJDEN is set (not "0") and takes the start time. */
void wr_stage_times_begin(void);
bool wr_stage_times_on(void);
/* Seconds since wr_stage_times_begin. */
double wr_stage_elapsed(void);
/* Which worker the calling thread is, for the notes it makes (thread-local; 0 by default). */
void wr_stage_set_worker(int worker);
/* Notes a stage that ran from start to end (wr_clock_now values); thread-safe. */
void wr_stage_note(const char *name, const char *detail, double start, double end);

size_t wr_stage_count(void);
const wr_stage_time *wr_stage_get(size_t i);

#endif
