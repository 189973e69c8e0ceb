#include "render/pdf/pdf_fonts.h"

#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/pdf/pdf_utf8.h"

/* Advances below this code point are cached: it covers all Latin letters. */
#define ADVANCE_CACHE 0x250

/* A face's font is made on first use: HPDF_GetFont builds a glyph map over all 65,536
 * code points (about 5 ms a face) and the document embeds every font made, used or not.
 * Most documents draw three of the five faces. The table is a cache behind the handle,
 * so a const handle may still make a font. */
typedef struct {
    HPDF_Doc doc;
    const char *name[WR_PDF_FACE_COUNT]; /* libharu's name of the face's font definition */
    HPDF_Font font[WR_PDF_FACE_COUNT];   /* NULL until first used */
} made_fonts;

struct wr_pdf_fonts {
    made_fonts *made;
    HPDF_FontDef def[WR_PDF_FACE_COUNT];
    short advance[WR_PDF_FACE_COUNT][ADVANCE_CACHE];
    bool has[WR_PDF_FACE_COUNT][ADVANCE_CACHE];
    HPDF_Font fallback;         /* NULL until loaded */
    HPDF_FontDef fallback_def;
};

/* The advance of cp read from the font's metrics directly. HPDF_Font_GetUnicodeWidth
 * would do, but it also marks the glyph as used, and libharu 2.3.0 embeds the outline of
 * every marked glyph: measuring must not make the embedded font bigger. */
static int metric_advance(HPDF_FontDef def, uint32_t cp)
{
    HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)cp);
    return HPDF_TTFontDef_GetGidWidth(def, gid);
}

/* Whether the font has a glyph of its own for cp (glyph 0 is .notdef). */
static bool has_glyph(HPDF_FontDef def, uint32_t cp)
{
    return cp <= 0xFFFF && HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)cp) != 0;
}

static const char *const file_names[WR_PDF_FACE_COUNT] = {
    "OpenSans-Regular.ttf", "OpenSans-Bold.ttf", "OpenSans-Italic.ttf",
    "OpenSans-BoldItalic.ttf", "OpenSans-Semibold.ttf",
};

/* Loads the font definition at path; with font set, also makes its font now. */
static wr_status load_file(HPDF_Doc doc, const char *path, const char **name_out, HPDF_Font *font, HPDF_FontDef *def,
                           wr_error *err)
{
    /* Checked first so a missing file gets a clear message instead of a libharu code. */
    FILE *f = fopen(path, "rb");
    if (!f)
        return wr_error_set(err, WR_ERR_CONFIG, "lettertype '%s' ontbreekt of is niet leesbaar",
                            path);
    fclose(f);

    const char *name = HPDF_LoadTTFontFromFile(doc, path, HPDF_TRUE);
    if (name && font)
        *font = HPDF_GetFont(doc, name, "UTF-8");
    if (name && (!font || *font))
        *def = HPDF_GetFontDef(doc, name);
    if (name_out)
        *name_out = name;
    if (!name || (font && !*font) || !*def)
        return wr_error_set(err, WR_ERR_CONFIG,
                            "lettertype '%s' kan niet worden geladen (libharu-fout 0x%04X)", path,
                            (unsigned)HPDF_GetError(doc));
    return WR_OK;
}

static wr_status load_one(HPDF_Doc doc, const char *dir, wr_pdf_face face, const char **name, HPDF_FontDef *def,
                          wr_error *err)
{
    char path[4096];
    int n = snprintf(path, sizeof path, "%s/%s", dir, file_names[face]);
    if (n < 0 || (size_t)n >= sizeof path)
        return wr_error_set(err, WR_ERR_CONFIG, "lettertypemap '%s': pad is te lang", dir);
    return load_file(doc, path, name, NULL, def, err);
}

