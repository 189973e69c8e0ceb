/* Writing the structure built during layout into the document with libharu's object
 * layer: an indirect dictionary per element that has content, the StructTreeRoot with
 * its ParentTree (one array of elements per page, indexed by MCID, and one element per
 * annotation), and the entries pages, annotations and the catalog need. */
#include <hpdf_doc.h>
#include <hpdf_pages.h>
#include <stdlib.h>
#include <string.h>

#include "render/pdf/pdf_tags_internal.h"
#include "render/pdf/pdf_textstring.h"

/* Elements without content anywhere below them (a list label whose marker was not
 * drawn) are left out, except table cells: an empty cell keeps the rows regular.
 * Children come after their parents, so one pass from the end decides. */
static bool *live_elements(const wr_pdf_tags *t)
{
    bool *live = calloc(t->n ? t->n : 1, sizeof *live);
    if (!live)
        return NULL;
    for (size_t i = t->n; i-- > 0;) {
        const wr_pdf_tag_elem *e = &t->elems[i];
        live[i] = strcmp(e->type, "TD") == 0 || strcmp(e->type, "TH") == 0;
        for (size_t k = 0; k < e->nkids && !live[i]; k++)
            live[i] = e->kids[k].kind != WR_PDF_KID_ELEM || live[e->kids[k].elem];
    }
    if (t->n > 0)
        live[0] = true; /* the Document, even of an empty report */
    return live;
}

static HPDF_Dict ref_dict(HPDF_Doc doc)
{
    HPDF_Dict d = HPDF_Dict_New(doc->mmgr);
    if (d && HPDF_Xref_Add(doc->xref, d) != HPDF_OK)
        return NULL; /* libharu freed it */
    return d;
}

static void *kid_object(HPDF_Doc doc, const wr_pdf_tags *t, const wr_pdf_tag_elem *e,
                        const wr_pdf_tag_kid *k)
{
    switch (k->kind) {
    case WR_PDF_KID_ELEM:
        return t->elems[k->elem].dict;
    case WR_PDF_KID_MCID:
        if (k->page == e->page)
            return HPDF_Number_New(doc->mmgr, (HPDF_INT32)k->mcid);
        HPDF_Dict mcr = HPDF_Dict_New(doc->mmgr);
        if (mcr) {
            HPDF_Dict_AddName(mcr, "Type", "MCR");
            HPDF_Dict_Add(mcr, "Pg", t->pages[k->page].page);
            HPDF_Dict_AddNumber(mcr, "MCID", (HPDF_INT32)k->mcid);
        }
        return mcr;
    default: {
        HPDF_Dict objr = HPDF_Dict_New(doc->mmgr);
        if (objr) {
            HPDF_Dict_AddName(objr, "Type", "OBJR");
            HPDF_Dict_Add(objr, "Pg", t->pages[k->page].page);
            HPDF_Dict_Add(objr, "Obj", k->annot);
        }
        return objr;
    }
    }
}

/* K: the one child itself, or an array of them. */
static bool add_kids(HPDF_Doc doc, const wr_pdf_tags *t, const wr_pdf_tag_elem *e,
                     const bool *live)
{
    size_t count = 0, only = 0;
    for (size_t k = 0; k < e->nkids; k++)
        if (e->kids[k].kind != WR_PDF_KID_ELEM || live[e->kids[k].elem]) {
            count++;
            only = k;
        }
    if (count == 1) {
        void *o = kid_object(doc, t, e, &e->kids[only]);
        return o && HPDF_Dict_Add(e->dict, "K", o) == HPDF_OK;
    }
    HPDF_Array kids = HPDF_Array_New(doc->mmgr);
    if (!kids || HPDF_Dict_Add(e->dict, "K", kids) != HPDF_OK)
        return false;
    for (size_t k = 0; k < e->nkids; k++) {
        if (e->kids[k].kind == WR_PDF_KID_ELEM && !live[e->kids[k].elem])
            continue;
        void *o = kid_object(doc, t, e, &e->kids[k]);
        if (!o || HPDF_Array_Add(kids, o) != HPDF_OK)
            return false;
    }
    return true;
}

/* Pg is needed only where K names marked content by its MCID alone. */
static bool has_own_page_mcid(const wr_pdf_tag_elem *e)
{
    for (size_t k = 0; k < e->nkids; k++)
        if (e->kids[k].kind == WR_PDF_KID_MCID && e->kids[k].page == e->page)
            return true;
    return false;
}

/* The table attributes of header cells, one shared object per scope: a report has
 * hundreds of header cells and only two kinds of them. */
typedef struct {
    HPDF_Dict column, row;
} scope_attrs;

