#include "fill/summary.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/format_nl.h"
#include "fill/compare.h"
#include "fill/public_value.h"
#include "fill/summary_team.h"

/* What a sentence compares with and how it names the period. */
typedef struct {
    const wr_fill_input *in;
    const wr_figures *f;
    const wr_figures *before;
    char than[96];   /* "een jaar eerder", "in 2025", "in dezelfde maanden van 2025" */
    char than_moment[96]; /* for a figure of one day: "een jaar eerder", "op 30 september 2025" */
    char during[96]; /* "Dit kwartaal", "In 2026", "In 2026 tot en met september" */
    char on[64];     /* the period's last day: "30 september 2026" */
} context;

static const wr_figure *find(const wr_figures *f, const char *figure, const char *dimension, const char *code)
{
    return f ? wr_figures_find(f, figure, dimension, code) : NULL;
}

static const wr_figure *total(const wr_figures *f, const char *figure)
{
    return find(f, figure, "totaal", "totaal");
}

/* A count as a sentence says it: "2.240", "minder dan 5"; false when the document hides
 * it ("x") or has none. */
static bool count_text(const context *c, const wr_figure *fig, char *buf, size_t size)
{
    if (!fig || !fig->has_value)
        return false;
    if (fig->public_show == WR_SHOW_SMALL_COUNT) {
        snprintf(buf, size, "minder dan %d", c->in->cfg->privacy_threshold);
        return true;
    }
    if (fig->public_show != WR_SHOW_VALUE)
        return false;
    wr_public_value(fig, c->in->cfg, buf, size);
    return true;
}

/* ", meer dan een jaar eerder (2.180)": the direction against the same period a year
 * earlier; nothing when either value is not shown. level: a percentage or mean (higher,
 * lower) rather than a number (more, less). */
static void compare_with(const context *c, wr_strbuf *b, const wr_figure *now, const wr_figure *before, bool level,
                         const char *than)
{
    static const char *const words[2][4] = {
        {"", "meer dan", "minder dan", "ongeveer evenveel als"},
        {"", "hoger dan", "lager dan", "ongeveer even hoog als"},
    };
    wr_change d = wr_fill_direction(now, before, c->in->cfg->summary_margin_pct);
    if (d == WR_CHANGE_NONE)
        return;
    char value[64];
    wr_public_value(before, c->in->cfg, value, sizeof value);
    wr_strbuf_printf(b, ", %s %s (%s)", words[level][d], than, value);
}

static void compare(const context *c, wr_strbuf *b, const wr_figure *now, const wr_figure *before, bool level)
{
    compare_with(c, b, now, before, level, c->than);
}

static const char *verb(long n, const char *one, const char *more)
{
    return n == 1 ? one : more;
}

static long value_of(const wr_figures *f, const char *figure, const char *dimension, const char *code)
{
    const wr_figure *fig = find(f, figure, dimension, code);
    return fig && fig->has_value ? (long)fig->value : 0;
}

/* The agreements of the annual plan: counts of agreements, never hidden. */
static void agreements(const context *c, wr_strbuf *b)
{
    const wr_figures *f = c->f;
    if (!f->has_agreements || !total(f, "afspraken"))
        return;
    long all = value_of(f, "afspraken", "totaal", "totaal");
    long done = value_of(f, "afspraken", "status", "gerealiseerd");
    long on_track = value_of(f, "afspraken", "status", "op_schema");
    long late = value_of(f, "afspraken", "status", "vertraagd");
    long other = all - done - on_track - late;
    wr_strbuf_printf(b, " Van de %ld afspraken uit het jaarplan %d %s er %ld gerealiseerd en %s er %ld op schema",
                     all, f->period.year, verb(done, "is", "zijn"), done, verb(on_track, "ligt", "liggen"), on_track);
    if (late)
        wr_strbuf_printf(b, "; %ld %s vertraagd", late, verb(late, "is", "zijn"));
    else
        wr_strbuf_puts(b, "; geen enkele is vertraagd");
    if (other > 0)
        wr_strbuf_printf(b, " en %ld %s nog niet gestart, vervallen of niet gerapporteerd", other,
                         verb(other, "is", "zijn"));
    wr_strbuf_puts(b, ".");
}

