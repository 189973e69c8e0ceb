/* Dutch hyphenation points from a libhyphen pattern dictionary. */
#ifndef WR_PDF_HYPHEN_H
#define WR_PDF_HYPHEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/error.h"

/* The hyphenation policy (libhyphen with hyphen-nl only says where a Dutch word may be
 * divided): words shorter than this are never hyphenated ... */
#define WR_PDF_HYPHEN_MIN_WORD 6
/* ... and a hyphen leaves at least this many letters on each side, as careful Dutch
 * book typesetting does: no "Ie-dereen", no "au-gustus", no "opgelo-st". Further rules
 * are the line breakers' (pdf_linebreak.h): a penalty on two hyphenated lines in a row
 * and on a hyphen before the last line, and in ragged text a hyphen only where it saves
 * a visibly short line. */
#define WR_PDF_HYPHEN_MIN_SIDE 3

typedef struct wr_pdf_hyphenator wr_pdf_hyphenator;

wr_status wr_pdf_hyphenator_load(const char *path, wr_pdf_hyphenator **out, wr_error *err);

/* Accepts NULL. */
void wr_pdf_hyphenator_free(wr_pdf_hyphenator *h);

/* For the letters word[0..n) (any case), sets after[i] when a hyphen may follow letter i,
 * clears the rest, and returns how many were set. */
size_t wr_pdf_hyphenate(const wr_pdf_hyphenator *h, const uint32_t *word, size_t n, bool *after);

#endif
