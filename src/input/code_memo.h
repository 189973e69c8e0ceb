/* Interns the values of a code field: each distinct raw value is looked up in the code
 * list once (lower-cased, a linear scan), then found again by hash, so the millions of
 * rows of an export cost one hashed compare per code field. Unknown codes are remembered
 * too, and reported again on every row, as wr_field_code does. Values longer than a slot
 * or beyond the memo's size are looked up each time. */
#ifndef WR_CODE_MEMO_H
#define WR_CODE_MEMO_H

#include <stddef.h>
#include <stdint.h>

#include "input/fields.h"

#define WR_CODE_MEMO_SLOTS 256 /* power of two; at most half are used */
#define WR_CODE_MEMO_RAW 29

typedef struct {
    uint8_t len;               /* 0: empty slot */
    int16_t index;             /* as wr_code_lookup returns it */
    char raw[WR_CODE_MEMO_RAW];
} wr_code_memo_entry;

typedef struct {
    const wr_code_list *list;  /* the list the entries belong to; set on first use */
    int count;
    wr_code_memo_entry slots[WR_CODE_MEMO_SLOTS];
} wr_code_memo;

/* As wr_code_lookup on value[0..len): index, WR_CODE_UNKNOWN or WR_CODE_EMPTY (no report). */
int wr_code_memo_find(wr_code_memo *m, const wr_code_list *list, const char *value, size_t len);
/* As wr_field_code: index, WR_CODE_UNKNOWN (reported) or WR_CODE_EMPTY. */
int wr_code_memo_field(wr_code_memo *m, const wr_field_ctx *ctx, int col, const wr_code_list *list);

#endif
