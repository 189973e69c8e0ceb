#include "blocks/link_policy.h"

#include <string.h>
#include <strings.h>

#include "blocks/block_origin.h"

wr_link_kind wr_link_kind_of(const char *url)
{
    if (!url || !*url)
        return WR_LINK_NONE;
    if (strncasecmp(url, "https://", 8) == 0 || strncasecmp(url, "http://", 7) == 0 ||
        strncasecmp(url, "mailto:", 7) == 0)
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
