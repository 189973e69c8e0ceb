#include "blocks/keyfig.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "blocks/block_text.h"

bool wr_keyfigs_is_block(const char *info)
{
    if (!info)
        return false;
    size_t n = strcspn(info, " \t");
    return n == strlen("kerncijfers") && strncasecmp(info, "kerncijfers", n) == 0;
}

size_t wr_keyfigs_rows(size_t count)
{
    return (count + WR_KEYFIGS_ROW_MAX - 1) / WR_KEYFIGS_ROW_MAX;
}

size_t wr_keyfigs_per_row(size_t count)
{
    size_t rows = wr_keyfigs_rows(count);
    return rows ? (count + rows - 1) / rows : 1;
}

/* The direction of a change from its first character(s). */
static wr_keyfig_trend trend_of(wr_block_span s)
{
    if (s.len == 0)
        return WR_KEYFIG_NONE;
    bool zero = s.len >= 2 && (s.s[0] == '+' || s.s[0] == '-') && s.s[1] == '0' &&
                (s.len == 2 || s.s[2] == ' ');
    if ((s.len >= 1 && s.s[0] == '0' && (s.len == 1 || s.s[1] == ' ')) || zero ||
        (s.len >= 6 && strncasecmp(s.s, "gelijk", 6) == 0))
        return WR_KEYFIG_SAME;
    if (s.s[0] == '+')
        return WR_KEYFIG_UP;
    if (s.s[0] == '-' || (s.len >= 3 && memcmp(s.s, "\xE2\x88\x92", 3) == 0))
        return WR_KEYFIG_DOWN; /* hyphen or minus sign; an en dash alone means "no value" */
    return WR_KEYFIG_NONE;
}

wr_status wr_keyfigs_parse(const char *body, const wr_block_origin *origin, wr_keyfigs **out, wr_error *err)
{
    *out = NULL;
    wr_keyfigs *k = calloc(1, sizeof *k);
    if (!k)
        return wr_error_set(err, WR_ERR_NOMEM, "onvoldoende geheugen voor de kerncijfers");
    size_t pos = 0, cap = 0;
    int number = 0;
    wr_block_span line;
    wr_status st = WR_OK;
    while (st == WR_OK && wr_block_next_line(body, &pos, &line, &number)) {
        if (line.len == 0)
            continue;
        wr_block_span cells[3];
        size_t n = wr_block_split(wr_block_strip_pipes(line), cells, 3);
        if (n < 2 || n > 3 || cells[0].len == 0) {
            char where[512];
            wr_block_where(origin, number, "kerncijfers", where, sizeof where);
            st = wr_error_set(err, WR_ERR_CONFIG,
                              "%s: verwacht 'label | waarde' of 'label | waarde | verandering' (\"%.*s\")", where,
                              (int)(line.len > 80 ? 80 : line.len), line.s);
            break;
        }
        if (k->count == cap) {
            cap = cap ? cap * 2 : 4;
            wr_keyfig *items = realloc(k->items, cap * sizeof *items);
            if (!items) {
                st = wr_error_set(err, WR_ERR_NOMEM, "onvoldoende geheugen voor de kerncijfers");
                break;
            }
            k->items = items;
        }
        wr_keyfig *f = &k->items[k->count++];
        *f = (wr_keyfig){wr_block_dup(cells[0]), wr_block_dup(cells[1]), NULL, WR_KEYFIG_NONE};
        if (n == 3 && cells[2].len > 0) {
            f->change = wr_block_dup(cells[2]);
            f->trend = trend_of(cells[2]);
        }
        if (!f->label || !f->value || (n == 3 && cells[2].len > 0 && !f->change))
            st = wr_error_set(err, WR_ERR_NOMEM, "onvoldoende geheugen voor de kerncijfers");
    }
    if (st != WR_OK) {
        wr_keyfigs_free(k);
        return st;
    }
    *out = k;
    return WR_OK;
}

void wr_keyfigs_free(wr_keyfigs *k)
{
    if (!k)
        return;
    for (size_t i = 0; i < k->count; i++) {
        free(k->items[i].label);
        free(k->items[i].value);
        free(k->items[i].change);
    }
    free(k->items);
    free(k);
}
