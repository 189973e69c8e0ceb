/* "In het kort" (src/fill/summary.c) on figures models made by hand: every sentence quotes
 * the figures it is built from, as the tables show them, with the direction against the
 * same period a year earlier; a hidden value is never written; the team's lines follow
 * their part. Also the sentences on ZRM coverage and response (fill/steering_rows.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "base/strbuf.h"
#include "config/config.h"
#include "figures/disclosure.h"
#include "figures/figures.h"
#include "fill/steering_rows.h"
#include "fill/summary.h"

static wr_config *cfg;

static wr_figure *count(wr_figures *f, const char *figure, const char *dimension, const char *code, double value,
                        wr_value_kind kind)
{
    wr_figure *fig = wr_figures_add(f, WR_DEEL_BEREIKT, figure, dimension, code, code, kind);
    if (!fig)
        exit(1);
    wr_figure_set_count(fig, value);
    return fig;
}

static wr_figure *pct(wr_figures *f, const char *figure, const char *dimension, const char *code, double numerator,
                      long denominator)
{
    wr_figure *fig = wr_figures_add(f, WR_DEEL_GEDAAN, figure, dimension, code, code, WR_KIND_PERCENT);
    if (!fig)
        exit(1);
    wr_figure_set_ratio(fig, numerator, denominator, 1, 100.0);
    return fig;
}

/* A quarter's model: norms, reach, waiting and effect figures. */
static wr_figures *quarter(int year, int q, double within, long out, double reach, double waiting, double long_wait,
                           double grade_sum, long grade_n)
{
    wr_figures *f = wr_figures_new(wr_period_quarter(year, q));
    pct(f, "eerste_contact_binnen_norm_pct", "totaal", "totaal", within, (long)within + out);
    count(f, "eerste_contact_buiten_norm", "totaal", "totaal", (double)out, WR_KIND_TRAJECTORIES);
    count(f, "bereik", "totaal", "totaal", reach, WR_KIND_RESIDENTS);
    count(f, "wachtend_trajecten", "totaal", "totaal", waiting + 1, WR_KIND_TRAJECTORIES);
    count(f, "wachtend_trajecten", "wachttijd", "0-14", waiting + 1 - long_wait, WR_KIND_TRAJECTORIES);
    count(f, "wachtend_trajecten", "wachttijd", "15-28", 0, WR_KIND_TRAJECTORIES);
    count(f, "wachtend_trajecten", "wachttijd", "29-56", long_wait, WR_KIND_TRAJECTORIES);
    count(f, "wachtend_trajecten", "wachttijd", "57+", 0, WR_KIND_TRAJECTORIES);
    count(f, "wachtend_inwoners", "totaal", "totaal", waiting, WR_KIND_RESIDENTS);
    wr_figure *grade = wr_figures_add(f, WR_DEEL_EFFECT, "rapportcijfer_gem", "totaal", "totaal", "", WR_KIND_MEAN);
    wr_figure_set_ratio(grade, grade_sum, grade_n, 2, 1.0);
    return f;
}

static void protect(wr_figures *f)
{
    wr_figures *set[] = {f};
    CHECK(wr_disclose_document(set, 1, cfg, NULL));
}

static char *build(const wr_figures *now, const wr_figures *before, const wr_narrative *texts, bool in_progress)
{
    wr_fill_input in = {.cfg = cfg, .current = now, .year_before = before, .texts = texts,
                        .year_in_progress = in_progress};
    wr_strbuf list = {0}, rest = {0};
    CHECK(wr_summary_build(&in, &list, &rest));
    wr_strbuf_free(&rest);
    return wr_strbuf_take(&list);
}

/* The sentence quotes the figure and the one a year earlier, with the direction: 85.0%
 * against 80.0% (6.25% higher: beyond the 2% margin), 2.240 against 2.200 (1.8% more:
 * within the margin), 239 waiting against 198; the grade 7.36 shows as 7,4 (one decimal
 * from the exact mean) against 7,3 (1.4%: about the same). */
