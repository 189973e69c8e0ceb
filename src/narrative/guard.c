/* Detection rules (be useful without flooding: a narrative text is full of numbers,
 * amounts, times and dates that are not personal):
 *
 * burgerservicenummer: 9 digits, written together (123456782) or grouped as 1234.56.782
 *   or 123.456.782 (dots, spaces or hyphens, the same separator twice), that pass the
 *   11-proof (9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11, not 0). Not when it reads as
 *   an amount: "€" or "EUR" before it, ",-" or "euro" after it (with decimals, as in
 *   "123456782,00", it is no match at all; a comma that ends a clause does not count).
 * e-mailadres: local@domain.tld with a tld of at least two letters. Also addresses of
 *   organisations (info@...): the guard cannot tell them apart.
 * telefoonnummer: 10 digits starting with 0 and a non-zero second digit (06-12345678,
 *   06 1234 5678, 023-5115115, (023) 511 5115); +31 or 0031 followed by 9 digits (an
 *   optional "(0)" is skipped); 0800, 0900, 0906 and 0909 followed by 4 or 7 digits.
 *   Between digits one separator: up to two spaces, at most one of "-./". The first
 *   group has at least 2 digits and service prefixes must be written together, so
 *   opening hours like "09.00-17.00" do not count. Organisation numbers are reported too.
 * geboortedatum: a full date (3-3-1954, 03/03/1954, 3.3.1954, 1954-03-03, 3 maart 1954,
 *   3 mrt. 1954) that is a real calendar day, and either
 *   - has "geboren", "geboorte" (geboortedatum, ...), "geb." or "geb:" in the same
 *     paragraph, up to 30 bytes before it ("geboren"/"geboorte" also up to 20 after it) (then any year, and also two-digit
 *     years: "geb. 3-3-54"), or
 *   - has a year from 1900 to 2015 and is not introduced by a word that makes it a
 *     moment in time rather than a birthday: sinds, per, vanaf, tot, t/m, tot en met,
 *     tussen, met ingang van ("sinds 1 januari 2015" is the Wmo, not a person).
 *   A year alone, a month and year, a quarter (2026-Q3) and dates of recent years in
 *   ordinary text ("op 12 september 2026") are not reported.
 *
 * Known misses: numbers written with other separators or split over lines, e-mail
 * addresses written as "naam [at] domein.nl", foreign phone numbers, dates of birth
 * after 2015 without a trigger word, and names and addresses (not looked for at all).
 * Known false alarms: a 9-digit number that happens to pass the 11-proof (about one in
 * eleven, e.g. an old bank account number), function addresses and public phone numbers
 * of organisations, an old full date such as "op 1 januari 2015". */
#include "narrative/guard.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/errno_nl.h"

typedef struct {
    wr_guard_kind kind;
    size_t begin, end;
    int keep_first, keep_last;  /* digits left visible in the masked text */
} hit;

typedef struct {
    hit *items;
    size_t count, cap;
    bool failed;
} hit_list;

static void add_hit(hit_list *l, wr_guard_kind kind, size_t begin, size_t end, int keep_first, int keep_last)
{
    if (l->failed)
        return;
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        hit *p = realloc(l->items, cap * sizeof *p);
        if (!p) {
            l->failed = true;
            return;
        }
        l->items = p;
        l->cap = cap;
    }
    l->items[l->count++] = (hit){kind, begin, end, keep_first, keep_last};
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }
/* Bytes of non-ASCII characters count as non-word, so a no-break space or "€" before a
 * number does not hide it. */
static bool is_word(char c) { return is_digit(c) || is_alpha(c) || c == '_' || c == '@'; }
static bool in_set(char c, const char *set) { return c && strchr(set, c); }

/* Length of a space at t[i]: a space, a no-break space or a narrow no-break space. */
static size_t space_len(const char *t, size_t len, size_t i)
{
    if (i < len && t[i] == ' ')
        return 1;
    if (i + 1 < len && t[i] == '\xC2' && t[i + 1] == '\xA0')
        return 2;
    if (i + 2 < len && t[i] == '\xE2' && t[i + 1] == '\x80' && t[i + 2] == '\xAF')
        return 3;
    return 0;
}

