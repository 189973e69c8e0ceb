/* What a block quote is, as both renderers decide it: the templates write notes about the
 * document as a quote opening in bold ("> **Dit is een concept.** ...", and the
 * placeholder of a text that is still missing, "> **Tekst ontbreekt nog:** ..."). Those
 * are notices, not quotations: the HTML sets them as a note, the PDF ragged. */
#ifndef WR_NOTICE_H
#define WR_NOTICE_H

#include <cmark-gfm.h>

typedef enum {
    WR_QUOTE_PLAIN,       /* a quotation */
    WR_QUOTE_NOTICE,      /* a note about the document */
    WR_QUOTE_PLACEHOLDER  /* a text that is still missing */
} wr_quote_kind;

wr_quote_kind wr_quote_kind_of(cmark_node *quote);

#endif