static void directions(void)
{
    wr_figures *now = quarter(2026, 3, 850, 150, 2240, 239, 28, 736, 100);
    wr_figures *before = quarter(2025, 3, 800, 200, 2200, 198, 10, 730, 100);
    protect(now);
    protect(before);
    char *text = build(now, before, NULL, false);
    CHECK(strstr(text, "1. **Gedaan** \xE2\x80\x94 Bij 85,0% van de aanmeldingen was er binnen 5 werkdagen contact "
                       "(doel 100%), hoger dan een jaar eerder (80,0%); bij 150 trajecten duurde het langer.") != NULL);
    CHECK(strstr(text, "2. **Bereikt** \xE2\x80\x94 Dit kwartaal kregen 2.240 inwoners ondersteuning, ongeveer "
                       "evenveel als een jaar eerder (2.200). Op 30 september 2026 wachtten 239 inwoners op de start "
                       "van hun ondersteuning, meer dan een jaar eerder (198); 28 trajecten wachtten al langer dan "
                       "28 dagen.") != NULL);
    CHECK(strstr(text, "3. **Effect** \xE2\x80\x94 Inwoners geven de ondersteuning gemiddeld een 7,4, ongeveer even "
                       "hoog als een jaar eerder (7,3).") != NULL);
    /* No indicators delivered: the impact part says so; no finance: no fifth part. */
    CHECK(strstr(text, "4. **Impact** \xE2\x80\x94 Er zijn geen beleidsindicatoren aangeleverd.") != NULL);
    CHECK(strstr(text, "5.") == NULL);
    free(text);

    /* The margin from the settings: at 1% the reach of 2.240 against 2.200 is more. */
    cfg->summary_margin_pct = 1;
    text = build(now, before, NULL, false);
    CHECK(strstr(text, "kregen 2.240 inwoners ondersteuning, meer dan een jaar eerder (2.200).") != NULL);
    free(text);
    cfg->summary_margin_pct = 2;
    /* Exactly on the margin is about the same: 2.244 against 2.200 is 2.0% more. */
    ((wr_figure *)wr_figures_find(now, "bereik", "totaal", "totaal"))->value = 2244;
    text = build(now, before, NULL, false);
    CHECK(strstr(text, "kregen 2.244 inwoners ondersteuning, ongeveer evenveel als een jaar eerder (2.200).") != NULL);
    free(text);
    /* Without a year before, no comparison and no guess. */
    text = build(now, NULL, NULL, false);
    CHECK(strstr(text, "Dit kwartaal kregen 2.244 inwoners ondersteuning.") != NULL);
    free(text);
    wr_figures_free(now);
    wr_figures_free(before);
}

/* Hidden values: 3 outside the norm is "<5" and reads "minder dan 5"; a year earlier with
 * 4 waiting ("<5") gives no direction; a hidden reach ("x") leaves its sentence out; a
 * percentage over 8 trajectories ("n<10") says there were too few. */
static void hidden_values(void)
{
    wr_figures *now = quarter(2026, 3, 6, 2, 40, 12, 0, 0, 0);
    wr_figures *before = quarter(2025, 3, 30, 3, 38, 4, 0, 0, 0);
    protect(now);
    protect(before);
    ((wr_figure *)wr_figures_find(now, "bereik", "totaal", "totaal"))->public_show = WR_SHOW_PROTECTED;
    char *text = build(now, before, NULL, false);
    CHECK(strstr(text, "Er waren te weinig aanmeldingen (minder dan 10) om te zeggen hoe vaak was er binnen 5 "
                       "werkdagen contact.") != NULL);
    CHECK(strstr(text, "kregen") == NULL);
    CHECK(strstr(text, "Op 30 september 2026 wachtten 12 inwoners op de start van hun ondersteuning; geen enkel "
                       "traject wachtte langer dan 28 dagen.") != NULL);
    CHECK(strstr(text, "(4)") == NULL && strstr(text, "40") == NULL);
    free(text);
    /* The year before: 3 outside the norm is "<5", so the percentage beside it (30 of 33)
     * is "x" and no sentence names it; 4 waiting reads "minder dan 5". */
    CHECK(wr_figures_find(before, "eerste_contact_buiten_norm", "totaal", "totaal")->public_show ==
          WR_SHOW_SMALL_COUNT);
    text = build(before, NULL, NULL, false);
    CHECK(strstr(text, "werkdagen") == NULL && strstr(text, "90,9") == NULL);
    CHECK(strstr(text, "Op 30 september 2025 wachtten minder dan 5 inwoners op de start van hun ondersteuning") != NULL);
    free(text);
    wr_figures_free(now);
    wr_figures_free(before);
}

