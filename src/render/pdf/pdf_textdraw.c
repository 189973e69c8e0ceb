/* Drawing one laid-out line: words grouped into pieces of one face and style, placed at
 * measured x positions; justification widens the inter-word gaps and positions every
 * word itself (PDF word spacing does not apply to two-byte CID text).
 *
 * With a tagger (pdf_tags.h) the line is marked content of the element current when it
 * is drawn; the words of a link are content of a Link element of their own, which also
 * holds the link annotation; a word hyphenated at the line end reads as the whole word
 * (its second half as nothing), and underlines are artifacts. */
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "render/pdf/pdf_draw.h"
#include "render/pdf/pdf_measure.h"
#include "render/pdf/pdf_text_internal.h"
#include "render/pdf/pdf_utf8.h"

/* Links and struck-through pieces per line that get decorations; more are left plain. */
#define MAX_DECO 32
/* The longest description a link annotation gets. */
#define MAX_LINK_TEXT 400

typedef struct {
    double x0, x1;
    double next; /* where the piece ended, spaces included: a following piece joins here */
    unsigned flags;
    const char *url;
    size_t run;  /* the run the piece starts in */
} deco;

/* The font an item is drawn with: its face, or FALLBACK_FONT for a character only the
 * fallback font has (pdf_fonts.h). Spaces go with the piece they are in. */
#define FALLBACK_FONT WR_PDF_FACE_COUNT

typedef struct {
    HPDF_Page page;
    const wr_pdf_text *t;
    int face;        /* face (or FALLBACK_FONT) currently set, -1 before any */
    wr_pdf_rgb color;
    bool have_color;
    bool tagged;     /* the line's content is split over elements here */
    size_t owner;    /* element whose marked content is open, WR_PDF_NO_ELEM for none */
} pen;

static void set_face(pen *p, int face)
{
    if (p->face == face)
        return;
    HPDF_Font font = face == FALLBACK_FONT ? wr_pdf_fonts_fallback(p->t->fonts)
                                           : wr_pdf_fonts_get(p->t->fonts, (wr_pdf_face)face);
    HPDF_Page_SetFontAndSize(p->page, font, (HPDF_REAL)p->t->style.size);
    p->face = face;
}

static int font_of(const wr_pdf_text *t, size_t i)
{
    const wr_pdf_item_src *s = &t->src[i];
    return t->items[i].kind == WR_PDF_LB_BOX && s->fallback ? FALLBACK_FONT : s->face;
}

static void set_color(pen *p, wr_pdf_rgb c)
{
    if (p->have_color && p->color.r == c.r && p->color.g == c.g && p->color.b == c.b)
        return;
    HPDF_Page_SetRGBFill(p->page, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b);
    p->color = c;
    p->have_color = true;
}

static bool is_link(const wr_pdf_run *r)
{
    return (r->flags & WR_PDF_RUN_LINK) && r->url;
}

/* The first run of the link run r is in: the runs of one link share its URL. */
static size_t link_start(const wr_pdf_text *t, size_t r)
{
    const wr_pdf_run *v = t->runs->v;
    while (r > 0 && is_link(&v[r - 1]) && v[r - 1].url == v[r].url)
        r--;
    return r;
}

/* What assistive technology says for the link starting at run r: its words. */
static char *link_text(const wr_pdf_text *t, size_t r)
{
    const wr_pdf_run *v = t->runs->v;
    wr_strbuf b = {0};
    for (size_t k = r; k < t->runs->n && is_link(&v[k]) && v[k].url == v[r].url; k++)
        if (b.len < MAX_LINK_TEXT)
            wr_strbuf_append(&b, v[k].text, v[k].len);
    if (b.len == 0)
        wr_strbuf_puts(&b, v[r].url);
    return wr_strbuf_take(&b);
}

/* The element that run r's words belong to: the current one, or its link's Link
 * element, made the first time the link is drawn. */
