/* The line-fitting core: a pure function over widths, independent of fonts and PDF.
 *
 * A paragraph is a sequence of items: boxes (glyphs, never stretched), glue (an
 * inter-word space: a break opportunity, dropped at line ends, widened when justifying),
 * hyphen points (invisible unless the line breaks there; then `width` is added for the
 * hyphen glyph, 0 for a break after an existing dash) and forced breaks. */
#ifndef WR_PDF_LINEBREAK_H
#define WR_PDF_LINEBREAK_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    WR_PDF_LB_BOX,
    WR_PDF_LB_GLUE,
    WR_PDF_LB_HYPHEN,
    WR_PDF_LB_FORCE
} wr_pdf_lb_kind;

typedef struct {
    wr_pdf_lb_kind kind;
    double width;
} wr_pdf_lb_item;

typedef struct {
    size_t start, end; /* the line shows items [start, end) */
    double natural;    /* their width (inner hyphen points count 0), plus the hyphen if any */
    size_t glue;       /* glue items in [start, end): where justification adds space */
    bool hyphen;       /* ends at a hyphen point whose glyph (width > 0) is drawn */
    bool last;         /* ends the paragraph or a forced break: never justified */
} wr_pdf_lb_line;

/* Breaks items[0..n) into lines of at most `width`, greedily: each line takes as much as
 * fits and ends at its last space, or at a later hyphen point that fits when ending at
 * that space would leave more than `hyphen_slack` empty (so hyphens appear only where
 * they save a visibly loose line; twice that right after a hyphenated line; 0 = whenever
 * they give a fuller line). A word wider
 * than a whole line is hyphenated if possible, else cut between boxes as a last resort.
 * On success *lines (malloc'd, free() it; NULL when there are no lines) and *count are
 * set and true is returned; false means out of memory. */
bool wr_pdf_linebreak(const wr_pdf_lb_item *items, size_t n, double width, double hyphen_slack,
                      wr_pdf_lb_line **lines, size_t *count);

/* The same for justified text, breaking the whole paragraph at once (total fit): lines
 * may end slightly wider than `width` (natural > width) when their spaces can shrink by
 * up to a third; the drawing then narrows the spaces. Falls back to wr_pdf_linebreak
 * (with hyphen_slack) when no acceptable set of lines exists. Same results and memory
 * rules as wr_pdf_linebreak. */
bool wr_pdf_linebreak_fit(const wr_pdf_lb_item *items, size_t n, double width,
                          double hyphen_slack, wr_pdf_lb_line **lines, size_t *count);

/* Whether a last line of natural width `natural` whose spaces are `glue` wide is one
 * short word: less than WR_PDF_LB_SHORT_LAST of the width, without a space. The
 * breakers avoid such a line where they can (the total-fit one with a penalty, the greedy
 * one by bringing the word before it down). */
#define WR_PDF_LB_SHORT_LAST 0.12
bool wr_pdf_lb_lone_word(double natural, double glue, double width);

#endif