wr_status wr_pdf_fonts_load(HPDF_Doc doc, const char *dir, wr_pdf_fonts **out, wr_error *err)
{
    *out = NULL;
    if (!dir)
        return wr_error_set(err, WR_ERR_INTERNAL, "geen lettertypemap opgegeven");
    wr_pdf_fonts *fonts = calloc(1, sizeof *fonts);
    if (fonts)
        fonts->made = calloc(1, sizeof *fonts->made);
    if (!fonts || !fonts->made) {
        wr_pdf_fonts_free(fonts);
        return wr_error_set(err, WR_ERR_NOMEM, "onvoldoende geheugen voor de lettertypen");
    }
    fonts->made->doc = doc;

    for (int face = 0; face < WR_PDF_FACE_COUNT; face++) {
        wr_status st = load_one(doc, dir, (wr_pdf_face)face, &fonts->made->name[face], &fonts->def[face], err);
        if (st != WR_OK) {
            wr_pdf_fonts_free(fonts);
            return st;
        }
        for (uint32_t cp = 0; cp < ADVANCE_CACHE; cp++) {
            HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(fonts->def[face], (HPDF_UINT16)cp);
            fonts->advance[face][cp] = (short)HPDF_TTFontDef_GetGidWidth(fonts->def[face], gid);
            fonts->has[face][cp] = gid != 0;
        }
    }
    *out = fonts;
    return WR_OK;
}

void wr_pdf_fonts_free(wr_pdf_fonts *fonts)
{
    if (fonts)
        free(fonts->made);
    free(fonts);
}

HPDF_Font wr_pdf_fonts_get(const wr_pdf_fonts *fonts, wr_pdf_face face)
{
    made_fonts *made = fonts->made;
    if (!made->font[face])
        made->font[face] = HPDF_GetFont(made->doc, made->name[face], "UTF-8");
    return made->font[face];
}

HPDF_Font wr_pdf_fonts_made(const wr_pdf_fonts *fonts, wr_pdf_face face)
{
    return fonts->made->font[face];
}

wr_status wr_pdf_fonts_load_fallback(HPDF_Doc doc, wr_pdf_fonts *fonts, const char *path, wr_error *err)
{
    wr_status st = load_file(doc, path, NULL, &fonts->fallback, &fonts->fallback_def, err);
    if (st != WR_OK)
        fonts->fallback = NULL, fonts->fallback_def = NULL; /* half loaded is not loaded */
    return st;
}

HPDF_Font wr_pdf_fonts_fallback(const wr_pdf_fonts *fonts)
{
    return fonts->fallback;
}

static bool read_u16(HPDF_Stream s, uint16_t *v)
{
    HPDF_BYTE b[2];
    HPDF_UINT n = 2;
    if (HPDF_Stream_Read(s, b, &n) != HPDF_OK || n != 2)
        return false;
    *v = (uint16_t)(b[0] << 8 | b[1]);
    return true;
}

/* Marks the parts of composite glyph gid; true when one was not marked before. */
static bool mark_parts(HPDF_TTFontDefAttr a, HPDF_UINT16 gid)
{
    enum { WORDS = 1, SCALE = 8, MORE = 32, XY_SCALE = 64, TWO_BY_TWO = 128 };
    HPDF_UINT32 offset = a->glyph_tbl.offsets[gid];
    if (a->glyph_tbl.offsets[gid + 1] == offset)
        return false; /* no outline */
    if (a->header.index_to_loc_format == 0)
        offset *= 2;
    uint16_t contours, flags, part;
    if (HPDF_Stream_Seek(a->stream, (HPDF_INT)(a->glyph_tbl.base_offset + offset), HPDF_SEEK_SET) != HPDF_OK ||
        !read_u16(a->stream, &contours) || contours != 0xFFFF ||
        HPDF_Stream_Seek(a->stream, 8, HPDF_SEEK_CUR) != HPDF_OK)
        return false;
    bool added = false;
    do {
        if (!read_u16(a->stream, &flags) || !read_u16(a->stream, &part))
            return added;
        HPDF_INT skip = (flags & WORDS ? 4 : 2) + (flags & SCALE ? 2 : flags & XY_SCALE ? 4 : flags & TWO_BY_TWO ? 8 : 0);
        if (part < a->num_glyphs && !a->glyph_tbl.flgs[part]) {
            a->glyph_tbl.flgs[part] = 1;
            added = true;
        }
        if (HPDF_Stream_Seek(a->stream, skip, HPDF_SEEK_CUR) != HPDF_OK)
            return added;
    } while (flags & MORE);
    return added;
}

