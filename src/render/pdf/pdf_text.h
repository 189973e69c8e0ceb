/* A paragraph of styled runs laid out into lines: measuring, hyphenating, breaking
 * (via pdf_linebreak) and drawing one line at a time, so block layout can decide page
 * breaks per line before anything is drawn. */
#ifndef WR_PDF_TEXT_H
#define WR_PDF_TEXT_H

#include <hpdf.h>
#include <stdbool.h>
#include <stddef.h>

#include "render/pdf/pdf_fonts.h"
#include "render/pdf/pdf_hyphen.h"
#include "render/pdf/pdf_inline.h"
#include "render/pdf/pdf_style.h"
#include "render/pdf/pdf_tags.h"

typedef enum {
    WR_PDF_ALIGN_LEFT,
    WR_PDF_ALIGN_RIGHT,
    WR_PDF_ALIGN_CENTER,
    WR_PDF_ALIGN_JUSTIFY /* last line (and lines before a forced break) stay ragged */
} wr_pdf_align;

typedef struct {
    wr_pdf_face face; /* plain text; strong/emph/code are derived from it */
    double size, leading;
    wr_pdf_rgb color;
    wr_pdf_align align;
    bool hyphenate;
} wr_pdf_textstyle;

typedef struct wr_pdf_text wr_pdf_text;

/* Lays out runs (borrowed; keep them and fonts alive while the text lives) to `width`.
 * hyph may be NULL (no hyphenation). NULL when out of memory. */
wr_pdf_text *wr_pdf_text_layout(const wr_pdf_fonts *fonts, const wr_pdf_hyphenator *hyph,
                                const wr_pdf_runs *runs, const wr_pdf_textstyle *style,
                                double width);

/* Marks what the text draws in the structure of tags (pdf_tags.h): each line as content
 * of the element current when it is drawn, each link as a Link element with its
 * annotation, a word hyphenated at a line end as the whole word. */
void wr_pdf_text_set_tags(wr_pdf_text *t, wr_pdf_tags *tags);

/* Breaks the same text again for another width; false when out of memory. */
bool wr_pdf_text_reflow(wr_pdf_text *t, double width);

/* Ragged text: from the next reflow on, a word is divided only where the line would
 * otherwise stay emptier than `share` of its width (table cells: half, so a narrow column
 * breaks between words); 0, the default: WR_PDF_HYPHEN_SLACK_EM ems. */
void wr_pdf_text_set_hyphen_share(wr_pdf_text *t, double share);

/* Accepts NULL. */
void wr_pdf_text_free(wr_pdf_text *t);

size_t wr_pdf_text_line_count(const wr_pdf_text *t);
const wr_pdf_textstyle *wr_pdf_text_style(const wr_pdf_text *t);

/* Natural width of the widest line (unwrapped width after layout to a huge width). */
double wr_pdf_text_widest(const wr_pdf_text *t);

/* Whether line i ends in a hyphen it shows. */
bool wr_pdf_text_line_hyphen(const wr_pdf_text *t, size_t i);

/* For line i ending in a hyphen: the letters of the word before the hyphen and those
 * that continue it on the next line, UTF-8, cut to fit size bytes. False for a line
 * without a hyphen. */
bool wr_pdf_text_hyphen_parts(const wr_pdf_text *t, size_t i, char *before, char *after, size_t size);

/* How many words line i shows (its spaces plus one; 0 for an empty line). */
size_t wr_pdf_text_line_words(const wr_pdf_text *t, size_t i);

/* Natural width of line i (what a left-aligned line occupies). */
double wr_pdf_text_line_width(const wr_pdf_text *t, size_t i);

/* Width of the longest stretch between spaces: below this a word must be broken. */
double wr_pdf_text_longest_word(const wr_pdf_text *t);

/* Distance from the top of a line box to the baseline, for Open Sans. */
double wr_pdf_baseline_offset(double size, double leading);

/* Draws line `line` with its left edge at x and its baseline at `baseline`. */
void wr_pdf_text_draw_line(const wr_pdf_text *t, size_t line, HPDF_Page page, double x,
                           double baseline);

#endif
