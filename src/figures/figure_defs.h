/* Every figure (cijfer) of the data contract, section 5: its Dutch name, its exact Dutch
 * definition, the source file and columns it reads, its unit, and whether the groups of its
 * breakdowns add up to its total. One table for the workbook's Definities sheet and the PDF,
 * so both say the same thing. Definitions may hold placeholders for configured values
 * ({werkdagen}, {startdagen}, {klachttermijn}, {herhaaltermijn}, {uitval}, {volgens_plan},
 * {drempel}, {noemer}); wr_figure_def_text fills them in. */
#ifndef WR_FIGURE_DEFS_H
#define WR_FIGURE_DEFS_H

#include <stdbool.h>
#include <stddef.h>

#include "config/config.h"
#include "figures/figures.h"

typedef struct {
    const char *code;        /* cijfer, e.g. "bereik" */
    wr_deel deel;
    const char *name;        /* Dutch name: "Bereik" */
    const char *unit;        /* what one unit of the value is: "inwoners", "%", "euro" ... */
    const char *definition;  /* exact definition in Dutch, with placeholders */
    const char *denominator; /* what the noemer is, or NULL when the figure has none */
    const char *source;      /* "trajecten.csv" */
    const char *columns;     /* "inwoner_id, startdatum, einddatum" */
    bool additive;           /* the groups of every breakdown add up to the total */
} wr_figure_def;

/* All definitions in the order of the contract (section 5). */
const wr_figure_def *wr_figure_defs(size_t *count);
/* The definition of cijfer code, or NULL for a figure the table does not know yet. */
const wr_figure_def *wr_figure_def_find(const char *code);
/* The Dutch name of a cijfer; the code itself when unknown. */
const char *wr_figure_name(const char *code);
/* The definition with its placeholders filled in from cfg; returns buf. */
char *wr_figure_def_text(const wr_figure_def *def, const wr_config *cfg, char *buf, size_t size);
/* Any text with those placeholders (the general rules) filled in; returns buf. */
char *wr_figure_fill(const char *text, const wr_config *cfg, char *buf, size_t size);

/* Dutch title of a dimensie ("wijk" -> "Wijk"); the code itself when unknown. */
const char *wr_dimension_title(const char *dimension);
/* Dutch title of a part: "Gedaan", "Bereikt", "Effect", "Impact", "Financiën". */
const char *wr_deel_title(wr_deel deel);
/* One line on what the part answers, for headings. */
const char *wr_deel_question(wr_deel deel);

/* General rules that hold for every figure (periods, distinct counting, privacy ...), as
 * short Dutch paragraphs with the same placeholders; NULL-terminated. */
const char *const *wr_figure_general_rules(void);

#endif
