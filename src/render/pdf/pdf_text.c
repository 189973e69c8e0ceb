#include "render/pdf/pdf_text.h"

#include <stdlib.h>
#include <string.h>

#include "render/pdf/pdf_measure.h"
#include "render/pdf/pdf_text_internal.h"
#include "render/pdf/pdf_utf8.h"

/* Letters per word we hand to the hyphenator (it refuses longer ones anyway). */
#define MAX_WORD 96

typedef struct {
    wr_pdf_lb_item *items;
    wr_pdf_item_src *src;
    size_t n, cap;
} item_buf;

wr_pdf_face wr_pdf_run_face(const wr_pdf_textstyle *style, const wr_pdf_run *run)
{
    wr_pdf_face f = wr_pdf_face_styled(style->face, run->flags & WR_PDF_RUN_STRONG,
                                       run->flags & WR_PDF_RUN_EMPH);
    /* Open Sans has no monospace cut; semibold sets inline code apart quietly. */
    if ((run->flags & WR_PDF_RUN_CODE) && f == WR_PDF_REGULAR)
        f = WR_PDF_SEMIBOLD;
    return f;
}

static bool push(item_buf *b, wr_pdf_lb_kind kind, double width, wr_pdf_item_src src)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        wr_pdf_lb_item *items = realloc(b->items, cap * sizeof *items);
        if (!items)
            return false;
        b->items = items;
        wr_pdf_item_src *s = realloc(b->src, cap * sizeof *s);
        if (!s)
            return false;
        b->src = s;
        b->cap = cap;
    }
    b->items[b->n] = (wr_pdf_lb_item){kind, width};
    b->src[b->n] = src;
    b->n++;
    return true;
}

static void buf_free(item_buf *b)
{
    free(b->items);
    free(b->src);
}

static bool last_is(const item_buf *b, wr_pdf_lb_kind kind)
{
    return b->n > 0 && b->items[b->n - 1].kind == kind;
}

/* Pass 1: one item per code point; white space collapses into single glue. */
static bool build_items(const wr_pdf_text *t, item_buf *b)
{
    const wr_pdf_textstyle *st = &t->style;
    for (size_t r = 0; r < t->runs->n; r++) {
        const wr_pdf_run *run = &t->runs->v[r];
        wr_pdf_item_src src = {(uint32_t)r, 0, 0, (uint8_t)wr_pdf_run_face(st, run), false, false, 0};
        if (run->flags & WR_PDF_RUN_BREAK) {
            if (last_is(b, WR_PDF_LB_GLUE))
                b->n--;
            if (!push(b, WR_PDF_LB_FORCE, 0, src))
                return false;
            continue;
        }
        wr_pdf_face face = (wr_pdf_face)src.face;
        size_t cluster_end = 0;
        for (size_t i = 0; i < run->len;) {
            if (i >= cluster_end) /* a character and its marks go to one font together */
                cluster_end = i + wr_pdf_fonts_cluster(t->fonts, face, run->text + i, run->len - i, &src.fallback);
            uint32_t cp;
            size_t len = wr_pdf_utf8_decode(run->text + i, run->len - i, &cp);
            src.off = (uint32_t)i;
            src.len = (uint8_t)len;
            src.cp = cp;
            src.letter = wr_pdf_is_letter(cp);
            i += len;
            bool ok = true;
            if (wr_pdf_is_space(cp)) {
                if (b->n > 0 && !last_is(b, WR_PDF_LB_GLUE) && !last_is(b, WR_PDF_LB_FORCE))
                    ok = push(b, WR_PDF_LB_GLUE, wr_pdf_char_width(t->fonts, face, st->size, ' '),
                              src);
            } else if (cp == 0xAD) { /* soft hyphen: the author's own break point */
                if (last_is(b, WR_PDF_LB_BOX))
                    ok = push(b, WR_PDF_LB_HYPHEN,
                              wr_pdf_char_width(t->fonts, face, st->size, '-'), src);
            } else if (cp >= 0x20 && cp != 0x7F && wr_pdf_script_of(cp) != WR_PDF_SCRIPT_IGNORABLE) {
                ok = push(b, WR_PDF_LB_BOX,
                          wr_pdf_fonts_advance_in(t->fonts, face, src.fallback, cp) * st->size / 1000.0, src);
            }
            if (!ok)
                return false;
        }
    }
    return true;
}

