/* The municipality's configuration: names, code lists with Dutch labels, norms, privacy
 * threshold, extra non-working days, financial checks, the survey's grade question and
 * the text list. Read from an INI file with inih.
 * wr_config_load allocates the config; wr_config_free releases it and everything in it. */
#ifndef WR_CONFIG_H
#define WR_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "config/codelist.h"
#include "config/outlook_settings.h"
#include "base/date.h"
#include "base/error.h"

typedef enum {
    WR_CHECK_MIN_REALISATION,  /* realisation of an earmark at least `amount` a year */
    WR_CHECK_BUDGET,           /* budget of an earmark equals `amount` */
    WR_CHECK_MAX_PROFIT_PCT    /* total budget minus realisation at most `amount` % of budget */
} wr_check_kind;

typedef struct {
    wr_check_kind kind;
    char *earmark;   /* NULL for the profit check */
    double amount;
} wr_finance_check;

typedef struct {
    char *programme;     /* "Gewoon in de Wijk" */
    char *provider;      /* "Buurts" */
    char *client;        /* "Gemeente Haarlem" */

    wr_code_list parts;          /* onderdeel */
    wr_code_list districts;      /* wijk */
    wr_code_list reasons_in;     /* reden_instroom */
    wr_code_list domains;        /* leefgebieden */
    wr_code_list reasons_out;    /* reden_uitstroom */
    wr_code_list questions;      /* vraag, label = question text */
    wr_code_list channels;       /* kanaal */
    wr_code_list themes;         /* thema of activities */
    wr_code_list statuses;       /* status of agreements */
    wr_code_list complaint_kinds;    /* aard */
    wr_code_list complaint_outcomes; /* uitkomst */
    wr_code_list goal_results;   /* doelrealisatie */
    wr_code_list earmarks;       /* oormerk */
    wr_code_list posts;          /* optional labels for the budget posts of financien.csv */
    wr_code_list age_groups;     /* fixed: 0-17, 18-26, 27-64, 65+ */

    wr_code_list dropout_reasons;  /* reden_uitstroom codes that count as dropout */
    wr_code_list planned_reasons;  /* reden_uitstroom codes that count as ended as planned */

    int norm_first_contact_working_days; /* 5 */
    int norm_start_days;                 /* 28 */
    int complaint_term_days;             /* 42 */
    int repeat_window_days;              /* 182 */
    /* [normen] eerste_contact_doel_pct, start_doel_pct: the share of trajectories the
     * agreements want within each norm. Default 100: section 4.3 of the execution
     * agreements says "uiterlijk" (at the latest), so every trajectory. */
    double norm_first_contact_target_pct;
    double norm_start_target_pct;

    int privacy_threshold;         /* counts 1 .. threshold-1 are shown as "<threshold" */
    int privacy_min_denominator;   /* percentages with a smaller denominator are hidden */
    bool suppress_in_appendix;     /* apply the same suppression to workbook and export */

    wr_day *extra_holidays;
    size_t extra_holiday_count;

    wr_finance_check *checks;
    size_t check_count;
    /* [prognose] marge_pct: a post whose year-end forecast differs from its budget by more
     * than this percentage of the budget is a signal; the checks keep this share of their
     * amount as room (figures/financien_checks.h). Default 2. */
    double forecast_margin_pct;

    /* [in_het_kort] marge_pct: a change of at most this percentage of the value a year
     * before is "about the same" in the summary's findings. Default 2. */
    double summary_margin_pct;
    /* [jeugd] themas and namen: the group activities that count as activities for young
     * people: a thema in youth_themes (codes of [themas]), or a naam that contains one of
     * youth_words (lower case). Both empty: no activity is marked. */
    wr_code_list youth_themes;
    wr_code_list youth_words;

    /* [vragenlijst] rapportcijfer: the code of the overall grade question (scale 1-10) in
     * ervaringen.csv, lower case, at most WR_GRADE_CODE_MAX bytes; "rapportcijfer". */
    char *grade_question;
    /* [teksten] lijst: the text list file (narrative/spec.h), relative paths taken from the
     * settings file's folder; NULL: the templates folder's teksten.ini. */
    char *text_list;
    /* [algemeen] publicatiedatum: the date on the cover and in the documents' metadata;
     * WR_DAY_NONE when not set (the command line, SOURCE_DATE_EPOCH or today instead). */
    wr_day publication_date;
    /* [algemeen] archiefnorm: the PDF/A part the PDFs claim, 1 (PDF/A-1a, the default) or
     * 2 (PDF/A-2a: object streams allowed, so a tagged PDF is about a third smaller). */
    int pdfa_part;
    /* [bevolking] and [kadernota]: the Kadernota outlook (config/outlook_settings.h). */
    wr_outlook_settings outlook;
    /* [inwoners] districtcode = number: the inhabitants of each district, for the reach
     * per 1,000 inhabitants. inhabitants[i] belongs to districts.items[i]; 0 when the
     * settings give no number for that district (it then has no such figure). NULL when
     * the section is absent. A code that is not a configured district is refused. */
    long *inhabitants;
} wr_config;

#define WR_GRADE_CODE_MAX 63
/* [leefgebieden] holds at most this many codes: a trajectory keeps its domains as bits. */
#define WR_DOMAIN_MAX 64

/* A configuration with the contract's defaults and Haarlem's fixed lists but no names
 * or municipal code lists. NULL on out of memory. */
wr_config *wr_config_new_defaults(void);
wr_status wr_config_load(const char *path, wr_config **out, wr_error *err);
/* The same from an open stream; path names it in messages and is where relative paths in
 * the settings are taken from. The caller closes fp. */
wr_status wr_config_read(FILE *fp, const char *path, wr_config **out, wr_error *err);
void wr_config_free(wr_config *cfg);

#endif
