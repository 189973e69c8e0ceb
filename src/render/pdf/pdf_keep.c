#include "render/pdf/pdf_keep.h"

#define EPSILON 0.01

static double sum(const double *h, size_t from, size_t to)
{
    double s = 0;
    for (size_t i = from; i < to; i++)
        s += h[i];
    return s;
}

/* Whether the table stays whole: short enough, and not taller than a page. */
static bool whole(const double *h, size_t n, double full, double keep_after)
{
    return n <= WR_PDF_KEEP_ROWS && sum(h, 0, n) + keep_after <= full + EPSILON;
}

double wr_pdf_table_start_rows(const double *h, size_t n, double full, double keep_after)
{
    if (whole(h, n, full, keep_after) || n <= WR_PDF_SPLIT_ROWS)
        return sum(h, 0, n) + keep_after;
    return sum(h, 0, WR_PDF_SPLIT_ROWS);
}

/* How many rows from `from` on fit in `room`; the last row of the table also needs
 * keep_after. */
static size_t fitting(const double *h, size_t n, size_t from, double room, double keep_after)
{
    double used = 0;
    size_t k = 0;
    while (from + k < n) {
        double need = h[from + k] + (from + k + 1 == n ? keep_after : 0);
        if (used + need > room + EPSILON)
            break;
        used += h[from + k];
        k++;
    }
    return k;
}

size_t wr_pdf_table_split(const double *h, size_t n, double room, double full, bool fresh,
                          double keep_after, size_t *parts)
{
    size_t count = 0;
    if (n == 0) {
        parts[count++] = 0;
        return count;
    }
    if (whole(h, n, full, keep_after)) {
        if (!fresh && sum(h, 0, n) + keep_after > room + EPSILON)
            parts[count++] = 0; /* the next page takes it whole */
        parts[count++] = n;
        return count;
    }
    size_t at = 0;
    while (at < n) {
        size_t rest = n - at, take = fitting(h, n, at, room, keep_after);
        if (take >= rest) {
            parts[count++] = rest;
            break;
        }
        /* Leave enough for the next page, and take enough for this one. */
        size_t want = take;
        if (rest - want < WR_PDF_SPLIT_ROWS)
            want = rest > WR_PDF_SPLIT_ROWS ? rest - WR_PDF_SPLIT_ROWS : 0;
        if (want >= WR_PDF_SPLIT_ROWS) {
            parts[count++] = want;
            at += want;
        } else if (!fresh) {
            parts[count++] = 0; /* nothing here: start on the next page */
        } else {
            /* A page cannot hold enough rows: do what it can, never nothing. */
            take = want > 0 ? want : take > 0 ? take : 1;
            parts[count++] = take;
            at += take;
        }
        room = full;
        fresh = true;
    }
    return count;
}
