#include "render/pdf/pdf_glyphid.h"

#include <hpdf_error.h>
#include <hpdf_fontdef.h>
#include <stdbool.h>
#include <stddef.h>

/* A document has five faces and a fallback; a thread renders one document at a time. */
#define MAX_FONTS 16

static _Thread_local HPDF_FontDef fast[MAX_FONTS];
static _Thread_local size_t fast_count;

static bool in_order(const HPDF_TTFontDefAttr a)
{
    HPDF_UINT n = a->cmap.seg_count_x2 / 2;
    if (a->cmap.format != 4 || n == 0 || !a->cmap.end_count)
        return false;
    for (HPDF_UINT i = 1; i < n; i++)
        if (a->cmap.end_count[i - 1] > a->cmap.end_count[i])
            return false;
    return true;
}

void wr_pdf_glyphid_register(HPDF_FontDef def)
{
    if (def && def->type == HPDF_FONTDEF_TYPE_TRUETYPE && def->attr && in_order((HPDF_TTFontDefAttr)def->attr) &&
        fast_count < MAX_FONTS)
        fast[fast_count++] = def;
}

void wr_pdf_glyphid_forget(HPDF_FontDef def)
{
    for (size_t i = 0; i < fast_count; i++)
        if (fast[i] == def) {
            fast[i] = fast[--fast_count];
            return;
        }
}

static bool registered(HPDF_FontDef def)
{
    for (size_t i = 0; i < fast_count; i++)
        if (fast[i] == def)
            return true;
    return false;
}

/* The first segment whose end is at or above unicode (seg_count when none): what
 * libharu's linear search finds when the ends are in increasing order. */
static HPDF_UINT segment_of(const HPDF_UINT16 *end, HPDF_UINT seg_count, HPDF_UINT16 unicode)
{
    HPDF_UINT lo = 0, hi = seg_count;
    while (lo < hi) {
        HPDF_UINT mid = lo + (hi - lo) / 2;
        if (end[mid] < unicode)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* libharu 2.3.0's HPDF_TTFontDef_GetGlyphid (src/hpdf_fontdef_tt.c) step for step, except
 * how the segment is found for a registered font. */
HPDF_UINT16 HPDF_TTFontDef_GetGlyphid(HPDF_FontDef fontdef, HPDF_UINT16 unicode)
{
    HPDF_TTFontDefAttr attr = (HPDF_TTFontDefAttr)fontdef->attr;
    HPDF_UINT seg_count = attr->cmap.seg_count_x2 / 2;
    HPDF_UINT i;

    if (attr->cmap.format == 0) {
        unicode &= 0xFF;
        return attr->cmap.glyph_id_array[unicode];
    }
    if (attr->cmap.seg_count_x2 == 0) {
        HPDF_SetError(fontdef->error, HPDF_TTF_INVALID_CMAP, 0);
        return 0;
    }
    if (registered(fontdef)) {
        i = segment_of(attr->cmap.end_count, seg_count, unicode);
    } else {
        const HPDF_UINT16 *pend_count = attr->cmap.end_count;
        for (i = 0; i < seg_count; i++) {
            if (unicode <= *pend_count)
                break;
            pend_count++;
        }
    }
    if (attr->cmap.start_count[i] > unicode)
        return 0;
    if (attr->cmap.id_range_offset[i] == 0)
        return (HPDF_UINT16)(unicode + attr->cmap.id_delta[i]);
    HPDF_UINT idx = attr->cmap.id_range_offset[i] / 2 + (unicode - attr->cmap.start_count[i]) - (seg_count - i);
    if (idx > attr->cmap.glyph_id_array_count)
        return 0;
    return (HPDF_UINT16)(attr->cmap.glyph_id_array[idx] + attr->cmap.id_delta[i]);
}
