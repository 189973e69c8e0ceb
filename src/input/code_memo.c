#include "input/code_memo.h"

#include <string.h>


int wr_code_memo_field(wr_code_memo *m, const wr_field_ctx *ctx, int col, const wr_code_list *list)
{
    const char *v = ctx->row->values[col];
    if (!*v)
        return WR_CODE_EMPTY;
    size_t len = strlen(v);
    for (int i = 0; i < m->count; i++) {
        const wr_code_memo_entry *e = &m->entries[i];
        if (e->len == len && e->raw[0] == v[0] && memcmp(e->raw, v, len) == 0)
            return e->index;
    }
    int index = wr_field_code(ctx, col, list);
    if (index >= 0 && len < sizeof m->entries[0].raw && m->count < (int)(sizeof m->entries / sizeof m->entries[0])) {
        wr_code_memo_entry *e = &m->entries[m->count++];
        memcpy(e->raw, v, len + 1);
        e->len = (uint8_t)len;
        e->index = (int16_t)index;
    }
    return index;
}
