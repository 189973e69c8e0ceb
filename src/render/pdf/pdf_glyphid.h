/* A faster glyph lookup for the TrueType fonts the renderer loads.
 *
 * libharu 2.3.0 makes the font dictionary of a face (HPDF_GetFont with the UTF-8 encoder)
 * by looking up the glyph of every one of the 65,536 16-bit code points, each with a
 * linear search over the segments of the font's cmap: about 8 ms per face and document,
 * most of a factsheet's PDF. pdf_glyphid.c defines HPDF_TTFontDef_GetGlyphid itself, which
 * takes the place of libharu's (the library calls it through its procedure linkage table,
 * so the program's definition wins); for a font registered here whose segments are in
 * increasing order, as the TrueType specification requires, it finds the segment by
 * binary search: the same segment, so the same glyph and the same bytes. Any other font
 * is looked up exactly as libharu does. */
#ifndef WR_PDF_GLYPHID_H
#define WR_PDF_GLYPHID_H

#include <hpdf.h>

/* Registers def (a loaded TrueType font definition) for the fast lookup when its cmap
 * segments are in increasing order; per thread, until wr_pdf_glyphid_forget. When the
 * thread's table of registered fonts is full the font is looked up the slow way. */
void wr_pdf_glyphid_register(HPDF_FontDef def);

/* Forgets def (before its document is freed); a def never registered is ignored. */
void wr_pdf_glyphid_forget(HPDF_FontDef def);

#endif