/* A match may not start inside a word or in the middle of a number like 1.234.567. */
static bool starts_ok(const char *t, size_t i)
{
    if (i == 0)
        return true;
    char p = t[i - 1];
    if (is_word(p) || p == '+')
        return false;
    return !(in_set(p, ".,-/:") && i >= 2 && is_digit(t[i - 2]));
}

static bool ends_ok(const char *t, size_t len, size_t e)
{
    if (e >= len)
        return true;
    if (is_word(t[e]))
        return false;
    return !(in_set(t[e], ".,-/:") && e + 1 < len && is_digit(t[e + 1]));
}

static size_t digit_run(const char *t, size_t len, size_t i)
{
    size_t n = 0;
    while (i + n < len && is_digit(t[i + n]))
        n++;
    return n;
}

/* Case-insensitive: does t[i..] start with word (ASCII, lower case)? */
static bool has_at(const char *t, size_t len, size_t i, const char *word)
{
    size_t n = strlen(word);
    if (i + n > len)
        return false;
    for (size_t k = 0; k < n; k++)
        if (lower(t[i + k]) != word[k])
            return false;
    return true;
}

/* ---- burgerservicenummer ---- */

static bool eleven_proof(const char d[9])
{
    long sum = 0;
    for (int k = 0; k < 8; k++)
        sum += (9 - k) * (d[k] - '0');
    sum -= d[8] - '0';
    return sum != 0 && sum % 11 == 0;
}

/* "€ 123.456.782", "123456782,-" or "123.456.782 euro" is an amount, not a person. */
static bool looks_like_amount(const char *t, size_t len, size_t begin, size_t end)
{
    size_t i = begin;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    if ((i >= 3 && memcmp(t + i - 3, "\xE2\x82\xAC", 3) == 0) || (i >= 3 && has_at(t, len, i - 3, "eur")))
        return true;
    /* ",-" or ",–": an amount in euros; ",00" and other decimals never end a match. A
     * comma followed by a space ends a clause: "BSN 123456782, tel ..." is a number. */
    if (end + 1 < len && t[end] == ',' && t[end + 1] == '-')
        return true;
    if (end + 3 < len && t[end] == ',' && memcmp(t + end + 1, "\xE2\x80\x93", 3) == 0)
        return true;
    size_t j = end;
    while (j < len && t[j] == ' ')
        j++;
    return has_at(t, len, j, "euro");
}

static bool try_bsn(const char *t, size_t len, size_t i, size_t *end)
{
    char d[9];
    size_t g1 = digit_run(t, len, i), e;
    if (g1 == 9) {
        memcpy(d, t + i, 9);
        e = i + 9;
    } else if (g1 == 3 || g1 == 4) {
        size_t g2_want = g1 == 4 ? 2 : 3;
        size_t j = i + g1;
        size_t sl = space_len(t, len, j);
        if (!sl && j < len && (t[j] == '.' || t[j] == '-'))
            sl = 1;
        if (!sl || digit_run(t, len, j + sl) != g2_want)
            return false;
        size_t k = j + sl + g2_want;
        if (k + sl > len || memcmp(t + j, t + k, sl) != 0 || digit_run(t, len, k + sl) != 3)
            return false;
        memcpy(d, t + i, g1);
        memcpy(d + g1, t + j + sl, g2_want);
        memcpy(d + g1 + g2_want, t + k + sl, 3);
        e = k + sl + 3;
    } else {
        return false;
    }
    if (!ends_ok(t, len, e) || !eleven_proof(d) || looks_like_amount(t, len, i, e))
        return false;
    *end = e;
    return true;
}

/* ---- telefoonnummer ---- */

/* Reads up to max digits from i on, allowing one separator between two digits: up to two
 * spaces, at most one of "-./", and (when paren) one ")". ends[k] is the offset just after
 * the k-th digit; *first_group the number of digits before the first separator. */
