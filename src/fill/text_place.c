#include "fill/text_place.h"

#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"

static size_t lines_of(const char *text)
{
    size_t n = 0, len = strlen(text);
    for (size_t i = 0; i < len; i++)
        n += text[i] == '\n';
    return n + (len > 0 && text[len - 1] != '\n');
}

bool wr_place_text(char **markdown, const char *mark, const wr_narrative_text *text, const char *folder,
                   wr_source_map *map)
{
    if (!strstr(*markdown, mark))
        return true; /* a template without the text */
    const char *body = text ? text->text : "";
    size_t lines = lines_of(body), mark_len = strlen(mark), line = 1;
    bool mapped = text && !text->missing && lines > 0;
    wr_strbuf out = {0}, path = {0};
    if (mapped)
        wr_strbuf_printf(&path, "%s/%s.md", folder, text->name);
    bool ok = !path.failed;
    const char *p = *markdown;
    for (const char *at; ok && (at = strstr(p, mark)) != NULL; p = at + mark_len) {
        for (const char *q = p; q < at; q++)
            line += *q == '\n';
        wr_strbuf_append(&out, p, (size_t)(at - p));
        wr_strbuf_puts(&out, body);
        if (mapped)
            ok = wr_source_map_add(map, wr_strbuf_cstr(&path), line, lines);
        for (const char *q = body; *q; q++)
            line += *q == '\n';
    }
    wr_strbuf_puts(&out, p);
    wr_strbuf_free(&path);
    char *joined = wr_strbuf_take(&out);
    if (!ok || !joined) {
        free(joined);
        return false;
    }
    free(*markdown);
    *markdown = joined;
    return true;
}
