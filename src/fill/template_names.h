/* The codes a template may use: every name the fill can ever set, whatever the data of
 * a period holds. A template code that is not among them is a mistake (a typo such as
 * {{BEREIK_TYPFOUT}} would otherwise print nothing); fill/template_check.h looks for them.
 *
 * "Can ever set" is wider than "set in this run": a section such as {{#CONCEPT}},
 * {{#ONDERDRUKT_WIJK}} or {{#AANGELEVERD_KLACHTEN}} is legitimately absent in one period
 * and present in another, and a figure of a file that was not delivered is missing from
 * this period's model. The list is built from the rules of the fill, not from this run:
 *   - the general values and sections (PROGRAMMA ... KLACHT_TERMIJN, CONCEPT, JAAR_LOOPT,
 *     MET_PROBLEMEN ...), the lists (AFSPRAAK, INDICATOR, TOETS, PER_PROBLEEMSOORT,
 *     PER_KOLOM) with their fields;
 *   - for every figure of the figure definitions F: F, F_NOEMER, F_VERANDERING, and
 *     F_<CODE> (and F_<CODE>_NOEMER) for every code a breakdown can have: the codes of
 *     the settings' code lists, the codes of the model (this period and the comparison
 *     columns) and onbekend, stadsbreed, niet_gerapporteerd, gemeente and totaal;
 *   - for every breakdown D: PER_D, PER_D_F, ONDERDRUKT_D, KLEINE_NOEMER_D (and _TOTAAL);
 *   - AANGELEVERD_X and NIET_AANGELEVERD_X for every file of the export;
 *   - TEKST_X for every text of the text list of the report's kind;
 *   - ctemplate's own BI_SPACE and BI_NEWLINE, and the shared parts ({{>NAME}}).
 * A name is a value, a section or an include: {{#BEREIK}} is not known because
 * {{BEREIK}} is. */
#ifndef WR_TEMPLATE_NAMES_H
#define WR_TEMPLATE_NAMES_H

#include <stdbool.h>
#include <stddef.h>

#include "fill/fill_input.h"
#include "fill/name_set.h"

/* A template name for text: prefix, then text in capitals with every character that is
 * not a letter or digit as '_' ("reden_instroom" -> "PER_REDEN_INSTROOM"); cut to size. */
void wr_tpl_name(const char *prefix, const char *text, char *buf, size_t size);

/* The breakdowns (dimensions) that get sections of their own ({{#PER_WIJK}}): "onderdeel",
 * "wijk", ... in template order. */
const char *const *wr_fill_dimensions(size_t *count);

/* The notes under a table: {{#ONDERDRUKT_X}} (a "<5"), {{#KLEINE_NOEMER_X}} ("n<10") and
 * {{#AFGESCHERMD_X}} (an "x"), for a breakdown X, "totaal", a table below or
 * "vergelijking" (the comparison table). */
#define WR_FILL_FLAG_COUNT 3
extern const char *const wr_fill_flag_prefixes[WR_FILL_FLAG_COUNT];

/* Tables of the templates whose cells are not one breakdown with its total (several
 * totals side by side, or figures that share a dimension with another table): the notes
 * under each read the flags above for exactly the cells it shows. */
#define WR_FILL_NOTE_CELLS 12
typedef struct {
    const char *table;
    struct {
        const char *figure, *dimension, *code; /* code NULL: every row of the dimension */
    } cells[WR_FILL_NOTE_CELLS];
} wr_fill_note_table;
const wr_fill_note_table *wr_fill_note_tables(size_t *count);

/* Adds every name the fill (fill/template_data.h) can set for this input; false when out
 * of memory. */
bool wr_fill_names(const wr_fill_input *in, wr_tpl_names *out);

#endif
