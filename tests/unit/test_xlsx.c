/* The workbook writer: the same bytes under a comma-decimal locale as under C (libxlsxwriter
 * formats numbers with the C library), the caller's locale left as it was, numerators of
 * percentages only where they are certain, and a definition for every figure of the
 * contract with its placeholders filled. Uses tests/fixtures/bereik. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "config/config.h"
#include "input/dataset.h"
#include "figures/figure_defs.h"
#include "figures/compute.h"
#include "figures/figures.h"
#include "export/xlsx/xlsx_figure.h"
#include "export/xlsx/xlsx_book.h"

static char *slurp(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc(n > 0 ? (size_t)n : 1);
    *size = buf && n > 0 ? fread(buf, 1, (size_t)n, f) : 0;
    fclose(f);
    return buf;
}

static void test_locale(const wr_config *cfg, const wr_dataset *ds)
{
    wr_error err;
    wr_figures *current = NULL, *trend[4] = {0};
    wr_period p = wr_period_quarter(2026, 3);
    CHECK(wr_figures_compute(ds, cfg, p, &current, &err) == WR_OK);
    for (int i = 0; i < 4; i++)
        CHECK(wr_figures_compute(ds, cfg, wr_period_shift(p, i - 4), &trend[i], &err) == WR_OK);
    wr_xlsx_input in = {.cfg = cfg, .current = current, .trend = (const wr_figures *const *)trend,
                        .trend_count = 4, .created = 1790000000};
    char c_path[] = "/tmp/wr-xlsx-c-XXXXXX", nl_path[] = "/tmp/wr-xlsx-nl-XXXXXX";
    int fd1 = mkstemp(c_path), fd2 = mkstemp(nl_path);
    CHECK(fd1 >= 0 && fd2 >= 0);
    close(fd1);
    close(fd2);

    setlocale(LC_ALL, "C");
    CHECK(wr_xlsx_write(c_path, &in, &err) == WR_OK);
    char probe[32];
    if (!setlocale(LC_ALL, "nl_NL.UTF-8")) {
        fprintf(stderr, "test_xlsx: locale nl_NL.UTF-8 is missing; generate it (locales, locale-gen)\n");
        CHECK(!"nl_NL.UTF-8 available");
    } else {
        snprintf(probe, sizeof probe, "%.1f", 12.5);
        CHECK_STR(probe, "12,5"); /* the locale really writes decimal commas */
        CHECK(wr_xlsx_write(nl_path, &in, &err) == WR_OK);
        snprintf(probe, sizeof probe, "%.1f", 12.5);
        CHECK_STR(probe, "12,5"); /* and the writer gave it back */
        size_t a_size = 0, b_size = 0;
        char *a = slurp(c_path, &a_size), *b = slurp(nl_path, &b_size);
        CHECK(a && b && a_size > 1000);
        CHECK(a && b && a_size == b_size && memcmp(a, b, a_size) == 0);
        free(a);
        free(b);
    }
    setlocale(LC_ALL, "C");
    unlink(c_path);
    unlink(nl_path);
    wr_figures_free(current);
    for (int i = 0; i < 4; i++)
        wr_figures_free(trend[i]);
}

static bool numerator(double num, long denominator, long *n)
{
    wr_figure fig = {.kind = WR_KIND_PERCENT, .has_value = denominator > 0, .has_denominator = true,
                     .denominator = denominator};
    wr_figure_set_ratio(&fig, num, denominator, 1, 100.0);
    return wr_xlsx_numerator(&fig, n);
}

static void test_numerator(void)
{
    long n = -1;
    /* The sheet recomputes a percentage from the exact count the model kept. */
    CHECK(numerator(1, 8, &n) && n == 1);
    CHECK(numerator(854, 1003, &n) && n == 854);
    CHECK(numerator(0, 0, &n) && n == 0);         /* no denominator: 0 of 0 */
    CHECK(numerator(2500, 5000, &n) && n == 2500); /* 2499 and 2501 would round the same */
    CHECK(!numerator(1234.56, 5000, &n));          /* euros with cents are no count */
    wr_figure count = {.kind = WR_KIND_RESIDENTS, .has_value = true, .value = 5};
    CHECK(!wr_xlsx_numerator(&count, &n));
}

static void test_definitions(const wr_config *cfg)
{
    static const char *const contract[] = {
        "afspraken", "activiteiten", "bijeenkomsten", "deelnames", "vrijwilligersinzet", "contacten",
        "eerste_contact_binnen_norm_pct", "eerste_contact_buiten_norm", "eerste_contact_mediaan_werkdagen",
        "start_binnen_norm_pct", "start_buiten_norm",
        "klachten_ontvangen", "klachten_afgehandeld", "klachten_binnen_termijn_pct", "klachten_open", "bereik",
        "bereik_per_1000", "instroom", "uitstroom", "wachtend_trajecten", "wachtend_inwoners", "wachttijd_mediaan_dagen",
        "doelrealisatie_pct", "uitval_pct", "herhaald_beroep_pct", "zrm_paren", "zrm_verschil_gem",
        "zrm_verbeterd_pct", "zrm_dekking_pct", "ervaring_eens_pct", "rapportcijfer_gem", "respons_pct", "indicator_waarde", "begroting", "realisatie", "besteed_pct", "prognose",
        "prognose_besteed_pct", "oormerk_nog_nodig", "resultaat_prognose_pct"};
    size_t count;
    wr_figure_defs(&count);
    CHECK_INT(count, sizeof contract / sizeof contract[0]);
    char text[2048];
    for (size_t i = 0; i < sizeof contract / sizeof contract[0]; i++) {
        const wr_figure_def *def = wr_figure_def_find(contract[i]);
        CHECK(def != NULL);
        if (!def)
            continue;
        CHECK(def->name[0] && def->source[0] && def->columns[0] && def->unit[0]);
        wr_figure_def_text(def, cfg, text, sizeof text);
        CHECK(strchr(text, '{') == NULL);
    }
    wr_figure_def_text(wr_figure_def_find("eerste_contact_binnen_norm_pct"), cfg, text, sizeof text);
    CHECK(strstr(text, "ten hoogste 5 is") != NULL);
    wr_figure_def_text(wr_figure_def_find("uitval_pct"), cfg, text, sizeof text);
    CHECK(strstr(text, "'Gestopt door inwoner'") != NULL);
    CHECK_STR(wr_figure_name("nieuw_cijfer"), "nieuw_cijfer");
    CHECK_STR(wr_dimension_title("reden_instroom"), "Reden van instroom");
    for (const char *const *rule = wr_figure_general_rules(); *rule; rule++)
        CHECK(strchr(wr_figure_fill(*rule, cfg, text, sizeof text), '{') == NULL);
}

int main(void)
{
    wr_error err;
    wr_config *cfg = NULL;
    wr_dataset *ds = NULL;
    if (wr_config_load("tests/fixtures/config.ini", &cfg, &err) != WR_OK ||
        wr_dataset_load("tests/fixtures/bereik", cfg, &ds, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        wr_config_free(cfg);
        return 1;
    }
    test_locale(cfg, ds);
    test_numerator();
    test_definitions(cfg);
    wr_dataset_free(ds);
    wr_config_free(cfg);
    return check_summary("test_xlsx");
}
