#include "fill/factsheet_names.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "figures/figure_defs.h"

/* "instroom" -> "WIJK_INSTROOM", as the fill writes it (fill/factsheet_data.c). */
static void upper_name(const char *prefix, const char *s, char *buf, size_t size)
{
    size_t o = (size_t)snprintf(buf, size, "%s", prefix);
    for (; *s && o + 1 < size; s++)
        buf[o++] = isalnum((unsigned char)*s) ? (char)toupper((unsigned char)*s) : '_';
    buf[o] = '\0';
}

static const char *const value_names[] = {
    "WIJK", "WIJK_CODE", "WIJK_PERIODE", "WIJK_TEKST", "AANTAL", "LABEL", "KOP", "BEREIK", "INSTROOM", "WACHTEND",
    "OMSCHRIJVING", "WAARDE", "JAAR", "STAD", "STREEFWAARDE", "BRON", "WIJK_BEREIK_ZIN", "WIJK_INWONERS",
    "WIJK_LEEFGEBIEDEN_ZIN", "BESTAND_PDF", "BESTAND_HTML", "BEREIK_PER_1000",
};
static const char *const section_names[] = {
    "ROLLEND_JAAR", "KWARTAAL", "WIJK_TEKST_ONTBREEKT", "WIJK_PER_REDEN", "WIJK_PER_KWARTAAL",
    "MET_WIJK_INDICATOREN", "ZONDER_WIJK_INDICATOREN", "WIJK_INDICATOR", "MET_WIJK_INWONERS", "WIJKFACTSHEET",
    "MET_REDENEN", "ZONDER_REDENEN", "MET_LEEFGEBIEDEN", "MET_INWONERS", "ZONDER_INWONERS",
};

bool wr_fill_factsheet_names(wr_tpl_names *out)
{
    bool ok = true;
    for (size_t i = 0; ok && i < sizeof value_names / sizeof value_names[0]; i++)
        ok = wr_tpl_names_add(out, WR_TPL_VALUE, value_names[i]);
    for (size_t i = 0; ok && i < sizeof section_names / sizeof section_names[0]; i++)
        ok = wr_tpl_names_add(out, WR_TPL_SECTION, section_names[i]);
    size_t ndefs = 0;
    const wr_figure_def *defs = wr_figure_defs(&ndefs);
    for (size_t d = 0; ok && d < ndefs; d++)
        for (int k = 0; ok && k < 4; k++) {
            char name[160];
            upper_name(k < 2 ? "WIJK_" : "STAD_", defs[d].code, name, sizeof name);
            if (k % 2)
                snprintf(name + strlen(name), sizeof name - strlen(name), "_NOEMER");
            ok = wr_tpl_names_add(out, WR_TPL_VALUE, name);
        }
    return ok;
}

