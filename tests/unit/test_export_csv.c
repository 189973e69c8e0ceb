/* The figures export cijfers.csv (src/export/csv.c) from a small figures model made by
 * hand, compared as exact text: the header, one row per figure row in model order, values
 * with a decimal point and the decimals of their kind, an empty value (with noemer 0) for
 * a percentage without a base, quoting of a code that needs it, and values left empty when
 * the settings ask for suppression in the appendices. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "config/config.h"
#include "export/csv.h"
#include "figures/figures.h"
#include "figures/privacy.h"

static wr_figure *add(wr_figures *f, wr_deel deel, const char *figure, const char *dimension, const char *code,
                      wr_value_kind kind)
{
    wr_figure *fig = wr_figures_add(f, deel, figure, dimension, code, code, kind);
    if (!fig) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    return fig;
}

/* A quarter's model: one row of every kind, privacy decided with threshold 5 and minimal
 * denominator 10 (as in the data contract's example settings). */
static wr_figures *quarter_model(void)
{
    wr_figures *f = wr_figures_new(wr_period_quarter(2026, 3));
    if (!f)
        return NULL;
    wr_figure_set_count(add(f, WR_DEEL_GEDAAN, "contacten", "totaal", "totaal", WR_KIND_COUNT), 1234);
    wr_figure_set_count(add(f, WR_DEEL_BEREIKT, "bereik", "wijk", "noord", WR_KIND_RESIDENTS), 3); /* "<5" */
    wr_figure_set_count(add(f, WR_DEEL_BEREIKT, "bereik", "wijk", "zuid,west", WR_KIND_RESIDENTS), 12);
    wr_figure_set_count(add(f, WR_DEEL_BEREIKT, "bereik", "wijk", "zuid\"west", WR_KIND_RESIDENTS), 5);
    wr_figure_set_count(add(f, WR_DEEL_BEREIKT, "wachtend_trajecten", "totaal", "totaal", WR_KIND_TRAJECTORIES), 0);
    /* No base: no value, noemer 0. */
    wr_figure_set_ratio(add(f, WR_DEEL_EFFECT, "uitval_pct", "totaal", "totaal", WR_KIND_PERCENT), 0, 0, 1, 100.0);
    /* 3 of 8 = 37.5%, over fewer than 10: "n<10" in public. */
    wr_figure_set_ratio(add(f, WR_DEEL_EFFECT, "doelrealisatie_pct", "doelrealisatie", "geheel", WR_KIND_PERCENT), 3,
                        8, 1, 100.0);
    /* 10 of 30 = 33.333..% -> 33.3. */
    wr_figure_set_ratio(add(f, WR_DEEL_GEDAAN, "eerste_contact_binnen_norm_pct", "totaal", "totaal", WR_KIND_PERCENT),
                        10, 30, 1, 100.0);
    wr_figure *median = add(f, WR_DEEL_GEDAAN, "eerste_contact_mediaan_werkdagen", "totaal", "totaal",
                            WR_KIND_MEDIAN);
    median->has_denominator = true;
    median->denominator = 12;
    wr_figure_set_count(median, 4.5);
    /* 145 points over 20 answers = 7.25. */
    wr_figure_set_ratio(add(f, WR_DEEL_EFFECT, "rapportcijfer_gem", "totaal", "totaal", WR_KIND_MEAN), 145, 20, 2, 1.0);
    wr_figure_set_count(add(f, WR_DEEL_FINANCIEN, "begroting", "post", "sociaal_wijkteam", WR_KIND_EURO), 1100000);
    wr_figure_set_count(add(f, WR_DEEL_FINANCIEN, "realisatie", "totaal", "totaal", WR_KIND_EURO), 1810012.34);
    wr_figure_set_count(add(f, WR_DEEL_IMPACT, "indicator_waarde", "indicator", "eenzaamheid:noord", WR_KIND_VALUE),
                        12.4);
    wr_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.privacy_threshold = 5;
    cfg.privacy_min_denominator = 10;
    wr_figures_apply_privacy(f, &cfg);
    return f;
}

/* The CSV text of f (the caller frees it), or NULL when writing fails. */
static char *csv_of(const wr_figures *f, bool suppress)
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    if (!out)
        return NULL;
    wr_error err = {0};
    wr_status st = wr_export_csv_write(f, suppress, out, "cijfers-2026-Q3.csv", &err);
    fclose(out);
    if (st != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        free(text);
        return NULL;
    }
    return text;
}

static void test_exact(const wr_figures *f)
{
    char *text = csv_of(f, false);
    CHECK_STR(text, "periode,deel,cijfer,dimensie,waarde_code,waarde,noemer\n"
                    "2026-Q3,gedaan,contacten,totaal,totaal,1234,\n"
                    "2026-Q3,bereikt,bereik,wijk,noord,3,\n"
                    "2026-Q3,bereikt,bereik,wijk,\"zuid,west\",12,\n"
                    "2026-Q3,bereikt,bereik,wijk,\"zuid\"\"west\",5,\n"
                    "2026-Q3,bereikt,wachtend_trajecten,totaal,totaal,0,\n"
                    "2026-Q3,effect,uitval_pct,totaal,totaal,,0\n"
                    "2026-Q3,effect,doelrealisatie_pct,doelrealisatie,geheel,37.5,8\n"
                    "2026-Q3,gedaan,eerste_contact_binnen_norm_pct,totaal,totaal,33.3,30\n"
                    "2026-Q3,gedaan,eerste_contact_mediaan_werkdagen,totaal,totaal,4.50,12\n"
                    "2026-Q3,effect,rapportcijfer_gem,totaal,totaal,7.25,20\n"
                    "2026-Q3,financien,begroting,post,sociaal_wijkteam,1100000,\n"
                    "2026-Q3,financien,realisatie,totaal,totaal,1810012.34,\n"
                    "2026-Q3,impact,indicator_waarde,indicator,eenzaamheid:noord,12.4,\n");
    free(text);
}

