#include "input/code_memo.h"

#include <string.h>

/* From the first and last eight bytes and the length: enough to tell the few values of a
 * code field apart, without a loop over the bytes. */
static size_t slot_of(const char *v, size_t len)
{
    uint64_t a = 0, b = 0;
    memcpy(&a, v, len < 8 ? len : 8);
    if (len > 8)
        memcpy(&b, v + len - 8, 8);
    uint64_t h = (a * 0x9E3779B97F4A7C15ULL) ^ (b + len) * 0xC2B2AE3D27D4EB4FULL;
    return (size_t)(h >> 56) & (WR_CODE_MEMO_SLOTS - 1);
}

int wr_code_memo_find(wr_code_memo *m, const wr_code_list *list, const char *value, size_t len)
{
    if (len == 0)
        return WR_CODE_EMPTY;
    if (len >= WR_CODE_MEMO_RAW || (m->list && m->list != list))
        return wr_code_lookup(list, value);
    m->list = list;
    size_t i = slot_of(value, len);
    for (;; i = (i + 1) & (WR_CODE_MEMO_SLOTS - 1)) {
        wr_code_memo_entry *e = &m->slots[i];
        if (e->len == len && memcmp(e->raw, value, len) == 0)
            return e->index;
        if (e->len == 0)
            break;
    }
    int index = wr_code_lookup(list, value);
    if (m->count < WR_CODE_MEMO_SLOTS / 2) {
        wr_code_memo_entry *e = &m->slots[i];
        e->len = (uint8_t)len;
        e->index = (int16_t)index;
        memcpy(e->raw, value, len);
        m->count++;
    }
    return index;
}

int wr_code_memo_field(wr_code_memo *m, const wr_field_ctx *ctx, int col, const wr_code_list *list)
{
    int index = wr_code_memo_find(m, list, ctx->row->values[col], ctx->row->lengths[col]);
    if (index == WR_CODE_UNKNOWN)
        wr_field_report_unknown_code(ctx, col);
    return index;
}
