#include "blocks/contents_block.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "blocks/block_text.h"

bool wr_contents_is_block(const char *info)
{
    size_t n = info ? strcspn(info, " \t") : 0;
    return n == 6 && strncasecmp(info, "inhoud", 6) == 0;
}

void wr_contents_title(const char *body, char *buf, size_t size)
{
    static const char *const keys[] = {"titel"};
    size_t pos = 0;
    int number = 0;
    wr_block_span line, value;
    snprintf(buf, size, "Inhoud");
    while (body && wr_block_next_line(body, &pos, &line, &number))
        if (wr_block_key(line, keys, 1, &value) == 0 && value.len > 0)
            snprintf(buf, size, "%.*s", (int)value.len, value.s);
}
