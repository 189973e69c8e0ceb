/* Unknown template codes (issue 11, case 10): the names the fill can set
 * (fill/template_names.h) and the check of a template's codes against them
 * (fill/template_check.h). The list must hold every name a real fill sets, for a full
 * export and for one with only trajecten.csv, and sections that are absent in one period
 * (CONCEPT, ONDERDRUKT_WIJK, NIET_AANGELEVERD_KLACHTEN) while a typo is not. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "config/config.h"
#include "figures/compute.h"
#include "fill/template_check.h"
#include "fill/template_data.h"
#include "fill/template_fill.h"
#include "fill/template_names.h"
#include "input/dataset.h"
#include "narrative/narrative.h"

/* Fills a dictionary from data_dir with config and checks that every name it set is one the
 * list knows; returns the list (the caller frees it). */
static wr_tpl_names *fill_and_list(const char *config, const char *data_dir)
{
    wr_error err = {0};
    wr_config *cfg = NULL;
    wr_dataset *ds = NULL;
    wr_figures *f = NULL;
    wr_narrative_list *list = NULL;
    wr_narrative *texts = NULL;
    wr_period p = wr_period_quarter(2026, 3);
    bool ok = wr_config_load(config, &cfg, &err) == WR_OK && wr_dataset_load(data_dir, cfg, &ds, &err) == WR_OK &&
              wr_figures_compute(ds, cfg, p, &f, &err) == WR_OK &&
              wr_narrative_list_load("templates/teksten.ini", &list, &err) == WR_OK &&
              wr_narrative_load(list, "sample-data/teksten", "2026-Q3", false, &texts, &err) == WR_OK;
    CHECK(ok);
    if (!ok)
        fprintf(stderr, "%s\n", err.message);
    wr_tpl_names *known = wr_tpl_names_new(), *set = wr_tpl_names_new();
    if (ok) {
        const wr_figures *columns[] = {f};
        const char *heads[] = {"3e kwartaal 2026"};
        wr_fill_input in = {.cfg = cfg, .current = f, .columns = columns, .column_heads = heads, .column_count = 1,
                            .texts = texts, .draft = true};
        wr_tpl_dict *dict = wr_tpl_dict_new();
        wr_tpl_dict_record(dict, set);
        CHECK(wr_fill_template_data(dict, &in));
        CHECK(wr_fill_names(&in, known));
        size_t missing = 0;
        for (size_t i = 0; i < wr_tpl_names_count(set); i++) {
            wr_tpl_kind kind;
            const char *name = wr_tpl_names_at(set, i, &kind);
            if (!wr_tpl_names_has(known, kind, name) && missing++ < 10)
                fprintf(stderr, "%s: the fill set %s, which the list lacks\n", data_dir, name);
        }
        CHECK_INT(missing, 0);
        CHECK(wr_tpl_names_count(set) > 100);
        wr_tpl_dict_free(dict);
    }
    wr_tpl_names_free(set);
    wr_narrative_free(texts);
    wr_narrative_list_free(list);
    wr_figures_free(f);
    wr_dataset_free(ds);
    wr_config_free(cfg);
    return known;
}

static void test_list_holds_every_name_set(void)
{
    wr_tpl_names *full = fill_and_list("sample-data/wijkrapport.ini", "sample-data");
    wr_tpl_names *reach = fill_and_list("tests/fixtures/config.ini", "tests/fixtures/bereik");
    /* Known whatever this period holds: sections legitimately absent in a run. */
    static const char *const sections[] = {"CONCEPT", "JAAR_LOOPT", "ONDERDRUKT_WIJK", "KLEINE_NOEMER_TOTAAL",
                                           "AANGELEVERD_KLACHTEN", "NIET_AANGELEVERD_KLACHTEN", "ZONDER_PROBLEMEN",
                                           "AFSPRAAK", "INDICATOR", "PER_WIJK_BEREIK"};
    for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++) {
        CHECK(wr_tpl_names_has(full, WR_TPL_SECTION, sections[i]));
        CHECK(wr_tpl_names_has(reach, WR_TPL_SECTION, sections[i]));
    }
    /* The figures of files not delivered, and a cell of a configured district. */
    CHECK(wr_tpl_names_has(reach, WR_TPL_VALUE, "KLACHTEN_ONTVANGEN"));
    CHECK(wr_tpl_names_has(reach, WR_TPL_VALUE, "RAPPORTCIJFER_GEM_NOEMER"));
    CHECK(wr_tpl_names_has(full, WR_TPL_VALUE, "BEREIK_SCHALKWIJK"));
    CHECK(wr_tpl_names_has(full, WR_TPL_VALUE, "TEKST_LESSEN"));
    /* Never: a typo, a code of no list, a text of the annual list in a quarter, a value as
     * a section. */
    CHECK(!wr_tpl_names_has(full, WR_TPL_VALUE, "BEREIK_TYPFOUT"));
    CHECK(!wr_tpl_names_has(full, WR_TPL_VALUE, "BEREIK_SCHALKWIJKK"));
    CHECK(!wr_tpl_names_has(full, WR_TPL_VALUE, "TEKST_SAMENVATTING"));
    CHECK(!wr_tpl_names_has(full, WR_TPL_SECTION, "BEREIK"));
    wr_tpl_names_free(full);
    wr_tpl_names_free(reach);
}

