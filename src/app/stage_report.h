/* Prints the stage times noted during a command (base/stage_times.h) to stderr, when
 * WIJKRAPPORT_TIJDEN=1 asked for them: one line per stage, with the thread it ran on. */
#ifndef WR_STAGE_REPORT_H
#define WR_STAGE_REPORT_H

#include <stdio.h>

void wr_stage_report_print(FILE *out);

#endif
