#include "blocks/spoken_value.h"

#include <string.h>

#include "blocks/chart.h"

bool wr_spoken_value_of(const char *s, size_t len, wr_spoken_value *out)
{
    while (len > 0 && (*s == ' ' || *s == '\t')) {
        s++;
        len--;
    }
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    double v;
    bool pct;
    if (len > 1 && s[0] == '<' && wr_chart_number_nl(s + 1, len - 1, &v, &pct)) {
        *out = (wr_spoken_value){"minder dan ", s + 1, len - 1};
        return true;
    }
    if (len > 2 && s[0] == 'n' && s[1] == '<' && wr_chart_number_nl(s + 2, len - 2, &v, &pct)) {
        *out = (wr_spoken_value){"niet getoond, minder dan ", s + 2, len - 2};
        return true;
    }
    if (len == 1 && s[0] == 'x') { /* left out so that a hidden figure cannot be worked out */
        *out = (wr_spoken_value){"weggelaten", "", 0};
        return true;
    }
    if ((len == 3 && memcmp(s, "\xE2\x80\x93", 3) == 0) || (len == 1 && s[0] == '-')) {
        *out = (wr_spoken_value){"geen gegevens", "", 0};
        return true;
    }
    return false;
}
