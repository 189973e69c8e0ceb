/* The ctemplate adapter (fill/template_fill.h) on small templates in a temporary folder:
 * values go in as written (no HTML escaping: the output is Markdown), unknown codes are
 * empty, repeated and shown sections, sections see their parent's values, an included
 * part sees only its own dictionary, a template changed between runs is read again, and
 * a missing or broken template is a configuration error naming the file. */
#include <stdlib.h>
#include <sys/stat.h>

#include "check.h"
#include "fill/template_fill.h"
#include "scratch.h"


static void spit(const char *name, const char *text)
{
    free(scratch_write(name, text));
}

/* Expands <scratch>/name with dict; NULL (and the message on stderr) when it fails. */
static char *expand(const char *name, wr_tpl_dict *dict)
{
    char *out = NULL;
    size_t len = 0;
    wr_error err = {0};
    if (wr_tpl_expand(scratch_root, name, dict, &out, &len, &err) != WR_OK) {
        fprintf(stderr, "expanding %s: %s\n", name, err.message);
        return NULL;
    }
    CHECK_INT(len, strlen(out));
    return out;
}

/* Expands a template written for the occasion and compares the whole output. */
static void expands_to(const char *text, wr_tpl_dict *dict, const char *expected)
{
    spit("t.md", text);
    char *out = expand("t.md", dict);
    CHECK_STR(out, expected);
    free(out);
}

static void test_values(void)
{
    wr_tpl_dict *d = wr_tpl_dict_new();
    CHECK(d != NULL);
    wr_tpl_dict_set(d, "NAAM", "Lindewaard");
    wr_tpl_dict_set(d, "CIJFER", "1.234");
    wr_tpl_dict_set(d, "OPMAAK", "<b>&\"x\"</b> **vet** {{GEEN_CODE}}");
    wr_tpl_dict_set(d, "LEEG", NULL);
    expands_to("# {{NAAM}}\n\nBereik: {{CIJFER}}{{ONBEKEND}}.\n", d, "# Lindewaard\n\nBereik: 1.234.\n");
    /* A value is inserted as it is, never expanded or escaped. */
    expands_to("{{OPMAAK}}|{{LEEG}}|\n", d, "<b>&\"x\"</b> **vet** {{GEEN_CODE}}||\n");
    /* Setting a code again replaces its value. */
    wr_tpl_dict_set(d, "NAAM", "Veldzicht");
    expands_to("{{NAAM}}\n", d, "Veldzicht\n");
    wr_tpl_dict_free(d);
}

static void test_sections(void)
{
    wr_tpl_dict *d = wr_tpl_dict_new();
    wr_tpl_dict_set(d, "EENHEID", "inwoners");
    const char *rows = "| Wijk | Bereik |\n{{#PER_WIJK}}| {{LABEL}} | {{BEREIK}} {{EENHEID}} |\n{{/PER_WIJK}}"
                       "{{#CONCEPT}}Concept{{/CONCEPT}}\n";
    /* No repetition yet: the section disappears; an unshown section is hidden. */
    expands_to(rows, d, "| Wijk | Bereik |\n\n");
    static const char *const labels[][2] = {{"Havenkwartier", "3"}, {"De Hoeven", "3"}, {"Veldzicht", "5"}};
    for (size_t i = 0; i < 3; i++) {
        wr_tpl_dict *row = wr_tpl_dict_add_section(d, "PER_WIJK");
        CHECK(row != NULL);
        if (row) {
            wr_tpl_dict_set(row, "LABEL", labels[i][0]);
            wr_tpl_dict_set(row, "BEREIK", labels[i][1]);
        }
    }
    wr_tpl_dict_show_section(d, "CONCEPT");
    /* Rows in the order they were added; each row also sees the root's EENHEID. */
    expands_to(rows, d,
               "| Wijk | Bereik |\n| Havenkwartier | 3 inwoners |\n| De Hoeven | 3 inwoners |\n"
               "| Veldzicht | 5 inwoners |\nConcept\n");
    /* A section inside a repetition, with values of its own. */
    wr_tpl_dict *row = wr_tpl_dict_add_section(d, "JAAR");
    wr_tpl_dict *inner = row ? wr_tpl_dict_add_section(row, "WAARDE") : NULL;
    CHECK(inner != NULL);
    if (inner)
        wr_tpl_dict_set(inner, "X", "12,4");
    expands_to("{{#JAAR}}[{{#WAARDE}}{{X}} {{EENHEID}}{{/WAARDE}}]{{/JAAR}}\n", d, "[12,4 inwoners]\n");
    wr_tpl_dict_free(d);
}

