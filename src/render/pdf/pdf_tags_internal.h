/* The record of the structure being built, shared by pdf_tags.c (building it during
 * layout) and pdf_tags_write.c (writing it into the document). */
#ifndef WR_PDF_TAGS_INTERNAL_H
#define WR_PDF_TAGS_INTERNAL_H

#include <hpdf.h>
#include <stdint.h>

#include "render/pdf/pdf_tags.h"

#define WR_PDF_NO_PAGE ((size_t)-1)

typedef enum { WR_PDF_KID_ELEM, WR_PDF_KID_MCID, WR_PDF_KID_OBJR } wr_pdf_kid_kind;

/* A child of an element: an element, a marked-content sequence (page, mcid) or an
 * annotation (page, annot). */
typedef struct {
    wr_pdf_kid_kind kind;
    uint32_t mcid;
    size_t page;  /* index into pages */
    size_t elem;
    HPDF_Annotation annot;
} wr_pdf_tag_kid;

typedef struct {
    const char *type;
    size_t parent;       /* WR_PDF_NO_ELEM for the root */
    wr_pdf_tag_kid *kids;
    size_t nkids, cap;
    char *alt;           /* NULL: none */
    const char *scope;   /* a header cell's "Column" or "Row"; NULL otherwise */
    size_t page;         /* the page of its first content, WR_PDF_NO_PAGE before any */
    HPDF_Dict dict;      /* while writing */
} wr_pdf_tag_elem;

typedef struct {
    HPDF_Page page;
    size_t *owners;      /* the element of each MCID on this page */
    size_t n, cap;
    int depth;           /* sequences open (only the outermost is written) */
    bool artifact;       /* the outermost open sequence is an artifact */
    bool annots;         /* the page has annotations in the structure */
} wr_pdf_tag_page;

typedef struct {
    HPDF_Annotation annot;
    size_t elem;
} wr_pdf_tag_annot;

struct wr_pdf_tags {
    wr_pdf_tag_elem *elems;
    size_t n, cap;
    size_t *stack;        /* open elements, the root first */
    size_t depth, cap_stack;
    size_t last_closed;
    wr_pdf_tag_page *pages;
    size_t npages, cap_pages;
    wr_pdf_tag_annot *annots;
    size_t nannots, cap_annots;
    bool nomem;
};

/* The record of page, added when new; NULL when out of memory. */
wr_pdf_tag_page *wr_pdf_tags_page(wr_pdf_tags *t, HPDF_Page page);

#endif
