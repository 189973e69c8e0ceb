/* Fenced and indented code blocks: preformatted lines in a light box. Each source line is
 * drawn as it is (tabs expanded); a line wider than the box wraps by characters rather
 * than running off the page. */
#ifndef WR_PDF_CODE_H
#define WR_PDF_CODE_H

#include <cmark-gfm.h>

#include "render/pdf/pdf_context.h"

wr_status wr_pdf_code_render(wr_pdf_ctx *ctx, cmark_node *code);

#endif
