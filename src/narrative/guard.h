/* Looks for personal data in a narrative text before it goes into a report: a citizen
 * service number (BSN), an e-mail address, a Dutch phone number or a date of birth.
 * It only points out what looks like personal data; the writer decides. The rules, and
 * what they knowingly miss or over-report, are described in narrative_guard.c. */
#ifndef WR_NARRATIVE_GUARD_H
#define WR_NARRATIVE_GUARD_H

#include <stddef.h>

#include "base/error.h"
#include "base/strbuf.h"

typedef enum {
    WR_GUARD_BSN,        /* "burgerservicenummer" */
    WR_GUARD_EMAIL,      /* "e-mailadres" */
    WR_GUARD_PHONE,      /* "telefoonnummer" */
    WR_GUARD_BIRTH_DATE  /* "geboortedatum" */
} wr_guard_kind;

typedef struct {
    wr_guard_kind kind;
    size_t line;     /* 1-based */
    size_t column;   /* 1-based, in characters (UTF-8 code points), a tab counts as one; 0: not known */
    size_t offset;   /* byte offset of the match in the text */
    size_t length;   /* length of the match in bytes */
    char *masked;    /* the match with most digits and letters replaced by '*', e.g. "12******2" */
} wr_guard_finding;

typedef struct {
    wr_guard_finding *items;  /* in text order */
    size_t count;
} wr_guard_findings;

/* The Dutch label of a kind: "burgerservicenummer", "e-mailadres", ... */
const char *wr_guard_kind_label(wr_guard_kind kind);

/* Scans text[0..len) (UTF-8, the contents of one file). *out is allocated, also when
 * there are no findings; free it with wr_guard_findings_free. Fails only for memory. */
wr_status wr_guard_scan(const char *text, size_t len, wr_guard_findings **out, wr_error *err);

/* Reads path and scans it; a file that cannot be read gives WR_ERR_INPUT naming it. */
wr_status wr_guard_scan_file(const char *path, wr_guard_findings **out, wr_error *err);

void wr_guard_findings_free(wr_guard_findings *f);

/* Appends a Dutch message for f to out, without the personal data itself:
 * "<path>, regel 3, kolom 12: dit lijkt op een telefoonnummer (06******78). ..."
 * (without the column when it is 0). path may be NULL. */
void wr_guard_describe(const char *path, const wr_guard_finding *f, wr_strbuf *out);

#endif
