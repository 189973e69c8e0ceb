/* Fills the Kadernota outlook's template (templates/kadernota.md) from the outlook model
 * (figures/outlook.h): the table per measure and onderdeel, a chart per measure, the
 * backtest, the demography and the budget need. Values are formatted the Dutch way; a
 * history value a public document hides shows "<5" or "x". The template is checked
 * against the names of wr_fill_outlook_names first (fill/template_names.h). */
#ifndef WR_OUTLOOK_FILL_H
#define WR_OUTLOOK_FILL_H

#include <stdbool.h>

#include "base/error.h"
#include "config/config.h"
#include "figures/outlook.h"
#include "fill/report_fill.h"
#include "narrative/narrative.h"

/* The formatted values of one series, shared by the document and the workbook so the
 * three outputs show the same figures. */
typedef struct {
    char outlook[32], low[32], high[32], base[32], demographic[32], demo_factor[32], autonomous[32];
    char bt_forecast[32], bt_low[32], bt_high[32], bt_actual[32], bt_error[32], bt_verdict[48];
    /* Growth from the base year: the outlook, and demography alone ("+15,6%"); "–" when unknown. */
    char growth[32], demo_growth[32];
} wr_outlook_texts;
void wr_outlook_series_texts(const wr_outlook_series *s, wr_outlook_texts *t);

/* Fills template_dir/template_name; on success the caller clears *out. The team's
 * text (texts: the outlook's list, narrative/spec.h; NULL: none) goes where the template
 * says {{TEKST_TOELICHTING}}, as written, its lines recorded in out->sources. */
wr_status wr_fill_outlook(const wr_outlook *o, const wr_config *cfg, const wr_narrative *texts, bool draft,
                          const char *template_dir, const char *template_name, wr_filled_report *out,
                          wr_error *err);

#endif