static size_t phone_digits(const char *t, size_t len, size_t i, bool paren, size_t *ends, size_t max,
                           size_t *first_group)
{
    size_t n = 0, j = i;
    *first_group = 0;
    bool open = paren;
    while (j < len && n < max) {
        if (is_digit(t[j])) {
            ends[n++] = ++j;
            continue;
        }
        size_t k = j;
        if (open && t[k] == ')') {
            k++;
            open = false;
        }
        for (int s = 0; s < 2 && space_len(t, len, k); s++)
            k += space_len(t, len, k);
        if (k < len && in_set(t[k], "-./"))
            k++;
        for (int s = 0; s < 2 && space_len(t, len, k); s++)
            k += space_len(t, len, k);
        if (k == j || k >= len || !is_digit(t[k]) || n == 0)
            break;
        if (!*first_group)
            *first_group = n;
        j = k;
    }
    if (!*first_group)
        *first_group = n;
    return n;
}

/* After +31 / 0031: optional separator, optional "(0)", then 9 digits not starting with 0. */
static bool try_international(const char *t, size_t len, size_t k, size_t *end)
{
    size_t ends[12], first;
    for (int s = 0; s < 2 && k < len && (space_len(t, len, k) || t[k] == '-'); s++)
        k += t[k] == '-' ? 1 : space_len(t, len, k);
    if (k + 3 <= len && memcmp(t + k, "(0)", 3) == 0) {
        k += 3;
        while (space_len(t, len, k))
            k += space_len(t, len, k);
    }
    if (k >= len || t[k] < '1' || t[k] > '9')
        return false;
    size_t n = phone_digits(t, len, k, false, ends, 12, &first);
    if (n < 9 || !ends_ok(t, len, ends[8]))
        return false;
    *end = ends[8];
    return true;
}

static bool try_phone(const char *t, size_t len, size_t i, size_t *end)
{
    if (t[i] == '+')
        return has_at(t, len, i, "+31") && try_international(t, len, i + 3, end);
    if (has_at(t, len, i, "0031"))
        return try_international(t, len, i + 4, end);
    bool paren = t[i] == '(';
    size_t s = paren ? i + 1 : i;
    if (s + 1 >= len || t[s] != '0' || !is_digit(t[s + 1]) || t[s + 1] == '0')
        return false;
    size_t ends[12], first;
    size_t n = phone_digits(t, len, s, paren, ends, 12, &first);
    if (first < 2)
        return false;
    if (first >= 4 && (has_at(t, len, s, "0800") || has_at(t, len, s, "0900") || has_at(t, len, s, "0906") ||
                       has_at(t, len, s, "0909"))) {
        /* Service numbers: 0800-1234 or 0900-1234567. */
        if (n >= 11 && ends_ok(t, len, ends[10]))
            *end = ends[10];
        else if (n >= 8 && ends_ok(t, len, ends[7]))
            *end = ends[7];
        else
            return false;
        return true;
    }
    if (n < 10 || !ends_ok(t, len, ends[9]))
        return false;
    *end = ends[9];
    return true;
}

/* ---- geboortedatum ---- */

typedef struct {
    size_t begin, end;
    int year;
    bool short_year;            /* "3-3-54" */
    int keep_first, keep_last;  /* the year's digits stay visible */
} date_match;

static int number(const char *t, size_t i, size_t n)
{
    int v = 0;
    for (size_t k = 0; k < n; k++)
        v = v * 10 + (t[i + k] - '0');
    return v;
}

static bool valid_day(int y, int m, int d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= wr_days_in_month(y, m);
}

/* D-M-YYYY with "-", "/" or "." (the same twice), D-M-YY, or YYYY-MM-DD. */
static bool numeric_date(const char *t, size_t len, size_t i, date_match *m)
{
    size_t g1 = digit_run(t, len, i);
    size_t j = i + g1;
    if (g1 == 0 || j + 1 >= len || !in_set(t[j], "-/."))
        return false;
    char sep = t[j];
    size_t g2 = digit_run(t, len, j + 1);
    size_t k = j + 1 + g2;
    if (g2 < 1 || g2 > 2 || k + 1 >= len || t[k] != sep)
        return false;
    size_t g3 = digit_run(t, len, k + 1);
    size_t e = k + 1 + g3;
    int day, month, year;
    *m = (date_match){.begin = i, .end = e};
    if (g1 == 4 && sep == '-' && g3 >= 1 && g3 <= 2) {
        year = number(t, i, 4), month = number(t, j + 1, g2), day = number(t, k + 1, g3);
        m->keep_first = 4;
    } else if (g1 <= 2 && (g3 == 4 || g3 == 2)) {
        day = number(t, i, g1), month = number(t, j + 1, g2), year = number(t, k + 1, g3);
        m->short_year = g3 == 2;
        if (m->short_year)
            year += year < 30 ? 2000 : 1900;
        m->keep_last = (int)g3;
    } else {
        return false;
    }
    m->year = year;
    return valid_day(year, month, day) && ends_ok(t, len, e);
}

