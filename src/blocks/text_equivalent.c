#include "blocks/text_equivalent.h"

#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "blocks/chart_geometry.h"

/* Appends s and a full stop, unless s already ends a sentence. */
static void sentence(wr_strbuf *b, const char *s)
{
    size_t n = strlen(s);
    while (n > 0 && s[n - 1] == ' ')
        n--;
    if (n == 0)
        return;
    if (b->len > 0)
        wr_strbuf_puts(b, " ");
    wr_strbuf_append(b, s, n);
    if (!strchr(".!?:", s[n - 1]))
        wr_strbuf_puts(b, ".");
}

char *wr_chart_text_equivalent(const wr_chart *c)
{
    wr_strbuf b = {0};
    wr_strbuf_puts(&b, c->title);
    if (c->unit)
        wr_strbuf_printf(&b, " (%s)", c->unit);
    wr_strbuf_puts(&b, ".");
    sentence(&b, c->text);
    if (c->nrows > 0)
        wr_strbuf_puts(&b, " Cijfers:");
    for (size_t r = 0; r < c->nrows; r++) {
        wr_strbuf_printf(&b, " %s:", c->rows[r].label);
        for (size_t s = 0; s < c->nseries; s++) {
            wr_strbuf_puts(&b, s > 0 ? ", " : " ");
            if (c->nseries > 1 && c->series[s])
                wr_strbuf_printf(&b, "%s ", c->series[s]);
            wr_strbuf_puts(&b, c->rows[r].cells[s].text);
        }
        wr_strbuf_puts(&b, r + 1 < c->nrows ? ";" : ".");
    }
    if (c->has_target) {
        char *target = wr_chart_target_legend(c);
        if (!target)
            b.failed = true;
        else
            sentence(&b, target);
        free(target);
    }
    return wr_strbuf_take(&b);
}

char *wr_keyfigs_text_equivalent(const wr_keyfigs *k, size_t from, size_t to)
{
    wr_strbuf b = {0};
    for (size_t i = from; i < to && i < k->count; i++) {
        const wr_keyfig *f = &k->items[i];
        wr_strbuf_printf(&b, "%s%s: %s", i > from ? "; " : "", f->label, f->value);
        if (f->change)
            wr_strbuf_printf(&b, ", %s", f->change);
    }
    wr_strbuf_puts(&b, ".");
    return wr_strbuf_take(&b);
}
