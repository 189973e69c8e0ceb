#include "render/pdf/pdf_code.h"

#include <stdlib.h>
#include <string.h>

#include "render/pdf/pdf_measure.h"
#include "render/pdf/pdf_page.h"
#include "render/pdf/pdf_style.h"
#include "render/pdf/pdf_text.h"

typedef struct {
    size_t start, len;
} span;

typedef struct {
    char *text; /* tab-expanded copy of the literal */
    span *lines;
    size_t n, cap;
} code_lines;

static bool add_line(code_lines *c, size_t start, size_t len)
{
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 32;
        span *v = realloc(c->lines, cap * sizeof *v);
        if (!v)
            return false;
        c->lines = v;
        c->cap = cap;
    }
    c->lines[c->n++] = (span){start, len};
    return true;
}

/* Expands tabs (to columns of WR_PDF_CODE_TAB) and drops a final newline. */
static char *expand_tabs(const char *lit)
{
    size_t len = strlen(lit), out = 0, col = 0;
    char *buf = malloc(len * WR_PDF_CODE_TAB + 1);
    if (!buf)
        return NULL;
    for (size_t i = 0; i < len; i++) {
        if (lit[i] == '\t') {
            do
                buf[out++] = ' ';
            while (++col % WR_PDF_CODE_TAB != 0);
        } else {
            buf[out++] = lit[i];
            col = lit[i] == '\n' ? 0 : col + (((unsigned char)lit[i] & 0xC0) != 0x80);
        }
    }
    if (out > 0 && buf[out - 1] == '\n')
        out--;
    buf[out] = '\0';
    return buf;
}

static bool split_lines(wr_pdf_ctx *ctx, code_lines *c, double width)
{
    size_t i = 0, total = strlen(c->text);
    while (i <= total) {
        size_t end = i;
        while (end < total && c->text[end] != '\n')
            end++;
        /* Wrap by characters where the line is too wide. */
        size_t start = i;
        double w = 0;
        for (size_t k = i; k < end;) {
            bool fallback; /* a character and its accents stay together */
            size_t n = wr_pdf_fonts_cluster(ctx->fonts, WR_PDF_REGULAR, c->text + k, end - k, &fallback);
            double cw = wr_pdf_text_width(ctx->fonts, WR_PDF_REGULAR, WR_PDF_CODE_SIZE, c->text + k, n);
            if (w + cw > width && k > start) {
                if (!add_line(c, start, k - start))
                    return false;
                start = k;
                w = 0;
            }
            w += cw;
            k += n;
        }
        if (!add_line(c, start, end - start))
            return false;
        i = end + 1;
    }
    return true;
}

static void draw_chunk(wr_pdf_ctx *ctx, const code_lines *c, size_t first, size_t count,
                       double x, double w, double top, double h)
{
    wr_pdf_rgb bg = WR_PDF_COLOR_CODE_BG, border = WR_PDF_COLOR_CODE_BORDER;
    wr_pdf_tags_artifact_begin(ctx->tags, ctx->page, WR_PDF_ARTIFACT_LAYOUT);
    HPDF_Page_SetRGBFill(ctx->page, (HPDF_REAL)bg.r, (HPDF_REAL)bg.g, (HPDF_REAL)bg.b);
    HPDF_Page_SetRGBStroke(ctx->page, (HPDF_REAL)border.r, (HPDF_REAL)border.g,
                           (HPDF_REAL)border.b);
    HPDF_Page_SetLineWidth(ctx->page, 0.5f);
    HPDF_Page_Rectangle(ctx->page, (HPDF_REAL)x, (HPDF_REAL)(top - h), (HPDF_REAL)w,
                        (HPDF_REAL)h);
    HPDF_Page_FillStroke(ctx->page);
    wr_pdf_tags_end(ctx->tags, ctx->page);

    double off = wr_pdf_baseline_offset(WR_PDF_CODE_SIZE, WR_PDF_CODE_LEADING);
    for (size_t k = 0; k < count; k++) {
        const span *s = &c->lines[first + k];
        double baseline = top - WR_PDF_CODE_PAD - off - (double)k * WR_PDF_CODE_LEADING;
        if (first + k == 0)
            wr_pdf_markers_draw(ctx, baseline);
        if (s->len == 0)
            continue;
        char save = c->text[s->start + s->len];
        c->text[s->start + s->len] = '\0';
        wr_pdf_draw_string(ctx, ctx->page, WR_PDF_REGULAR, WR_PDF_CODE_SIZE, WR_PDF_COLOR_TEXT,
                           x + WR_PDF_CODE_PAD, baseline, c->text + s->start);
        c->text[s->start + s->len] = save;
    }
}

wr_status wr_pdf_code_render(wr_pdf_ctx *ctx, cmark_node *node)
{
    const char *lit = cmark_node_get_literal(node);
    code_lines c = {0};
    double x = wr_pdf_ctx_left(ctx), w = wr_pdf_ctx_width(ctx);
    const double lead = WR_PDF_CODE_LEADING, pad = WR_PDF_CODE_PAD;

    c.text = expand_tabs(lit ? lit : "");
    if (!c.text || !split_lines(ctx, &c, w - 2 * pad)) {
        free(c.text);
        free(c.lines);
        return wr_pdf_ctx_nomem(ctx);
    }
    wr_pdf_gap(ctx, WR_PDF_PARA_GAP);
    wr_pdf_tags_open(ctx->tags, "Code");
    size_t i = 0;
    while (i < c.n && ctx->failure.status == WR_OK) {
        double room = wr_pdf_room(ctx) - 2 * pad;
        size_t fit = room > 0 ? (size_t)((room + 0.01) / lead) : 0;
        size_t rest = c.n - i, take = fit < rest ? fit : rest;
        /* Same rule as paragraphs: no single line alone at a page end or start. */
        if (take < rest && rest >= 2) {
            if (rest - take < 2)
                take = rest - 2;
            if (take < 2)
                take = 0;
        }
        if (take == 0 && ctx->fresh)
            take = fit > 0 ? (fit < rest ? fit : rest) : 1;
        if (take == 0) {
            wr_pdf_page_add(ctx);
            continue;
        }
        double h = (double)take * lead + 2 * pad, top;
        if (wr_pdf_place(ctx, h, 0, &top) != WR_OK)
            break;
        draw_chunk(ctx, &c, i, take, x, w, top, h);
        i += take;
        if (i < c.n)
            wr_pdf_page_add(ctx);
    }
    wr_pdf_tags_close(ctx->tags);
    free(c.text);
    free(c.lines);
    wr_pdf_gap(ctx, WR_PDF_PARA_GAP);
    return wr_pdf_ctx_check(ctx);
}