static int month_word(const char *t, size_t len, size_t i, size_t *end)
{
    static const struct {
        const char *word;
        int month;
    } months[] = {{"januari", 1}, {"jan", 1},      {"februari", 2}, {"feb", 2},       {"maart", 3},
                  {"mrt", 3},     {"april", 4},    {"apr", 4},      {"mei", 5},       {"juni", 6},
                  {"jun", 6},     {"juli", 7},     {"jul", 7},      {"augustus", 8},  {"aug", 8},
                  {"september", 9}, {"sept", 9},   {"sep", 9},      {"oktober", 10},  {"okt", 10},
                  {"november", 11}, {"nov", 11},   {"december", 12}, {"dec", 12}};
    for (size_t k = 0; k < sizeof months / sizeof months[0]; k++) {
        size_t n = strlen(months[k].word);
        if (has_at(t, len, i, months[k].word) && (i + n >= len || !is_alpha(t[i + n]))) {
            *end = i + n + (i + n < len && t[i + n] == '.');
            return months[k].month;
        }
    }
    return 0;
}

/* A space, or a line break: Markdown paragraphs are often wrapped mid-sentence. */
static size_t gap_len(const char *t, size_t len, size_t i)
{
    if (i < len && t[i] == '\n')
        return 1;
    if (i + 1 < len && t[i] == '\r' && t[i + 1] == '\n')
        return 2;
    return space_len(t, len, i);
}

/* "3 maart 1954", "03 mrt. 1954". */
static bool text_date(const char *t, size_t len, size_t i, date_match *m)
{
    size_t g1 = digit_run(t, len, i);
    size_t j = i + g1, sl;
    if (g1 < 1 || g1 > 2 || !(sl = gap_len(t, len, j)))
        return false;
    size_t k;
    int month = month_word(t, len, j + sl, &k);
    if (!month || !(sl = gap_len(t, len, k)) || digit_run(t, len, k + sl) != 4)
        return false;
    int year = number(t, k + sl, 4);
    size_t e = k + sl + 4;
    *m = (date_match){.begin = i, .end = e, .year = year, .keep_last = 4};
    return valid_day(year, month, number(t, i, g1)) && ends_ok(t, len, e);
}

/* Case-insensitive search for word in t[from..to). */
static bool contains(const char *t, size_t len, size_t from, size_t to, const char *word, bool word_start)
{
    for (size_t i = from; i + strlen(word) <= to; i++)
        if (has_at(t, len, i, word) && !(word_start && i > 0 && is_alpha(t[i - 1])))
            return true;
    return false;
}

/* True at an empty line starting at i (a paragraph break). */
static bool blank_line_at(const char *t, size_t len, size_t i)
{
    if (i >= len || t[i] != '\n')
        return false;
    for (i++; i < len && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r'); i++)
        ;
    return i < len && t[i] == '\n';
}

/* A word about birth in the same paragraph, just before or just after the date. */
static bool birth_word_near(const char *t, size_t len, size_t begin, size_t end)
{
    size_t from = begin > 30 ? begin - 30 : 0, to = end + 20 < len ? end + 20 : len;
    for (size_t i = begin; i > from; i--)
        if (blank_line_at(t, len, i - 1)) {
            from = i;
            break;
        }
    for (size_t i = end; i < to; i++)
        if (blank_line_at(t, len, i)) {
            to = i;
            break;
        }
    static const char *const words[] = {"geboren", "geboorte"};
    static const char *const abbrevs[] = {"geb.", "geb:"};
    for (size_t k = 0; k < 2; k++)
        if (contains(t, len, from, begin, words[k], false) || contains(t, len, end, to, words[k], false) ||
            contains(t, len, from, begin, abbrevs[k], true))
            return true;
    return false;
}

/* "sinds 1 januari 2015", "per 1-1-2014": a moment in time, not someone's birthday. */
static bool moment_word_before(const char *t, size_t len, size_t begin)
{
    static const char *const words[] = {"sinds", "per", "vanaf", "tot", "t/m", "en met", "tussen", "ingang van"};
    size_t i = begin;
    while (i > 0 && in_set(t[i - 1], " \t\r\n\xA0\xC2"))
        i--;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        size_t n = strlen(words[k]);
        if (i >= n && has_at(t, len, i - n, words[k]) && (i == n || !is_alpha(t[i - n - 1])))
            return true;
    }
    return false;
}

