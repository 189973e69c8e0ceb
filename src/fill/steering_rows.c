#include "fill/steering_rows.h"

#include <math.h>
#include <stdio.h>

#include "base/format_nl.h"
#include "fill/compare.h"
#include "fill/public_value.h"

/* Shares of the ended trajectories from which the effect figures speak for most of them,
 * for a large part, or for a minority; for the survey, a response below the last is low. */
#define MOST_PCT 75.0
#define LARGE_PCT 50.0
#define LOW_RESPONSE_PCT 20.0

static void set_target(wr_tpl_dict *dict, const char *name, double pct)
{
    char num[32], buf[40];
    wr_nl_number(pct, pct == floor(pct) ? 0 : 1, num, sizeof num);
    snprintf(buf, sizeof buf, "%s%%", num);
    wr_tpl_dict_set(dict, name, buf);
}

/* "Van de 1.014 afgesloten trajecten": the denominator as the document shows it. */
static void of_ended(const wr_figure *fig, const wr_config *cfg, char *buf, size_t size)
{
    char n[32];
    wr_public_denominator(fig, cfg, n, sizeof n);
    snprintf(buf, size, "%s afgesloten %s", n, fig->denominator == 1 ? "traject" : "trajecten");
}

void wr_coverage_sentence(const wr_figure *coverage, const wr_config *cfg, char *buf, size_t size)
{
    buf[0] = '\0';
    if (!coverage)
        return;
    char pct[32], ended[64], n[32];
    of_ended(coverage, cfg, ended, sizeof ended);
    wr_public_denominator(coverage, cfg, n, sizeof n);
    if (coverage->public_show == WR_SHOW_SMALL_BASE) {
        snprintf(buf, size, "Er zijn te weinig afgesloten trajecten (%s) om te zeggen bij hoeveel de "
                            "zelfredzaamheid is gemeten; lees de cijfers hieronder met voorzichtigheid.", n);
        return;
    }
    if (!wr_fill_shown(coverage))
        return;
    wr_public_value(coverage, cfg, pct, sizeof pct);
    const char *trust = coverage->value >= MOST_PCT
                            ? "De cijfers hieronder gelden dus voor de meeste afgesloten trajecten."
                        : coverage->value >= LARGE_PCT
                            ? "De cijfers hieronder gelden dus voor een groot deel van de afgesloten trajecten, "
                              "maar niet voor alle."
                            : "De cijfers hieronder gaan dus over een minderheid van de afgesloten trajecten: ze "
                              "zeggen weinig over alle inwoners die we ondersteunden.";
    snprintf(buf, size, "Bij %s van de %s is de zelfredzaamheid aan het begin \xC3\xA9n aan het eind gemeten. %s", pct,
             ended, trust);
}

void wr_response_sentence(const wr_figure *response, const wr_config *cfg, char *buf, size_t size)
{
    buf[0] = '\0';
    if (!response)
        return;
    char pct[32], ended[64], n[32];
    of_ended(response, cfg, ended, sizeof ended);
    wr_public_denominator(response, cfg, n, sizeof n);
    if (response->public_show == WR_SHOW_SMALL_BASE) {
        snprintf(buf, size, "Er zijn te weinig afgesloten trajecten (%s) om de respons te berekenen; lees de "
                            "antwoorden hieronder met voorzichtigheid.", n);
        return;
    }
    if (!wr_fill_shown(response))
        return;
    wr_public_value(response, cfg, pct, sizeof pct);
    const char *trust = response->value >= LARGE_PCT
                            ? "Dat is genoeg voor een redelijk beeld, al reageren tevreden en ontevreden inwoners "
                              "niet altijd even vaak."
                        : response->value >= LOW_RESPONSE_PCT
                            ? "De antwoorden geven een beeld, maar niet van iedereen: wie reageert, kan tevredener of "
                              "juist ontevredener zijn dan wie niet reageert."
                            : "Met zo weinig reacties zeggen de antwoorden vooral iets over de inwoners die "
                              "reageerden, niet over alle inwoners die we ondersteunden.";
    snprintf(buf, size, "De respons ten opzichte van afgesloten trajecten is %s: het aantal inwoners dat de "
                        "vragenlijst invulde, gedeeld door de %s (ook wie nog ondersteuning krijgt, kan hem "
                        "invullen). %s", pct, ended, trust);
}

bool wr_fill_steering(wr_tpl_dict *dict, const wr_fill_input *in)
{
    const wr_config *cfg = in->cfg;
    const wr_figures *f = in->current;
    char text[1024];
    set_target(dict, "DOEL_EERSTE_CONTACT", cfg->norm_first_contact_target_pct);
    set_target(dict, "DOEL_START", cfg->norm_start_target_pct);
    wr_coverage_sentence(wr_figures_find(f, "zrm_dekking_pct", "totaal", "totaal"), cfg, text, sizeof text);
    wr_tpl_dict_set(dict, "ZRM_DEKKING_ZIN", text);
    wr_response_sentence(wr_figures_find(f, "respons_pct", "totaal", "totaal"), cfg, text, sizeof text);
    wr_tpl_dict_set(dict, "RESPONS_ZIN", text);
    bool youth = wr_figures_find(f, "activiteiten", "doelgroep", "jeugd") != NULL;
    wr_tpl_dict_show_section(dict, youth ? "MET_JEUGDACTIVITEITEN" : "ZONDER_JEUGDACTIVITEITEN");
    int upbringing = wr_code_list_find(&cfg->reasons_in, "opvoeding");
    if (upbringing >= 0) {
        wr_tpl_dict_show_section(dict, "MET_REDEN_OPVOEDING");
        wr_tpl_dict_set(dict, "REDEN_OPVOEDING", cfg->reasons_in.items[upbringing].label);
    }
    return true;
}

bool wr_fill_steering_names(wr_tpl_names *out)
{
    static const char *const values[] = {
        "DOEL_EERSTE_CONTACT", "DOEL_START", "ZRM_DEKKING_ZIN", "RESPONS_ZIN", "REDEN_OPVOEDING", "IN_HET_KORT",
        "IN_HET_KORT_TEAM", "IN_HET_KORT_BASIS", "PERIODE_TOT_MAAND", "WIJZIGINGEN", "INDICATOREN_PER_WIJK_TABEL",
        "DOELREALISATIE_PCT_GEHEEL_VERANDERING"};
    static const char *const sections[] = {"MET_JEUGDACTIVITEITEN", "ZONDER_JEUGDACTIVITEITEN", "MET_REDEN_OPVOEDING",
                                           "MET_WIJZIGINGEN", "MET_VERSCHIL", "MET_INDICATOREN_PER_WIJK",
                                           "PER_ONDERDEEL_NORMEN", "PER_WIJK_NORMEN"};
    bool ok = true;
    for (size_t i = 0; ok && i < sizeof values / sizeof values[0]; i++)
        ok = wr_tpl_names_add(out, WR_TPL_VALUE, values[i]);
    for (size_t i = 0; ok && i < sizeof sections / sizeof sections[0]; i++)
        ok = wr_tpl_names_add(out, WR_TPL_SECTION, sections[i]);
    return ok;
}
