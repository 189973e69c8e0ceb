/* The key-figure tiles block, read the same way by both renderers: the row of tiles at
 * the top of a part. A fenced block with the info string "kerncijfers" holds one line
 * per tile:
 *
 *     Bereik | 2.240 | +56 t.o.v. 2e kwartaal 2026
 *
 * the label, the value as the reader sees it, and optionally the change against the
 * previous quarter, whose leading sign (+, -, −) gives the direction of the arrow. */
#ifndef WR_KEYFIG_H
#define WR_KEYFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"
#include "blocks/block_origin.h"

typedef enum {
    WR_KEYFIG_NONE, /* no change given, or no sign: no arrow */
    WR_KEYFIG_UP,
    WR_KEYFIG_DOWN,
    WR_KEYFIG_SAME  /* a change of zero: "0", "+0", "gelijk" */
} wr_keyfig_trend;

typedef struct {
    char *label;
    char *value;
    char *change; /* NULL when not given */
    wr_keyfig_trend trend;
} wr_keyfig;

typedef struct {
    size_t count;
    wr_keyfig *items;
} wr_keyfigs;

/* At most this many tiles stand side by side. */
#define WR_KEYFIGS_ROW_MAX 4

/* The rows `count` tiles are set in, and how many tiles go in a row: as few rows as
 * fit, filled evenly (5 tiles: 3 + 2, not 4 + 1). One per row for none. */
size_t wr_keyfigs_rows(size_t count);
size_t wr_keyfigs_per_row(size_t count);

/* True when a fenced block's info string is "kerncijfers". */
bool wr_keyfigs_is_block(const char *info);

/* Parses the block text; empty lines are skipped. WR_ERR_CONFIG names the line of a
 * malformed tile, where origin (NULL: the template) puts it (blocks/block_origin.h). */
wr_status wr_keyfigs_parse(const char *body, const wr_block_origin *origin, wr_keyfigs **out, wr_error *err);

/* Accepts NULL. */
void wr_keyfigs_free(wr_keyfigs *k);

#endif
