#include "app/document_options.h"

#include <unistd.h>

/* sRGB profile from Debian's icc-profiles-free, for the PDF/A output intent. */
#define ICC_PROFILE "/usr/share/color/icc/sRGB.icc"
/* Debian's fonts-dejavu-core: the PDF sets the characters Open Sans lacks with it. */
#define FALLBACK_FONT "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

static const char *readable(const char *path)
{
    return access(path, R_OK) == 0 ? path : NULL;
}

void wr_document_options(const wr_document_setup *setup, wr_pdf_options *pdf, wr_html_options *html)
{
    struct tm tm;
    gmtime_r(&setup->published, &tm);
    *pdf = (wr_pdf_options){
        .title = setup->title,
        .author = setup->cfg->provider,
        .subject = setup->subject,
        .keywords = setup->keywords,
        .header_text = setup->header_text,
        .font_dir = setup->font_dir,
        .hyphen_dict = readable(WR_HYPHEN_DICT),
        .date_year = tm.tm_year + 1900,
        .date_month = tm.tm_mon + 1,
        .date_day = tm.tm_mday,
        .draft = setup->draft,
        .icc_profile = readable(ICC_PROFILE),
        .pdfa_part = setup->cfg->pdfa_part,
        .fallback_font = readable(FALLBACK_FONT),
        .sources = setup->sources,
    };
    *html = (wr_html_options){
        .title = setup->title,
        .author = setup->cfg->provider,
        .header_text = setup->header_text,
        .draft = setup->draft,
        .date_year = pdf->date_year,
        .date_month = pdf->date_month,
        .date_day = pdf->date_day,
        .sources = setup->sources,
    };
}