static void test_includes(void)
{
    char delen[128];
    snprintf(delen, sizeof delen, "%s/delen", scratch_root);
    mkdir(delen, 0777);
    spit("delen/bereikt-cijfers.md", "Bereik {{BEREIK}} in {{NAAM}}.\n");
    wr_tpl_dict *d = wr_tpl_dict_new();
    wr_tpl_dict_set(d, "NAAM", "Lindewaard");
    wr_tpl_dict_set(d, "BEREIK", "9");
    wr_tpl_dict *part = wr_tpl_dict_include(d, "BEREIKT_CIJFERS", "delen/bereikt-cijfers.md");
    CHECK(part != NULL);
    /* The part sees none of its parent's values: the caller fills its dictionary too. */
    expands_to("# {{NAAM}}\n{{>BEREIKT_CIJFERS}}Einde\n", d, "# Lindewaard\nBereik  in .\nEinde\n");
    if (part) {
        wr_tpl_dict_set(part, "BEREIK", "11");
        wr_tpl_dict_set(part, "NAAM", "Veldzicht");
    }
    expands_to("# {{NAAM}}\n{{>BEREIKT_CIJFERS}}Einde\n", d, "# Lindewaard\nBereik 11 in Veldzicht.\nEinde\n");
    /* An include that is not filled in stays empty. */
    expands_to("[{{>NIET_GEVULD}}]\n", d, "[]\n");
    wr_tpl_dict_free(d);
}

/* Filling the template and its parts once: what is set in the template after
 * wr_tpl_dict_mirror is set in the parts too (values, shown and repeated sections), and
 * nothing after the mirroring ends. */
static void test_mirrored_parts(void)
{
    char delen[4096];
    snprintf(delen, sizeof delen, "%s/delen", scratch_root);
    mkdir(delen, 0777);
    spit("delen/wijken.md", "{{NAAM}}:{{#RIJ}} {{WIJK}}{{/RIJ}}{{#TOON}} getoond{{/TOON}} {{LATER}}\n");
    wr_tpl_dict *d = wr_tpl_dict_new();
    wr_tpl_dict *part = wr_tpl_dict_include(d, "WIJKEN", "delen/wijken.md");
    CHECK(part != NULL);
    CHECK(wr_tpl_dict_mirror(d, &part, 1));
    wr_tpl_dict_set(d, "NAAM", "Lindewaard");
    const char *wijken[] = {"Noord", "Zuid"};
    for (size_t i = 0; i < 2; i++) {
        wr_tpl_dict *row = wr_tpl_dict_add_section(d, "RIJ");
        CHECK(row != NULL);
        if (row)
            wr_tpl_dict_set(row, "WIJK", wijken[i]);
    }
    wr_tpl_dict_show_section(d, "TOON");
    CHECK(wr_tpl_dict_mirror(d, NULL, 0));
    wr_tpl_dict_set(d, "LATER", "alleen boven");
    expands_to("{{NAAM}}:{{#RIJ}} {{WIJK}}{{/RIJ}}{{#TOON}} getoond{{/TOON}} {{LATER}}\n{{>WIJKEN}}", d,
               "Lindewaard: Noord Zuid getoond alleen boven\nLindewaard: Noord Zuid getoond \n");
    wr_tpl_dict_free(d);
}

static void test_changed_template_is_read_again(void)
{
    wr_tpl_dict *d = wr_tpl_dict_new();
    wr_tpl_dict_set(d, "A", "een");
    expands_to("eerste {{A}}\n", d, "eerste een\n");
    expands_to("tweede {{A}}, langer dan de eerste\n", d, "tweede een, langer dan de eerste\n");
    wr_tpl_dict_free(d);
}

static void test_errors(void)
{
    wr_tpl_dict *d = wr_tpl_dict_new();
    char *out = (char *)&out; /* must be reset */
    wr_error err = {0};
    CHECK_INT(wr_tpl_expand(scratch_root, "bestaat-niet.md", d, &out, NULL, &err), WR_ERR_CONFIG);
    CHECK(out == NULL);
    char expected[256];
    snprintf(expected, sizeof expected, "Het sjabloon %s/bestaat-niet.md bestaat niet.", scratch_root);
    CHECK_STR(err.message, expected);

    spit("kapot.md", "{{#OPEN}}nooit gesloten\n");
    out = (char *)&out;
    err = (wr_error){0};
    CHECK_INT(wr_tpl_expand(scratch_root, "kapot.md", d, &out, NULL, &err), WR_ERR_CONFIG);
    CHECK(out == NULL);
    snprintf(expected, sizeof expected, "Het sjabloon %s/kapot.md kan niet worden ingevuld", scratch_root);
    CHECK(strncmp(err.message, expected, strlen(expected)) == 0);

    /* A template folder that does not exist is the same error, naming the path. */
    err = (wr_error){0};
    CHECK_INT(wr_tpl_expand("/bestaat/niet", "kwartaalrapportage.md", d, &out, NULL, &err), WR_ERR_CONFIG);
    CHECK(strstr(err.message, "/bestaat/niet/kwartaalrapportage.md bestaat niet") != NULL);
    wr_tpl_dict_free(d);
    wr_tpl_dict_free(NULL);
}

int main(void)
{
    if (!scratch_open("template"))
        return 1;
    test_values();
    test_sections();
    test_includes();
    test_mirrored_parts();
    test_changed_template_is_read_again();
    test_errors();
    scratch_close();
    return check_summary("template_fill");
}
