#include "render/pdf/pdf_record.h"

#include <stdio.h>

void wr_pdf_record_str(wr_strbuf *b, const char *s)
{
    wr_strbuf_puts(b, "\"");
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        if (*p == '"' || *p == '\\')
            wr_strbuf_printf(b, "\\%c", *p);
        else if (*p < 0x20)
            wr_strbuf_printf(b, "\\u%04x", *p);
        else
            wr_strbuf_append(b, (const char *)p, 1);
    }
    wr_strbuf_puts(b, "\"");
}

void wr_pdf_record_block(wr_pdf_record *r, size_t page, const char *kind, double top, double bottom,
                         const char *detail)
{
    if (!r)
        return;
    wr_strbuf_printf(&r->blocks, "%s\n  {\"page\": %zu, \"kind\": \"%s\", \"top\": %.2f, \"bottom\": %.2f",
                     r->nblocks++ ? "," : "", page, kind, top, bottom);
    if (detail && *detail)
        wr_strbuf_printf(&r->blocks, ", %s", detail);
    wr_strbuf_puts(&r->blocks, "}");
}

void wr_pdf_record_hyphen(wr_pdf_record *r, size_t page, const char *in, const char *before,
                          const char *after)
{
    if (!r)
        return;
    wr_strbuf_printf(&r->hyphens, "%s\n  {\"page\": %zu, \"in\": \"%s\", \"before\": ", r->nhyphens++ ? "," : "",
                     page, in);
    wr_pdf_record_str(&r->hyphens, before);
    wr_strbuf_puts(&r->hyphens, ", \"after\": ");
    wr_pdf_record_str(&r->hyphens, after);
    wr_strbuf_puts(&r->hyphens, "}");
}

void wr_pdf_record_chart_open(wr_pdf_record *r, size_t page, const char *label)
{
    if (!r)
        return;
    wr_strbuf_printf(&r->charts, "%s\n  {\"page\": %zu, \"label\": ", r->ncharts++ ? "," : "", page);
    wr_pdf_record_str(&r->charts, label);
    wr_strbuf_puts(&r->charts, ", \"labels\": [");
    r->chart_open = true;
    r->chart_labels = r->chart_lines = 0;
}

void wr_pdf_record_chart_label(wr_pdf_record *r, const char *text, double x0, double y0, double x1,
                               double y1, int series)
{
    if (!r || !r->chart_open || r->chart_lines > 0)
        return;
    wr_strbuf_printf(&r->charts, "%s{\"text\": ", r->chart_labels++ ? ", " : "");
    wr_pdf_record_str(&r->charts, text);
    wr_strbuf_printf(&r->charts, ", \"box\": [%.2f, %.2f, %.2f, %.2f], \"series\": %d}", x0, y0, x1, y1,
                     series);
}

void wr_pdf_record_chart_line(wr_pdf_record *r, int series, const double *xy, size_t npoints)
{
    if (!r || !r->chart_open)
        return;
    wr_strbuf_printf(&r->charts, "%s{\"series\": %d, \"points\": [", r->chart_lines++ ? ", " : "], \"lines\": [",
                     series);
    for (size_t i = 0; i < npoints; i++)
        wr_strbuf_printf(&r->charts, "%s[%.2f, %.2f]", i ? ", " : "", xy[2 * i], xy[2 * i + 1]);
    wr_strbuf_puts(&r->charts, "]}");
}

void wr_pdf_record_chart_close(wr_pdf_record *r)
{
    if (!r || !r->chart_open)
        return;
    wr_strbuf_puts(&r->charts, r->chart_lines ? "]}" : "], \"lines\": []}");
    r->chart_open = false;
}

bool wr_pdf_record_write(const wr_pdf_record *r, const char *path, size_t pages, double page_height,
                         double body_top, double body_bottom)
{
    if (r->blocks.failed || r->hyphens.failed || r->charts.failed)
        return false;
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    fprintf(f, "{\"page_height\": %.2f, \"body_top\": %.2f, \"body_bottom\": %.2f, \"pages\": %zu,\n", page_height,
            body_top, body_bottom, pages);
    fprintf(f, "\"blocks\": [%s\n],\n\"hyphens\": [%s\n],\n\"charts\": [%s\n]}\n", wr_strbuf_cstr(&r->blocks),
            wr_strbuf_cstr(&r->hyphens), wr_strbuf_cstr(&r->charts));
    return fclose(f) == 0;
}

void wr_pdf_record_clear(wr_pdf_record *r)
{
    if (!r)
        return;
    wr_strbuf_free(&r->blocks);
    wr_strbuf_free(&r->hyphens);
    wr_strbuf_free(&r->charts);
}
