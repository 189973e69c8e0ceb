#include "blocks/cover_block.h"

#include <string.h>
#include <strings.h>

static const char *const keys[] = {"titel", "ondertitel"};
enum { KEY_TITLE, KEY_SUBTITLE, KEY_COUNT };

bool wr_cover_is_block(const char *info)
{
    size_t n = info ? strcspn(info, " \t") : 0;
    return n == 8 && strncasecmp(info, "voorblad", 8) == 0;
}

void wr_cover_heading(const char *body, wr_block_span *title, wr_block_span *subtitle)
{
    size_t pos = 0;
    int number = 0;
    wr_block_span line, value;
    *title = *subtitle = (wr_block_span){"", 0};
    while (wr_block_next_line(body, &pos, &line, &number)) {
        int k = wr_block_key(line, keys, KEY_COUNT, &value);
        if (k == KEY_TITLE)
            *title = value;
        else if (k == KEY_SUBTITLE)
            *subtitle = value;
    }
}

bool wr_cover_next_item(const char *body, size_t *pos, wr_cover_item *item)
{
    int number = 0;
    wr_block_span line, value;
    while (wr_block_next_line(body, pos, &line, &number)) {
        if (line.len == 0 || wr_block_key(line, keys, KEY_COUNT, &value) != WR_BLOCK_NO_KEY)
            continue;
        const char *colon = memchr(line.s, ':', line.len);
        if (!colon) {
            *item = (wr_cover_item){false, {"", 0}, line};
            return true;
        }
        size_t at = (size_t)(colon - line.s);
        *item = (wr_cover_item){true, wr_block_trim((wr_block_span){line.s, at}),
                                wr_block_trim((wr_block_span){colon + 1, line.len - at - 1})};
        return true;
    }
    return false;
}

bool wr_cover_item_is_date(const wr_cover_item *item)
{
    return wr_block_span_is(item->label, "datum") && item->value.len == 0;
}

bool wr_cover_item_is_draft(const wr_cover_item *item)
{
    return wr_block_span_is(item->label, "status") && wr_block_span_is(item->value, "concept");
}
