#include "blocks/notice.h"

#include <string.h>

#include "blocks/published_text.h"

#define PLACEHOLDER "Tekst ontbreekt nog"

wr_quote_kind wr_quote_kind_of(cmark_node *quote)
{
    cmark_node *p = cmark_node_first_child(quote);
    cmark_node *first = p && cmark_node_get_type(p) == CMARK_NODE_PARAGRAPH ? cmark_node_first_child(p) : NULL;
    if (!first || cmark_node_get_type(first) != CMARK_NODE_STRONG)
        return WR_QUOTE_PLAIN;
    wr_published_text t = {0};
    bool missing = false;
    if (wr_published_text_of(first, 0, &t)) {
        const char *s = t.text + strspn(t.text, " \n");
        missing = strncmp(s, PLACEHOLDER, strlen(PLACEHOLDER)) == 0;
    }
    wr_published_text_clear(&t);
    return missing ? WR_QUOTE_PLACEHOLDER : WR_QUOTE_NOTICE;
}