static size_t owner_of(pen *p, size_t r)
{
    wr_pdf_text *t = (wr_pdf_text *)p->t; /* the link elements are drawing state */
    if (!is_link(&t->runs->v[r]))
        return wr_pdf_tags_current(t->tags);
    if (!t->links) {
        t->links = malloc((t->runs->n ? t->runs->n : 1) * sizeof *t->links);
        if (!t->links)
            return wr_pdf_tags_current(t->tags);
        for (size_t k = 0; k < t->runs->n; k++)
            t->links[k] = WR_PDF_NO_ELEM;
    }
    size_t first = link_start(t, r);
    if (t->links[first] == WR_PDF_NO_ELEM)
        t->links[first] = wr_pdf_tags_add(t->tags, "Link");
    return t->links[first] != WR_PDF_NO_ELEM ? t->links[first] : wr_pdf_tags_current(t->tags);
}

/* Opens the owner's sequence for what follows until actual_end as one of its own, read
 * as `text`. */
static void actual_begin(pen *p, size_t owner, const char *text)
{
    if (!p->tagged)
        return;
    if (p->owner != WR_PDF_NO_ELEM)
        wr_pdf_tags_end(p->t->tags, p->page);
    p->owner = owner;
    if (owner != WR_PDF_NO_ELEM)
        wr_pdf_tags_begin_actual(p->t->tags, p->page, owner, text);
}

/* Ends it; the next piece opens the owner's plain sequence again. */
static void actual_end(pen *p)
{
    if (p->owner == WR_PDF_NO_ELEM)
        return;
    wr_pdf_tags_end(p->t->tags, p->page);
    p->owner = WR_PDF_NO_ELEM;
}

/* Closes the open marked content and opens the owner's. */
static void switch_owner(pen *p, size_t owner)
{
    if (!p->tagged || p->owner == owner)
        return;
    if (p->owner != WR_PDF_NO_ELEM)
        wr_pdf_tags_end(p->t->tags, p->page);
    p->owner = owner;
    if (owner != WR_PDF_NO_ELEM)
        wr_pdf_tags_begin_for(p->t->tags, p->page, owner);
}

static bool word_item(const wr_pdf_text *t, size_t i)
{
    return t->items[i].kind == WR_PDF_LB_BOX || t->items[i].kind == WR_PDF_LB_HYPHEN;
}

/* Whether items a and b belong to the same element: the same link, or no link. */
static bool same_owner(const wr_pdf_text *t, size_t a, size_t b)
{
    const wr_pdf_run *ra = &t->runs->v[t->src[a].run], *rb = &t->runs->v[t->src[b].run];
    return is_link(ra) == is_link(rb) && (!is_link(ra) || ra->url == rb->url);
}

/* The word that line `line` hyphenates at its end: items [*from, end of the line) and,
 * on the next line, [start of it, *to). False when there is none, or when the word
 * cannot be read as one (it spans three lines, or parts of it belong to different
 * elements). When word is given, the whole word is written to it (malloc'd). */
static bool split_word(const wr_pdf_text *t, size_t line, size_t *from, size_t *to, char **word)
{
    if (line + 1 >= t->nlines || !t->lines[line].hyphen)
        return false;
    const wr_pdf_lb_line *ln = &t->lines[line], *nl = &t->lines[line + 1];
    size_t a = ln->end, b = nl->start;
    while (a > ln->start && word_item(t, a - 1))
        a--;
    while (b < nl->end && word_item(t, b))
        b++;
    if (a == ln->end || b == nl->start || (a == ln->start && line > 0 && t->lines[line - 1].hyphen) ||
        (b == nl->end && nl->hyphen))
        return false;
    for (size_t i = a; i < ln->end; i++)
        if (!same_owner(t, a, i))
            return false;
    for (size_t i = nl->start; i < b; i++)
        if (!same_owner(t, a, i))
            return false;
    *from = a;
    *to = b;
    if (!word)
        return true;
    char *w = malloc(4 * ((ln->end - a) + (b - nl->start)) + 1);
    if (!w)
        return false;
    size_t n = 0;
    for (size_t pass = 0; pass < 2; pass++) {
        size_t i0 = pass ? nl->start : a, i1 = pass ? b : ln->end;
        for (size_t i = i0; i < i1; i++)
            if (t->items[i].kind == WR_PDF_LB_BOX)
                n += wr_pdf_utf8_encode(t->src[i].cp, w + n);
    }
    w[n] = '\0';
    *word = w;
    return true;
}

