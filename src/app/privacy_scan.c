#include "app/privacy_scan.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "blocks/published_text.h"
#include "narrative/guard.h"

static wr_status nomem(wr_error *err)
{
    return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
}

/* Scans text as written (*written) and as published (*shown). The findings as published
 * get the line of the source they come from (no column) and are left out when the same
 * match was found on the same line as written. The caller frees both lists. */
static wr_status scan_both(const char *text, size_t len, wr_guard_findings **written, wr_guard_findings **shown,
                           wr_error *err)
{
    *written = *shown = NULL;
    wr_published_text pub;
    if (!wr_published_text_make(text, len, WR_PUBLISHED_LINK_TARGETS, &pub))
        return nomem(err);
    wr_status st = wr_guard_scan(text, len, written, err);
    if (st == WR_OK)
        st = wr_guard_scan(pub.text, pub.len, shown, err);
    if (st == WR_OK) {
        wr_guard_findings *s = *shown;
        size_t kept = 0;
        for (size_t i = 0; i < s->count; i++) {
            wr_guard_finding g = s->items[i];
            g.line = wr_published_line(&pub, g.offset);
            g.column = 0;
            bool seen = false;
            for (size_t k = 0; k < (*written)->count && !seen; k++) {
                const wr_guard_finding *w = &(*written)->items[k];
                seen = w->line == g.line && w->kind == g.kind && strcmp(w->masked, g.masked) == 0;
            }
            if (seen)
                free(g.masked);
            else
                s->items[kept++] = g;
        }
        s->count = kept;
    }
    wr_published_text_clear(&pub);
    return st;
}

static wr_status add(wr_warnings *found, wr_strbuf *line, wr_error *err)
{
    bool ok = !line->failed && wr_warnings_add(found, "%s", wr_strbuf_cstr(line));
    wr_strbuf_free(line);
    return ok ? WR_OK : nomem(err);
}

/* One text of the team: its file, as written and as shown. */
static wr_status scan_text(const char *path, wr_warnings *found, wr_error *err)
{
    wr_strbuf b = {0};
    if (wr_strbuf_read_file(&b, path) != 0) {
        int saved = errno;
        wr_strbuf_free(&b);
        if (saved == ENOMEM)
            return nomem(err);
        return wr_error_set(err, WR_ERR_INPUT, "%s kan niet worden gelezen (%s).", path, strerror(saved));
    }
    wr_guard_findings *written = NULL, *shown = NULL;
    wr_status st = scan_both(wr_strbuf_cstr(&b), b.len, &written, &shown, err);
    for (size_t pass = 0; st == WR_OK && pass < 2; pass++) {
        const wr_guard_findings *list = pass == 0 ? written : shown;
        for (size_t i = 0; st == WR_OK && i < list->count; i++) {
            wr_strbuf line = {0};
            wr_guard_describe(path, &list->items[i], &line);
            st = add(found, &line, err);
        }
    }
    wr_guard_findings_free(written);
    wr_guard_findings_free(shown);
    wr_strbuf_free(&b);
    return st;
}

/* One field of a row of the export (a CSV field may span lines). */
static wr_status scan_field(const char *path, long row_line, const char *field, const char *value,
                            wr_warnings *found, wr_error *err)
{
    if (!value || !*value)
        return WR_OK;
    wr_guard_findings *written = NULL, *shown = NULL;
    wr_status st = scan_both(value, strlen(value), &written, &shown, err);
    for (size_t pass = 0; st == WR_OK && pass < 2; pass++) {
        const wr_guard_findings *list = pass == 0 ? written : shown;
        for (size_t i = 0; st == WR_OK && i < list->count; i++) {
            const wr_guard_finding *g = &list->items[i];
            wr_strbuf line = {0};
            wr_strbuf_printf(&line, "%s, regel %ld, kolom %s: dit lijkt op een %s (%s). Haal persoonsgegevens van "
                                    "inwoners uit het bestand.",
                             path, row_line + (long)(g->line > 0 ? g->line - 1 : 0), field,
                             wr_guard_kind_label(g->kind), g->masked);
            st = add(found, &line, err);
        }
    }
    wr_guard_findings_free(written);
    wr_guard_findings_free(shown);
    return st;
}

wr_status wr_privacy_scan(const wr_narrative *texts, const wr_figures *f, const char *data_dir, wr_warnings *found,
                          wr_error *err)
{
    wr_status st = WR_OK;
    for (size_t i = 0; st == WR_OK && texts && i < texts->count; i++) {
        const wr_narrative_text *t = &texts->texts[i];
        if (t->missing && !t->unfinished)
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.md", texts->folder, t->name);
        st = scan_text(path, found, err);
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/afspraken.csv", data_dir);
    for (size_t i = 0; st == WR_OK && f && i < f->agreement_count; i++) {
        const wr_agreement *a = &f->agreements[i];
        st = scan_field(path, a->line, "omschrijving", a->description, found, err);
        if (st == WR_OK)
            st = scan_field(path, a->line, "toelichting", a->explanation, found, err);
    }
    snprintf(path, sizeof path, "%s/indicatoren.csv", data_dir);
    for (size_t i = 0; st == WR_OK && f && i < f->indicator_count; i++) {
        const wr_indicator *v = &f->indicators[i];
        st = scan_field(path, v->line, "omschrijving", v->description, found, err);
        if (st == WR_OK)
            st = scan_field(path, v->line, "bron", v->source, found, err);
    }
    return st;
}
