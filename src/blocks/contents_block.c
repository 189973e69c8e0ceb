#include "blocks/contents_block.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "blocks/block_text.h"

bool wr_contents_is_block(const char *info)
{
    size_t n = info ? strcspn(info, " \t") : 0;
    return n == 6 && strncasecmp(info, "inhoud", 6) == 0;
}

char *wr_contents_title(const char *body)
{
    static const char *const keys[] = {"titel"};
    size_t pos = 0;
    int number = 0;
    wr_block_span line, value, title = {"Inhoud", 6};
    while (body && wr_block_next_line(body, &pos, &line, &number))
        if (wr_block_key(line, keys, 1, &value) == 0 && value.len > 0)
            title = value;
    return wr_block_dup(title);
}
