#include "render/pdf/pdf_errors.h"

#include <stdio.h>

#include "base/errno_nl.h"

const char *wr_pdf_error_text(HPDF_STATUS code, int saved_errno)
{
    switch (code) {
    case HPDF_FILE_IO_ERROR:
    case HPDF_FILE_OPEN_ERROR:
    case HPDF_ZLIB_ERROR: /* the compressed streams are written through to the file */
        if (saved_errno)
            return wr_errno_text(saved_errno);
        return code == HPDF_FILE_OPEN_ERROR ? "het bestand kan niet worden aangemaakt"
                                            : "het bestand kan niet volledig worden weggeschreven";
    case HPDF_FAILD_TO_ALLOC_MEM: return "onvoldoende geheugen";
    case HPDF_TTF_CANNOT_EMBEDDING_FONT: return "de licentie van het lettertype staat inbedden in een PDF niet toe";
    case HPDF_TTF_INVALID_CMAP:
    case HPDF_TTF_INVALID_FOMAT:
    case HPDF_TTF_MISSING_TABLE:
    case HPDF_INVALID_FONTDEF_DATA:
    case HPDF_INVALID_FONTDEF_TYPE:
    case HPDF_FONT_INVALID_WIDTHS_TABLE:
    case HPDF_INVALID_TTC_FILE:
    case HPDF_INVALID_TTC_INDEX:
    case HPDF_UNSUPPORTED_FONT_TYPE:
    case HPDF_INVALID_FONT_NAME:
    case HPDF_INVALID_FONT:
        return "het lettertypebestand is beschadigd of geen bruikbaar TrueType-lettertype";
    }
    static _Thread_local char other[80];
    snprintf(other, sizeof other, "interne fout in de PDF-bibliotheek libharu (code 0x%04X)", (unsigned)code);
    return other;
}
