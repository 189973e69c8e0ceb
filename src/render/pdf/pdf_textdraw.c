/* Drawing one laid-out line: words grouped into pieces of one face and style, placed at
 * measured x positions; justification widens the inter-word gaps and positions every
 * word itself (PDF word spacing does not apply to two-byte CID text). */
#include <string.h>

#include "render/pdf/pdf_draw.h"
#include "render/pdf/pdf_measure.h"
#include "render/pdf/pdf_text_internal.h"
#include "render/pdf/pdf_utf8.h"

/* Links and struck-through pieces per line that get decorations; more are left plain. */
#define MAX_DECO 32

typedef struct {
    double x0, x1;
    double next; /* where the piece ended, spaces included: a following piece joins here */
    unsigned flags;
    const char *url;
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

static void draw_decorations(HPDF_Page page, const wr_pdf_textstyle *st, const deco *d, size_t n,
                             double baseline)
{
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
        if (link && d[i].url) {
            HPDF_Rect r = {(HPDF_REAL)d[i].x0, (HPDF_REAL)(baseline - 0.3 * st->size),
                           (HPDF_REAL)d[i].x1, (HPDF_REAL)(baseline + 0.95 * st->size)};
            HPDF_Annotation a = HPDF_Page_CreateURILinkAnnot(page, r, d[i].url);
            if (a) {
                HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
                wr_pdf_annot_printable(a);
            }
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

    pen p = {page, t, -1, {0, 0, 0}, false};
    deco decos[MAX_DECO];
    size_t ndeco = 0;

    HPDF_Page_BeginText(page);
    size_t i = ln->start;
    while (i < ln->end) {
        if (t->items[i].kind != WR_PDF_LB_BOX && t->items[i].kind != WR_PDF_LB_GLUE) {
            i++; /* hyphen points not taken, forced breaks */
            continue;
        }
        const wr_pdf_run *run = &t->runs->v[t->src[i].run];
        uint8_t face = t->src[i].face;
        int font = font_of(t, i);
        size_t len = 0;
        double w = 0, trail = 0;
        while (i < ln->end) {
            wr_pdf_lb_kind k = t->items[i].kind;
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
        set_face(&p, font);
        set_color(&p, (run->flags & WR_PDF_RUN_LINK) ? WR_PDF_COLOR_LINK : st->color);
        HPDF_Page_TextOut(page, (HPDF_REAL)x, (HPDF_REAL)baseline, t->scratch);
        if ((run->flags & (WR_PDF_RUN_LINK | WR_PDF_RUN_STRIKE)) && w > trail) {
            deco *last = ndeco > 0 ? &decos[ndeco - 1] : NULL;
            /* One underline (and one link area) across the words of one link. */
            if (last && last->flags == run->flags && last->url == run->url && last->next == x) {
                last->x1 = x + w - trail;
                last->next = x + w;
            } else if (ndeco < MAX_DECO) {
                decos[ndeco++] = (deco){x, x + w - trail, x + w, run->flags, run->url};
            }
        }
        x += w;
    }
    if (ln->hyphen) {
        /* The break item sits at ln->end; its face is the one of the letter before. */
        set_face(&p, t->src[ln->end].face);
        set_color(&p, st->color);
        HPDF_Page_TextOut(page, (HPDF_REAL)x, (HPDF_REAL)baseline, "-");
    }
    HPDF_Page_EndText(page);
    draw_decorations(page, st, decos, ndeco, baseline);
}
