#include "render/pdf/pdf_fonts.h"

#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/pdf/pdf_utf8.h"

/* Advances below this code point are cached: it covers all Latin letters. */
#define ADVANCE_CACHE 0x250

struct wr_pdf_fonts {
    HPDF_Font font[WR_PDF_FACE_COUNT];
    HPDF_FontDef def[WR_PDF_FACE_COUNT];
    short advance[WR_PDF_FACE_COUNT][ADVANCE_CACHE];
};

/* The advance of cp read from the font's metrics directly. HPDF_Font_GetUnicodeWidth
 * would do, but it also marks the glyph as used, and libharu 2.3.0 embeds the outline of
 * every marked glyph: measuring must not make the embedded font bigger. */
static int metric_advance(HPDF_FontDef def, uint32_t cp)
{
    HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)cp);
    return HPDF_TTFontDef_GetGidWidth(def, gid);
}

static const char *const file_names[WR_PDF_FACE_COUNT] = {
    "OpenSans-Regular.ttf", "OpenSans-Bold.ttf", "OpenSans-Italic.ttf",
    "OpenSans-BoldItalic.ttf", "OpenSans-Semibold.ttf",
};

static wr_status load_one(HPDF_Doc doc, const char *dir, wr_pdf_face face, HPDF_Font *font,
                          HPDF_FontDef *def, wr_error *err)
{
    char path[4096];
    int n = snprintf(path, sizeof path, "%s/%s", dir, file_names[face]);
    if (n < 0 || (size_t)n >= sizeof path)
        return wr_error_set(err, WR_ERR_CONFIG, "lettertypemap '%s': pad is te lang", dir);

    /* Checked first so a missing file gets a clear message instead of a libharu code. */
    FILE *f = fopen(path, "rb");
    if (!f)
        return wr_error_set(err, WR_ERR_CONFIG, "lettertype '%s' ontbreekt of is niet leesbaar",
                            path);
    fclose(f);

    const char *name = HPDF_LoadTTFontFromFile(doc, path, HPDF_TRUE);
    if (name)
        *font = HPDF_GetFont(doc, name, "UTF-8");
    if (name && *font)
        *def = ((HPDF_FontAttr)(*font)->attr)->fontdef;
    if (!name || !*font || !*def)
        return wr_error_set(err, WR_ERR_CONFIG,
                            "lettertype '%s' kan niet worden geladen (libharu-fout 0x%04X)", path,
                            (unsigned)HPDF_GetError(doc));
    return WR_OK;
}

wr_status wr_pdf_fonts_load(HPDF_Doc doc, const char *dir, wr_pdf_fonts **out, wr_error *err)
{
    *out = NULL;
    if (!dir)
        return wr_error_set(err, WR_ERR_INTERNAL, "geen lettertypemap opgegeven");
    wr_pdf_fonts *fonts = calloc(1, sizeof *fonts);
    if (!fonts)
        return wr_error_set(err, WR_ERR_NOMEM, "onvoldoende geheugen voor de lettertypen");

    for (int face = 0; face < WR_PDF_FACE_COUNT; face++) {
        wr_status st = load_one(doc, dir, (wr_pdf_face)face, &fonts->font[face],
                                &fonts->def[face], err);
        if (st != WR_OK) {
            wr_pdf_fonts_free(fonts);
            return st;
        }
        for (uint32_t cp = 0; cp < ADVANCE_CACHE; cp++)
            fonts->advance[face][cp] = (short)metric_advance(fonts->def[face], cp);
    }
    *out = fonts;
    return WR_OK;
}

void wr_pdf_fonts_free(wr_pdf_fonts *fonts)
{
    free(fonts);
}

HPDF_Font wr_pdf_fonts_get(const wr_pdf_fonts *fonts, wr_pdf_face face)
{
    return fonts->font[face];
}

int wr_pdf_fonts_advance(const wr_pdf_fonts *fonts, wr_pdf_face face, uint32_t cp)
{
    if (cp < ADVANCE_CACHE)
        return fonts->advance[face][cp];
    /* libharu takes 16-bit code points; the rest is drawn as U+FFFD (see pdf_measure). */
    if (cp > 0xFFFF)
        cp = WR_PDF_REPLACEMENT;
    return metric_advance(fonts->def[face], cp);
}

wr_pdf_face wr_pdf_face_styled(wr_pdf_face base, bool bold, bool italic)
{
    bool b = bold || base == WR_PDF_BOLD || base == WR_PDF_BOLD_ITALIC;
    bool i = italic || base == WR_PDF_ITALIC || base == WR_PDF_BOLD_ITALIC;
    if (b && i)
        return WR_PDF_BOLD_ITALIC;
    if (b)
        return WR_PDF_BOLD;
    if (i)
        return WR_PDF_ITALIC;
    return base == WR_PDF_SEMIBOLD ? WR_PDF_SEMIBOLD : WR_PDF_REGULAR;
}
