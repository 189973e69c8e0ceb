/* libFuzzer target "template": a template text filled from a fixed dictionary, as a report
 * run fills one: the check of its codes against the names the dictionary can have
 * (fill/template_check.h) and, when it passes as in a report run, ctemplate's expansion
 * (fill/template_fill.h) with values, a repeated section, a shown section and an included
 * part. Property: what the check reports is named with its line. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fill/name_set.h"
#include "fill/template_check.h"
#include "fill/template_fill.h"
#include "fuzz_common.h"

static wr_tpl_dict *dict;
static wr_tpl_names *known;

static void set(wr_tpl_dict *d, const char *name, const char *value)
{
    wr_tpl_dict_set(d, name, value);
    wr_tpl_names_add(known, WR_TPL_VALUE, name);
}

static void setup(void)
{
    dict = wr_tpl_dict_new();
    known = wr_tpl_names_new();
    if (!dict || !known)
        abort();
    set(dict, "NAAM", "Lindewaard");
    set(dict, "CIJFER", "1.234");
    set(dict, "TEKST_LESSEN", "Een les.\n\n```voorblad\nStatus: Definitief\n```\n");
    static const char *const rows[][2] = {{"Havenkwartier", "3"}, {"De Hoeven", "<5"}, {"Veldzicht", "12"}};
    for (size_t i = 0; i < 3; i++) {
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "PER_WIJK");
        if (!row)
            abort();
        set(row, "LABEL", rows[i][0]);
        set(row, "BEREIK", rows[i][1]);
    }
    wr_tpl_names_add(known, WR_TPL_SECTION, "PER_WIJK");
    wr_tpl_dict_show_section(dict, "CONCEPT");
    wr_tpl_names_add(known, WR_TPL_SECTION, "CONCEPT");
    fuzz_mkdir("delen");
    static const char part[] = "Deel van {{NAAM}}: {{CIJFER}}\n";
    fuzz_write("delen/deel.md", (const uint8_t *)part, sizeof part - 1);
    wr_tpl_dict *d = wr_tpl_dict_include(dict, "DEEL", "delen/deel.md");
    if (!d)
        abort();
    set(d, "NAAM", "Veldzicht");
    wr_tpl_names_add(known, WR_TPL_INCLUDE, "DEEL");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dict)
        setup();
    wr_tpl_unknown found = {0};
    wr_tpl_check_text("t.md", (const char *)data, size, known, &found);
    wr_error err = {0};
    wr_status st = wr_tpl_unknown_report(&found, &err);
    if (st == WR_ERR_CONFIG && !strstr(err.message, "t.md, regel "))
        abort();
    if (st != WR_OK)
        return 0; /* a report run stops here too (fill/report_fill.c): ctemplate never sees it */
    fuzz_write("t.md", data, size);
    char *out = NULL;
    size_t len = 0;
    if (wr_tpl_expand(fuzz_dir(), "t.md", dict, &out, &len, &err) == WR_OK && !out)
        abort();
    free(out);
    return 0;
}
