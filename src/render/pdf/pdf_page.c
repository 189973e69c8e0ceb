#include "render/pdf/pdf_page.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/pdf/pdf_measure.h"
#include "render/pdf/pdf_style.h"
#include "render/pdf/pdf_utf8.h"

#define FIT_EPSILON 0.01

double wr_pdf_string_width(const wr_pdf_ctx *ctx, wr_pdf_face face, double size, const char *s)
{
    return wr_pdf_text_width(ctx->fonts, face, size, s, strlen(s));
}

double wr_pdf_draw_string(wr_pdf_ctx *ctx, HPDF_Page page, wr_pdf_face face, double size,
                          wr_pdf_rgb color, double x, double baseline, const char *s)
{
    /* These strings are short; a long one gets room of its own, so nothing is cut. */
    char room[4096];
    size_t len = strlen(s);
    char *buf = 3 * len + 1 <= sizeof room ? room : malloc(3 * len + 1);
    if (!buf) {
        wr_pdf_ctx_nomem(ctx);
        return 0;
    }
    wr_pdf_tags_begin(ctx->tags, page);
    HPDF_Page_BeginText(page);
    /* Pieces in one font: the face, or the fallback for characters only it has (spaces
     * stay with the face, which measured them). Without a fallback: one piece. */
    size_t i = 0;
    double at = x;
    do {
        size_t end = i;
        bool fallback = false;
        while (end < len) {
            bool fb;
            size_t n = wr_pdf_fonts_cluster(ctx->fonts, face, s + end, len - end, &fb);
            if (end > i && fb != fallback)
                break;
            fallback = fb;
            end += n;
        }
        wr_pdf_drawable_copy(s + i, end - i, buf);
        HPDF_Font font = fallback ? wr_pdf_fonts_fallback(ctx->fonts) : wr_pdf_fonts_get(ctx->fonts, face);
        HPDF_Page_SetFontAndSize(page, font, (HPDF_REAL)size);
        if (i == 0)
            HPDF_Page_SetRGBFill(page, (HPDF_REAL)color.r, (HPDF_REAL)color.g, (HPDF_REAL)color.b);
        HPDF_Page_TextOut(page, (HPDF_REAL)at, (HPDF_REAL)baseline, buf);
        at += wr_pdf_text_width(ctx->fonts, face, size, s + i, end - i);
        i = end;
    } while (i < len);
    HPDF_Page_EndText(page);
    wr_pdf_tags_end(ctx->tags, page);
    if (buf != room)
        free(buf);
    return wr_pdf_text_width(ctx->fonts, face, size, s, len);
}

static void hline(HPDF_Page page, double x0, double x1, double y, double w, wr_pdf_rgb c)
{
    HPDF_Page_SetLineWidth(page, (HPDF_REAL)w);
    HPDF_Page_SetRGBStroke(page, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b);
    HPDF_Page_MoveTo(page, (HPDF_REAL)x0, (HPDF_REAL)y);
    HPDF_Page_LineTo(page, (HPDF_REAL)x1, (HPDF_REAL)y);
    HPDF_Page_Stroke(page);
}

static void draw_header(wr_pdf_ctx *ctx)
{
    const double right = WR_PDF_MARGIN_X + WR_PDF_TEXT_W;
    const char *word = "CONCEPT";
    double room = WR_PDF_TEXT_W;
    wr_pdf_tags_artifact_begin(ctx->tags, ctx->page, WR_PDF_ARTIFACT_HEADER);
    if (ctx->opts->draft) {
        double w = wr_pdf_string_width(ctx, WR_PDF_BOLD, WR_PDF_HEADER_SIZE, word);
        wr_pdf_draw_string(ctx, ctx->page, WR_PDF_BOLD, WR_PDF_HEADER_SIZE, WR_PDF_COLOR_DRAFT,
                           right - w, WR_PDF_HEADER_BASELINE, word);
        room -= w + 12.0;
    }
    const char *text = ctx->opts->header_text;
    if (text && *text) {
        /* A header text too long for its room is set smaller rather than overlapping. */
        double size = WR_PDF_HEADER_SIZE;
        double w = wr_pdf_string_width(ctx, WR_PDF_REGULAR, size, text);
        if (w > room && w > 0)
            size = size * room / w;
        if (size < 5.0)
            size = 5.0;
        wr_pdf_draw_string(ctx, ctx->page, WR_PDF_REGULAR, size, WR_PDF_COLOR_MUTED,
                           WR_PDF_MARGIN_X, WR_PDF_HEADER_BASELINE, text);
    }
    hline(ctx->page, WR_PDF_MARGIN_X, right, WR_PDF_HEADER_RULE_Y, 0.4, WR_PDF_COLOR_RULE_LIGHT);
    wr_pdf_tags_end(ctx->tags, ctx->page);
}

