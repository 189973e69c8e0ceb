/* A tiny test harness: each tests/unit/test_*.c is one program built from main's
 * objects; it ends with check_summary(), which prints "N passed, N failed" and returns
 * the exit status. A check that fails prints file:line and the expression. */
#ifndef WR_CHECK_H
#define WR_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond) do { \
    if (cond) check_passed++; \
    else { check_failed++; fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_INT(actual, expected) do { \
    long long check_a_ = (long long)(actual), check_e_ = (long long)(expected); \
    if (check_a_ == check_e_) check_passed++; \
    else { check_failed++; fprintf(stderr, "%s:%d: %s is %lld, expected %lld\n", \
                                   __FILE__, __LINE__, #actual, check_a_, check_e_); } \
} while (0)

#define CHECK_DBL(actual, expected, tolerance) do { \
    double check_a_ = (actual), check_e_ = (expected); \
    if (check_a_ - check_e_ <= (tolerance) && check_e_ - check_a_ <= (tolerance)) check_passed++; \
    else { check_failed++; fprintf(stderr, "%s:%d: %s is %.6f, expected %.6f\n", \
                                   __FILE__, __LINE__, #actual, check_a_, check_e_); } \
} while (0)

#define CHECK_STR(actual, expected) do { \
    const char *check_a_ = (actual), *check_e_ = (expected); \
    if (check_a_ && check_e_ && strcmp(check_a_, check_e_) == 0) check_passed++; \
    else { check_failed++; fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", \
                                   __FILE__, __LINE__, #actual, check_a_ ? check_a_ : "(null)", \
                                   check_e_ ? check_e_ : "(null)"); } \
} while (0)

static inline int check_summary(const char *suite)
{
    printf("%s: %d passed, %d failed\n", suite, check_passed, check_failed);
    return check_failed ? 1 : 0;
}

#endif