void wr_pdf_fonts_finish(wr_pdf_fonts *fonts)
{
    if (!fonts || !fonts->fallback_def)
        return;
    HPDF_TTFontDefAttr a = (HPDF_TTFontDefAttr)fonts->fallback_def->attr;
    if (!a->embedding || !a->glyph_tbl.flgs || !a->glyph_tbl.offsets)
        return;
    /* Until nothing new is marked: each round goes one level deeper. */
    for (bool added = true; added;) {
        added = false;
        for (HPDF_UINT16 gid = 1; gid < a->num_glyphs; gid++)
            if (a->glyph_tbl.flgs[gid] && mark_parts(a, gid))
                added = true;
    }
}

bool wr_pdf_fonts_has(const wr_pdf_fonts *fonts, wr_pdf_face face, uint32_t cp)
{
    return cp < ADVANCE_CACHE ? fonts->has[face][cp] : has_glyph(fonts->def[face], cp);
}

bool wr_pdf_fonts_fallback_has(const wr_pdf_fonts *fonts, uint32_t cp)
{
    return fonts->fallback && has_glyph(fonts->fallback_def, cp);
}

bool wr_pdf_fonts_use_fallback(const wr_pdf_fonts *fonts, wr_pdf_face face, uint32_t cp)
{
    return fonts->fallback && wr_pdf_script_of(cp) == WR_PDF_SCRIPT_PLAIN && !wr_pdf_fonts_has(fonts, face, cp) &&
           has_glyph(fonts->fallback_def, cp);
}

int wr_pdf_fonts_advance_in(const wr_pdf_fonts *fonts, wr_pdf_face face, bool fallback, uint32_t cp)
{
    if (cp < ADVANCE_CACHE && !fallback && (fonts->has[face][cp] || !fonts->fallback))
        return fonts->advance[face][cp];
    if (wr_pdf_script_of(cp) == WR_PDF_SCRIPT_IGNORABLE)
        return 0; /* never drawn (pdf_measure.h) */
    if (fallback && fonts->fallback)
        return metric_advance(fonts->fallback_def, cp);
    if (cp < ADVANCE_CACHE)
        return fonts->advance[face][cp];
    /* libharu takes 16-bit code points; the rest is drawn as U+FFFD (see pdf_measure). */
    if (cp > 0xFFFF)
        cp = WR_PDF_REPLACEMENT;
    return metric_advance(fonts->def[face], cp);
}

int wr_pdf_fonts_advance(const wr_pdf_fonts *fonts, wr_pdf_face face, uint32_t cp)
{
    return wr_pdf_fonts_advance_in(fonts, face, fonts->fallback && wr_pdf_fonts_use_fallback(fonts, face, cp), cp);
}

size_t wr_pdf_fonts_cluster(const wr_pdf_fonts *fonts, wr_pdf_face face, const char *s, size_t len,
                            bool *fallback)
{
    uint32_t cp;
    size_t n = wr_pdf_utf8_decode(s, len, &cp);
    *fallback = fonts->fallback && wr_pdf_fonts_use_fallback(fonts, face, cp);
    if (!fonts->fallback || wr_pdf_is_combining(cp) || wr_pdf_is_space(cp) ||
        wr_pdf_script_of(cp) != WR_PDF_SCRIPT_PLAIN)
        return n;
    size_t end = n;
    bool any = *fallback, all = has_glyph(fonts->fallback_def, cp);
    while (end < len) {
        uint32_t mark;
        size_t k = wr_pdf_utf8_decode(s + end, len - end, &mark);
        if (!wr_pdf_is_combining(mark))
            break;
        any |= wr_pdf_fonts_use_fallback(fonts, face, mark);
        all &= has_glyph(fonts->fallback_def, mark);
        end += k;
    }
    if (end == n || !any || !all)
        return n; /* the marks are clusters of their own */
    *fallback = true;
    return end;
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
