#include "render/pdf/pdf_textstring.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "render/pdf/pdf_utf8.h"

/* PDFDocEncoding's bytes 0x80..0x9F and 0xA0 (Annex D): the punctuation Dutch text
 * uses beyond Latin-1. */
static const uint16_t high[] = {
    0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044, 0x2039, 0x203A, 0x2212,
    0x2030, 0x201E, 0x201C, 0x201D, 0x2018, 0x2019, 0x201A, 0x2122, 0xFB01, 0xFB02, 0x0141,
    0x0152, 0x0160, 0x0178, 0x017D, 0x0131, 0x0142, 0x0153, 0x0161, 0x017E, 0x0000, 0x20AC,
};

/* The PDFDocEncoding byte of cp, or 0 when it has none. */
static unsigned char pdfdoc(uint32_t cp)
{
    if ((cp >= 0x20 && cp < 0x7F) || (cp >= 0xA1 && cp <= 0xFF && cp != 0xAD))
        return (unsigned char)cp;
    if (cp == '\n' || cp == '\t')
        return (unsigned char)cp;
    for (size_t i = 0; i < sizeof high / sizeof high[0]; i++)
        if (high[i] != 0 && high[i] == cp)
            return (unsigned char)(0x80 + i);
    return 0;
}

/* utf8 in PDFDocEncoding, NUL-terminated, in out (room for strlen + 1); false when a
 * character has no byte there. Soft hyphens are left out: they are never read. */
static bool to_pdfdoc(const char *utf8, char *out)
{
    size_t len = strlen(utf8), n = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += wr_pdf_utf8_decode(utf8 + i, len - i, &cp);
        if (cp == 0xAD)
            continue;
        unsigned char b = pdfdoc(cp);
        if (!b)
            return false;
        out[n++] = (char)b;
    }
    out[n] = '\0';
    return true;
}

/* utf8 as UTF-16BE with its byte order mark; *n receives the byte count. */
static unsigned char *to_utf16(const char *utf8, size_t *n)
{
    size_t len = strlen(utf8);
    unsigned char *out = malloc(2 + 4 * len);
    if (!out)
        return NULL;
    out[0] = 0xFE;
    out[1] = 0xFF;
    *n = 2;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += wr_pdf_utf8_decode(utf8 + i, len - i, &cp);
        if (cp == 0xAD)
            continue;
        if (cp > 0xFFFF) {
            uint32_t v = cp - 0x10000;
            uint32_t hi = 0xD800 + (v >> 10), lo = 0xDC00 + (v & 0x3FF);
            out[(*n)++] = (unsigned char)(hi >> 8);
            out[(*n)++] = (unsigned char)hi;
            cp = lo;
        }
        out[(*n)++] = (unsigned char)(cp >> 8);
        out[(*n)++] = (unsigned char)cp;
    }
    return out;
}

void *wr_pdf_textstring_new(HPDF_MMgr mmgr, const char *utf8)
{
    char *doc = malloc(strlen(utf8) + 1);
    if (!doc)
        return NULL;
    void *obj = NULL;
    if (to_pdfdoc(utf8, doc)) {
        obj = HPDF_String_New(mmgr, doc, NULL);
    } else {
        size_t n;
        unsigned char *u = to_utf16(utf8, &n);
        obj = u ? HPDF_Binary_New(mmgr, u, (HPDF_UINT)n) : NULL;
        free(u);
    }
    free(doc);
    return obj;
}

void wr_pdf_textstring_write(HPDF_Stream stream, const char *utf8)
{
    char *doc = malloc(strlen(utf8) + 1);
    if (doc && to_pdfdoc(utf8, doc)) {
        HPDF_Stream_WriteEscapeText(stream, doc);
    } else {
        size_t n;
        unsigned char *u = to_utf16(utf8, &n);
        if (u) {
            HPDF_Stream_WriteChar(stream, '<');
            HPDF_Stream_WriteBinary(stream, u, (HPDF_UINT)n, NULL);
            HPDF_Stream_WriteChar(stream, '>');
        }
        free(u);
    }
    free(doc);
}