static void draw_decorations(const pen *p, const deco *d, size_t n, double baseline)
{
    const wr_pdf_text *t = p->t;
    const wr_pdf_textstyle *st = &t->style;
    HPDF_Page page = p->page;
    bool artifact = wr_pdf_tags_in_artifact(t->tags, page);
    if (n > 0 && p->tagged)
        wr_pdf_tags_artifact_begin(t->tags, page, WR_PDF_ARTIFACT_LAYOUT);
    for (size_t i = 0; i < n; i++) {
        bool link = d[i].flags & WR_PDF_RUN_LINK;
        wr_pdf_rgb c = link ? WR_PDF_COLOR_LINK : st->color;
        /* Underlined as well as coloured, so links survive greyscale printing. */
        double y = link ? baseline - 0.12 * st->size : baseline + 0.28 * st->size;
        HPDF_Page_SetLineWidth(page, (HPDF_REAL)(0.05 * st->size));
        HPDF_Page_SetRGBStroke(page, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b);
        HPDF_Page_MoveTo(page, (HPDF_REAL)d[i].x0, (HPDF_REAL)y);
        HPDF_Page_LineTo(page, (HPDF_REAL)d[i].x1, (HPDF_REAL)y);
        HPDF_Page_Stroke(page);
    }
    if (n > 0 && p->tagged)
        wr_pdf_tags_end(t->tags, page);
    /* A header repeated on a later page is an artifact: its link is on the first. */
    for (size_t i = 0; i < n && !artifact; i++) {
        if (!(d[i].flags & WR_PDF_RUN_LINK) || !d[i].url)
            continue;
        HPDF_Rect r = {(HPDF_REAL)d[i].x0, (HPDF_REAL)(baseline - 0.3 * st->size),
                       (HPDF_REAL)d[i].x1, (HPDF_REAL)(baseline + 0.95 * st->size)};
        HPDF_Annotation a = HPDF_Page_CreateURILinkAnnot(page, r, d[i].url);
        if (!a)
            continue;
        HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
        wr_pdf_annot_printable(a);
        if (t->tags) {
            size_t first = link_start(t, d[i].run);
            size_t elem = t->links && t->links[first] != WR_PDF_NO_ELEM ? t->links[first]
                                                                         : wr_pdf_tags_current(t->tags);
            char *text = link_text(t, first);
            wr_pdf_tags_annot(t->tags, elem, page, a, text ? text : d[i].url);
            free(text);
        }
    }
}