static HPDF_Dict scope_attr(HPDF_Doc doc, HPDF_Dict *slot, const char *scope)
{
    if (!*slot && (*slot = ref_dict(doc)) != NULL) {
        HPDF_Dict_AddName(*slot, "O", "Table");
        HPDF_Dict_AddName(*slot, "Scope", scope);
    }
    return *slot;
}

static bool write_element(HPDF_Doc doc, const wr_pdf_tags *t, size_t i, HPDF_Dict root,
                          const bool *live, scope_attrs *attrs)
{
    const wr_pdf_tag_elem *e = &t->elems[i];
    HPDF_Dict d = e->dict;
    HPDF_Dict_AddName(d, "S", e->type);
    HPDF_Dict_Add(d, "P", e->parent == WR_PDF_NO_ELEM ? root : t->elems[e->parent].dict);
    if (e->page != WR_PDF_NO_PAGE && has_own_page_mcid(e))
        HPDF_Dict_Add(d, "Pg", t->pages[e->page].page);
    if (e->alt) {
        void *alt = wr_pdf_textstring_new(doc->mmgr, e->alt);
        if (!alt || HPDF_Dict_Add(d, "Alt", alt) != HPDF_OK)
            return false;
    }
    if (e->scope) {
        bool row = strcmp(e->scope, "Row") == 0;
        HPDF_Dict a = scope_attr(doc, row ? &attrs->row : &attrs->column, e->scope);
        if (!a || HPDF_Dict_Add(d, "A", a) != HPDF_OK)
            return false;
    }
    return add_kids(doc, t, e, live);
}

/* The ParentTree's Nums: key, value pairs in rising key order; pages first. */
static bool parent_tree(HPDF_Doc doc, const wr_pdf_tags *t, HPDF_Dict root)
{
    HPDF_Dict tree = HPDF_Dict_New(doc->mmgr);
    HPDF_Array nums = HPDF_Array_New(doc->mmgr);
    if (!tree || !nums || HPDF_Dict_Add(root, "ParentTree", tree) != HPDF_OK ||
        HPDF_Dict_Add(tree, "Nums", nums) != HPDF_OK)
        return false;
    HPDF_INT32 key = 0;
    for (size_t i = 0; i < t->npages; i++) {
        const wr_pdf_tag_page *p = &t->pages[i];
        if (p->annots)
            HPDF_Dict_AddName(p->page, "Tabs", "S");
        if (p->n == 0)
            continue;
        HPDF_Array owners = HPDF_Array_New(doc->mmgr);
        HPDF_Array_AddNumber(nums, key);
        if (!owners || HPDF_Array_Add(nums, owners) != HPDF_OK)
            return false;
        for (size_t m = 0; m < p->n; m++)
            if (HPDF_Array_Add(owners, t->elems[p->owners[m]].dict) != HPDF_OK)
                return false;
        HPDF_Dict_AddNumber(p->page, "StructParents", key++);
    }
    for (size_t i = 0; i < t->nannots; i++) {
        HPDF_Dict_AddNumber(t->annots[i].annot, "StructParent", key);
        HPDF_Array_AddNumber(nums, key++);
        HPDF_Array_Add(nums, t->elems[t->annots[i].elem].dict);
    }
    return HPDF_Dict_AddNumber(root, "ParentTreeNextKey", key) == HPDF_OK;
}

bool wr_pdf_tags_finish(wr_pdf_tags *t, HPDF_Doc doc)
{
    if (!t)
        return true;
    if (t->nomem)
        return false;
    bool *live = live_elements(t);
    if (!live)
        return false;
    bool ok = true;
    HPDF_Dict root = ref_dict(doc);
    ok = root && HPDF_Dict_AddName(root, "Type", "StructTreeRoot") == HPDF_OK;
    for (size_t i = 0; i < t->n && ok; i++)
        if (live[i])
            ok = (t->elems[i].dict = ref_dict(doc)) != NULL;
    scope_attrs attrs = {NULL, NULL};
    for (size_t i = 0; i < t->n && ok; i++)
        if (live[i])
            ok = write_element(doc, t, i, root, live, &attrs);
    ok = ok && t->n > 0 && HPDF_Dict_Add(root, "K", t->elems[0].dict) == HPDF_OK &&
         parent_tree(doc, t, root);
    free(live);
    if (!ok)
        return false;
    HPDF_Dict mark = HPDF_Dict_New(doc->mmgr);
    if (!mark || HPDF_Dict_Add(doc->catalog, "MarkInfo", mark) != HPDF_OK)
        return false;
    HPDF_Dict_AddBoolean(mark, "Marked", HPDF_TRUE);
    return HPDF_Dict_Add(doc->catalog, "StructTreeRoot", root) == HPDF_OK;
}
