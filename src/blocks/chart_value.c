/* Values as the report writes them, read back into numbers; and round axis steps. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/format_nl.h"
#include "blocks/chart.h"
#include "blocks/chart_text.h"

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
    cell->text = wr_chart_dup((wr_chart_span){text, len});
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

wr_chart_axis wr_chart_axis_for(double lo, double hi, int target, bool integral)
{
    wr_chart_axis a;
    if (target < 2)
        target = 2;
    if (hi - lo < 1e-12)
        hi = lo + 1;
    double raw = (hi - lo) / target;
    double mag = pow(10.0, floor(log10(raw)));
    static const double steps[] = {1, 2, 2.5, 5, 10};
    double step = 10 * mag;
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        if (steps[i] * mag >= raw * (1 - 1e-9)) {
            step = steps[i] * mag;
            break;
        }
    }
    if (integral && step < 1)
        step = 1;
    a.step = step;
    a.min = floor(lo / step + 1e-9) * step;
    a.max = ceil(hi / step - 1e-9) * step;
    if (a.max - a.min < step / 2)
        a.max = a.min + step;
    a.count = (int)floor((a.max - a.min) / step + 0.5) + 1;
    a.decimals = 0;
    while (a.decimals < 6) {
        double scaled = step * pow(10.0, a.decimals);
        if (fabs(scaled - floor(scaled + 0.5)) < 1e-6)
            break;
        a.decimals++;
    }
    return a;
}

void wr_chart_tick_label(const wr_chart_axis *axis, int i, bool percent, char *buf, size_t size)
{
    double v = axis->min + i * axis->step;
    if (fabs(v) < axis->step * 1e-6)
        v = 0;
    char num[64];
    wr_nl_number(v, axis->decimals, num, sizeof num);
    /* A minus sign, not a hyphen, before negative numbers. */
    snprintf(buf, size, "%s%s%s", num[0] == '-' ? "\xE2\x88\x92" : "", num + (num[0] == '-'),
             percent ? "%" : "");
}

static void widen(double v, double *lo, double *hi, bool *any)
{
    if (!*any || v < *lo)
        *lo = v;
    if (!*any || v > *hi)
        *hi = v;
    *any = true;
}

void wr_chart_range(const wr_chart *c, double *lo, double *hi)
{
    bool any = false, values = false;
    *lo = *hi = 0;
    for (size_t r = 0; r < c->nrows; r++)
        for (size_t s = 0; s < c->nseries; s++)
            values = values || c->rows[r].cells[s].kind == WR_CHART_VALUE;
    for (size_t r = 0; r < c->nrows; r++) {
        double sum = 0;
        for (size_t s = 0; s < c->nseries; s++) {
            const wr_chart_cell *cell = &c->rows[r].cells[s];
            /* A threshold ("<5") is no value: it only sets the scale when nothing else
             * does. */
            if (cell->kind == WR_CHART_MISSING || (cell->kind == WR_CHART_SUPPRESSED && values))
                continue;
            if (c->type == WR_CHART_STACKED)
                sum += cell->value > 0 ? cell->value : 0;
            else
                widen(cell->value, lo, hi, &any);
        }
        if (c->type == WR_CHART_STACKED)
            widen(sum, lo, hi, &any);
    }
    if (c->has_target)
        widen(c->target, lo, hi, &any);
}

bool wr_chart_integral(const wr_chart *c)
{
    for (size_t r = 0; r < c->nrows; r++)
        for (size_t s = 0; s < c->nseries; s++)
            if (c->rows[r].cells[s].kind == WR_CHART_VALUE &&
                c->rows[r].cells[s].value != floor(c->rows[r].cells[s].value))
                return false;
    return !c->has_target || c->target == floor(c->target);
}

wr_chart_axis wr_chart_line_axis(const wr_chart *c)
{
    double lo = 0, hi = 0;
    bool any = false;
    for (size_t r = 0; r < c->nrows; r++)
        for (size_t s = 0; s < c->nseries; s++) {
            const wr_chart_cell *cell = &c->rows[r].cells[s];
            if (cell->kind != WR_CHART_VALUE)
                continue;
            lo = any ? fmin(lo, cell->value) : cell->value;
            hi = any ? fmax(hi, cell->value) : cell->value;
            any = true;
        }
    if (c->has_target) {
        lo = any && lo < c->target ? lo : c->target;
        hi = any && hi > c->target ? hi : c->target;
        any = true;
    }
    if (!any)
        lo = hi = 0;
    double pad = (hi - lo) * 0.15 + fabs(hi) * 0.02 + 1e-9;
    double from = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
    return wr_chart_axis_for(from, hi, 4, wr_chart_integral(c));
}

double wr_chart_category_x(double x0, double x1, size_t n, size_t i)
{
    return x0 + ((double)i + 0.5) * (x1 - x0) / (double)(n > 0 ? n : 1);
}
