/* libFuzzer target "html": Markdown parsing and the HTML renderer, on the same inputs as
 * "pdf" (tests/fuzz/fuzz_pdf.c: bit 0 of the first byte makes the lines from the second
 * on a team text, bit 1 asks for a draft). Property: the page has no script and no link
 * other than https:, http:, mailto: or an anchor (blocks/link_policy.h), and what the
 * renderer writes is valid UTF-8. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/utf8.h"
#include "fuzz_common.h"
#include "render/html/html_render.h"

/* Schemes are case-insensitive: "HTTPS://" is a web link too. */
static bool allowed_link(const char *url)
{
    return strncasecmp(url, "https://", 8) == 0 || strncasecmp(url, "http://", 7) == 0 ||
           strncasecmp(url, "mailto:", 7) == 0 || url[0] == '#';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    unsigned flags = data[0];
    wr_source_map *sources = fuzz_sources(flags & 1, 2);
    wr_warnings warnings = {0};
    wr_html_options html = {
        .title = "Proef", .author = "Buurts", .header_text = "Gewoon in de Wijk", .draft = flags & 2,
        .date_year = 2026, .date_month = 9, .date_day = 30, .sources = sources, .warnings = &warnings,
    };
    char *page = NULL;
    wr_error err = {0};
    if (wr_html_render_string((const char *)data + 1, size - 1, &html, &page, &err) == WR_OK) {
        if (strstr(page, "<script") || strstr(page, "<SCRIPT") || !wr_utf8_valid(page, strlen(page)))
            abort();
        /* A link is a tag: text never holds a '<' (it is escaped). */
        for (const char *p = strstr(page, "<a "); p; p = strstr(p + 1, "<a ")) {
            const char *href = strstr(p, "href=\"");
            const char *end = strchr(p, '>');
            if (href && end && href < end && !allowed_link(href + 6))
                abort();
        }
    }
    free(page);
    wr_warnings_clear(&warnings);
    wr_source_map_free(sources);
    return 0;
}
