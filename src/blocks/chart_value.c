/* Values as the report writes them ("1.234", "12,5%", "<5", "–"), read back into numbers. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "blocks/block_text.h"
#include "blocks/chart.h"

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Skips s[*i..] when it starts with the UTF-8 bytes of lit. */
static bool skip(const char *s, size_t len, size_t *i, const char *lit)
{
    size_t n = strlen(lit);
    if (*i + n > len || memcmp(s + *i, lit, n) != 0)
        return false;
    *i += n;
    return true;
}

static void skip_spaces(const char *s, size_t len, size_t *i)
{
    for (;;) {
        if (*i < len && s[*i] == ' ')
            (*i)++;
        else if (!skip(s, len, i, "\xC2\xA0")) /* no-break space */
            break;
    }
}

/* True when digits[0..n) with dots at the given places are Dutch thousands groups:
 * 1 to 3 digits first, then groups of exactly 3. */
static bool thousands(const char *s, size_t start, size_t end)
{
    size_t group = 0, groups = 0;
    for (size_t i = start; i < end; i++) {
        if (s[i] == '.') {
            if (group == 0 || (groups == 0 ? group > 3 : group != 3))
                return false;
            groups++;
            group = 0;
        } else {
            group++;
        }
    }
    return groups == 0 || group == 3;
}

static double digits_value(const char *s, size_t start, size_t end)
{
    double v = 0;
    for (size_t i = start; i < end; i++)
        if (is_digit(s[i]))
            v = v * 10 + (s[i] - '0');
    return v;
}

bool wr_chart_number_nl(const char *s, size_t len, double *value, bool *percent)
{
    size_t i = 0;
    double sign = 1;
    *percent = false;
    skip_spaces(s, len, &i);
    if (skip(s, len, &i, "-") || skip(s, len, &i, "\xE2\x88\x92") || skip(s, len, &i, "\xE2\x80\x93"))
        sign = -1; /* hyphen, minus sign, or an en dash used as one */
    else
        skip(s, len, &i, "+");
    if (skip(s, len, &i, "\xE2\x82\xAC")) /* euro sign */
        skip_spaces(s, len, &i);
    size_t start = i, comma = 0, dots = 0, ndigits = 0;
    bool has_comma = false;
    for (; i < len && (is_digit(s[i]) || s[i] == '.' || s[i] == ','); i++) {
        if (s[i] == ',') {
            if (has_comma)
                return false;
            has_comma = true;
            comma = i;
        } else if (s[i] == '.') {
            if (has_comma)
                return false;
            dots++;
        } else {
            ndigits++;
        }
    }
    size_t end = i;
    if (ndigits == 0 || !is_digit(s[start]) || !is_digit(s[end - 1]))
        return false;
    skip_spaces(s, len, &i);
    if (i < len && s[i] == '%') {
        *percent = true;
        i++;
    }
    skip_spaces(s, len, &i);
    if (i != len)
        return false;

    size_t int_end = has_comma ? comma : end;
    double v;
    if (thousands(s, start, int_end)) {
        v = digits_value(s, start, int_end);
        if (has_comma)
            v += digits_value(s, comma + 1, end) / pow(10.0, (double)(end - comma - 1));
    } else if (!has_comma && dots == 1) {
        /* "12.5": not a thousands group, so a decimal point (a plain number). */
        const char *dot = memchr(s + start, '.', end - start);
        size_t d = (size_t)(dot - s);
        v = digits_value(s, start, d) + digits_value(s, d + 1, end) / pow(10.0, (double)(end - d - 1));
    } else {
        return false;
    }
    *value = sign * v;
    return true;
}

bool wr_chart_cell_parse(const char *text, size_t len, wr_chart_cell *cell, bool *percent)
{
    *percent = false;
    cell->kind = WR_CHART_MISSING;
    cell->value = 0;
    if (len == 0) {
        cell->text = strdup("\xE2\x80\x93"); /* en dash: no value */
        return cell->text != NULL;
    }
    cell->text = wr_block_dup((wr_block_span){text, len});
    if (!cell->text)
        return false;
    double v;
    bool pct;
    if (text[0] == '<' && wr_chart_number_nl(text + 1, len - 1, &v, &pct)) {
        cell->kind = WR_CHART_SUPPRESSED;
        cell->value = v;
        *percent = pct;
    } else if (wr_chart_number_nl(text, len, &v, &pct)) {
        cell->kind = WR_CHART_VALUE;
        cell->value = v;
        *percent = pct;
    }
    return true;
}

bool wr_chart_figure_like(const char *s, size_t len)
{
    while (len > 0 && s[len - 1] == ' ')
        len--;
    while (len > 0 && *s == ' ') {
        s++;
        len--;
    }
    double v;
    bool pct;
    return len == 0 || wr_chart_number_nl(s, len, &v, &pct) || s[0] == '<' ||
           (len > 2 && s[0] == 'n' && s[1] == '<') ||
           (len == 3 && memcmp(s, "\xE2\x80\x93", 3) == 0) || (len == 1 && s[0] == '-');
}
