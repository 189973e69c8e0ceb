/* The logical structure of the PDF (ISO 32000-1, 14.7-14.8; PDF/UA-1): a tree of
 * structure elements built while the report is laid out, in reading order, and the
 * marked content on the pages that ties every piece of text and drawing either to an
 * element (by its MCID) or to an artifact (running headers, page numbers, rules).
 *
 * Layout opens and closes elements around what it draws (wr_pdf_tags_open/close); the
 * drawing code marks its content for the current element (wr_pdf_tags_begin/end) or
 * as an artifact. Sequences nest: inside one that is open on a page (a whole chart as
 * one Figure, a repeated table header as an artifact) further begins on that page add
 * nothing, so low-level drawing can always ask. wr_pdf_tags_finish writes the tree,
 * the parent tree and the page entries into the document.
 *
 * Every function accepts a NULL tagger and then does nothing (text measured outside a
 * report, unit tests). Out of memory is remembered and reported by finish. */
#ifndef WR_PDF_TAGS_H
#define WR_PDF_TAGS_H

#include <hpdf.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct wr_pdf_tags wr_pdf_tags;

/* What a lookup of an element finds when there is none. */
#define WR_PDF_NO_ELEM ((size_t)-1)

typedef enum {
    WR_PDF_ARTIFACT_LAYOUT,   /* rules, boxes, leader dots, underlines */
    WR_PDF_ARTIFACT_HEADER,   /* the running header */
    WR_PDF_ARTIFACT_FOOTER,   /* "pagina X van Y" */
    WR_PDF_ARTIFACT_WATERMARK, /* the draft label */
    WR_PDF_ARTIFACT_REPEAT    /* a table's header repeated on the next page */
} wr_pdf_artifact;

/* NULL when out of memory. The root element is a Document, open. */
wr_pdf_tags *wr_pdf_tags_new(void);
void wr_pdf_tags_free(wr_pdf_tags *t);

/* Opens an element of standard type `type` (a string literal: "P", "H2", "TD" ...) as
 * the last child of the current one; it becomes current. Returns it. */
size_t wr_pdf_tags_open(wr_pdf_tags *t, const char *type);
/* Closes the current element (never the root). */
void wr_pdf_tags_close(wr_pdf_tags *t);
/* Adds an element as the last child of the current one without entering it (a list
 * item's label, drawn later with the first line of the item). */
size_t wr_pdf_tags_add(wr_pdf_tags *t, const char *type);
/* Makes an element that was closed current again, inside the current one's chain (a
 * table's note becomes the table's caption). */
void wr_pdf_tags_enter(wr_pdf_tags *t, size_t elem);

size_t wr_pdf_tags_current(const wr_pdf_tags *t);
/* The element closed last, WR_PDF_NO_ELEM before any. */
size_t wr_pdf_tags_last_closed(const wr_pdf_tags *t);
/* The type of elem, "" for none. */
const char *wr_pdf_tags_type(const wr_pdf_tags *t, size_t elem);
void wr_pdf_tags_retype(wr_pdf_tags *t, size_t elem, const char *type);
/* Whether elem has a child of type `type` (a table that has its Caption already). */
bool wr_pdf_tags_has_child(const wr_pdf_tags *t, size_t elem, const char *type);

/* Alternate text (a Figure's description) and the scope of a header cell ("Column" or
 * "Row"). */
void wr_pdf_tags_set_alt(wr_pdf_tags *t, size_t elem, const char *utf8);
void wr_pdf_tags_set_scope(wr_pdf_tags *t, size_t elem, const char *scope);

/* Starts marked content on page for the current element (or elem); every begin needs
 * its end on the same page. */
void wr_pdf_tags_begin(wr_pdf_tags *t, HPDF_Page page);
void wr_pdf_tags_begin_for(wr_pdf_tags *t, HPDF_Page page, size_t elem);
/* Marked content of elem that is read as utf8 instead of what it shows ("" for
 * nothing): the halves of a word hyphenated at a line end. A sequence of its own with
 * its own MCID, never nested in another (text extraction by structure loses the text
 * after a nested sequence). */
void wr_pdf_tags_begin_actual(wr_pdf_tags *t, HPDF_Page page, size_t elem, const char *utf8);
void wr_pdf_tags_artifact_begin(wr_pdf_tags *t, HPDF_Page page, wr_pdf_artifact kind);
void wr_pdf_tags_end(wr_pdf_tags *t, HPDF_Page page);

/* True when nothing is open on page: the caller's content can be split over elements
 * of its own (a line with a link). */
bool wr_pdf_tags_free_on(const wr_pdf_tags *t, HPDF_Page page);
/* True when page is inside an artifact: content drawn now is not part of the text
 * (a table header repeated on the next page). */
bool wr_pdf_tags_in_artifact(const wr_pdf_tags *t, HPDF_Page page);

/* Puts annotation annot on page into the structure under elem (a Link), with
 * `contents` as its description for assistive technology. */
void wr_pdf_tags_annot(wr_pdf_tags *t, size_t elem, HPDF_Page page, HPDF_Annotation annot,
                       const char *contents);

/* Writes the structure tree into doc: StructTreeRoot with its ParentTree, MarkInfo,
 * StructParents on every page and tab order by structure on pages with annotations.
 * False when out of memory (now or earlier); libharu's own errors go to its handler. */
bool wr_pdf_tags_finish(wr_pdf_tags *t, HPDF_Doc doc);

#endif
