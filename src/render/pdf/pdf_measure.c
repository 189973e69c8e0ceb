#include "render/pdf/pdf_measure.h"

#include <string.h>

#include "render/pdf/pdf_utf8.h"

double wr_pdf_char_width(const wr_pdf_fonts *fonts, wr_pdf_face face, double size, uint32_t cp)
{
    return wr_pdf_fonts_advance(fonts, face, cp) * size / 1000.0;
}

double wr_pdf_text_width(const wr_pdf_fonts *fonts, wr_pdf_face face, double size, const char *s,
                         size_t len)
{
    long units = 0;
    size_t i = 0;
    while (i < len) {
        bool fallback;
        size_t end = i + wr_pdf_fonts_cluster(fonts, face, s + i, len - i, &fallback);
        while (i < end) {
            uint32_t cp;
            i += wr_pdf_utf8_decode(s + i, end - i, &cp);
            units += wr_pdf_fonts_advance_in(fonts, face, fallback, cp);
        }
    }
    return units * size / 1000.0;
}

uint32_t wr_pdf_drawable(uint32_t cp)
{
    return cp > 0xFFFF ? WR_PDF_REPLACEMENT : cp;
}

size_t wr_pdf_drawable_copy(const char *s, size_t len, char *out)
{
    size_t i = 0, o = 0;
    while (i < len) {
        uint32_t cp;
        i += wr_pdf_utf8_decode(s + i, len - i, &cp);
        if (wr_pdf_script_of(cp) != WR_PDF_SCRIPT_IGNORABLE)
            o += wr_pdf_utf8_encode(wr_pdf_drawable(cp), out + o);
    }
    out[o] = '\0';
    return o;
}