/* The annual report of a year in progress compares with the same months of the year
 * before, and a figure of one day with that day a year earlier. */
static void year_in_progress(void)
{
    wr_figures *now = quarter(2026, 3, 850, 150, 4121, 239, 28, 735, 100);
    wr_figures *before = quarter(2025, 3, 800, 200, 3818, 198, 10, 730, 100);
    now->period = wr_period_year(2026);
    now->period.end = wr_period_quarter(2026, 3).end;
    before->period = wr_period_year(2025);
    before->period.end = wr_period_quarter(2025, 3).end;
    protect(now);
    protect(before);
    char *text = build(now, before, NULL, true);
    CHECK(strstr(text, "In 2026 tot en met september kregen 4.121 inwoners ondersteuning, meer dan in dezelfde "
                       "maanden van 2025 (3.818).") != NULL);
    CHECK(strstr(text, "Op 30 september 2026 wachtten 239 inwoners op de start van hun ondersteuning, meer dan op 30 "
                       "september 2025 (198)") != NULL);
    free(text);
    wr_fill_input in = {.cfg = cfg, .current = now, .year_before = before, .year_in_progress = true};
    wr_tpl_dict *dict = wr_tpl_dict_new();
    CHECK(dict && wr_fill_summary(dict, &in));
    wr_tpl_dict_free(dict);
    wr_figures_free(now);
    wr_figures_free(before);
}

/* The team's text: a line per part goes after that part's findings, in any of the ways
 * people write it; other lines stay for below the list. */
static void team_lines(void)
{
    wr_figures *now = quarter(2026, 3, 850, 150, 2240, 239, 28, 735, 100);
    protect(now);
    wr_narrative_text kort = {.name = "kort", .title = "kort",
                              .text = "Gedaan: vakanties en vacatures.\n- **bereikt**: minder starts in augustus.\n\n"
                                      "Financiën: later betaald.\nEen slotzin.\n"};
    wr_narrative texts = {.texts = &kort, .count = 1};
    wr_fill_input in = {.cfg = cfg, .current = now, .texts = &texts};
    wr_strbuf list = {0}, rest = {0};
    CHECK(wr_summary_build(&in, &list, &rest));
    const char *t = wr_strbuf_cstr(&list);
    CHECK(strstr(t, "duurde het langer. *Toelichting van het team:* vakanties en vacatures.\n2. **Bereikt**") != NULL);
    CHECK(strstr(t, "28 dagen. *Toelichting van het team:* minder starts in augustus.\n") != NULL);
    /* A part with only the team's line still gets its item. */
    CHECK(strstr(t, "5. **Financi\xC3\xABn** \xE2\x80\x94 *Toelichting van het team:* later betaald.\n") != NULL);
    CHECK_STR(wr_strbuf_cstr(&rest), "Een slotzin.\n");
    wr_strbuf_free(&list);
    wr_strbuf_free(&rest);
    /* A missing text: its placeholder stands below the list, saying what to write. */
    kort.missing = true;
    kort.text = "> **Tekst ontbreekt nog:** kort.\n";
    CHECK(wr_summary_build(&in, &list, &rest));
    CHECK(strstr(wr_strbuf_cstr(&list), "Toelichting") == NULL);
    CHECK_STR(wr_strbuf_cstr(&rest), "> **Tekst ontbreekt nog:** kort.\n");
    wr_strbuf_free(&list);
    wr_strbuf_free(&rest);
    wr_figures_free(now);
}

