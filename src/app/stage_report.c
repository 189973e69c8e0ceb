#include "app/stage_report.h"

#include <string.h>

#include "base/stage_times.h"

/* Seconds with three decimals and a decimal comma. */
static const char *seconds(double s, char *buf, size_t size)
{
    snprintf(buf, size, "%.3f", s);
    char *dot = strchr(buf, '.');
    if (dot)
        *dot = ',';
    return buf;
}

void wr_stage_report_print(FILE *out)
{
    if (!wr_stage_times_on())
        return;
    double total = wr_stage_elapsed();
    size_t n = wr_stage_count();
    fprintf(out, "Tijden per stap (WIJKRAPPORT_TIJDEN), in seconden vanaf de start:\n");
    fprintf(out, "  %-36s %5s %7s %7s %7s\n", "stap", "draad", "begin", "einde", "duur");
    for (size_t i = 0; i < n; i++) {
        const wr_stage_time *s = wr_stage_get(i);
        char name[96], a[32], b[32], d[32];
        snprintf(name, sizeof name, "%s%s%s", s->name, s->detail[0] ? " " : "", s->detail);
        fprintf(out, "  %-36s %5d %7s %7s %7s\n", name, s->worker, seconds(s->start, a, sizeof a),
                seconds(s->end, b, sizeof b), seconds(s->end - s->start, d, sizeof d));
    }
    char t[32];
    fprintf(out, "  %-36s %5s %7s %7s %7s\n", "totaal", "", "", "", seconds(total, t, sizeof t));
}
