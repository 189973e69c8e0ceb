/* The steering figures of the data contract, section 8, on tests/fixtures/sturing, period
 * 2026-Q3 (1 July - 30 September 2026; 1 July is a Wednesday, no holidays in the
 * quarter), with hand-computed expectations. The fixture's trajectories:
 *
 *   id  onderdeel     wijk        aangemeld  eerste contact  start       eind
 *   N1  wijkteam      noord       1 jul      8 jul (5 wd)    29 jul (28)
 *   N2  wijkteam      noord       1 jul      9 jul (6 wd)    30 jul (29)
 *   N3  aanvullend    oost        6 jul      -               -
 *   N4  onbekend      zuid_west   3 aug      4 aug (1 wd)    -           20 aug
 *   N5  basis         onbekend    10 aug     17 aug (5 wd)   12 aug (2)
 *   N6  basis         centrum     28 sep     -               -            (age 14)
 *   N7  basis         centrum     16 sep     17 sep (1 wd)   -            (age 14)
 *   N8  wijkteam      schalkwijk  2 sep      4 sep (2 wd)    -
 *   N9  wijkteam      schalkwijk  5 aug      -               -
 *   N10 aanvullend    spaarndam   4 aug      11 aug (5 wd)   5 okt (62)
 *   N11 basis         noord       30 sep     30 sep (0 wd)   -            (resident of N1)
 *   N12 wijkteam      oost        1 jun      -               -
 *   N13 wijkteam      oost        15 jul     16 jul (1 wd)   unreadable
 *   N14 onbekend      onbekend    1 mei      -               -            (resident of N12)
 *   N15 basis         centrum     30 sep     -               -           30 sep
 *
 * E1-E6 are trajectories registered early in 2026 for the effect figures, Y1-Y6 young
 * people (and a resident of 18) for the cross breakdowns. */
#include "check.h"
#include "config/config.h"
#include "figures/compute.h"
#include "figures/figures.h"
#include "input/dataset.h"

static const wr_figures *f;

static double value(const char *figure, const char *dimension, const char *code)
{
    const wr_figure *fig = wr_figures_find(f, figure, dimension, code);
    if (!fig)
        fprintf(stderr, "missing %s/%s/%s\n", figure, dimension, code);
    return fig && fig->has_value ? fig->value : -1;
}

static long denominator(const char *figure, const char *dimension, const char *code)
{
    const wr_figure *fig = wr_figures_find(f, figure, dimension, code);
    return fig && fig->has_denominator ? fig->denominator : -1;
}

static bool present(const char *figure, const char *dimension, const char *code)
{
    return wr_figures_find(f, figure, dimension, code) != NULL;
}

/* First contact, registered in the quarter. Within: N1 (exactly 5 working days), N4, N5
 * (exactly 5), N7, N8, N10 (exactly 5), N11, N13 (its start is unreadable, its contact
 * is not). Outside: N2 (6), N3 and N9 (no contact, long past 5 working days). Left out:
 * N6 (no contact, 2 working days to 30 September), N15 (no contact, registered on the
 * last day). */