/* The message for text checked against a small list; "" when all is known. */
static void check_template(const char *text, const char *expected)
{
    wr_tpl_names *known = wr_tpl_names_new();
    wr_tpl_names_add(known, WR_TPL_VALUE, "NAAM");
    wr_tpl_names_add(known, WR_TPL_VALUE, "LABEL");
    wr_tpl_names_add(known, WR_TPL_SECTION, "PER_WIJK");
    wr_tpl_names_add(known, WR_TPL_INCLUDE, "DEEL");
    wr_tpl_unknown found = {0};
    wr_tpl_check_text("t.md", text, strlen(text), known, &found);
    wr_error err = {0};
    wr_status st = wr_tpl_unknown_report(&found, &err);
    CHECK_INT(st, *expected ? WR_ERR_CONFIG : WR_OK);
    CHECK_STR(st == WR_OK ? "" : err.message, expected);
    wr_tpl_names_free(known);
}

static void test_check(void)
{
    check_template("{{NAAM}} {{NAAM:h}} {{#PER_WIJK}}{{LABEL}}{{#PER_WIJK_separator}}, {{/PER_WIJK_separator}}"
                   "{{/PER_WIJK}}\n{{>DEEL}} {{! {{ONBEKEND}} in commentaar }} {{%AUTOESCAPE context=\"HTML\"}}\n",
                   "");
    /* The line of the code, after a comment over three lines. */
    check_template("# {{NAAM}}\n{{!\nlang\ncommentaar\n}}\nkregen {{BEREIK_TYPFOUT}} inwoners\n",
                   "t.md, regel 6: {{BEREIK_TYPFOUT}} bestaat niet: het programma vult deze code nooit in. De codes "
                   "staan in templates/README.md.");
    check_template("{{#NAAM}}x{{/NAAM}}\n",
                   "t.md, regel 1: {{#NAAM}} is een waarde, geen sectie: schrijf {{NAAM}} zonder #. De codes staan in "
                   "templates/README.md.");
    check_template("\n\n{{PER_WIJK}}\n",
                   "t.md, regel 3: {{PER_WIJK}} is een sectie, geen waarde: schrijf {{#NAAM}}...{{/NAAM}}. De codes "
                   "staan in templates/README.md.");
    /* More than one unknown code. */
    check_template("{{NAAM}}\n{{>GEEN_DEEL}}\n{{#GEEN_SECTIE}}\n",
                   "Het sjabloon heeft 2 fouten in zijn codes:\n"
                   "  t.md, regel 2: {{>GEEN_DEEL}} bestaat niet: er is geen deel met die naam in delen/.\n"
                   "  t.md, regel 3: {{#GEEN_SECTIE}} bestaat niet: het programma toont nooit een sectie met die naam.\n"
                   "De codes staan in templates/README.md.");
    /* Markers ctemplate must never see (it reads past the end of the text after them). */
    check_template("tekst {{NAAM\n",
                   "t.md, regel 1: {{NAAM\n wordt niet afgesloten met }}. De codes staan in templates/README.md.");
    check_template("\n{{=<% %>=}}<%NAAM%>\n",
                   "t.md, regel 2: {{=<% %>=}} wisselt de accolades; dat kan hier niet: schrijf codes tussen {{ en "
                   "}}. De codes staan in templates/README.md.");
}

int main(void)
{
    test_list_holds_every_name_set();
    test_check();
    return check_summary("template_names");
}
