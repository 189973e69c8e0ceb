/* Remembers raw field values that named a configured code, so the millions of rows of
 * contacten and activiteiten need about one comparison per code field. Unknown codes are
 * never remembered, so each one is still reported. */
#ifndef WR_CODE_MEMO_H
#define WR_CODE_MEMO_H

#include <stdint.h>

#include "input/fields.h"

typedef struct {
    char raw[32];
    uint8_t len;
    int16_t index;
} wr_code_memo_entry;

typedef struct {
    wr_code_memo_entry entries[32];
    int count;
} wr_code_memo;

/* As wr_field_code: index, WR_CODE_UNKNOWN (reported) or WR_CODE_EMPTY. */
int wr_code_memo_field(wr_code_memo *m, const wr_field_ctx *ctx, int col, const wr_code_list *list);

#endif