static bool is_letter_item(const wr_pdf_text *t, size_t i)
{
    return t->items[i].kind == WR_PDF_LB_BOX && t->src[i].letter;
}

static bool is_letter_box(const item_buf *b, size_t i)
{
    return i < b->n && b->items[i].kind == WR_PDF_LB_BOX && b->src[i].letter;
}

/* Characters a line may break after, between letters. Not the hyphen in "Zuid-West":
 * text extraction (poppler, screen readers' PDF layers) takes a hyphen at a line end for
 * a hyphenation and joins the lines into "ZuidWest"; such words are hyphenated inside
 * their parts instead, which extracts correctly. */
static bool is_dash(uint32_t cp)
{
    return cp == '/' || cp == 0x2013 || cp == 0x2014;
}

/* Whether the letters [i, j) are part of a file name, path, address or code ("2026-Q3/
 * inleiding.md", "info@buurts.nl"): those are never hyphenated. */
static bool in_name(const item_buf *b, size_t i, size_t j)
{
    if (i > 0 && b->items[i - 1].kind == WR_PDF_LB_BOX) {
        uint32_t c = b->src[i - 1].cp;
        if (c == '/' || c == '\\' || c == '_' || c == '.' || c == '@' || c == ':' ||
            (c >= '0' && c <= '9'))
            return true;
    }
    if (j < b->n && b->items[j].kind == WR_PDF_LB_BOX) {
        uint32_t c = b->src[j].cp;
        if (c == '/' || c == '\\' || c == '_' || c == '@' || (c >= '0' && c <= '9'))
            return true;
        if (c == '.' && j + 1 < b->n && is_letter_box(b, j + 1))
            return true;
    }
    return false;
}

/* Pass 2: hyphen points inside words, and break points after dashes between letters. */
static bool add_breaks(const wr_pdf_text *t, const wr_pdf_hyphenator *hyph, const item_buf *in,
                       item_buf *out)
{
    uint32_t word[MAX_WORD];
    bool after[MAX_WORD];
    size_t i = 0;

    while (i < in->n) {
        if (is_letter_box(in, i)) {
            size_t j = i;
            while (is_letter_box(in, j))
                j++;
            size_t k = j - i;
            bool hy = hyph && t->style.hyphenate && k >= WR_PDF_HYPHEN_MIN_WORD && k <= MAX_WORD &&
                      !in_name(in, i, j);
            if (hy) {
                for (size_t m = 0; m < k; m++)
                    word[m] = in->src[i + m].cp;
                hy = wr_pdf_hyphenate(hyph, word, k, after) > 0;
            }
            for (size_t m = 0; m < k; m++) {
                if (!push(out, in->items[i + m].kind, in->items[i + m].width, in->src[i + m]))
                    return false;
                if (hy && after[m]) {
                    wr_pdf_item_src s = in->src[i + m];
                    double w = wr_pdf_char_width(t->fonts, (wr_pdf_face)s.face, t->style.size, '-');
                    if (!push(out, WR_PDF_LB_HYPHEN, w, s))
                        return false;
                }
            }
            i = j;
            continue;
        }
        if (!push(out, in->items[i].kind, in->items[i].width, in->src[i]))
            return false;
        if (in->items[i].kind == WR_PDF_LB_BOX && is_dash(in->src[i].cp) && i > 0 &&
            is_letter_box(in, i - 1) && is_letter_box(in, i + 1)) {
            if (!push(out, WR_PDF_LB_HYPHEN, 0, in->src[i]))
                return false;
        }
        i++;
    }
    return true;
}

wr_pdf_text *wr_pdf_text_layout(const wr_pdf_fonts *fonts, const wr_pdf_hyphenator *hyph,
                                const wr_pdf_runs *runs, const wr_pdf_textstyle *style,
                                double width)
{
    wr_pdf_text *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->fonts = fonts;
    t->runs = runs;
    t->style = *style;

    item_buf raw = {0}, full = {0};
    bool ok = build_items(t, &raw) && add_breaks(t, hyph, &raw, &full);
    buf_free(&raw);
    t->items = full.items;
    t->src = full.src;
    t->n = full.n;
    if (ok) {
        /* Every drawn piece is a subsequence of the items, plus a hyphen. */
        size_t bytes = 4 * t->n + 8; /* each item re-encodes to at most 4 bytes */
        t->scratch = malloc(bytes);
        t->scratch_len = bytes;
        ok = t->scratch != NULL;
    }
    if (!ok || !wr_pdf_text_reflow(t, width)) {
        wr_pdf_text_free(t);
        return NULL;
    }
    return t;
}

