#include "narrative/narrative.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/errno_nl.h"
#include "base/strbuf.h"
#include "base/utf8.h"

/* Reads a whole file; NULL with errno set when it does not exist or cannot be read. */
static char *read_file(const char *path, size_t *len)
{
    wr_strbuf b = {0};
    if (wr_strbuf_read_file(&b, path) != 0) {
        int saved = errno;
        wr_strbuf_free(&b);
        errno = saved;
        return NULL;
    }
    *len = b.len;
    return wr_strbuf_take(&b);
}

/* The report puts each text under a level-3 heading ("Toelichting van het team"), so the
 * text's own headings move one level down; lines inside fenced code blocks stay as they are. */
static char *demote_headings(const char *text)
{
    wr_strbuf out = {0};
    bool in_fence = false;
    for (const char *line = text; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) + 1 : strlen(line);
        if (strncmp(line, "```", 3) == 0 || strncmp(line, "~~~", 3) == 0)
            in_fence = !in_fence;
        size_t hashes = strspn(line, "#");
        if (!in_fence && hashes >= 1 && hashes < 6 && (line[hashes] == ' ' || line[hashes] == '\t'))
            wr_strbuf_puts(&out, "#");
        wr_strbuf_append(&out, line, len);
        line += len;
    }
    return wr_strbuf_take(&out);
}

/* Line of the first NUL byte, 0 when there is none. */
static long nul_line(const char *text, size_t len)
{
    const char *nul = memchr(text, '\0', len);
    if (!nul)
        return 0;
    long line = 1;
    for (const char *p = text; p < nul; p++)
        line += *p == '\n';
    return line;
}

/* Line of the first invalid UTF-8 byte sequence, 0 when the text is valid. */
static long invalid_utf8_line(const char *text, size_t len)
{
    long line = 1;
    const char *start = text;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || text[i] == '\n') {
            if (!wr_utf8_valid(start, (size_t)(text + i - start)))
                return line;
            line++;
            start = text + i + 1;
        }
    }
    return 0;
}

wr_status wr_narrative_load(const wr_narrative_list *list, const char *texts_dir, const char *period_code, bool year,
                            wr_narrative **out, wr_error *err)
{
    size_t spec_count = 0;
    const wr_narrative_spec *specs = wr_narrative_list_texts(list, year, &spec_count);
    *out = NULL;
    wr_narrative *n = calloc(1, sizeof *n);
    wr_strbuf folder = {0};
    wr_strbuf_printf(&folder, "%s/%s", texts_dir, period_code);
    if (!n || !(n->folder = wr_strbuf_take(&folder)) ||
        !(n->texts = calloc(spec_count, sizeof *n->texts))) {
        wr_narrative_free(n);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    for (size_t i = 0; i < spec_count; i++) {
        wr_narrative_text *t = &n->texts[n->count++];
        t->name = specs[i].name;
        t->title = specs[i].title;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.md", n->folder, t->name);
        size_t len = 0;
        t->text = read_file(path, &len);
        if (!t->text && errno != ENOENT) {
            wr_status st = wr_error_set(err, WR_ERR_INPUT, "%s kan niet worden gelezen (%s).", path, wr_errno_text(errno));
            wr_narrative_free(n);
            return st;
        }
        if (t->text) {
            long line = nul_line(t->text, len);
            if (line) {
                /* Everything after it would be lost without a word. */
                wr_narrative_free(n);
                return wr_error_set(err, WR_ERR_INPUT,
                                    "%s, regel %ld: de tekst bevat een NUL-teken (een teken met de waarde 0), "
                                    "dus geen gewone tekst. Sla het bestand op als tekst in UTF-8.",
                                    path, line);
            }
            line = invalid_utf8_line(t->text, len);
            if (line) {
                wr_narrative_free(n);
                return wr_error_set(err, WR_ERR_INPUT,
                                    "%s, regel %ld: de tekst is geen geldige UTF-8. Sla het bestand op als UTF-8.",
                                    path, line);
            }
        }
        /* A scaffold file still holding its marker is not written yet. */
        t->unfinished = t->text && wr_narrative_is_placeholder(t->text);
        if (t->text && strspn(t->text, " \t\r\n") != len && !t->unfinished) {
            char *demoted = demote_headings(t->text);
            free(t->text);
            t->text = demoted;
            if (!t->text) {
                wr_narrative_free(n);
                return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
            }
        } else {
            free(t->text);
            wr_strbuf ph = {0};
            if (t->unfinished)
                wr_strbuf_printf(&ph, "> **Tekst nog niet af:** %s. Maak de tekst af in `%s` en haal de laatste regel "
                                 "(de markering) weg.\n", t->title, path);
            else
                wr_strbuf_printf(&ph, "> **Tekst ontbreekt nog:** %s. Schrijf deze tekst in `%s`.\n", t->title, path);
            t->text = wr_strbuf_take(&ph);
            t->missing = true;
            if (!t->text) {
                wr_narrative_free(n);
                return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
            }
        }
    }
    *out = n;
    return WR_OK;
}

void wr_narrative_free(wr_narrative *n)
{
    if (!n)
        return;
    for (size_t i = 0; i < n->count; i++)
        free(n->texts[i].text);
    free(n->texts);
    free(n->folder);
    free(n);
}
