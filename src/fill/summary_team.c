#include "fill/summary_team.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static const char *const part_words[WR_KORT_PARTS] = {"gedaan", "bereikt", "effect", "impact", "financien"};

/* The part a line explains and where its text starts, or -1. */
static int part_of(const char *line, size_t len, size_t *text)
{
    size_t i = 0;
    while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '-' || line[i] == '*'))
        i++;
    for (int p = 0; p < WR_KORT_PARTS; p++) {
        const char *w = part_words[p];
        size_t n = strlen(w);
        size_t at = i;
        if (p == WR_KORT_FINANCIEN && len - at >= 10 && strncasecmp(line + at, "financi\xC3\xAB" "n", 10) == 0)
            at += 10; /* "financiën" as people write it */
        else if (len - at >= n && strncasecmp(line + at, w, n) == 0)
            at += n;
        else
            continue;
        while (at < len && line[at] == '*')
            at++;
        if (at >= len || line[at] != ':')
            continue;
        at++;
        while (at < len && line[at] == '*')
            at++;
        while (at < len && isspace((unsigned char)line[at]))
            at++;
        *text = at;
        return p;
    }
    return -1;
}

bool wr_summary_team_read(const wr_narrative *texts, wr_summary_team *out)
{
    memset(out, 0, sizeof *out);
    const wr_narrative_text *text = NULL;
    for (size_t i = 0; texts && i < texts->count && !text; i++)
        if (strcmp(texts->texts[i].name, "kort") == 0)
            text = &texts->texts[i];
    for (size_t i = 0; texts && i < texts->count && !text; i++)
        if (strcmp(texts->texts[i].name, "samenvatting") == 0)
            text = &texts->texts[i];
    if (!text || !text->text)
        return true;
    if (text->missing) { /* the placeholder says what to write */
        wr_strbuf_puts(&out->rest, text->text);
        return !out->rest.failed;
    }
    for (const char *s = text->text; *s;) {
        const char *end = strchr(s, '\n');
        size_t len = end ? (size_t)(end - s) : strlen(s), at;
        int part = part_of(s, len, &at);
        size_t trimmed = len;
        while (trimmed > 0 && isspace((unsigned char)s[trimmed - 1]))
            trimmed--;
        if (part >= 0 && at < trimmed) {
            wr_strbuf *b = &out->line[part];
            wr_strbuf_printf(b, "%s%.*s", b->len ? " " : "", (int)(trimmed - at), s + at);
        } else if (part < 0 && (trimmed > 0 || out->rest.len)) {
            wr_strbuf_printf(&out->rest, "%.*s\n", (int)trimmed, s);
        }
        s += len + (end != NULL);
    }
    bool ok = !out->rest.failed;
    for (int p = 0; p < WR_KORT_PARTS; p++)
        ok = ok && !out->line[p].failed;
    return ok;
}

void wr_summary_team_free(wr_summary_team *t)
{
    if (!t)
        return;
    for (int p = 0; p < WR_KORT_PARTS; p++)
        wr_strbuf_free(&t->line[p]);
    wr_strbuf_free(&t->rest);
}