/* A norm: the percentage within, its target, the direction, and the number outside. */
static void norm(const context *c, wr_strbuf *b, const char *pct_name, const char *outside_name, const char *what,
                 const char *late, double target)
{
    const wr_figure *pct = total(c->f, pct_name);
    if (!pct)
        return;
    if (pct->public_show == WR_SHOW_SMALL_BASE) {
        wr_strbuf_printf(b, " Er waren te weinig aanmeldingen (minder dan %d) om te zeggen hoe vaak %s.",
                         c->in->cfg->privacy_min_denominator, what);
        return;
    }
    if (!wr_fill_shown(pct))
        return;
    char value[32], goal[32], outside[64];
    wr_public_value(pct, c->in->cfg, value, sizeof value);
    wr_nl_number(target, target == floor(target) ? 0 : 1, goal, sizeof goal);
    wr_strbuf_printf(b, " Bij %s van de aanmeldingen %s (doel %s%%%s)", value, what, goal,
                     wr_public_number(pct) >= target ? ": gehaald" : "");
    compare(c, b, pct, total(c->before, pct_name), true);
    const wr_figure *out = total(c->f, outside_name);
    if (count_text(c, out, outside, sizeof outside))
        wr_strbuf_printf(b, "; bij %s %s %s", outside, out->value == 1 ? "traject" : "trajecten", late);
    wr_strbuf_puts(b, ".");
}

static void gedaan(const context *c, wr_strbuf *b)
{
    const wr_config *cfg = c->in->cfg;
    char what[96];
    agreements(c, b);
    snprintf(what, sizeof what, "was er binnen %d werkdagen contact", cfg->norm_first_contact_working_days);
    norm(c, b, "eerste_contact_binnen_norm_pct", "eerste_contact_buiten_norm", what, "duurde het langer",
         cfg->norm_first_contact_target_pct);
    snprintf(what, sizeof what, "startte de ondersteuning binnen %d dagen", cfg->norm_start_days);
    norm(c, b, "start_binnen_norm_pct", "start_buiten_norm", what, "duurde het langer of wacht de inwoner nog",
         cfg->norm_start_target_pct);
}

/* Waiting trajectories past the 28 days of the start norm: the groups 29-56 and 57+, when
 * both are shown and the norm is the contract's 28 days. */
static void waiting_long(const context *c, wr_strbuf *b)
{
    const wr_figure *a = find(c->f, "wachtend_trajecten", "wachttijd", "29-56");
    const wr_figure *z = find(c->f, "wachtend_trajecten", "wachttijd", "57+");
    if (c->in->cfg->norm_start_days != 28 || !wr_fill_shown(a) || !wr_fill_shown(z))
        return;
    long n = (long)(a->value + z->value);
    char num[32];
    wr_nl_number((double)n, 0, num, sizeof num);
    if (n == 0)
        wr_strbuf_puts(b, "; geen enkel traject wachtte langer dan 28 dagen");
    else
        wr_strbuf_printf(b, "; %s %s al langer dan 28 dagen", num, verb(n, "traject wachtte", "trajecten wachtten"));
}

static void bereikt(const context *c, wr_strbuf *b)
{
    char n[64];
    const wr_figure *reach = total(c->f, "bereik");
    if (count_text(c, reach, n, sizeof n)) {
        wr_strbuf_printf(b, " %s %s %s %s ondersteuning", c->during, verb((long)reach->value, "kreeg", "kregen"), n,
                         reach->value == 1 ? "inwoner" : "inwoners");
        compare(c, b, reach, total(c->before, "bereik"), false);
        wr_strbuf_puts(b, ".");
    }
    const wr_figure *waiting = total(c->f, "wachtend_inwoners");
    if (count_text(c, waiting, n, sizeof n)) {
        wr_strbuf_printf(b, " Op %s %s %s %s op de start van hun ondersteuning", c->on,
                         verb((long)waiting->value, "wachtte", "wachtten"), n,
                         waiting->value == 1 ? "inwoner" : "inwoners");
        compare_with(c, b, waiting, total(c->before, "wachtend_inwoners"), false, c->than_moment);
        waiting_long(c, b);
        wr_strbuf_puts(b, ".");
    }
}

