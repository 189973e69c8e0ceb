#include "render/pdf/pdf_context.h"

#include "render/pdf/pdf_style.h"

void wr_pdf_ctx_on_error(HPDF_STATUS error, HPDF_STATUS detail, void *data)
{
    wr_pdf_ctx *ctx = data;
    if (ctx && ctx->hpdf_error == 0) {
        ctx->hpdf_error = error;
        ctx->hpdf_detail = detail;
    }
}

wr_status wr_pdf_ctx_check(wr_pdf_ctx *ctx)
{
    if (ctx->failure.status == WR_OK && ctx->hpdf_error != 0)
        wr_first_error_set(&ctx->failure, WR_ERR_INTERNAL,
                           "de PDF-bibliotheek (libharu) meldde fout 0x%04X (detail %u) tijdens "
                           "het opmaken van het rapport",
                           (unsigned)ctx->hpdf_error, (unsigned)ctx->hpdf_detail);
    return ctx->failure.status;
}

wr_status wr_pdf_ctx_nomem(wr_pdf_ctx *ctx)
{
    return wr_first_error_set(&ctx->failure, WR_ERR_NOMEM,
                              "onvoldoende geheugen bij het opmaken van de PDF");
}

double wr_pdf_ctx_left(const wr_pdf_ctx *ctx)
{
    return WR_PDF_MARGIN_X + ctx->indent;
}

double wr_pdf_ctx_width(const wr_pdf_ctx *ctx)
{
    return WR_PDF_TEXT_W - ctx->indent;
}