static void first_contact(void)
{
    CHECK_DBL(value("eerste_contact_binnen_norm_pct", "totaal", "totaal"), 72.7, 1e-9); /* 8 / 11 */
    CHECK_INT(denominator("eerste_contact_binnen_norm_pct", "totaal", "totaal"), 11);
    CHECK_DBL(value("eerste_contact_buiten_norm", "totaal", "totaal"), 3, 0);
    /* Per onderdeel: basis N5 N7 N11 within; wijkteam N1 N8 N13 within, N2 N9 outside;
     * aanvullend N10 within, N3 outside; N4's unknown onderdeel within. */
    CHECK_DBL(value("eerste_contact_binnen_norm_pct", "onderdeel", "sociale_basis"), 100, 0);
    CHECK_DBL(value("eerste_contact_binnen_norm_pct", "onderdeel", "sociaal_wijkteam"), 60, 0);
    CHECK_INT(denominator("eerste_contact_binnen_norm_pct", "onderdeel", "sociaal_wijkteam"), 5);
    CHECK_DBL(value("eerste_contact_binnen_norm_pct", "onderdeel", "aanvullende_ondersteuning"), 50, 0);
    CHECK_DBL(value("eerste_contact_binnen_norm_pct", "onderdeel", "onbekend"), 100, 0);
    CHECK_DBL(value("eerste_contact_buiten_norm", "onderdeel", "sociale_basis"), 0, 0);
    CHECK_DBL(value("eerste_contact_buiten_norm", "onderdeel", "sociaal_wijkteam"), 2, 0);
    CHECK_DBL(value("eerste_contact_buiten_norm", "onderdeel", "aanvullende_ondersteuning"), 1, 0);
    CHECK_DBL(value("eerste_contact_buiten_norm", "onderdeel", "onbekend"), 0, 0);
    /* Per wijk: noord N1 N11 within, N2 outside; oost N13 within, N3 outside; schalkwijk
     * N8 within, N9 outside; centrum N7, zuid_west N4, spaarndam N10, onbekend N5 within. */
    CHECK_DBL(value("eerste_contact_binnen_norm_pct", "wijk", "noord"), 66.7, 1e-9);
    CHECK_DBL(value("eerste_contact_binnen_norm_pct", "wijk", "oost"), 50, 0);
    CHECK_DBL(value("eerste_contact_binnen_norm_pct", "wijk", "schalkwijk"), 50, 0);
    CHECK_DBL(value("eerste_contact_binnen_norm_pct", "wijk", "centrum"), 100, 0);
    CHECK_INT(denominator("eerste_contact_binnen_norm_pct", "wijk", "centrum"), 1);
    CHECK_DBL(value("eerste_contact_binnen_norm_pct", "wijk", "onbekend"), 100, 0);
    CHECK_DBL(value("eerste_contact_buiten_norm", "wijk", "noord"), 1, 0);
    CHECK_DBL(value("eerste_contact_buiten_norm", "wijk", "spaarndam"), 0, 0);
    CHECK_DBL(value("eerste_contact_buiten_norm", "wijk", "onbekend"), 0, 0);
    /* Working days of those with a contact: 5 6 1 5 1 2 5 0 1 -> 0 1 1 1 2 5 5 5 6. */
    CHECK_DBL(value("eerste_contact_mediaan_werkdagen", "totaal", "totaal"), 2, 0);
    CHECK_INT(denominator("eerste_contact_mediaan_werkdagen", "totaal", "totaal"), 9);
}

/* Start within 28 days. Within: N1 (exactly 28 days), N5. Outside: N2 (29 days), N10
 * (a start after the quarter, 62 days after registering), N3 (not started, 86 days by 30
 * September), N9 (56 days). Left out: N4 and N15 (ended without a start), N7 (14 days),
 * N8 (exactly 28 days: not yet outside), N6, N11 (too recent), N13 (unreadable start). */
static void start(void)
{
    CHECK_DBL(value("start_binnen_norm_pct", "totaal", "totaal"), 33.3, 1e-9); /* 2 / 6 */
    CHECK_INT(denominator("start_binnen_norm_pct", "totaal", "totaal"), 6);
    CHECK_DBL(value("start_buiten_norm", "totaal", "totaal"), 4, 0);
    CHECK_DBL(value("start_binnen_norm_pct", "onderdeel", "sociale_basis"), 100, 0);
    CHECK_DBL(value("start_binnen_norm_pct", "onderdeel", "sociaal_wijkteam"), 33.3, 1e-9);
    CHECK_DBL(value("start_binnen_norm_pct", "onderdeel", "aanvullende_ondersteuning"), 0, 0);
    CHECK_DBL(value("start_buiten_norm", "onderdeel", "sociaal_wijkteam"), 2, 0);
    CHECK_DBL(value("start_buiten_norm", "onderdeel", "aanvullende_ondersteuning"), 2, 0);
    /* N4 is the only trajectory of an unknown onderdeel and it is left out: no row. */
    CHECK(!present("start_binnen_norm_pct", "onderdeel", "onbekend"));
    CHECK(!present("start_buiten_norm", "onderdeel", "onbekend"));
    /* A configured district always has its rows, with no percentage when nobody counts. */
    CHECK(present("start_binnen_norm_pct", "wijk", "centrum"));
    CHECK_INT(denominator("start_binnen_norm_pct", "wijk", "centrum"), 0);
    CHECK_DBL(value("start_binnen_norm_pct", "wijk", "centrum"), -1, 0);
    CHECK_DBL(value("start_buiten_norm", "wijk", "centrum"), 0, 0);
    CHECK_DBL(value("start_binnen_norm_pct", "wijk", "noord"), 50, 0);
    CHECK_DBL(value("start_buiten_norm", "wijk", "spaarndam"), 1, 0);
    CHECK_DBL(value("start_binnen_norm_pct", "wijk", "onbekend"), 100, 0); /* N5 */
    CHECK_DBL(value("start_buiten_norm", "wijk", "onbekend"), 0, 0);
}

