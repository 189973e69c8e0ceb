/* The cover block ("voorblad") of a template, read the same way by both renderers:
 *
 *     titel: Kwartaalrapportage
 *     ondertitel: 3e kwartaal 2026
 *     Programma: Gewoon in de Wijk
 *     Datum:
 *     Status: Concept
 *
 * titel and ondertitel head the cover; every other non-empty line is an item, "Label:
 * waarde" or a value alone, in the order given. An empty "Datum:" stands for the
 * document date; "Status: Concept" marks a draft (docs/grafieken.md). */
#ifndef WR_COVER_BLOCK_H
#define WR_COVER_BLOCK_H

#include <stdbool.h>
#include <stddef.h>

#include "blocks/block_text.h"

/* True when a fenced block's info string is "voorblad". */
bool wr_cover_is_block(const char *info);

/* The title and subtitle of the cover (the last of each; empty spans when missing). */
void wr_cover_heading(const char *body, wr_block_span *title, wr_block_span *subtitle);

typedef struct {
    bool has_label;      /* false for a line without a colon: only a value */
    wr_block_span label; /* trimmed; empty without a label */
    wr_block_span value; /* trimmed; the whole line without a label */
} wr_cover_item;

/* The next item of the cover from *pos on (start at 0); false after the last. */
bool wr_cover_next_item(const char *body, size_t *pos, wr_cover_item *item);

/* True for the item that asks for the document date: "Datum:" with no value. */
bool wr_cover_item_is_date(const wr_cover_item *item);

/* True for the item that marks a draft: "Status: Concept". */
bool wr_cover_item_is_draft(const wr_cover_item *item);

#endif
