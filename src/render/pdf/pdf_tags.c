#include "render/pdf/pdf_tags.h"

#include <hpdf_pages.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "render/pdf/pdf_tags_internal.h"
#include "render/pdf/pdf_textstring.h"

/* Grows *v (of *cap items of size `size`) to hold one more than n; false when out of
 * memory. */
static bool grow(void **v, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return true;
    size_t c = *cap ? *cap * 2 : 8;
    void *nv = realloc(*v, c * size);
    if (!nv)
        return false;
    *v = nv;
    *cap = c;
    return true;
}

static bool add_kid(wr_pdf_tags *t, size_t elem, wr_pdf_tag_kid kid)
{
    wr_pdf_tag_elem *e = &t->elems[elem];
    if (!grow((void **)&e->kids, &e->cap, e->nkids, sizeof *e->kids)) {
        t->nomem = true;
        return false;
    }
    e->kids[e->nkids++] = kid;
    return true;
}

static size_t new_elem(wr_pdf_tags *t, const char *type, size_t parent)
{
    if (!grow((void **)&t->elems, &t->cap, t->n, sizeof *t->elems)) {
        t->nomem = true;
        return WR_PDF_NO_ELEM;
    }
    size_t i = t->n++;
    t->elems[i] = (wr_pdf_tag_elem){type, parent, NULL, 0, 0, NULL, NULL, WR_PDF_NO_PAGE, NULL};
    if (parent != WR_PDF_NO_ELEM &&
        !add_kid(t, parent, (wr_pdf_tag_kid){WR_PDF_KID_ELEM, 0, 0, i, NULL}))
        return WR_PDF_NO_ELEM;
    return i;
}

static bool push(wr_pdf_tags *t, size_t elem)
{
    if (!grow((void **)&t->stack, &t->cap_stack, t->depth, sizeof *t->stack)) {
        t->nomem = true;
        return false;
    }
    t->stack[t->depth++] = elem;
    return true;
}

wr_pdf_tags *wr_pdf_tags_new(void)
{
    wr_pdf_tags *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->last_closed = WR_PDF_NO_ELEM;
    size_t root = new_elem(t, "Document", WR_PDF_NO_ELEM);
    if (root == WR_PDF_NO_ELEM || !push(t, root)) {
        wr_pdf_tags_free(t);
        return NULL;
    }
    return t;
}

void wr_pdf_tags_free(wr_pdf_tags *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n; i++) {
        free(t->elems[i].kids);
        free(t->elems[i].alt);
    }
    for (size_t i = 0; i < t->npages; i++)
        free(t->pages[i].owners);
    free(t->elems);
    free(t->stack);
    free(t->pages);
    free(t->annots);
    free(t);
}

size_t wr_pdf_tags_current(const wr_pdf_tags *t)
{
    return t && t->depth > 0 ? t->stack[t->depth - 1] : WR_PDF_NO_ELEM;
}

size_t wr_pdf_tags_add(wr_pdf_tags *t, const char *type)
{
    if (!t || t->depth == 0)
        return WR_PDF_NO_ELEM;
    return new_elem(t, type, wr_pdf_tags_current(t));
}

size_t wr_pdf_tags_open(wr_pdf_tags *t, const char *type)
{
    size_t e = wr_pdf_tags_add(t, type);
    if (e != WR_PDF_NO_ELEM)
        push(t, e);
    return e;
}

void wr_pdf_tags_close(wr_pdf_tags *t)
{
    if (t && t->depth > 1)
        t->last_closed = t->stack[--t->depth];
}

void wr_pdf_tags_enter(wr_pdf_tags *t, size_t elem)
{
    if (t && elem < t->n)
        push(t, elem);
}

size_t wr_pdf_tags_last_closed(const wr_pdf_tags *t)
{
    return t ? t->last_closed : WR_PDF_NO_ELEM;
}

const char *wr_pdf_tags_type(const wr_pdf_tags *t, size_t elem)
{
    return t && elem < t->n ? t->elems[elem].type : "";
}

void wr_pdf_tags_retype(wr_pdf_tags *t, size_t elem, const char *type)
{
    if (t && elem < t->n)
        t->elems[elem].type = type;
}

bool wr_pdf_tags_has_child(const wr_pdf_tags *t, size_t elem, const char *type)
{
    /* Elements are recorded in the order they open: children after their parent. */
    for (size_t i = elem + 1; t && i < t->n; i++)
        if (t->elems[i].parent == elem && strcmp(t->elems[i].type, type) == 0)
            return true;
    return false;
}

void wr_pdf_tags_set_alt(wr_pdf_tags *t, size_t elem, const char *utf8)
{
    if (!t || elem >= t->n)
        return;
    free(t->elems[elem].alt);
    t->elems[elem].alt = wr_strdup(utf8);
    if (!t->elems[elem].alt)
        t->nomem = true;
}

void wr_pdf_tags_set_scope(wr_pdf_tags *t, size_t elem, const char *scope)
{
    if (t && elem < t->n)
        t->elems[elem].scope = scope;
}

wr_pdf_tag_page *wr_pdf_tags_page(wr_pdf_tags *t, HPDF_Page page)
{
    /* Most calls are for the last page; footers and contents go back to earlier ones. */
    for (size_t i = t->npages; i-- > 0;)
        if (t->pages[i].page == page)
            return &t->pages[i];
    if (!grow((void **)&t->pages, &t->cap_pages, t->npages, sizeof *t->pages)) {
        t->nomem = true;
        return NULL;
    }
    wr_pdf_tag_page *p = &t->pages[t->npages++];
    *p = (wr_pdf_tag_page){page, NULL, 0, 0, 0, false, false};
    return p;
}

