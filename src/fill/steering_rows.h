/* Template values for the steering parts of a report that are sentences or settings
 * rather than figure rows: the norms' targets, how far the effect figures reach (ZRM
 * coverage and survey response, with what that means for trusting them), the group
 * activities for young people, and whether the reasons include bringing up children. */
#ifndef WR_FILL_STEERING_ROWS_H
#define WR_FILL_STEERING_ROWS_H

#include <stdbool.h>
#include <stddef.h>

#include "fill/fill_input.h"
#include "fill/name_set.h"
#include "fill/template_fill.h"

/* {{DOEL_EERSTE_CONTACT}}, {{DOEL_START}} ("100%"); {{ZRM_DEKKING_ZIN}}, {{RESPONS_ZIN}};
 * {{#MET_JEUGDACTIVITEITEN}} or {{#ZONDER_JEUGDACTIVITEITEN}}; {{#MET_REDEN_OPVOEDING}}
 * with {{REDEN_OPVOEDING}} (the label of reden_instroom "opvoeding"). False on out of
 * memory. */
bool wr_fill_steering(wr_tpl_dict *dict, const wr_fill_input *in);

/* Adds every name the steering parts of the fill can set (this file's, the summary's
 * {{IN_HET_KORT}}, the trend table's revision note and the norm row sets), for the check
 * of unknown template codes (fill/template_names.h); false when out of memory. */
bool wr_fill_steering_names(wr_tpl_names *out);

/* The sentences themselves, for the tests: what the ZRM coverage and the response (both
 * figure rows; NULL: not delivered) mean for the figures they qualify; "" when there is
 * nothing to say. */
void wr_coverage_sentence(const wr_figure *coverage, const wr_config *cfg, char *buf, size_t size);
void wr_response_sentence(const wr_figure *response, const wr_config *cfg, char *buf, size_t size);

#endif