/* The first page has no running header; a draft gets a framed, letter-spaced label. */
void wr_pdf_draft_label(wr_pdf_ctx *ctx)
{
    const char *word = "CONCEPT";
    const double size = 11.0, spacing = 1.5, pad_x = 7.0, pad_y = 4.0;
    const double right = WR_PDF_MARGIN_X + WR_PDF_TEXT_W;
    double w = wr_pdf_string_width(ctx, WR_PDF_BOLD, size, word) + spacing * (strlen(word) - 1);
    double baseline = WR_PDF_HEADER_BASELINE - 2.0;
    wr_pdf_rgb c = WR_PDF_COLOR_DRAFT;

    /* The cover says "Status: Concept" in words; the label only shows it. */
    wr_pdf_tags_artifact_begin(ctx->tags, ctx->page, WR_PDF_ARTIFACT_WATERMARK);
    HPDF_Page_SetCharSpace(ctx->page, (HPDF_REAL)spacing);
    wr_pdf_draw_string(ctx, ctx->page, WR_PDF_BOLD, size, c, right - pad_x - w, baseline, word);
    HPDF_Page_SetCharSpace(ctx->page, 0);
    HPDF_Page_SetLineWidth(ctx->page, 1.2f);
    HPDF_Page_SetRGBStroke(ctx->page, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b);
    HPDF_Page_Rectangle(ctx->page, (HPDF_REAL)(right - w - 2 * pad_x),
                        (HPDF_REAL)(baseline - 0.25 * size - pad_y), (HPDF_REAL)(w + 2 * pad_x),
                        (HPDF_REAL)(1.0 * size + 2 * pad_y));
    HPDF_Page_Stroke(ctx->page);
    wr_pdf_tags_end(ctx->tags, ctx->page);
}

static void quote_rule(wr_pdf_ctx *ctx, wr_pdf_quote_rule *q)
{
    if (!q->started)
        return;
    wr_pdf_tags_artifact_begin(ctx->tags, ctx->page, WR_PDF_ARTIFACT_LAYOUT);
    HPDF_Page_SetLineWidth(ctx->page, (HPDF_REAL)WR_PDF_QUOTE_RULE_W);
    wr_pdf_rgb c = WR_PDF_COLOR_QUOTE_RULE;
    HPDF_Page_SetRGBStroke(ctx->page, (HPDF_REAL)c.r, (HPDF_REAL)c.g, (HPDF_REAL)c.b);
    HPDF_Page_MoveTo(ctx->page, (HPDF_REAL)q->x, (HPDF_REAL)q->top);
    HPDF_Page_LineTo(ctx->page, (HPDF_REAL)q->x, (HPDF_REAL)ctx->y);
    HPDF_Page_Stroke(ctx->page);
    wr_pdf_tags_end(ctx->tags, ctx->page);
    q->started = false;
}

wr_status wr_pdf_page_add(wr_pdf_ctx *ctx)
{
    if (ctx->failure.status != WR_OK)
        return ctx->failure.status;
    /* Quote rules end on the page being left and resume with the content on the next. */
    for (int i = 0; i < ctx->quote_depth && i < WR_PDF_MAX_QUOTES; i++)
        quote_rule(ctx, &ctx->quotes[i]);

    if (ctx->npages == ctx->cap_pages) {
        size_t cap = ctx->cap_pages ? ctx->cap_pages * 2 : 16;
        HPDF_Page *pages = realloc(ctx->pages, cap * sizeof *pages);
        if (!pages)
            return wr_pdf_ctx_nomem(ctx);
        ctx->pages = pages;
        ctx->cap_pages = cap;
    }
    HPDF_Page page = HPDF_AddPage(ctx->doc);
    if (!page)
        return wr_pdf_ctx_check(ctx);
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    ctx->pages[ctx->npages++] = page;
    ctx->page = page;
    ctx->y = WR_PDF_BODY_TOP;
    ctx->gap = 0;
    ctx->fresh = true;
    if (ctx->npages > 1)
        draw_header(ctx);
    else if (ctx->opts->draft && !ctx->cover_first)
        wr_pdf_draft_label(ctx); /* a cover draws it itself */
    return wr_pdf_ctx_check(ctx);
}

wr_status wr_pdf_page_break(wr_pdf_ctx *ctx)
{
    ctx->gap = 0;
    return ctx->fresh ? ctx->failure.status : wr_pdf_page_add(ctx);
}

void wr_pdf_gap(wr_pdf_ctx *ctx, double g)
{
    if (g > ctx->gap)
        ctx->gap = g;
}

