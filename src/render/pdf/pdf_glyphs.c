#include "render/pdf/pdf_glyphs.h"

#include <stdio.h>
#include <string.h>

#include "blocks/published_text.h"
#include "render/pdf/pdf_utf8.h"

/* Whether any face lacks cp. */
static bool missing(const wr_pdf_fonts *fonts, uint32_t cp)
{
    if (cp < 0x20 || cp == 0x7F || wr_pdf_is_space(cp))
        return false;
    for (int face = 0; face < WR_PDF_FACE_COUNT; face++)
        if (!wr_pdf_fonts_has(fonts, (wr_pdf_face)face, cp))
            return true;
    return false;
}

/* Whether text holds a character that only a fallback font can set. */
static bool needs_fallback(const wr_pdf_fonts *fonts, const char *text, size_t len)
{
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += wr_pdf_utf8_decode(text + i, len - i, &cp);
        if (missing(fonts, cp) && wr_pdf_script_of(cp) == WR_PDF_SCRIPT_PLAIN)
            return true;
    }
    return false;
}

static void warn(wr_pdf_ctx *ctx, const char *where, uint32_t cp)
{
    wr_warnings *w = ctx->opts->warnings;
    static const char html[] = "De HTML-versie toont ze wel.";
    switch (wr_pdf_script_of(cp)) {
    case WR_PDF_SCRIPT_IGNORABLE:
        return; /* invisible: left out */
    case WR_PDF_SCRIPT_RTL:
        wr_warnings_add(w, "%s: de PDF kan schrift dat van rechts naar links loopt (zoals Arabisch en Hebreeuws) "
                           "niet zetten; daar staan vakjes. %s", where, html);
        return;
    case WR_PDF_SCRIPT_COMPLEX:
        wr_warnings_add(w, "%s: de PDF kan schrift waarin tekens samengevoegd worden (zoals Devanagari en Thai) "
                           "niet zetten; daar staan vakjes. %s", where, html);
        return;
    case WR_PDF_SCRIPT_CJK:
        wr_warnings_add(w, "%s: de PDF kan Chinese, Japanse en Koreaanse tekens niet zetten; daar staan vakjes. %s",
                        where, html);
        return;
    case WR_PDF_SCRIPT_ASTRAL:
        wr_warnings_add(w, "%s: de PDF kan emoji en andere tekens boven U+FFFF niet zetten; daar staat een "
                           "vervangingsteken (\xEF\xBF\xBD). %s", where, html);
        return;
    case WR_PDF_SCRIPT_PLAIN:
        if (!wr_pdf_fonts_fallback_has(ctx->fonts, cp))
            wr_warnings_add(w, "%s: de PDF heeft geen letterteken voor U+%04X; daar staat een vakje. %s", where,
                            (unsigned)cp, html);
        return;
    }
}

/* Warns for every character of text[0..len) that stays unset: named by fixed_where, or
 * by the line pub gives for it. */
static void warn_unset(wr_pdf_ctx *ctx, const char *text, size_t len, const wr_published_text *pub,
                       const char *fixed_where)
{
    for (size_t i = 0; i < len;) {
        bool fallback;
        size_t at = i, n = wr_pdf_fonts_cluster(ctx->fonts, WR_PDF_REGULAR, text + i, len - i, &fallback);
        uint32_t cp;
        wr_pdf_utf8_decode(text + i, len - i, &cp);
        i += n;
        /* An accent the fallback sets without its letter has no width: libharu drops it. */
        bool lone_mark = fallback && wr_pdf_is_combining(cp);
        if (!lone_mark && (!missing(ctx->fonts, cp) || fallback))
            continue;
        char where[512];
        if (fixed_where)
            snprintf(where, sizeof where, "%s", fixed_where);
        else
            wr_source_map_where(ctx->opts->sources, wr_published_line(pub, at), where, sizeof where);
        if (lone_mark)
            wr_warnings_add(ctx->opts->warnings,
                            "%s: de PDF kan het accentteken U+%04X niet op de letter ervoor zetten; het valt "
                            "weg. De HTML-versie toont het wel.",
                            where, (unsigned)cp);
        else
            warn(ctx, where, cp);
    }
}

wr_status wr_pdf_glyphs_prepare(wr_pdf_ctx *ctx, cmark_node *doc)
{
    wr_published_text pub;
    if (!wr_published_text_of(doc, 0, &pub))
        return wr_pdf_ctx_nomem(ctx);
    const char *header = ctx->opts->header_text ? ctx->opts->header_text : "";
    if (ctx->opts->fallback_font &&
        (needs_fallback(ctx->fonts, pub.text, pub.len) || needs_fallback(ctx->fonts, header, strlen(header)))) {
        wr_error loaded;
        wr_status st = wr_pdf_fonts_load_fallback(ctx->doc, ctx->fonts, ctx->opts->fallback_font, &loaded);
        if (st != WR_OK) {
            wr_published_text_clear(&pub);
            return wr_first_error_take(&ctx->failure, st, &loaded);
        }
    }
    warn_unset(ctx, pub.text, pub.len, &pub, NULL);
    warn_unset(ctx, header, strlen(header), NULL, "de kop van elke pagina");
    wr_published_text_clear(&pub);
    return wr_pdf_ctx_check(ctx);
}