static bool try_date(const char *t, size_t len, size_t i, date_match *m)
{
    return numeric_date(t, len, i, m) || text_date(t, len, i, m);
}

static bool is_birth_date(const char *t, size_t len, const date_match *m)
{
    if (birth_word_near(t, len, m->begin, m->end))
        return true;
    return !m->short_year && m->year >= 1900 && m->year <= 2015 && !moment_word_before(t, len, m->begin);
}

/* ---- e-mailadres ---- */

static bool local_char(char c) { return is_digit(c) || is_alpha(c) || in_set(c, "._%+-"); }
static bool domain_char(char c) { return is_digit(c) || is_alpha(c) || c == '.' || c == '-'; }

/* The address around the '@' at a, if it is one. */
static bool email_at(const char *t, size_t len, size_t a, size_t *begin, size_t *end)
{
    size_t b = a;
    while (b > 0 && local_char(t[b - 1]))
        b--;
    while (b < a && t[b] == '.')
        b++;
    size_t e = a + 1;
    while (e < len && domain_char(t[e]))
        e++;
    while (e > a + 1 && (t[e - 1] == '.' || t[e - 1] == '-'))
        e--; /* the full stop at the end of a sentence */
    if (b == a || e <= a + 1 || t[a + 1] == '.' || t[a + 1] == '-' || t[a - 1] == '.')
        return false;
    size_t dot = 0;
    for (size_t k = a + 1; k < e; k++) {
        if (t[k] == '.' && t[k - 1] == '.')
            return false;
        if (t[k] == '.')
            dot = k;
    }
    if (!dot || e - dot - 1 < 2)
        return false;
    for (size_t k = dot + 1; k < e; k++)
        if (!is_alpha(t[k]))
            return false;
    *begin = b;
    *end = e;
    return true;
}

/* ---- scanning ---- */

static void scan(const char *t, size_t len, hit_list *hits)
{
    for (size_t i = 0; i < len; i++) {
        size_t b, e;
        if (t[i] == '@' && email_at(t, len, i, &b, &e))
            add_hit(hits, WR_GUARD_EMAIL, b, e, 0, 0);
    }
    size_t emails = hits->count, next_email = 0;
    for (size_t i = 0; i < len;) {
        while (next_email < emails && hits->items[next_email].end <= i)
            next_email++;
        if (next_email < emails && hits->items[next_email].begin <= i) {
            i = hits->items[next_email].end; /* digits inside an address are part of it */
            continue;
        }
        char c = t[i];
        size_t end;
        date_match m;
        if (!(is_digit(c) || c == '+' || c == '(') || !starts_ok(t, i)) {
            i++;
        } else if (is_digit(c) && try_date(t, len, i, &m)) {
            /* A date is skipped whole, so "01-02-2026 12" is never read as a phone number. */
            if (is_birth_date(t, len, &m))
                add_hit(hits, WR_GUARD_BIRTH_DATE, m.begin, m.end, m.keep_first, m.keep_last);
            i = m.end;
        } else if (is_digit(c) && try_bsn(t, len, i, &end)) {
            add_hit(hits, WR_GUARD_BSN, i, end, 2, 1);
            i = end;
        } else if (try_phone(t, len, i, &end)) {
            add_hit(hits, WR_GUARD_PHONE, i, end, 2, 2);
            i = end;
        } else {
            i++;
        }
    }
}