static const wr_pdf_tag_page *find_page(const wr_pdf_tags *t, HPDF_Page page)
{
    for (size_t i = t->npages; i-- > 0;)
        if (t->pages[i].page == page)
            return &t->pages[i];
    return NULL;
}

static HPDF_Stream stream_of(HPDF_Page page)
{
    return ((HPDF_PageAttr)page->attr)->stream;
}

static void begin_marked(wr_pdf_tags *t, HPDF_Page page, size_t elem, const char *actual);

void wr_pdf_tags_begin_for(wr_pdf_tags *t, HPDF_Page page, size_t elem)
{
    begin_marked(t, page, elem, NULL);
}

void wr_pdf_tags_begin_actual(wr_pdf_tags *t, HPDF_Page page, size_t elem, const char *utf8)
{
    begin_marked(t, page, elem, utf8 ? utf8 : "");
}

/* A sequence of elem with its MCID; with `actual`, a Span read as that text. */
static void begin_marked(wr_pdf_tags *t, HPDF_Page page, size_t elem, const char *actual)
{
    if (!t || !page)
        return;
    wr_pdf_tag_page *p = wr_pdf_tags_page(t, page);
    if (!p)
        return;
    if (p->depth++ > 0 || elem >= t->n)
        return;
    if (!grow((void **)&p->owners, &p->cap, p->n, sizeof *p->owners)) {
        t->nomem = true;
        return;
    }
    uint32_t mcid = (uint32_t)p->n;
    p->owners[p->n++] = elem;
    p->artifact = false;
    size_t pi = (size_t)(p - t->pages);
    wr_pdf_tag_elem *e = &t->elems[elem];
    if (e->page == WR_PDF_NO_PAGE)
        e->page = pi;
    add_kid(t, elem, (wr_pdf_tag_kid){WR_PDF_KID_MCID, mcid, pi, 0, NULL});
    char op[96];
    HPDF_Stream s = stream_of(page);
    if (!actual) {
        snprintf(op, sizeof op, "/%s <</MCID %u>> BDC\012", e->type, (unsigned)mcid);
        HPDF_Stream_WriteStr(s, op);
        return;
    }
    snprintf(op, sizeof op, "/Span <</MCID %u /ActualText ", (unsigned)mcid);
    HPDF_Stream_WriteStr(s, op);
    wr_pdf_textstring_write(s, actual);
    HPDF_Stream_WriteStr(s, ">> BDC\012");
}

void wr_pdf_tags_begin(wr_pdf_tags *t, HPDF_Page page)
{
    wr_pdf_tags_begin_for(t, page, wr_pdf_tags_current(t));
}

void wr_pdf_tags_artifact_begin(wr_pdf_tags *t, HPDF_Page page, wr_pdf_artifact kind)
{
    if (!t || !page)
        return;
    wr_pdf_tag_page *p = wr_pdf_tags_page(t, page);
    if (!p || p->depth++ > 0)
        return;
    p->artifact = true;
    static const char *const ops[] = {
        [WR_PDF_ARTIFACT_LAYOUT] = "/Artifact BMC\012",
        [WR_PDF_ARTIFACT_HEADER] = "/Artifact <</Type /Pagination /Subtype /Header>> BDC\012",
        [WR_PDF_ARTIFACT_FOOTER] = "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\012",
        [WR_PDF_ARTIFACT_WATERMARK] = "/Artifact <</Type /Pagination /Subtype /Watermark>> BDC\012",
        [WR_PDF_ARTIFACT_REPEAT] = "/Artifact <</Type /Pagination>> BDC\012",
    };
    HPDF_Stream_WriteStr(stream_of(page), ops[kind]);
}

void wr_pdf_tags_end(wr_pdf_tags *t, HPDF_Page page)
{
    if (!t || !page)
        return;
    wr_pdf_tag_page *p = wr_pdf_tags_page(t, page);
    if (!p || p->depth == 0)
        return;
    if (--p->depth == 0) {
        p->artifact = false;
        HPDF_Stream_WriteStr(stream_of(page), "EMC\012");
    }
}

bool wr_pdf_tags_free_on(const wr_pdf_tags *t, HPDF_Page page)
{
    const wr_pdf_tag_page *p = t ? find_page(t, page) : NULL;
    return t && (!p || p->depth == 0);
}

bool wr_pdf_tags_in_artifact(const wr_pdf_tags *t, HPDF_Page page)
{
    const wr_pdf_tag_page *p = t ? find_page(t, page) : NULL;
    return p && p->depth > 0 && p->artifact;
}

void wr_pdf_tags_annot(wr_pdf_tags *t, size_t elem, HPDF_Page page, HPDF_Annotation annot,
                       const char *contents)
{
    if (!t || !annot || elem >= t->n)
        return;
    wr_pdf_tag_page *p = wr_pdf_tags_page(t, page);
    if (!p || !grow((void **)&t->annots, &t->cap_annots, t->nannots, sizeof *t->annots)) {
        t->nomem = true;
        return;
    }
    p->annots = true;
    t->annots[t->nannots++] = (wr_pdf_tag_annot){annot, elem};
    add_kid(t, elem, (wr_pdf_tag_kid){WR_PDF_KID_OBJR, 0, (size_t)(p - t->pages), 0, annot});
    if (contents && *contents) {
        void *s = wr_pdf_textstring_new(annot->mmgr, contents);
        if (s)
            HPDF_Dict_Add(annot, "Contents", s);
    }
}
