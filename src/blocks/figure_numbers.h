/* The numbers of the tables and figures of a report, the same in the PDF and the HTML:
 * "Tabel 2.3" is the third table of chapter 2, "Figuur 4.1" the first chart of chapter 4.
 * A chapter is a heading of the document's highest level; its number is the one its title
 * starts with ("2 Bereikt: ..."), "B" for an appendix ("Bijlage: ..."). Tables and charts
 * under a chapter without a number are numbered on through the document ("Tabel 1").
 * Charts are the template's "grafiek" blocks (blocks/block_kind.h); tables are every
 * Markdown table.
 *
 * A table also gets the words of its caption: the heading it stands under, and when that
 * heading has more than one table, what the table's first column holds ("Klachten: aard
 * van de klacht"). */
#ifndef WR_FIGURE_NUMBERS_H
#define WR_FIGURE_NUMBERS_H

#include <cmark-gfm.h>
#include <stdbool.h>
#include <stddef.h>

#include "fill/source_map.h"

typedef enum { WR_NUMBERED_TABLE, WR_NUMBERED_FIGURE } wr_numbered_kind;

typedef struct {
    cmark_node *node;
    wr_numbered_kind kind;
    char label[40];  /* "Tabel 2.3", "Figuur 4.1" */
    char anchor[40]; /* "tabel-2-3": an id the HTML gives it, for "[tabel 2.3](#tabel-2-3)" */
    char *caption;   /* tables: what it shows, "Klachten: aard van de klacht"; never NULL */
    bool caption_adds; /* the caption says more than the heading right above the table */
} wr_numbered;

typedef struct {
    wr_numbered *v;
    size_t n;
} wr_numbering;

/* Numbers the tables and charts of doc. False when out of memory (*out is then empty). */
bool wr_numbering_make(cmark_node *doc, const wr_source_map *sources, wr_numbering *out);

/* The entry of a table node or chart block; NULL for any other node. */
const wr_numbered *wr_numbering_find(const wr_numbering *numbering, cmark_node *node);

/* Accepts NULL and an empty numbering. */
void wr_numbering_clear(wr_numbering *numbering);

/* The chapter label a heading title gives: "2" for "2 Bereikt: ...", "B" for "Bijlage:
 * ..." ("C" for "Bijlage C ..."); "" when it has none. */
void wr_chapter_label(const char *title, char *buf, size_t size);

#endif
