#include "fill/report_fill.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "fill/name_set.h"
#include "fill/template_check.h"
#include "fill/template_data.h"
#include "fill/template_fill.h"
#include "fill/template_names.h"
#include "fill/template_parts.h"

#define MAX_PARTS 64
/* Stands for text number n during the second expansion: bytes no text or template has. */
#define MARK "\x1AWR-TEKST-"
#define MARK_END '\x1A'

static wr_status nomem(wr_error *err)
{
    return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het vullen van het sjabloon.");
}

typedef struct {
    const char *template_dir;
    const wr_tpl_names *known;
    wr_tpl_unknown *found;
    wr_error *err;
    wr_status status;
} check_state;

static bool check_part(void *user, const char *name, const char *file)
{
    (void)name;
    check_state *st = user;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", st->template_dir, file);
    st->status = wr_tpl_check_file(path, st->known, st->found, st->err);
    return st->status == WR_OK;
}

/* The template and every part against the names the fill can set. */
static wr_status check_names(const wr_fill_input *in, const char *template_dir, const char *template_name,
                             wr_tpl_names *known, wr_error *err)
{
    if (!wr_fill_names(in, known) || wr_tpl_names_failed(known))
        return nomem(err);
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", template_dir, template_name);
    FILE *probe = fopen(path, "rb");
    if (!probe) /* wr_tpl_expand says so in its own words */
        return WR_OK;
    fclose(probe);
    wr_tpl_unknown found = {0};
    wr_status st = wr_tpl_check_file(path, known, &found, err);
    check_state cs = {template_dir, known, &found, err, WR_OK};
    if (st == WR_OK && !wr_tpl_parts_each(template_dir, check_part, &cs))
        st = cs.status;
    if (st != WR_OK) {
        wr_strbuf_free(&found.list);
        return st;
    }
    return wr_tpl_unknown_report(&found, err);
}

/* Sets every text's TEKST_ code in the dictionaries to its marker. */
static void mark_texts(const wr_narrative *texts, wr_tpl_dict **dicts, size_t ndicts)
{
    for (size_t i = 0; i < texts->count; i++) {
        char name[128], mark[64];
        wr_tpl_name("TEKST_", texts->texts[i].name, name, sizeof name);
        snprintf(mark, sizeof mark, MARK "%zu%c", i, MARK_END);
        for (size_t d = 0; d < ndicts; d++)
            wr_tpl_dict_set(dicts[d], name, mark);
    }
}

static size_t lines_of(const char *text)
{
    size_t n = 0, len = strlen(text);
    for (size_t i = 0; i < len; i++)
        n += text[i] == '\n';
    return n + (len > 0 && text[len - 1] != '\n');
}

/* Puts the texts back where the markers of marked[] stand, recording their lines in map;
 * the result goes to *out. */
static bool splice(const char *marked, const wr_narrative *texts, wr_source_map *map, wr_strbuf *out)
{
    size_t line = 1, mark_len = strlen(MARK);
    const char *p = marked;
    for (;;) {
        const char *at = strstr(p, MARK);
        if (!at) {
            wr_strbuf_puts(out, p);
            break;
        }
        for (const char *q = p; q < at; q++)
            line += *q == '\n';
        wr_strbuf_append(out, p, (size_t)(at - p));
        char *end;
        unsigned long i = strtoul(at + mark_len, &end, 10);
        if (*end != MARK_END || i >= texts->count)
            return false;
        const wr_narrative_text *t = &texts->texts[i];
        size_t n = lines_of(t->text);
        if (!t->missing && n > 0) {
            wr_strbuf path = {0};
            wr_strbuf_printf(&path, "%s/%s.md", texts->folder, t->name);
            bool ok = !path.failed && wr_source_map_add(map, wr_strbuf_cstr(&path), line, n);
            wr_strbuf_free(&path);
            if (!ok)
                return false;
        }
        wr_strbuf_puts(out, t->text);
        for (const char *q = t->text; *q; q++)
            line += *q == '\n';
        p = end + 1;
    }
    return !out->failed;
}

/* The map of the texts in `real`: expands again with markers and checks that putting the
 * texts back gives `real` exactly. */
static wr_status map_texts(const wr_fill_input *in, const char *template_dir, const char *template_name,
                           wr_tpl_dict **dicts, size_t ndicts, const wr_filled_report *real, wr_source_map *map,
                           wr_error *err)
{
    char *marked = NULL;
    mark_texts(in->texts, dicts, ndicts);
    wr_status st = wr_tpl_expand(template_dir, template_name, dicts[0], &marked, NULL, err);
    if (st != WR_OK)
        return st;
    wr_strbuf spliced = {0};
    bool ok = splice(marked, in->texts, map, &spliced);
    free(marked);
    if (spliced.failed) {
        wr_strbuf_free(&spliced);
        return nomem(err);
    }
    if (!ok || spliced.len != real->len || memcmp(wr_strbuf_cstr(&spliced), real->markdown, real->len) != 0)
        st = wr_error_set(err, WR_ERR_CONFIG,
                          "Het sjabloon %s/%s verandert de teksten van het team onderweg (bijvoorbeeld "
                          "{{TEKST_GEDAAN:h}}); zet elke tekst er ongewijzigd in met {{TEKST_NAAM}}.",
                          template_dir, template_name);
    wr_strbuf_free(&spliced);
    return st;
}

wr_status wr_fill_report(const wr_fill_input *in, const char *template_dir, const char *template_name,
                         wr_filled_report *out, wr_error *err)
{
    memset(out, 0, sizeof *out);
    wr_tpl_dict *dicts[1 + MAX_PARTS];
    size_t nparts = 0;
    wr_tpl_names *known = wr_tpl_names_new();
    wr_tpl_dict *dict = wr_tpl_dict_new();
    wr_status st = WR_OK;
    if (!known || !dict || !(out->sources = wr_source_map_new())) {
        st = nomem(err);
        goto done;
    }
    wr_tpl_dict_record(dict, known);
    dicts[0] = dict;
    /* The template data once, into the template and every included part alike. */
    if (!wr_tpl_include_parts(dict, template_dir, dicts + 1, MAX_PARTS, &nparts) ||
        !wr_tpl_dict_mirror(dict, dicts + 1, nparts) || !wr_fill_template_data(dict, in) ||
        !wr_tpl_dict_mirror(dict, NULL, 0)) {
        st = nomem(err);
        goto done;
    }
    if ((st = check_names(in, template_dir, template_name, known, err)) != WR_OK)
        goto done;
    if ((st = wr_tpl_expand(template_dir, template_name, dict, &out->markdown, &out->len, err)) != WR_OK)
        goto done;
    st = map_texts(in, template_dir, template_name, dicts, 1 + nparts, out, out->sources, err);
done:
    wr_tpl_dict_free(dict);
    wr_tpl_names_free(known);
    if (st != WR_OK)
        wr_filled_report_clear(out);
    return st;
}

void wr_filled_report_clear(wr_filled_report *r)
{
    if (!r)
        return;
    free(r->markdown);
    wr_source_map_free(r->sources);
    memset(r, 0, sizeof *r);
}
