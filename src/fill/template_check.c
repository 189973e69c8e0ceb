#include "fill/template_check.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "base/strbuf.h"

#define SHOWN_MAX 10

typedef struct {
    const char *path;
    const wr_tpl_names *known;
    wr_tpl_unknown *found;
} checker;

static void unknown(checker *c, size_t line, const char *marker, size_t len, const char *why)
{
    wr_tpl_unknown *f = c->found;
    int shown = (int)(len > 80 ? 80 : len);
    f->count++;
    if (f->count == 1)
        snprintf(f->first, sizeof f->first, "%s, regel %zu: %.*s %s", c->path, line, shown, marker, why);
    if (f->count <= SHOWN_MAX)
        wr_strbuf_printf(&f->list, "\n  %s, regel %zu: %.*s %s", c->path, line, shown, marker, why);
}

/* Checks one marker: inner[0..n) is what stands between the delimiters. */
static void marker(checker *c, size_t line, const char *open_at, size_t open_len, const char *inner, size_t n)
{
    char name[256];
    char type = n > 0 ? inner[0] : '\0';
    const char *s = inner + (type == '#' || type == '/' || type == '>' ? 1 : 0);
    size_t len = n - (size_t)(s - inner);
    while (len > 0 && (*s == ' ' || *s == '\t'))
        s++, len--;
    size_t name_len = 0;
    while (name_len < len && s[name_len] != ':' && s[name_len] != ' ' && s[name_len] != '\t')
        name_len++;
    if (name_len == 0 || name_len >= sizeof name)
        return; /* not a name ctemplate would look up; it reports broken markers itself */
    memcpy(name, s, name_len);
    name[name_len] = '\0';
    size_t whole = (size_t)(inner + n - open_at) + open_len;
    if (type == '/')
        return; /* the opening marker is checked */
    if (type == '>') {
        if (!wr_tpl_names_has(c->known, WR_TPL_INCLUDE, name))
            unknown(c, line, open_at, whole, "bestaat niet: er is geen deel met die naam in delen/.");
        return;
    }
    if (type == '#') {
        static const char sep[] = "_separator";
        size_t sl = sizeof sep - 1;
        if (name_len > sl && strcmp(name + name_len - sl, sep) == 0)
            name[name_len - sl] = '\0'; /* shown between the repetitions of NAME */
        if (!wr_tpl_names_has(c->known, WR_TPL_SECTION, name))
            unknown(c, line, open_at, whole,
                    wr_tpl_names_has(c->known, WR_TPL_VALUE, name)
                        ? "is een waarde, geen sectie: schrijf {{NAAM}} zonder #."
                        : "bestaat niet: het programma toont nooit een sectie met die naam.");
        return;
    }
    if (!wr_tpl_names_has(c->known, WR_TPL_VALUE, name))
        unknown(c, line, open_at, whole,
                wr_tpl_names_has(c->known, WR_TPL_SECTION, name)
                    ? "is een sectie, geen waarde: schrijf {{#NAAM}}...{{/NAAM}}."
                    : "bestaat niet: het programma vult deze code nooit in.");
}

/* The first occurrence of needle in [p, end), or NULL. */
static const char *find(const char *p, const char *end, const char *needle)
{
    size_t n = strlen(needle);
    for (; p + n <= end; p++)
        if (memcmp(p, needle, n) == 0)
            return p;
    return NULL;
}

static size_t count_lines(const char *s, const char *end)
{
    size_t n = 0;
    for (; s < end; s++)
        n += *s == '\n';
    return n;
}

void wr_tpl_check_text(const char *path, const char *text, size_t len, const wr_tpl_names *known,
                       wr_tpl_unknown *found)
{
    checker c = {path, known, found};
    const char *open = "{{", *close = "}}";
    const char *p = text, *end = text + len;
    size_t line = 1;
    for (;;) {
        const char *at = find(p, end, open);
        if (!at)
            break;
        line += count_lines(p, at);
        const char *inner = at + strlen(open);
        const char *stop = find(inner, end, close);
        if (!stop) {
            /* ctemplate 2.4 reads past the end of the text on some of these: it never gets
             * to see one. */
            char why[64];
            snprintf(why, sizeof why, "wordt niet afgesloten met %s.", close);
            unknown(&c, line, at, (size_t)(end - at) < 20 ? (size_t)(end - at) : 20, why);
            break;
        }
        size_t n = (size_t)(stop - inner);
        if (n > 0 && inner[0] == '=') {
            /* ctemplate 2.4 also reads past the end of the text after some changes of its
             * delimiters ("{{=<% %>=}}"), which no template here needs. */
            unknown(&c, line, at, (size_t)(stop - at) + strlen(close),
                    "wisselt de accolades; dat kan hier niet: schrijf codes tussen {{ en }}.");
            break;
        } else if (n > 0 && (inner[0] == '!' || inner[0] == '%')) {
            /* a comment or a pragma */
        } else {
            marker(&c, line, at, strlen(open), inner, n);
        }
        line += count_lines(at, stop);
        p = stop + strlen(close);
    }
}

wr_status wr_tpl_unknown_report(wr_tpl_unknown *found, wr_error *err)
{
    wr_status st = WR_OK;
    if (found->list.failed)
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het controleren van het sjabloon.");
    else if (found->count == 1)
        st = wr_error_set(err, WR_ERR_CONFIG, "%s De codes staan in templates/README.md.", found->first);
    else if (found->count > 1)
        st = wr_error_set(err, WR_ERR_CONFIG,
                          "Het sjabloon heeft %zu fouten in zijn codes:%s%s\nDe codes staan in templates/README.md.",
                          found->count, wr_strbuf_cstr(&found->list), found->count > SHOWN_MAX ? "\n  ..." : "");
    wr_strbuf_free(&found->list);
    memset(found, 0, sizeof *found);
    return st;
}

wr_status wr_tpl_check_file(const char *path, const wr_tpl_names *known, wr_tpl_unknown *found, wr_error *err)
{
    wr_strbuf b = {0};
    if (wr_strbuf_read_file(&b, path) != 0) {
        int saved = errno;
        wr_strbuf_free(&b);
        if (saved == ENOMEM)
            return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het controleren van het sjabloon.");
        return wr_error_set(err, WR_ERR_CONFIG, "Het sjabloon %s kan niet worden gelezen.", path);
    }
    wr_tpl_check_text(path, wr_strbuf_cstr(&b), b.len, known, found);
    wr_strbuf_free(&b);
    return WR_OK;
}
