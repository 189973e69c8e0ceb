#include "render/html/html_page.h"

#include "base/date.h"
#include "base/format_nl.h"
#include "render/html/html_escape.h"
#include "render/html/html_style.h"

void wr_html_date_text(const wr_html_options *o, char *buf, size_t size)
{
    wr_nl_date(wr_day_from_ymd(o->date_year, o->date_month, o->date_day), buf, size);
}

/* s as the body of a CSS string: quotes and backslashes escaped, and '<' too, so the
 * text can never close the <style> element. */
static void css_string(wr_strbuf *o, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '"' || *s == '\\')
            wr_strbuf_printf(o, "\\%c", *s);
        else if (*s == '<' || *s == '\n' || *s == '\r')
            wr_strbuf_printf(o, "\\%x ", (unsigned)(unsigned char)*s);
        else
            wr_strbuf_append(o, s, 1);
    }
}

/* The printed page's margins, as the PDF has them: the running header, "Concept" on
 * every page of a draft, and "pagina 3 van 18" (CSS page-margin boxes; a browser
 * without them prints the banner on the first page only). */
static void print_margins(wr_strbuf *o, const wr_html_options *opt)
{
    const char *head = opt->header_text && *opt->header_text ? opt->header_text : opt->title;
    wr_strbuf_puts(o, "@page{@top-left{content:\"");
    css_string(o, head);
    wr_strbuf_puts(o, "\";font-size:8pt;color:#4f5660}");
    if (opt->draft)
        wr_strbuf_puts(o, "@top-right{content:\"CONCEPT\";font-size:8pt;font-weight:700;"
                          "color:#ad2b1a}");
    wr_strbuf_puts(o, "@bottom-right{content:\"pagina \" counter(page) \" van \" counter(pages);"
                      "font-size:8pt;color:#4f5660}}\n"
                      "@page :first{@top-left{content:none}}\n");
}

void wr_html_page_open(wr_html_ctx *ctx)
{
    const wr_html_options *opt = ctx->opts;
    wr_strbuf *o = ctx->out;
    wr_strbuf_puts(o, "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<title>");
    wr_html_escs(o, opt->title);
    if (opt->draft)
        wr_strbuf_puts(o, " (concept)");
    wr_strbuf_puts(o, "</title>\n");
    if (opt->author && *opt->author) {
        wr_strbuf_puts(o, "<meta name=\"author\" content=\"");
        wr_html_attr(o, opt->author);
        wr_strbuf_puts(o, "\">\n");
    }
    wr_strbuf_printf(o, "<meta name=\"generator\" content=\"wijkrapport\">\n"
                        "<meta name=\"dcterms.date\" content=\"%04d-%02d-%02d\">\n",
                     opt->date_year, opt->date_month, opt->date_day);
    if (opt->draft) /* a draft is not for search engines, should it end up online */
        wr_strbuf_puts(o, "<meta name=\"robots\" content=\"noindex\">\n");
    wr_strbuf_puts(o, "<style>\n");
    wr_strbuf_puts(o, wr_html_css);
    print_margins(o, opt);
    wr_strbuf_puts(o, "</style>\n</head>\n<body>\n"
                      "<a class=\"skiplink\" href=\"#hoofdinhoud\">Direct naar de inhoud</a>\n"
                      "<header class=\"kop\">\n<div class=\"kop-binnen\">\n<p class=\"kop-tekst\">");
    wr_html_escs(o, opt->header_text && *opt->header_text ? opt->header_text : opt->title);
    wr_strbuf_puts(o, "</p>\n");
    if (opt->draft)
        wr_strbuf_puts(o, "<p class=\"concept-label\">Concept</p>\n");
    wr_strbuf_puts(o, "</div>\n</header>\n<main id=\"hoofdinhoud\" tabindex=\"-1\">\n");
    if (ctx->title_h1 && !ctx->has_cover) {
        wr_strbuf_puts(o, "<h1>");
        wr_html_escs(o, opt->title);
        wr_strbuf_puts(o, "</h1>\n");
    }
}

void wr_html_page_close(wr_html_ctx *ctx)
{
    const wr_html_options *opt = ctx->opts;
    wr_strbuf *o = ctx->out;
    char date[64];
    wr_html_date_text(opt, date, sizeof date);
    wr_strbuf_puts(o, "</main>\n<footer class=\"voet\">\n<div class=\"voet-binnen\">\n<p>");
    wr_html_escs(o, opt->title);
    if (opt->author && *opt->author) {
        wr_strbuf_puts(o, " \xC2\xB7 ");
        wr_html_escs(o, opt->author);
    }
    wr_strbuf_printf(o, " \xC2\xB7 <time datetime=\"%04d-%02d-%02d\">%s</time>%s</p>\n",
                     opt->date_year, opt->date_month, opt->date_day, date,
                     opt->draft ? " \xC2\xB7 <strong>concept</strong>" : "");
    wr_strbuf_puts(o, "<p>Dit is de toegankelijke webversie van de rapportage, met dezelfde "
                      "teksten en cijfers als de PDF.</p>\n</div>\n</footer>\n</body>\n</html>\n");
}
