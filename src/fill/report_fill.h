/* Fills a report template in one call: the dictionary from the figures model, settings
 * and texts (fill/template_data.h) with the shared parts (fill/template_parts.h), a check
 * that the template and its parts use only codes the fill can set (fill/template_check.h),
 * the expansion, and the map of which lines of the result come from which of the team's
 * texts (fill/source_map.h).
 *
 * The map is found by expanding a second time with a marker in place of every text and
 * putting the texts back where the markers landed; the result must equal the normal
 * expansion byte for byte, so the map can never disagree with the Markdown it describes.
 * (Only a template that changes a text on the way, such as {{TEKST_GEDAAN:h}}, makes them
 * differ: that is refused.) */
#ifndef WR_REPORT_FILL_H
#define WR_REPORT_FILL_H

#include <stddef.h>

#include "base/error.h"
#include "fill/fill_input.h"
#include "fill/source_map.h"

typedef struct {
    char *markdown;          /* the filled template, NUL-terminated */
    size_t len;
    wr_source_map *sources;  /* lines that come from the texts */
} wr_filled_report;

/* Fills template_dir/template_name for in. A code the fill never sets is WR_ERR_CONFIG
 * naming the template file and line; a missing or broken template too. On success the
 * caller clears *out with wr_filled_report_clear. */
wr_status wr_fill_report(const wr_fill_input *in, const char *template_dir, const char *template_name,
                         wr_filled_report *out, wr_error *err);

/* Frees what *r holds and empties it; accepts NULL. */
void wr_filled_report_clear(wr_filled_report *r);

#endif
