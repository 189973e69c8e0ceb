/* The text that stands for a chart or a row of key-figure tiles where it cannot be seen:
 * the PDF's alternate text of the figure, built from the same model the drawing and the
 * HTML twin come from, so a screen reader hears the title, the one-sentence text
 * equivalent and every figure the HTML shows in its table. */
#ifndef WR_TEXT_EQUIVALENT_H
#define WR_TEXT_EQUIVALENT_H

#include <stddef.h>

#include "blocks/chart.h"
#include "blocks/keyfig.h"

/* "Title (unit). Sentence. Cijfers: row: value; row: series value, series value.
 * Target." (malloc'd; NULL when out of memory). */
char *wr_chart_text_equivalent(const wr_chart *c);

/* "Label: value, change; Label: value." for tiles [from, to) (malloc'd; NULL when out
 * of memory). */
char *wr_keyfigs_text_equivalent(const wr_keyfigs *k, size_t from, size_t to);

#endif