/* Waiting on 30 September (w = 30 September - aanmelddatum): N11 0 days, N6 2, N7 14,
 * N8 28, N9 56, N10 57 (its start is after the quarter), N3 86, N12 121, N14 152. Not
 * waiting: N15 (ended on the day itself), N13 (unreadable start), the started ones. */
static void waiting(void)
{
    CHECK_DBL(value("wachtend_trajecten", "totaal", "totaal"), 9, 0);
    CHECK_DBL(value("wachtend_trajecten", "wachttijd", "0-14"), 3, 0);  /* N11, N6, N7 (exactly 14) */
    CHECK_DBL(value("wachtend_trajecten", "wachttijd", "15-28"), 1, 0); /* N8 (exactly 28) */
    CHECK_DBL(value("wachtend_trajecten", "wachttijd", "29-56"), 1, 0); /* N9 (exactly 56) */
    CHECK_DBL(value("wachtend_trajecten", "wachttijd", "57+"), 4, 0);   /* N10 (57), N3, N12, N14 */
    CHECK_DBL(value("wachttijd_mediaan_dagen", "totaal", "totaal"), 56, 0);
    CHECK_INT(denominator("wachttijd_mediaan_dagen", "totaal", "totaal"), 9);
    CHECK_DBL(value("wachtend_trajecten", "onderdeel", "sociale_basis"), 3, 0);    /* N6, N7, N11 */
    CHECK_DBL(value("wachtend_trajecten", "onderdeel", "sociaal_wijkteam"), 3, 0); /* N8, N9, N12 */
    CHECK_DBL(value("wachtend_trajecten", "onderdeel", "aanvullende_ondersteuning"), 2, 0);
    CHECK_DBL(value("wachtend_trajecten", "onderdeel", "onbekend"), 1, 0); /* N14 */
    CHECK_DBL(value("wachtend_trajecten", "wijk", "centrum"), 2, 0);
    CHECK_DBL(value("wachtend_trajecten", "wijk", "oost"), 2, 0); /* N3, N12 */
    CHECK_DBL(value("wachtend_trajecten", "wijk", "zuid_west"), 0, 0);
    CHECK_DBL(value("wachtend_trajecten", "wijk", "onbekend"), 1, 0);
    /* Nine trajectories, eight residents: N14 is P12's second waiting trajectory (and N11
     * is P1's second trajectory, but P1 waits only there). */
    CHECK_DBL(value("wachtend_inwoners", "totaal", "totaal"), 8, 0);
}

/* Started trajectories ended in the quarter: E1 (a ZRM pair on geldzaken), E2 (a begin
 * score only), E3 (a pair of an unknown leefgebied: it counts), E4 (none). E5 ends on 1
 * October; E6 and N4 never started. Answers dated in the quarter: RA (four answers on two
 * days), RB, RC (also in Q2); RD's only answer is refused (7 on a 1-5 question). */
static void coverage(void)
{
    CHECK_DBL(value("zrm_dekking_pct", "totaal", "totaal"), 50, 0);
    CHECK_INT(denominator("zrm_dekking_pct", "totaal", "totaal"), 4);
    CHECK_DBL(value("respons_pct", "totaal", "totaal"), 75, 0);
    CHECK_INT(denominator("respons_pct", "totaal", "totaal"), 4);
}

/* Aged 0-17 at the end of 2026 (born 2009 or later): K1 (Y1, basis, running since June),
 * K2 (Y2 wijkteam opvoeding, Y3 basis psychisch, both started in the quarter), K4 (Y5,
 * unknown onderdeel and reason, born 2009: 17). K5 (born 2008) is 18; N6 and N7 never
 * started. */