/* Suppression empties "<5" (3 residents) and "n<10" (37.5% of 8); the noemer stays, and
 * 5 residents, 0 trajectories and a percentage without a base are no small values. */
static void test_suppressed(const wr_figures *f)
{
    char *text = csv_of(f, true);
    CHECK_STR(text, "periode,deel,cijfer,dimensie,waarde_code,waarde,noemer\n"
                    "2026-Q3,gedaan,contacten,totaal,totaal,1234,\n"
                    "2026-Q3,bereikt,bereik,wijk,noord,,\n"
                    "2026-Q3,bereikt,bereik,wijk,\"zuid,west\",12,\n"
                    "2026-Q3,bereikt,bereik,wijk,\"zuid\"\"west\",5,\n"
                    "2026-Q3,bereikt,wachtend_trajecten,totaal,totaal,0,\n"
                    "2026-Q3,effect,uitval_pct,totaal,totaal,,0\n"
                    "2026-Q3,effect,doelrealisatie_pct,doelrealisatie,geheel,,8\n"
                    "2026-Q3,gedaan,eerste_contact_binnen_norm_pct,totaal,totaal,33.3,30\n"
                    "2026-Q3,gedaan,eerste_contact_mediaan_werkdagen,totaal,totaal,4.50,12\n"
                    "2026-Q3,effect,rapportcijfer_gem,totaal,totaal,7.25,20\n"
                    "2026-Q3,financien,begroting,post,sociaal_wijkteam,1100000,\n"
                    "2026-Q3,financien,realisatie,totaal,totaal,1810012.34,\n"
                    "2026-Q3,impact,indicator_waarde,indicator,eenzaamheid:noord,12.4,\n");
    free(text);
}

/* A year's export names the year; an empty model is only the header. */
static void test_year_and_empty(void)
{
    wr_figures *f = wr_figures_new(wr_period_year(2025));
    if (!f)
        return;
    char *text = csv_of(f, false);
    CHECK_STR(text, "periode,deel,cijfer,dimensie,waarde_code,waarde,noemer\n");
    free(text);
    wr_figure_set_count(add(f, WR_DEEL_BEREIKT, "bereik", "totaal", "totaal", WR_KIND_RESIDENTS), 120);
    text = csv_of(f, false);
    CHECK_STR(text, "periode,deel,cijfer,dimensie,waarde_code,waarde,noemer\n"
                    "2025,bereikt,bereik,totaal,totaal,120,\n");
    free(text);
    wr_figures_free(f);
}

/* A stream that cannot be written gives an output error naming the file. */
static void test_write_error(const wr_figures *f)
{
    FILE *read_only = fopen("/dev/null", "r");
    if (!read_only)
        return;
    wr_error err = {0};
    CHECK(wr_export_csv_write(f, false, read_only, "uit/cijfers-2026-Q3.csv", &err) == WR_ERR_OUTPUT);
    CHECK(strstr(err.message, "uit/cijfers-2026-Q3.csv") != NULL);
    fclose(read_only);
}

/* The protected view in the export when the settings ask for it: a count hidden to
 * protect others ("x") is left empty like "<5"; a denominator of 4 ("<5" beside the
 * ratio) is left empty too, and the value over it as well ("n<10"). With exact values
 * both stay. */
static void test_protected_and_denominator(void)
{
    wr_figures *f = wr_figures_new(wr_period_quarter(2026, 3));
    if (!f)
        return;
    wr_figure *x = add(f, WR_DEEL_BEREIKT, "bereik", "wijk", "oost", WR_KIND_RESIDENTS);
    wr_figure_set_count(x, 12);
    wr_figure *pct = add(f, WR_DEEL_EFFECT, "ervaring_eens_pct", "vraag", "passend", WR_KIND_PERCENT);
    wr_figure_set_ratio(pct, 3, 4, 1, 100.0);
    wr_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.privacy_threshold = 5;
    cfg.privacy_min_denominator = 10;
    wr_figures_apply_privacy(f, &cfg);
    x->public_show = WR_SHOW_PROTECTED; /* as the disclosure step decides it */
    CHECK_INT(pct->denominator_show, WR_SHOW_SMALL_COUNT);
    char *text = csv_of(f, true);
    CHECK_STR(text, "periode,deel,cijfer,dimensie,waarde_code,waarde,noemer\n"
                    "2026-Q3,bereikt,bereik,wijk,oost,,\n"
                    "2026-Q3,effect,ervaring_eens_pct,vraag,passend,,\n");
    free(text);
    text = csv_of(f, false);
    CHECK_STR(text, "periode,deel,cijfer,dimensie,waarde_code,waarde,noemer\n"
                    "2026-Q3,bereikt,bereik,wijk,oost,12,\n"
                    "2026-Q3,effect,ervaring_eens_pct,vraag,passend,75.0,4\n");
    free(text);
    wr_figures_free(f);
}

/* Exact values are not public: the name says so; the public view needs no mark. */
static void test_names(void)
{
    char name[64];
    wr_export_csv_name("2026-Q3", false, name, sizeof name);
    CHECK_STR(name, "cijfers-2026-Q3-niet-openbaar.csv");
    wr_export_csv_name("2026", true, name, sizeof name);
    CHECK_STR(name, "cijfers-2026.csv");
}

int main(void)
{
    wr_figures *f = quarter_model();
    if (!f)
        return 1;
    test_exact(f);
    test_suppressed(f);
    test_year_and_empty();
    test_write_error(f);
    test_protected_and_denominator();
    test_names();
    wr_figures_free(f);
    return check_summary("export_csv");
}