void wr_pdf_text_draw_line(const wr_pdf_text *t, size_t line, HPDF_Page page, double x,
                           double baseline)
{
    const wr_pdf_lb_line *ln = &t->lines[line];
    const wr_pdf_textstyle *st = &t->style;
    double slack = t->width - ln->natural, extra = 0;

    /* Justified lines widen their spaces, or narrow them when the line breaker let the
     * line run a little over (slack < 0); the last line keeps its natural spaces. */
    if (st->align == WR_PDF_ALIGN_JUSTIFY && !ln->last && ln->glue > 0)
        extra = slack / (double)ln->glue;
    else if (st->align == WR_PDF_ALIGN_RIGHT && slack > 0)
        x += slack;
    else if (st->align == WR_PDF_ALIGN_CENTER && slack > 0)
        x += slack / 2.0;

    pen p = {page, t, -1, {0, 0, 0}, false, wr_pdf_tags_free_on(t->tags, page), WR_PDF_NO_ELEM};
    deco decos[MAX_DECO];
    size_t ndeco = 0;

    /* The halves of hyphenated words: [hy_from, end) here, [start, cont_to) here. */
    size_t hy_from = SIZE_MAX, cont_to = SIZE_MAX, unused;
    char *word = NULL;
    if (p.tagged && !split_word(t, line, &hy_from, &unused, &word))
        hy_from = SIZE_MAX;
    if (p.tagged && !(line > 0 && split_word(t, line - 1, &unused, &cont_to, NULL)))
        cont_to = SIZE_MAX;
    bool hy_open = false, cont_open = false;

    HPDF_Page_BeginText(page);
    size_t i = ln->start;
    while (i < ln->end) {
        if (t->items[i].kind != WR_PDF_LB_BOX && t->items[i].kind != WR_PDF_LB_GLUE) {
            i++; /* hyphen points not taken, forced breaks */
            continue;
        }
        size_t start = i, first_run = t->src[i].run;
        const wr_pdf_run *run = &t->runs->v[first_run];
        uint8_t face = t->src[i].face;
        int font = font_of(t, i);
        size_t len = 0;
        double w = 0, trail = 0;
        while (i < ln->end) {
            wr_pdf_lb_kind k = t->items[i].kind;
            if (i > start && (i == hy_from || i == cont_to))
                break; /* a hyphenated word's half is a piece of its own */
            if (k == WR_PDF_LB_HYPHEN) {
                i++;
                continue;
            }
            const wr_pdf_run *r = &t->runs->v[t->src[i].run];
            /* A space is measured in the face: it never goes into a fallback piece. */
            if (k == WR_PDF_LB_FORCE || t->src[i].face != face || r->flags != run->flags ||
                r->url != run->url || font_of(t, i) != font)
                break;
            if (k == WR_PDF_LB_GLUE) {
                t->scratch[len++] = ' ';
                trail = t->items[i].width + extra;
                w += trail;
                i++;
                if (extra != 0)
                    break; /* the next word gets its own, adjusted position */
                continue;
            }
            len += wr_pdf_utf8_encode(wr_pdf_drawable(t->src[i].cp), t->scratch + len);
            w += t->items[i].width;
            trail = 0;
            i++;
        }
        t->scratch[len] = '\0';
        size_t owner = p.tagged ? owner_of(&p, first_run) : WR_PDF_NO_ELEM;
        if (start == ln->start && cont_to != SIZE_MAX) {
            actual_begin(&p, owner, ""); /* read with the line before */
            cont_open = true;
        } else if (start == hy_from && word) {
            actual_begin(&p, owner, word);
            hy_open = true;
        } else {
            switch_owner(&p, owner);
        }
        set_face(&p, font);
        set_color(&p, (run->flags & WR_PDF_RUN_LINK) ? WR_PDF_COLOR_LINK : st->color);
        HPDF_Page_TextOut(page, (HPDF_REAL)x, (HPDF_REAL)baseline, t->scratch);
        if (cont_open && i >= cont_to) {
            actual_end(&p);
            cont_open = false;
        }
        if ((run->flags & (WR_PDF_RUN_LINK | WR_PDF_RUN_STRIKE)) && w > trail) {
            deco *last = ndeco > 0 ? &decos[ndeco - 1] : NULL;
            /* One underline (and one link area) across the words of one link. */
            if (last && last->flags == run->flags && last->url == run->url && last->next == x) {
                last->x1 = x + w - trail;
                last->next = x + w;
            } else if (ndeco < MAX_DECO) {
                decos[ndeco++] = (deco){x, x + w - trail, x + w, run->flags, run->url, first_run};
            }
        }
        x += w;
    }
    if (cont_open)
        actual_end(&p);
    if (ln->hyphen) {
        /* The break item sits at ln->end; its face is the one of the letter before. */
        set_face(&p, t->src[ln->end].face);
        set_color(&p, st->color);
        HPDF_Page_TextOut(page, (HPDF_REAL)x, (HPDF_REAL)baseline, "-");
    }
    if (hy_open)
        actual_end(&p);
    free(word);
    switch_owner(&p, WR_PDF_NO_ELEM);
    HPDF_Page_EndText(page);
    draw_decorations(&p, decos, ndeco, baseline);
}