/* Agreements and finance, with the delayed agreements named in both kinds of report. */
static void agreements_and_finance(void)
{
    wr_figures *now = wr_figures_new(wr_period_quarter(2026, 3));
    now->has_agreements = true;
    count(now, "afspraken", "totaal", "totaal", 19, WR_KIND_COUNT);
    count(now, "afspraken", "status", "gerealiseerd", 1, WR_KIND_COUNT);
    count(now, "afspraken", "status", "op_schema", 12, WR_KIND_COUNT);
    count(now, "afspraken", "status", "vertraagd", 4, WR_KIND_COUNT);
    count(now, "afspraken", "status", "niet_gestart", 2, WR_KIND_COUNT);
    now->has_finance = true;
    wr_finance_summary *s = &now->finance;
    s->year = 2026;
    s->last_quarter = 3;
    s->margin_pct = 2;
    s->total.has_pct = true;
    s->total.spent_pct = 70.8;
    s->total.forecast_pct = 97.6;
    s->expected_result = 1000;
    s->expected_result_pct = 2.4;
    wr_finance_post posts[2] = {{.label = "Sociaal wijkteam", .signal = true}, {.label = "Overhead"}};
    s->posts = posts;
    s->post_count = 2;
    char *text = build(now, NULL, NULL, false);
    CHECK(strstr(text, "1. **Gedaan** \xE2\x80\x94 Van de 19 afspraken uit het jaarplan 2026 is er 1 gerealiseerd en "
                       "liggen er 12 op schema; 4 zijn vertraagd en 2 zijn nog niet gestart, vervallen of niet "
                       "gerapporteerd.") != NULL);
    CHECK(strstr(text, "**Financi\xC3\xABn** \xE2\x80\x94 Tot en met het 3e kwartaal is 70,8% van de begroting 2026 "
                       "uitgegeven; naar verwachting blijven de uitgaven over het hele jaar onder de begroting, op "
                       "97,6% (verwacht resultaat 2,4%). 1 post wijkt naar verwachting meer dan 2% af van zijn "
                       "begroting: Sociaal wijkteam.") != NULL);
    free(text);
    s->expected_result = -500;
    s->expected_result_pct = -3.1;
    s->total.forecast_pct = 103.1;
    text = build(now, NULL, NULL, false);
    CHECK(strstr(text, "naar verwachting komen de uitgaven over het hele jaar boven de begroting uit, op 103,1%: een "
                       "verwachte overschrijding van 3,1%.") != NULL);
    free(text);
    s->posts = NULL;
    s->post_count = 0;
    wr_figures_free(now);
}

/* What the ZRM coverage and the response mean for trusting the figures beside them. */
static void coverage_sentences(void)
{
    wr_figures *f = wr_figures_new(wr_period_quarter(2026, 3));
    wr_figure *low = pct(f, "zrm_dekking_pct", "totaal", "totaal", 186, 1014);
    wr_figure *high = pct(f, "respons_pct", "totaal", "totaal", 620, 1000);
    wr_figure *few = pct(f, "zrm_verbeterd_pct", "totaal", "totaal", 3, 8);
    protect(f);
    char text[1024];
    wr_coverage_sentence(low, cfg, text, sizeof text);
    CHECK_STR(text, "Bij 18,3% van de 1.014 afgesloten trajecten is de zelfredzaamheid aan het begin \xC3\xA9n aan het "
                    "eind gemeten. De cijfers hieronder gaan dus over een minderheid van de afgesloten trajecten: ze "
                    "zeggen weinig over alle inwoners die we ondersteunden.");
    wr_response_sentence(high, cfg, text, sizeof text);
    CHECK(strstr(text, "De respons ten opzichte van afgesloten trajecten is 62,0%") == text);
    CHECK(strstr(text, "Dat is genoeg voor een redelijk beeld") != NULL);
    few->figure = "zrm_dekking_pct";
    wr_coverage_sentence(few, cfg, text, sizeof text);
    CHECK(strstr(text, "Er zijn te weinig afgesloten trajecten (8) om te zeggen") == text);
    wr_coverage_sentence(NULL, cfg, text, sizeof text);
    CHECK_STR(text, "");
    wr_figures_free(f);
}

int main(void)
{
    cfg = wr_config_new_defaults();
    if (!cfg)
        return 1;
    directions();
    hidden_values();
    year_in_progress();
    team_lines();
    agreements_and_finance();
    coverage_sentences();
    wr_config_free(cfg);
    return check_summary("in het kort");
}
