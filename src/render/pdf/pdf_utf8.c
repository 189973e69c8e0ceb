#include "render/pdf/pdf_utf8.h"

size_t wr_pdf_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t need;
    uint32_t c, min;

    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if ((u[0] & 0xE0) == 0xC0) { need = 2; c = u[0] & 0x1F; min = 0x80; }
    else if ((u[0] & 0xF0) == 0xE0) { need = 3; c = u[0] & 0x0F; min = 0x800; }
    else if ((u[0] & 0xF8) == 0xF0) { need = 4; c = u[0] & 0x07; min = 0x10000; }
    else { *cp = WR_PDF_REPLACEMENT; return 1; }
    if (len < need) {
        *cp = WR_PDF_REPLACEMENT;
        return 1;
    }
    for (size_t i = 1; i < need; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *cp = WR_PDF_REPLACEMENT;
            return 1;
        }
        c = (c << 6) | (u[i] & 0x3F);
    }
    /* Overlong forms, surrogates and values past U+10FFFF are not text. */
    if (c < min || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
        *cp = WR_PDF_REPLACEMENT;
        return 1;
    }
    *cp = c;
    return need;
}

size_t wr_pdf_utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

uint32_t wr_pdf_lower(uint32_t cp)
{
    if (cp >= 'A' && cp <= 'Z')
        return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        return cp + 32;
    return cp;
}

bool wr_pdf_is_letter(uint32_t cp)
{
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'))
        return true;
    if (cp >= 0xC0 && cp <= 0x24F)
        return cp != 0xD7 && cp != 0xF7;
    return false;
}

bool wr_pdf_is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
}

typedef struct {
    uint32_t first, last;
    wr_pdf_script script;
} script_range;

/* Ranges by code point, in order. */
static const script_range ranges[] = {
    {0x0590, 0x08FF, WR_PDF_SCRIPT_RTL},      /* Hebrew, Arabic, Syriac, Thaana, NKo ... */
    {0x0900, 0x0DFF, WR_PDF_SCRIPT_COMPLEX},  /* Indic scripts */
    {0x0E00, 0x0EFF, WR_PDF_SCRIPT_COMPLEX},  /* Thai, Lao */
    {0x0F00, 0x109F, WR_PDF_SCRIPT_COMPLEX},  /* Tibetan, Myanmar */
    {0x1100, 0x11FF, WR_PDF_SCRIPT_CJK},      /* Hangul Jamo */
    {0x1780, 0x18AF, WR_PDF_SCRIPT_COMPLEX},  /* Khmer, Mongolian */
    {0x200C, 0x200F, WR_PDF_SCRIPT_IGNORABLE}, /* joiners, direction marks */
    {0x202A, 0x202E, WR_PDF_SCRIPT_IGNORABLE}, /* direction embeddings */
    {0x2060, 0x2064, WR_PDF_SCRIPT_IGNORABLE}, /* word joiner, invisible operators */
    {0x2E80, 0x9FFF, WR_PDF_SCRIPT_CJK},      /* radicals, kana, CJK ideographs ... */
    {0xA960, 0xA97F, WR_PDF_SCRIPT_CJK},      /* Hangul Jamo extended */
    {0xAC00, 0xD7FF, WR_PDF_SCRIPT_CJK},      /* Hangul syllables */
    {0xF900, 0xFAFF, WR_PDF_SCRIPT_CJK},      /* compatibility ideographs */
    {0xFB1D, 0xFDFF, WR_PDF_SCRIPT_RTL},      /* Hebrew and Arabic presentation forms */
    {0xFE00, 0xFE0F, WR_PDF_SCRIPT_IGNORABLE}, /* variation selectors (emoji style) */
    {0xFE30, 0xFE4F, WR_PDF_SCRIPT_CJK},      /* CJK compatibility forms */
    {0xFE70, 0xFEFE, WR_PDF_SCRIPT_RTL},      /* Arabic presentation forms B */
    {0xFF00, 0xFFEF, WR_PDF_SCRIPT_CJK},      /* half- and full-width forms */
};

wr_pdf_script wr_pdf_script_of(uint32_t cp)
{
    if (cp > 0xFFFF)
        return WR_PDF_SCRIPT_ASTRAL;
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0] && ranges[i].first <= cp; i++)
        if (cp <= ranges[i].last)
            return ranges[i].script;
    return WR_PDF_SCRIPT_PLAIN;
}

bool wr_pdf_is_combining(uint32_t cp)
{
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
           (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
}
