/* The narrative side of a run: which text list it uses, the `teksten` command that
 * scaffolds a period's (or the Kadernota outlook's) text files from that list, and the
 * rules every document keeps: missing texts are listed, and --definitief refuses while
 * one is missing or holds what looks like personal data. */
#ifndef WR_APP_TEXTS_H
#define WR_APP_TEXTS_H

#include <stdbool.h>

#include "app/run_options.h"
#include "base/error.h"
#include "config/config.h"
#include "narrative/narrative.h"
#include "narrative/scaffold.h"
#include "narrative/spec.h"

/* Loads the text list named in the settings ([teksten] lijst), or without one (cfg NULL
 * or no such setting) <templates_dir>/teksten.ini. */
wr_status wr_texts_list_load(const wr_config *cfg, const char *templates_dir, wr_narrative_list **out, wr_error *err);

/* The district factsheets' texts: one per district of cfg (narrative/spec.h). */
wr_status wr_texts_district_list(const wr_config *cfg, wr_narrative_list **out, wr_error *err);

/* Where `wijkrapport teksten` looks; the NULL ones default as for a report run. */
typedef struct {
    const char *data_dir;     /* export folder */
    const char *texts_dir;    /* NULL = <data_dir>/teksten */
    const char *config_path;  /* NULL = <data_dir>/wijkrapport.ini, used only when it exists */
    const char *templates_dir; /* the templates folder (holds the text list) */
} wr_texts_places;

/* `wijkrapport teksten`: reads the settings file (when named, or when the default one
 * exists; without one the templates' list is used), the text list, and creates the
 * missing text files of period_code in the texts folder. On success *out is freed with
 * wr_scaffold_result_free. */
wr_status wr_texts_scaffold(const wr_texts_places *at, const char *period_code, bool year, wr_scaffold_result **out,
                            wr_error *err);

/* The texts folder: --teksten (texts_dir, may be NULL), else <data_dir>/teksten. */
void wr_texts_dir(const char *data_dir, const char *texts_dir, char *out, size_t size);

/* `wijkrapport teksten kadernota-JAAR`: creates the outlook's text
 * (<teksten>/kadernota-<jaar>/toelichting.md) when it is missing. */
wr_status wr_texts_scaffold_outlook(const wr_texts_places *at, int target_year, wr_scaffold_result **out,
                                    wr_error *err);

/* Adds the texts of `texts` that are missing or unfinished to *missing (count *count) as
 * "path (title)"; the financial interim report counts only its finance text. */
wr_status wr_texts_note_missing(const wr_narrative *texts, wr_report_kind kind, char ***missing, size_t *count,
                                wr_error *err);

/* The refusal of --definitief while texts are missing or unfinished, or while a text
 * holds what looks like personal data: one Dutch message listing them all. Returns
 * WR_ERR_INPUT. */
wr_status wr_texts_refuse_unfinished(char *const *missing, size_t missing_count, char *const *findings,
                                     size_t finding_count, wr_error *err);

#endif
