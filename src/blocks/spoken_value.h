/* How a figure's sign reads aloud. The report shows "<5" (fewer than five), "n<10" (not
 * shown: fewer than ten answers), "x" (left out so that a hidden figure cannot be worked
 * out) and "–" (no data); the eye knows the signs, a screen
 * reader says "kleiner dan" at best, or nothing. Both renderers give it the words:
 * the HTML in a visually hidden span, the PDF as the cell's ActualText. */
#ifndef WR_SPOKEN_VALUE_H
#define WR_SPOKEN_VALUE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *words; /* "minder dan ", "niet getoond, minder dan ", "weggelaten", "geen gegevens" */
    const char *num;   /* the number after the sign, inside the value; "" for "x" and "–" */
    size_t num_len;
} wr_spoken_value;

/* True when s[0..len) (without surrounding spaces) is such a value; then *out says how
 * it reads: words followed by the number. */
bool wr_spoken_value_of(const char *s, size_t len, wr_spoken_value *out);

#endif