static void youth(void)
{
    CHECK_DBL(value("bereik", "leeftijdsgroep", "0-17"), 3, 0);
    CHECK_DBL(value("bereik", "leeftijdsgroep+onderdeel", "0-17+sociale_basis"), 2, 0);
    CHECK_DBL(value("bereik", "leeftijdsgroep+onderdeel", "0-17+sociaal_wijkteam"), 1, 0);
    CHECK_DBL(value("bereik", "leeftijdsgroep+onderdeel", "0-17+aanvullende_ondersteuning"), 0, 0);
    CHECK_DBL(value("bereik", "leeftijdsgroep+onderdeel", "0-17+onbekend"), 1, 0);
    CHECK_DBL(value("instroom", "leeftijdsgroep", "0-17"), 2, 0);
    CHECK_DBL(value("instroom", "leeftijdsgroep", "18-26"), 1, 0); /* K5 */
    CHECK_DBL(value("instroom", "leeftijdsgroep+onderdeel", "0-17+sociale_basis"), 1, 0);
    CHECK_DBL(value("instroom", "leeftijdsgroep+onderdeel", "0-17+sociaal_wijkteam"), 1, 0);
    CHECK_DBL(value("instroom", "leeftijdsgroep+onderdeel", "0-17+onbekend"), 1, 0);
    /* K2 counts under two reasons: the groups overlap. */
    CHECK_DBL(value("instroom", "leeftijdsgroep+reden_instroom", "0-17+opvoeding"), 1, 0);
    CHECK_DBL(value("instroom", "leeftijdsgroep+reden_instroom", "0-17+psychisch"), 1, 0);
    CHECK_DBL(value("instroom", "leeftijdsgroep+reden_instroom", "0-17+financien"), 0, 0);
    CHECK_DBL(value("instroom", "leeftijdsgroep+reden_instroom", "0-17+onbekend"), 1, 0);
    CHECK(!present("instroom", "leeftijdsgroep+reden_instroom", "18-26+opvoeding"));
    CHECK_STR(wr_figures_find(f, "instroom", "leeftijdsgroep+reden_instroom", "0-17+opvoeding")->label,
              "Opvoeden en opgroeien");
    /* Group activities for young people: A1 (naam "Jongereninloop", two meetings), A3
     * (thema samenredzaamheid), A5 ("Meidenclub"); not A2, nor A4 (June, in capitals). */
    CHECK_DBL(value("activiteiten", "doelgroep", "jeugd"), 3, 0);
    CHECK_DBL(value("bijeenkomsten", "doelgroep", "jeugd"), 4, 0);
    CHECK_DBL(value("deelnames", "doelgroep", "jeugd"), 35, 0);
    CHECK_DBL(value("activiteiten", "totaal", "totaal"), 4, 0);
}

/* The year 2026: every respondent once (RC answered in Q2 and Q3); E5 ends in Q4. */
static void year(const wr_dataset *ds, const wr_config *cfg)
{
    wr_figures *y = NULL;
    wr_error err = {0};
    CHECK(wr_figures_compute(ds, cfg, wr_period_year(2026), &y, &err) == WR_OK);
    if (!y)
        return;
    const wr_figure *respons = wr_figures_find(y, "respons_pct", "totaal", "totaal");
    CHECK(respons && respons->denominator == 5 && respons->value == 60);
    const wr_figure *zrm = wr_figures_find(y, "zrm_dekking_pct", "totaal", "totaal");
    CHECK(zrm && zrm->denominator == 5 && zrm->value == 60); /* E1, E3, E5 */
    wr_figures_free(y);
    /* 2026-Q2: RC answered, nobody's trajectory ended: no percentage, noemer 0. */
    CHECK(wr_figures_compute(ds, cfg, wr_period_quarter(2026, 2), &y, &err) == WR_OK);
    if (!y)
        return;
    respons = wr_figures_find(y, "respons_pct", "totaal", "totaal");
    CHECK(respons && respons->denominator == 0 && !respons->has_value);
    wr_figures_free(y);
}

/* Without [jeugd] in the settings no activity is marked, and no row says otherwise. */
static void no_youth_setting(void)
{
    wr_config *cfg = NULL;
    wr_dataset *ds = NULL;
    wr_figures *q = NULL;
    wr_error err = {0};
    if (wr_config_load("tests/fixtures/config.ini", &cfg, &err) != WR_OK ||
        wr_dataset_load("tests/fixtures/sturing", cfg, &ds, &err) != WR_OK ||
        wr_figures_compute(ds, cfg, wr_period_quarter(2026, 3), &q, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        CHECK(false);
    } else {
        CHECK(wr_figures_find(q, "activiteiten", "doelgroep", "jeugd") == NULL);
        CHECK(wr_figures_find(q, "activiteiten", "totaal", "totaal") != NULL);
    }
    wr_figures_free(q);
    wr_dataset_free(ds);
    wr_config_free(cfg);
}

int main(void)
{
    wr_config *cfg = NULL;
    wr_dataset *ds = NULL;
    wr_figures *q3 = NULL;
    wr_error err = {0};
    if (wr_config_load("tests/fixtures/sturing/config.ini", &cfg, &err) != WR_OK ||
        wr_dataset_load("tests/fixtures/sturing", cfg, &ds, &err) != WR_OK ||
        wr_figures_compute(ds, cfg, wr_period_quarter(2026, 3), &q3, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    f = q3;
    first_contact();
    start();
    waiting();
    coverage();
    youth();
    year(ds, cfg);
    no_youth_setting();
    wr_figures_free(q3);
    wr_dataset_free(ds);
    wr_config_free(cfg);
    return check_summary("sturingscijfers");
}