bool wr_pdf_text_reflow(wr_pdf_text *t, double width)
{
    free(t->lines);
    t->lines = NULL;
    t->nlines = 0;
    t->width = width;
    /* Ragged text (table cells, captions) hyphenates only where the line would otherwise
     * leave more than about WR_PDF_HYPHEN_SLACK_EM ems empty; justified text weighs its
     * hyphens in the total-fit breaker and uses this only when it falls back. */
    double slack = t->hyphen_share > 0 ? t->hyphen_share * width : WR_PDF_HYPHEN_SLACK_EM * t->style.size;
    return t->style.align == WR_PDF_ALIGN_JUSTIFY
               ? wr_pdf_linebreak_fit(t->items, t->n, width, slack, &t->lines, &t->nlines)
               : wr_pdf_linebreak(t->items, t->n, width, slack, &t->lines, &t->nlines);
}

void wr_pdf_text_set_hyphen_share(wr_pdf_text *t, double share)
{
    t->hyphen_share = share;
}

void wr_pdf_text_free(wr_pdf_text *t)
{
    if (!t)
        return;
    free(t->items);
    free(t->src);
    free(t->lines);
    free(t->scratch);
    free(t->links);
    free(t);
}

void wr_pdf_text_set_tags(wr_pdf_text *t, wr_pdf_tags *tags)
{
    if (t)
        t->tags = tags;
}

size_t wr_pdf_text_line_count(const wr_pdf_text *t)
{
    return t->nlines;
}

const wr_pdf_textstyle *wr_pdf_text_style(const wr_pdf_text *t)
{
    return &t->style;
}

double wr_pdf_text_widest(const wr_pdf_text *t)
{
    double w = 0;
    for (size_t i = 0; i < t->nlines; i++)
        if (t->lines[i].natural > w)
            w = t->lines[i].natural;
    return w;
}

bool wr_pdf_text_line_hyphen(const wr_pdf_text *t, size_t i)
{
    return i < t->nlines && t->lines[i].hyphen;
}

/* Appends the letters [from, to) of the items to buf (NUL-terminated, at most size). */
static void letters(const wr_pdf_text *t, size_t from, size_t to, char *buf, size_t size)
{
    size_t o = 0;
    for (size_t k = from; k < to; k++) {
        if (t->items[k].kind != WR_PDF_LB_BOX)
            continue;
        char enc[4];
        size_t n = wr_pdf_utf8_encode(t->src[k].cp, enc);
        if (o + n + 1 > size)
            break;
        memcpy(buf + o, enc, n);
        o += n;
    }
    buf[o] = '\0';
}

bool wr_pdf_text_hyphen_parts(const wr_pdf_text *t, size_t i, char *before, char *after, size_t size)
{
    if (!wr_pdf_text_line_hyphen(t, i) || size == 0)
        return false;
    size_t end = t->lines[i].end, from = end;
    while (from > t->lines[i].start && (t->items[from - 1].kind == WR_PDF_LB_HYPHEN || is_letter_item(t, from - 1)))
        from--;
    letters(t, from, end, before, size);
    size_t start = i + 1 < t->nlines ? t->lines[i + 1].start : t->n, stop = start;
    while (stop < t->n && (t->items[stop].kind == WR_PDF_LB_HYPHEN || is_letter_item(t, stop)))
        stop++;
    letters(t, start, stop, after, size);
    return true;
}

size_t wr_pdf_text_line_words(const wr_pdf_text *t, size_t i)
{
    return i < t->nlines && t->lines[i].end > t->lines[i].start ? t->lines[i].glue + 1 : 0;
}

double wr_pdf_text_line_width(const wr_pdf_text *t, size_t i)
{
    return i < t->nlines ? t->lines[i].natural : 0;
}

double wr_pdf_text_longest_word(const wr_pdf_text *t)
{
    double best = 0, cur = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (t->items[i].kind == WR_PDF_LB_BOX) {
            cur += t->items[i].width;
            if (cur > best)
                best = cur;
        } else if (t->items[i].kind != WR_PDF_LB_HYPHEN) {
            cur = 0;
        }
    }
    return best;
}

double wr_pdf_baseline_offset(double size, double leading)
{
    /* Open Sans: ascender 1.068 em, descender 0.292 em; centre that box in the line. */
    return (leading - 1.36 * size) / 2.0 + 1.068 * size;
}
