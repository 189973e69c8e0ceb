/* Which narrative texts a report asks for: per kind of report (quarter or year) a static,
 * ordered table with each text's file name, its Dutch title and heading, one sentence on
 * what it is about and the guiding questions the scaffold puts in a new file. */
#ifndef WR_NARRATIVE_SPEC_H
#define WR_NARRATIVE_SPEC_H

#include <stdbool.h>
#include <stddef.h>

/* The line a scaffolded text carries until the writer removes it: while it is there the
 * text counts as not written yet. An HTML comment, so it never shows in the report. */
#define WR_NARRATIVE_PLACEHOLDER "<!-- wijkrapport: nog in te vullen -->"

typedef struct {
    const char *name;              /* file name without .md: "inleiding", "gedaan", ... */
    const char *title;             /* Dutch description for messages ("tekst bij deel 1, gedaan") */
    const char *heading;           /* Dutch heading for the scaffold ("Deel 1: wat we hebben gedaan") */
    const char *about;             /* one Dutch sentence: what the text is about */
    const char *const *questions;  /* 3 to 6 guiding questions, Dutch */
    size_t question_count;
} wr_narrative_spec;

/* The texts of a quarterly report (year false) or an annual report (year true), in report
 * order; *count (if not NULL) receives their number. The table is static: do not free. */
const wr_narrative_spec *wr_narrative_spec_for(bool year, size_t *count);

/* The entry called name in that table, or NULL. */
const wr_narrative_spec *wr_narrative_spec_find(bool year, const char *name);

/* True when text (may be NULL) still contains WR_NARRATIVE_PLACEHOLDER. */
bool wr_narrative_is_placeholder(const char *text);

#endif
