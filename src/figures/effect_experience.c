/* Client experience for a period: per question n and % scoring 4 or 5 (ervaring_eens_pct,
 * rapportcijfer excluded), and the mean rapportcijfer (rapportcijfer_gem, totaal only).
 * A year sums the buckets of its four quarters. */
#include "figures/effect_experience.h"

#include <stdlib.h>
#include <string.h>

#include "base/format_nl.h"
#include "input/outcome_store.h"

/* Sums the buckets of every quarter of p into sums[slot]. */
static void sum_period(const wr_experience_store *s, wr_period p, wr_answer_bucket *sums)
{
    int first, last;
    wr_outcome_period_quarters(p, &first, &last);
    for (int q = first; q >= 0 && q <= last; q++)
        for (size_t slot = 0; slot < s->slots; slot++) {
            const wr_answer_bucket *b = &s->buckets[(size_t)q * s->slots + slot];
            sums[slot].n += b->n;
            sums[slot].agree += b->agree;
            sums[slot].sum += b->sum;
        }
}

static void fill_question(wr_experience_question *q, const char *code, const char *label, const wr_answer_bucket *b)
{
    q->code = code;
    q->label = label;
    q->n = b->n;
    q->agree = b->agree;
    q->has_value = b->n > 0;
    q->agree_pct = b->n > 0 ? wr_round(100.0 * (double)b->agree / (double)b->n, 1) : 0;
    q->mean = b->n > 0 ? wr_round(b->sum / (double)b->n, 2) : 0;
}

wr_status wr_outcome_experience(const wr_outcome_data *d, const wr_config *cfg, wr_period p,
                                wr_experience_summary *out, wr_error *err)
{
    memset(out, 0, sizeof *out);
    if (!wr_outcome_delivered(d, WR_FILE_ERVARINGEN) || !d->experience.buckets)
        return WR_OK;
    const wr_experience_store *s = &d->experience;
    wr_answer_bucket *sums = calloc(s->slots, sizeof *sums);
    out->questions = calloc(s->slots, sizeof *out->questions);
    if (!sums || !out->questions) {
        free(sums);
        wr_experience_summary_clear(out);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    sum_period(s, p, sums);
    for (size_t q = 0; q < cfg->questions.count; q++)
        if (q != s->grade_slot)
            fill_question(&out->questions[out->question_count++], cfg->questions.items[q].code,
                          cfg->questions.items[q].label, &sums[q]);
    if (sums[s->unknown_slot].n > 0)
        fill_question(&out->questions[out->question_count++], "onbekend", wr_code_list_label(&cfg->questions, -1),
                      &sums[s->unknown_slot]);
    const wr_answer_bucket *grade = &sums[s->grade_slot];
    out->grade_n = grade->n;
    out->has_grade = grade->n > 0;
    out->grade_mean = grade->n > 0 ? wr_round(grade->sum / (double)grade->n, 2) : 0;
    out->grade_sum = grade->sum;
    free(sums);
    return WR_OK;
}

void wr_experience_summary_clear(wr_experience_summary *s)
{
    if (!s)
        return;
    free(s->questions);
    memset(s, 0, sizeof *s);
}

wr_status wr_figures_experience(const wr_outcome_data *d, const wr_config *cfg, wr_figures *f, wr_error *err)
{
    if (!wr_outcome_delivered(d, WR_FILE_ERVARINGEN))
        return WR_OK;
    wr_experience_summary sum;
    wr_status st = wr_outcome_experience(d, cfg, f->period, &sum, err);
    if (st != WR_OK)
        return st;
    bool ok = true;
    for (size_t i = 0; i < sum.question_count && ok; i++) {
        const wr_experience_question *q = &sum.questions[i];
        wr_figure *fig = wr_figures_add(f, WR_DEEL_EFFECT, "ervaring_eens_pct", "vraag", q->code, q->label,
                                        WR_KIND_PERCENT);
        if ((ok = fig != NULL))
            wr_figure_set_ratio(fig, (double)q->agree, q->n, 1, 100.0);
    }
    if (ok) {
        wr_figure *fig = wr_figures_add(f, WR_DEEL_EFFECT, "rapportcijfer_gem", "totaal", "totaal", "Totaal",
                                        WR_KIND_MEAN);
        if ((ok = fig != NULL)) { /* the summary's mean is already rounded as published */
            wr_figure_set_ratio(fig, sum.grade_sum, sum.grade_n, 2, 1.0);
            fig->value = sum.grade_mean;
        }
    }
    wr_experience_summary_clear(&sum);
    return ok ? WR_OK : wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
}