static int by_offset(const void *a, const void *b)
{
    const hit *x = a, *y = b;
    return (x->begin > y->begin) - (x->begin < y->begin);
}

static char *mask(const char *t, const hit *h)
{
    size_t n = h->end - h->begin;
    char *s = malloc(n + 1);
    if (!s)
        return NULL;
    memcpy(s, t + h->begin, n);
    s[n] = '\0';
    if (h->kind == WR_GUARD_EMAIL) {
        /* First letter of the name and of the domain stay, and the part after the last dot. */
        char *at = strchr(s, '@'), *dot = strrchr(s, '.');
        for (char *p = s + 1; p < at; p++)
            *p = '*';
        for (char *p = at + 2; p < dot; p++)
            if (*p != '.')
                *p = '*';
        return s;
    }
    size_t digits = 0, k = 0;
    for (size_t i = 0; i < n; i++)
        digits += is_digit(s[i]);
    for (size_t i = 0; i < n; i++)
        if (is_digit(s[i])) {
            if (k >= (size_t)h->keep_first && k + (size_t)h->keep_last < digits)
                s[i] = '*';
            k++;
        }
    return s;
}

wr_status wr_guard_scan(const char *text, size_t len, wr_guard_findings **out, wr_error *err)
{
    *out = NULL;
    hit_list hits = {0};
    scan(text, len, &hits);
    wr_guard_findings *f = calloc(1, sizeof *f);
    if (hits.failed || !f || (hits.count && !(f->items = calloc(hits.count, sizeof *f->items)))) {
        free(hits.items);
        wr_guard_findings_free(f);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    if (hits.count > 1)
        qsort(hits.items, hits.count, sizeof *hits.items, by_offset);
    size_t pos = 0, line = 1, column = 1;
    for (size_t i = 0; i < hits.count; i++) {
        const hit *h = &hits.items[i];
        for (; pos < h->begin; pos++) {
            if (text[pos] == '\n')
                line++, column = 1;
            else if (((unsigned char)text[pos] & 0xC0) != 0x80)
                column++;
        }
        wr_guard_finding *g = &f->items[f->count];
        *g = (wr_guard_finding){h->kind, line, column, h->begin, h->end - h->begin, mask(text, h)};
        if (!g->masked) {
            free(hits.items);
            wr_guard_findings_free(f);
            return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
        }
        f->count++;
    }
    free(hits.items);
    *out = f;
    return WR_OK;
}

wr_status wr_guard_scan_file(const char *path, wr_guard_findings **out, wr_error *err)
{
    *out = NULL;
    wr_strbuf b = {0};
    if (wr_strbuf_read_file(&b, path) != 0) {
        int saved = errno;
        wr_strbuf_free(&b);
        if (saved == ENOMEM)
            return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
        return wr_error_set(err, WR_ERR_INPUT, "%s kan niet worden gelezen (%s).", path, wr_errno_text(saved));
    }
    wr_status st = wr_guard_scan(wr_strbuf_cstr(&b), b.len, out, err);
    wr_strbuf_free(&b);
    return st;
}

void wr_guard_findings_free(wr_guard_findings *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->count; i++)
        free(f->items[i].masked);
    free(f->items);
    free(f);
}

const char *wr_guard_kind_label(wr_guard_kind kind)
{
    switch (kind) {
    case WR_GUARD_BSN: return "burgerservicenummer";
    case WR_GUARD_EMAIL: return "e-mailadres";
    case WR_GUARD_PHONE: return "telefoonnummer";
    case WR_GUARD_BIRTH_DATE: return "geboortedatum";
    }
    return "persoonsgegeven";
}

void wr_guard_describe(const char *path, const wr_guard_finding *f, wr_strbuf *out)
{
    if (path)
        wr_strbuf_printf(out, "%s, ", path);
    wr_strbuf_printf(out, "regel %zu", f->line);
    if (f->column)
        wr_strbuf_printf(out, ", kolom %zu", f->column);
    wr_strbuf_printf(out, ": dit lijkt op een %s (%s). Haal persoonsgegevens van inwoners uit de tekst.",
                     wr_guard_kind_label(f->kind), f->masked);
}
