#include "blocks/link_policy.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "blocks/block_origin.h"

/* A district factsheet beside this document, as their overview links them: the file name
 * the program gives it ("wijkfactsheet-" and letters, digits, '.', '_', '-'; no folder,
 * no scheme) of a PDF or web page. Any other relative path may not exist beside the
 * published file. */
static bool sibling_document(const char *url)
{
    size_t n = strlen(url);
    if (strncmp(url, "wijkfactsheet-", 14) != 0)
        return false;
    if (strspn(url, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") != n)
        return false;
    return (n > 4 && strcasecmp(url + n - 4, ".pdf") == 0) || (n > 5 && strcasecmp(url + n - 5, ".html") == 0);
}

wr_link_kind wr_link_kind_of(const char *url)
{
    if (!url || !*url)
        return WR_LINK_NONE;
    if (strncasecmp(url, "https://", 8) == 0 || strncasecmp(url, "http://", 7) == 0 ||
        strncasecmp(url, "mailto:", 7) == 0 || sibling_document(url))
        return WR_LINK_WEB;
    if (url[0] == '#')
        return WR_LINK_ANCHOR;
    return WR_LINK_DROPPED;
}

wr_link_kind wr_link_check(cmark_node *link, const wr_source_map *sources, wr_warnings *warnings)
{
    const char *url = cmark_node_get_url(link);
    wr_link_kind kind = wr_link_kind_of(url);
    if (kind == WR_LINK_DROPPED) {
        char where[512];
        wr_node_where(link, sources, where, sizeof where);
        /* The target is not repeated whole: it may be long, or hold what should not be there. */
        size_t scheme = strcspn(url, ":/?#");
        wr_warnings_add(warnings,
                        "%s: de link naar '%.*s%s' is weggelaten, alleen de tekst staat in het rapport. "
                        "Links beginnen met https://, http:// of mailto:.",
                        where, (int)(scheme > 40 ? 40 : scheme), url, url[scheme] == ':' ? ":..." : "...");
    }
    return kind;
}