/* How far a share of the ended trajectories reaches, in words. */
static const char *reach_words(double pct)
{
    return pct >= 75 ? "de meeste" : pct >= 50 ? "een groot deel" : "een minderheid";
}

static void effect(const context *c, wr_strbuf *b)
{
    char value[32], cover[32];
    const wr_figure *goal = find(c->f, "doelrealisatie_pct", "doelrealisatie", "geheel");
    if (wr_fill_shown(goal)) {
        wr_public_value(goal, c->in->cfg, value, sizeof value);
        wr_strbuf_printf(b, " Bij %s van de afgesloten trajecten is het doel helemaal bereikt", value);
        compare(c, b, goal, find(c->before, "doelrealisatie_pct", "doelrealisatie", "geheel"), true);
        wr_strbuf_puts(b, ".");
    }
    const wr_figure *better = total(c->f, "zrm_verbeterd_pct"), *coverage = total(c->f, "zrm_dekking_pct");
    if (wr_fill_shown(better)) {
        wr_public_value(better, c->in->cfg, value, sizeof value);
        wr_strbuf_printf(b, " Op %s van de gemeten leefgebieden ging de zelfredzaamheid vooruit", value);
        compare(c, b, better, total(c->before, "zrm_verbeterd_pct"), true);
        if (wr_fill_shown(coverage)) {
            wr_public_value(coverage, c->in->cfg, cover, sizeof cover);
            wr_strbuf_printf(b, "; gemeten bij %s van de afgesloten trajecten, %s", cover,
                             reach_words(coverage->value));
        }
        wr_strbuf_puts(b, ".");
    }
    const wr_figure *grade = total(c->f, "rapportcijfer_gem"), *response = total(c->f, "respons_pct");
    if (wr_fill_shown(grade)) {
        wr_public_value(grade, c->in->cfg, value, sizeof value);
        wr_strbuf_printf(b, " Inwoners geven de ondersteuning gemiddeld een %s", value);
        compare(c, b, grade, total(c->before, "rapportcijfer_gem"), true);
        if (wr_fill_shown(response)) {
            wr_public_value(response, c->in->cfg, cover, sizeof cover);
            if (response->value < 50)
                wr_strbuf_printf(b, "; met een respons van %s (tegen het aantal afgesloten trajecten) geldt dat "
                                    "vooral voor wie de vragenlijst invulde", cover);
            else
                wr_strbuf_printf(b, ", bij een respons van %s tegen het aantal afgesloten trajecten", cover);
        }
        wr_strbuf_puts(b, ".");
    }
}

/* The city's indicators with a desired direction and an earlier value: how many moved the
 * desired way, the other way, or stayed about the same, and how many reach their target. */
static void impact(const context *c, wr_strbuf *b)
{
    const wr_figures *f = c->f;
    if (!f->has_indicators)
        return;
    long n = 0, good = 0, bad = 0, same = 0, on_target = 0;
    for (size_t i = 0; i < f->indicator_count; i++) {
        const wr_indicator *v = &f->indicators[i];
        if (v->district >= 0 || !v->has_latest || !v->has_previous ||
            (v->direction != WR_DIRECTION_HIGHER && v->direction != WR_DIRECTION_LOWER))
            continue;
        n++;
        double sign = v->direction == WR_DIRECTION_HIGHER ? 1 : -1;
        if (fabs(v->change) <= c->in->cfg->summary_margin_pct / 100.0 * fabs(v->previous) + 1e-9)
            same++;
        else if (sign * v->change > 0)
            good++;
        else
            bad++;
        on_target += v->has_target && sign * (v->latest - v->target) >= 0;
    }
    if (n == 0)
        return;
    const long counts[3] = {good, bad, same};
    const char *const what[3][2] = {{"ging", "gingen"}, {"ging", "gingen"}, {"bleef", "bleven"}};
    const char *const where[3] = {"de gewenste kant op", "de andere kant op", "ongeveer gelijk"};
    int clauses = (good > 0) + (bad > 0) + (same > 0), written = 0;
    wr_strbuf_printf(b, " Van de %ld beleidsindicatoren van de gemeente met een gewenste richting", n);
    for (int k = 0; k < 3; k++) {
        if (!counts[k])
            continue;
        written++;
        wr_strbuf_printf(b, "%s %s er %ld %s", written == 1 ? "" : written == clauses ? " en" : ",",
                         what[k][counts[k] != 1], counts[k], where[k]);
    }
    wr_strbuf_puts(b, " sinds de vorige meting");
    if (on_target)
        wr_strbuf_printf(b, "; %ld %s de streefwaarde.", on_target, verb(on_target, "haalt", "halen"));
    else
        wr_strbuf_puts(b, "; geen enkele haalt de streefwaarde.");
}