void wr_pdf_gap_set(wr_pdf_ctx *ctx, double g)
{
    ctx->gap = g;
}

double wr_pdf_room(const wr_pdf_ctx *ctx)
{
    return ctx->y - (ctx->fresh ? 0 : ctx->gap) - WR_PDF_MARGIN_BOTTOM;
}

wr_status wr_pdf_place(wr_pdf_ctx *ctx, double h, double keep, double *top)
{
    if (ctx->failure.status != WR_OK)
        return ctx->failure.status;
    if (!ctx->fresh && wr_pdf_room(ctx) + FIT_EPSILON < h + keep) {
        if (wr_pdf_page_add(ctx) != WR_OK)
            return ctx->failure.status;
    }
    return wr_pdf_place_here(ctx, h, top);
}

wr_status wr_pdf_place_here(wr_pdf_ctx *ctx, double h, double *top)
{
    if (ctx->failure.status != WR_OK)
        return ctx->failure.status;
    if (!ctx->fresh)
        ctx->y -= ctx->gap;
    ctx->gap = 0;
    ctx->fresh = false;
    *top = ctx->y;
    ctx->y -= h;
    for (int i = 0; i < ctx->quote_depth && i < WR_PDF_MAX_QUOTES; i++) {
        if (!ctx->quotes[i].started) {
            ctx->quotes[i].started = true;
            ctx->quotes[i].top = *top;
        }
    }
    return WR_OK;
}

void wr_pdf_record_placed(wr_pdf_ctx *ctx, const char *kind, double top, const char *detail)
{
    if (ctx->record)
        wr_pdf_record_block(ctx->record, ctx->npages, kind, top, ctx->y, detail);
}

void wr_pdf_marker_push(wr_pdf_ctx *ctx, const char *text, double right, size_t label)
{
    if (ctx->nmarkers == WR_PDF_MAX_MARKERS)
        return;
    wr_pdf_marker *m = &ctx->markers[ctx->nmarkers++];
    snprintf(m->text, sizeof m->text, "%s", text);
    m->right = right;
    m->label = label;
}

void wr_pdf_markers_draw(wr_pdf_ctx *ctx, double baseline)
{
    for (size_t i = 0; i < ctx->nmarkers; i++) {
        const wr_pdf_marker *m = &ctx->markers[i];
        double w = wr_pdf_string_width(ctx, WR_PDF_REGULAR, WR_PDF_BODY_SIZE, m->text);
        wr_pdf_tags_begin_for(ctx->tags, ctx->page, m->label);
        wr_pdf_draw_string(ctx, ctx->page, WR_PDF_REGULAR, WR_PDF_BODY_SIZE, WR_PDF_COLOR_TEXT,
                           m->right - w, baseline, m->text);
        wr_pdf_tags_end(ctx->tags, ctx->page);
    }
    ctx->nmarkers = 0;
}

void wr_pdf_markers_drop(wr_pdf_ctx *ctx)
{
    ctx->nmarkers = 0;
}

void wr_pdf_quote_open(wr_pdf_ctx *ctx, double x)
{
    if (ctx->quote_depth < WR_PDF_MAX_QUOTES)
        ctx->quotes[ctx->quote_depth] = (wr_pdf_quote_rule){x, false, 0};
    ctx->quote_depth++;
}

void wr_pdf_quote_close(wr_pdf_ctx *ctx)
{
    if (ctx->quote_depth <= 0)
        return;
    ctx->quote_depth--;
    if (ctx->quote_depth < WR_PDF_MAX_QUOTES)
        quote_rule(ctx, &ctx->quotes[ctx->quote_depth]);
}

wr_status wr_pdf_pages_finish(wr_pdf_ctx *ctx)
{
    if (ctx->failure.status != WR_OK)
        return ctx->failure.status;
    const double right = WR_PDF_MARGIN_X + WR_PDF_TEXT_W;
    for (size_t i = 0; i < ctx->npages; i++) {
        char text[64];
        snprintf(text, sizeof text, "pagina %zu van %zu", i + 1, ctx->npages);
        double w = wr_pdf_string_width(ctx, WR_PDF_REGULAR, WR_PDF_HEADER_SIZE, text);
        wr_pdf_tags_artifact_begin(ctx->tags, ctx->pages[i], WR_PDF_ARTIFACT_FOOTER);
        wr_pdf_draw_string(ctx, ctx->pages[i], WR_PDF_REGULAR, WR_PDF_HEADER_SIZE,
                           WR_PDF_COLOR_MUTED, right - w, WR_PDF_FOOTER_BASELINE, text);
        wr_pdf_tags_end(ctx->tags, ctx->pages[i]);
    }
    return wr_pdf_ctx_check(ctx);
}
