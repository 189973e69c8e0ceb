#include "base/diag.h"

#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"

void wr_diag_add(wr_diag_list *list, wr_diag_kind kind, wr_severity severity, const char *file, long line,
                 int column, const char *column_name, const char *value, const char *message)
{
    if (list->count == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 32;
        wr_diag *items = realloc(list->items, cap * sizeof *items);
        if (!items) {
            list->out_of_memory = 1;
            return;
        }
        list->items = items;
        list->cap = cap;
    }
    wr_diag *d = &list->items[list->count];
    d->kind = kind;
    d->severity = severity;
    d->line = line;
    d->column = column;
    d->file = wr_strdup(file ? file : "");
    d->column_name = wr_strdup(column_name ? column_name : "");
    d->value = wr_strdup(value ? value : "");
    d->message = wr_strdup(message ? message : "");
    if (!d->file || !d->column_name || !d->value || !d->message) {
        free(d->file);
        free(d->column_name);
        free(d->value);
        free(d->message);
        list->out_of_memory = 1;
        return;
    }
    list->count++;
}

const char *wr_diag_kind_label(wr_diag_kind kind)
{
    switch (kind) {
    case WR_DIAG_UNKNOWN_COLUMN: return "onbekende kolom";
    case WR_DIAG_MISSING_FIELD: return "verplicht veld leeg";
    case WR_DIAG_INVALID_DATE: return "ongeldige datum";
    case WR_DIAG_INVALID_NUMBER: return "ongeldig getal";
    case WR_DIAG_UNKNOWN_CODE: return "onbekende code";
    case WR_DIAG_DUPLICATE_KEY: return "dubbele sleutel";
    case WR_DIAG_DATE_ORDER: return "onmogelijke datumvolgorde";
    case WR_DIAG_MISSING_EXPECTED: return "verwacht veld leeg";
    case WR_DIAG_INCONSISTENT: return "tegenstrijdige waarden";
    case WR_DIAG_FIELD_COUNT: return "verkeerd aantal velden";
    case WR_DIAG_KIND_COUNT: break;
    }
    return "overig";
}

const char *wr_severity_label(wr_severity severity)
{
    switch (severity) {
    case WR_SEVERITY_NOTE: return "opmerking";
    case WR_SEVERITY_WARNING: return "waarschuwing";
    case WR_SEVERITY_ERROR: return "fout";
    }
    return "fout";
}

void wr_diag_list_move(wr_diag_list *into, wr_diag_list *from)
{
    into->out_of_memory |= from->out_of_memory;
    from->out_of_memory = 0;
    if (!from->count)
        return;
    if (into->count + from->count > into->cap) {
        size_t cap = into->cap ? into->cap : 32;
        while (cap < into->count + from->count)
            cap *= 2;
        wr_diag *items = realloc(into->items, cap * sizeof *items);
        if (!items) {
            into->out_of_memory = 1;
            wr_diag_list_clear(from);
            return;
        }
        into->items = items;
        into->cap = cap;
    }
    memcpy(into->items + into->count, from->items, from->count * sizeof *from->items);
    into->count += from->count;
    from->count = 0;
}

void wr_diag_list_clear(wr_diag_list *list)
{
    if (!list)
        return;
    for (size_t i = 0; i < list->count; i++) {
        free(list->items[i].file);
        free(list->items[i].column_name);
        free(list->items[i].value);
        free(list->items[i].message);
    }
    free(list->items);
    list->items = NULL;
    list->count = list->cap = 0;
}
