/* Client experience (ervaringen.csv, `;`-separated) on tests/fixtures/uitkomst, with
 * hand-computed expectations. In 2026-Q2 (1 April - 30 June):
 *   toegankelijk     lines 3 (4, first day), 4 (3, last day), 6 (4,5), 7 (3.9): n 4, agree 2
 *                    (4,5 agrees, 3.9 does not); line 2 (31 March) and 5 (1 July) are outside;
 *                    line 8 (score 0) is rejected.                     -> 50.0%, mean 3.85
 *   serieus_genomen  lines 11 (5), 12 (5, "Serieus_Genomen", D-M-YYYY), 13 (1); line 9 (6)
 *                    is rejected                                        -> n 3, 66.7%
 *   passend          nothing in Q2 (line 24 is in 1989, 25 unreadable, 27 has no
 *                    respons_id, 28 is 30 February)                    -> no value, noemer 0
 *   onbekend         line 14 (bereikbaar, 4)                            -> n 1, 100.0%
 *   rapportcijfer    lines 15-22: 10+6+8+8+7+7+7+8 = 61 over 8 = 7.625 -> 7.63 (half away
 *                    from zero; printf would give 7.62); line 10 (11) and 26 (0) rejected. */
#include "outcome_fixture.h"

static int diags_at(long line, const char *column)
{
    return diags_in("ervaringen.csv", line, column);
}


static void test_quarter(void)
{
    wr_figures *f = figures_for(wr_period_quarter(2026, 2));
    const wr_figure *t = find(f, "ervaring_eens_pct", "vraag", "toegankelijk");
    CHECK(t->kind == WR_KIND_PERCENT && t->deel == WR_DEEL_EFFECT);
    CHECK_INT(t->denominator, 4);
    CHECK_DBL(t->value, 50.0, 1e-9);
    CHECK_STR(t->label, "Ik wist waar ik terecht kon met mijn vraag");
    CHECK_INT(find(f, "ervaring_eens_pct", "vraag", "serieus_genomen")->denominator, 3);
    CHECK_DBL(find(f, "ervaring_eens_pct", "vraag", "serieus_genomen")->value, 66.7, 1e-9);
    const wr_figure *p = find(f, "ervaring_eens_pct", "vraag", "passend");
    CHECK(!p->has_value && p->has_denominator);
    CHECK_INT(p->denominator, 0);
    CHECK_DBL(find(f, "ervaring_eens_pct", "vraag", "onbekend")->value, 100.0, 1e-9);
    CHECK(wr_figures_find(f, "ervaring_eens_pct", "vraag", "rapportcijfer") == NULL);
    CHECK(wr_figures_find(f, "ervaring_eens_pct", "totaal", "totaal") == NULL);
    const wr_figure *grade = find(f, "rapportcijfer_gem", "totaal", "totaal");
    CHECK(grade->kind == WR_KIND_MEAN && grade->has_value);
    CHECK_INT(grade->denominator, 8);
    CHECK_DBL(grade->value, 7.63, 1e-9);
    CHECK(grade->public_show == WR_SHOW_SMALL_BASE); /* fewer than 10 answers */
    wr_figures_free(f);

    /* 2026-Q3: line 5 (toegankelijk 5), line 23 (rapportcijfer 7,5), line 29 (passend 5,
     * unknown onderdeel: reported, answer kept). No unknown question, so no onbekend row. */
    f = figures_for(wr_period_quarter(2026, 3));
    CHECK_INT(find(f, "ervaring_eens_pct", "vraag", "toegankelijk")->denominator, 1);
    CHECK_DBL(find(f, "ervaring_eens_pct", "vraag", "passend")->value, 100.0, 1e-9);
    CHECK_DBL(find(f, "rapportcijfer_gem", "totaal", "totaal")->value, 7.5, 1e-9);
    CHECK(wr_figures_find(f, "ervaring_eens_pct", "vraag", "onbekend") == NULL);
    wr_figures_free(f);
}

static void test_year(void)
{
    /* The year sums its quarters: toegankelijk 5 (Q1) + Q2 + 5 (Q3) = n 6, agree 4 = 66.7%;
     * rapportcijfer (61 + 7,5) / 9 = 7.611 -> 7.61. */
    wr_experience_summary s;
    wr_error err = {0};
    CHECK(wr_outcome_experience(od, cfg, wr_period_year(2026), &s, &err) == WR_OK);
    CHECK_INT(s.question_count, 4); /* toegankelijk, serieus_genomen, passend, onbekend */
    CHECK_STR(s.questions[0].code, "toegankelijk");
    CHECK_INT(s.questions[0].n, 6);
    CHECK_INT(s.questions[0].agree, 4);
    CHECK_DBL(s.questions[0].agree_pct, 66.7, 1e-9);
    CHECK_STR(s.questions[2].code, "passend");
    CHECK_STR(s.questions[3].code, "onbekend");
    CHECK_INT(s.grade_n, 9);
    CHECK_DBL(s.grade_mean, 7.61, 1e-9);
    wr_experience_summary_clear(&s);
    CHECK(wr_outcome_experience(od, cfg, wr_period_quarter(2026, 2), &s, &err) == WR_OK);
    CHECK_DBL(s.questions[0].mean, 3.85, 1e-9);
    wr_experience_summary_clear(&s);
    /* A year without answers. */
    wr_figures *f = figures_for(wr_period_year(2025));
    CHECK(!find(f, "rapportcijfer_gem", "totaal", "totaal")->has_value);
    CHECK_INT(find(f, "rapportcijfer_gem", "totaal", "totaal")->denominator, 0);
    wr_figures_free(f);
}

static void test_diagnostics(void)
{
    CHECK_INT(diags_at(8, "score"), 1);   /* 0 */
    CHECK_INT(diags_at(9, "score"), 1);   /* 6 */
    CHECK_INT(diags_at(10, "score"), 1);  /* rapportcijfer 11 */
    CHECK_INT(diags_at(16, "score"), 0);  /* rapportcijfer 6 is fine */
    CHECK_INT(diags_at(14, "vraag"), 1);  /* unknown question */
    CHECK_INT(diags_at(24, "datum"), 1);  /* 1989 */
    CHECK_INT(diags_at(25, "score"), 1);  /* abc */
    CHECK_INT(diags_at(25, "onderdeel"), 1);
    CHECK_INT(diags_at(27, "respons_id"), 1);
    CHECK_INT(diags_at(28, "datum"), 1);  /* 30 February */
    CHECK_INT(diags_at(6, "score") + diags_at(7, "score"), 0); /* decimals inside the scale */
}

int main(void)
{
    if (!fixture_open())
        return 1;
    CHECK(delivered[WR_FILE_ERVARINGEN]);
    test_quarter();
    test_year();
    test_diagnostics();
    fixture_close();
    return check_summary("uitkomst: ervaringen");
}
