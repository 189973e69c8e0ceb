/* Part 3 "effect", client experience (ervaringen.csv) for a period P: answers with datum in
 * P, per question the share scoring 4 or 5, and the mean rapportcijfer. */
#ifndef WR_FIGURES_EFFECT_EXPERIENCE_H
#define WR_FIGURES_EFFECT_EXPERIENCE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"
#include "base/period.h"
#include "config/config.h"
#include "figures/figures.h"
#include "input/outcome_data.h"

typedef struct {
    const char *code;  /* vraag code, or "onbekend" */
    const char *label; /* question text from the configuration */
    long n;            /* answers */
    long agree;        /* answers with score >= 4 */
    bool has_value;    /* n > 0; when false the values below are 0 */
    double agree_pct;  /* 100 * agree / n, one decimal */
    double mean;       /* mean score, two decimals */
} wr_experience_question;

typedef struct {
    wr_experience_question *questions; /* configured order without rapportcijfer; "onbekend" last, only when n > 0 */
    size_t question_count;
    long grade_n;                      /* rapportcijfer answers */
    bool has_grade;                    /* grade_n > 0 */
    double grade_mean;                 /* two decimals */
    double grade_sum;                  /* the scores added up, exact */
} wr_experience_summary;

/* Fills out (the caller clears it with wr_experience_summary_clear); WR_ERR_NOMEM only. An
 * undelivered file gives an empty summary (question_count 0, grade_n 0). */
wr_status wr_outcome_experience(const wr_outcome_data *d, const wr_config *cfg, wr_period p,
                                wr_experience_summary *out, wr_error *err);
void wr_experience_summary_clear(wr_experience_summary *s);

/* Appends ervaring_eens_pct (per vraag, rapportcijfer excluded) and rapportcijfer_gem
 * (totaal) for f->period when ervaringen.csv was delivered; d may be NULL. */
wr_status wr_figures_experience(const wr_outcome_data *d, const wr_config *cfg, wr_figures *f, wr_error *err);

#endif