static void finance(const context *c, wr_strbuf *b)
{
    const wr_figures *f = c->f;
    if (!f->has_finance || !f->finance.total.has_pct)
        return;
    const wr_finance_summary *s = &f->finance;
    char spent[32], forecast[32], result[32], cap[80] = "";
    wr_nl_percent(s->total.spent_pct, spent, sizeof spent);
    wr_nl_percent(s->total.forecast_pct, forecast, sizeof forecast);
    wr_nl_percent(fabs(s->expected_result_pct), result, sizeof result);
    for (size_t i = 0; i < s->check_count; i++)
        if (s->checks[i].check->kind == WR_CHECK_MAX_PROFIT_PCT) {
            char amount[32];
            double a = s->checks[i].check->amount;
            wr_nl_number(a, a == floor(a) ? 0 : 1, amount, sizeof amount);
            snprintf(cap, sizeof cap, ", grens voor winst %s%%", amount);
        }
    if (s->complete) {
        wr_strbuf_printf(b, " In %d is %s van de begroting uitgegeven: %s van %s van de begroting%s.", s->year, spent,
                         s->expected_result < 0 ? "een tekort" : "een resultaat", result, cap);
    } else if (s->expected_result < 0) {
        wr_strbuf_printf(b, " Tot en met het %de kwartaal is %s van de begroting %d uitgegeven; naar verwachting "
                            "komen de uitgaven over het hele jaar boven de begroting uit, op %s: een verwachte "
                            "overschrijding van %s.",
                         s->last_quarter, spent, s->year, forecast, result);
    } else {
        wr_strbuf_printf(b, " Tot en met het %de kwartaal is %s van de begroting %d uitgegeven; naar verwachting "
                            "blijven de uitgaven over het hele jaar onder de begroting, op %s (verwacht resultaat "
                            "%s%s).",
                         s->last_quarter, spent, s->year, forecast, result, cap);
    }
    long signals = 0;
    for (size_t i = 0; i < s->post_count; i++)
        signals += s->posts[i].signal;
    if (s->complete || signals == 0)
        return;
    char margin[32];
    wr_nl_number(s->margin_pct, s->margin_pct == floor(s->margin_pct) ? 0 : 1, margin, sizeof margin);
    wr_strbuf_printf(b, " %ld %s naar verwachting meer dan %s%% af van %s begroting:", signals,
                     verb(signals, "post wijkt", "posten wijken"), margin, verb(signals, "zijn", "hun"));
    long listed = 0;
    for (size_t i = 0; i < s->post_count; i++) {
        if (!s->posts[i].signal)
            continue;
        listed++;
        wr_strbuf_printf(b, "%s %s", listed == 1 ? "" : listed == signals ? " en" : ",", s->posts[i].label);
    }
    wr_strbuf_puts(b, ".");
}

static void set_context(context *c, const wr_fill_input *in)
{
    const wr_period p = in->current->period;
    char name[64];
    c->in = in;
    c->f = in->current;
    c->before = in->year_before;
    wr_nl_date(p.end, c->on, sizeof c->on);
    if (c->before && !p.quarter) {
        char day[64];
        wr_nl_date(c->before->period.end, day, sizeof day);
        snprintf(c->than_moment, sizeof c->than_moment, "op %s", day);
    } else {
        snprintf(c->than_moment, sizeof c->than_moment, "een jaar eerder");
    }
    if (p.quarter) {
        snprintf(c->than, sizeof c->than, "een jaar eerder");
        snprintf(c->during, sizeof c->during, "Dit kwartaal");
    } else if (in->year_in_progress) {
        int y, m, d;
        wr_day_to_ymd(p.end, &y, &m, &d);
        snprintf(c->than, sizeof c->than, "in dezelfde maanden van %d", p.year - 1);
        snprintf(c->during, sizeof c->during, "In %d tot en met %s", p.year, wr_nl_month_name(m));
    } else {
        wr_fill_period_name(wr_period_year(p.year - 1), name, sizeof name);
        snprintf(c->than, sizeof c->than, "in %s", name);
        snprintf(c->during, sizeof c->during, "In %d", p.year);
    }
}

bool wr_summary_build(const wr_fill_input *in, wr_strbuf *list, wr_strbuf *rest)
{
    static const char *const titles[WR_KORT_PARTS] = {"Gedaan", "Bereikt", "Effect", "Impact",
                                                      "Financi\xC3\xABn"};
    void (*const parts[WR_KORT_PARTS])(const context *, wr_strbuf *) = {gedaan, bereikt, effect, impact, finance};
    context c;
    set_context(&c, in);
    wr_summary_team team;
    if (!wr_summary_team_read(in->texts, &team))
        return false;
    int number = 0;
    for (int p = 0; p < WR_KORT_PARTS; p++) {
        wr_strbuf findings = {0};
        parts[p](&c, &findings);
        if (findings.len == 0 && p == WR_KORT_IMPACT)
            wr_strbuf_puts(&findings, " Er zijn geen beleidsindicatoren aangeleverd.");
        if (findings.len == 0 && team.line[p].len == 0) {
            wr_strbuf_free(&findings);
            continue; /* nothing to say: the finances without financien.csv */
        }
        wr_strbuf_printf(list, "%d. **%s** \xE2\x80\x94%s", ++number, titles[p], wr_strbuf_cstr(&findings));
        if (team.line[p].len)
            wr_strbuf_printf(list, " *Toelichting van het team:* %s", wr_strbuf_cstr(&team.line[p]));
        wr_strbuf_puts(list, "\n");
        wr_strbuf_free(&findings);
    }
    wr_strbuf_puts(rest, wr_strbuf_cstr(&team.rest));
    wr_summary_team_free(&team);
    return !list->failed && !rest->failed;
}

bool wr_fill_summary(wr_tpl_dict *dict, const wr_fill_input *in)
{
    wr_strbuf list = {0}, rest = {0}, basis = {0};
    bool ok = wr_summary_build(in, &list, &rest);
    if (ok) {
        char name[64], margin[32];
        double m = in->cfg->summary_margin_pct;
        wr_nl_number(m, m == floor(m) ? 0 : 1, margin, sizeof margin);
        if (in->year_before) {
            wr_fill_period_name(in->year_before->period, name, sizeof name);
            wr_strbuf_printf(&basis, "Gedaan, bereikt en effect vergelijken met %s%s; een verschil van ten hoogste "
                                     "%s%% van het cijfer van toen heet ongeveer gelijk.",
                             in->year_before->period.quarter ? "het " : "", name, margin);
        }
        ok = !basis.failed;
    }
    if (ok) {
        wr_tpl_dict_set(dict, "IN_HET_KORT", wr_strbuf_cstr(&list));
        wr_tpl_dict_set(dict, "IN_HET_KORT_TEAM", wr_strbuf_cstr(&rest));
        wr_tpl_dict_set(dict, "IN_HET_KORT_BASIS", wr_strbuf_cstr(&basis));
    }
    wr_strbuf_free(&list);
    wr_strbuf_free(&rest);
    wr_strbuf_free(&basis);
    return ok;
}
