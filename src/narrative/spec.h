/* Which narrative texts a report asks for: the text list. Per kind of report (quarter or
 * year) an ordered list with each text's file name, its Dutch title and heading, one
 * sentence on what it is about and the guiding questions the scaffold puts in a new file.
 * The list is content, not code: it is read at run time from an INI file (inih), by
 * default templates/teksten.ini; its format is described in templates/README.md. */
#ifndef WR_NARRATIVE_SPEC_H
#define WR_NARRATIVE_SPEC_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"

/* The line a scaffolded text carries until the writer removes it: while it is there the
 * text counts as not written yet. An HTML comment, so it never shows in the report. */
#define WR_NARRATIVE_PLACEHOLDER "<!-- wijkrapport: nog in te vullen -->"

/* The file name of the text list in a templates folder. */
#define WR_NARRATIVE_LIST_FILE "teksten.ini"

/* One text; every string is owned by the list it came from. */
typedef struct {
    char *name;        /* file name without .md: "inleiding", "gedaan", ...; a-z, 0-9 and _ */
    char *title;       /* Dutch description for messages ("tekst bij deel 1, gedaan") */
    char *heading;     /* Dutch heading for the scaffold ("Deel 1: wat we hebben gedaan") */
    char *about;       /* one Dutch sentence: what the text is about */
    char **questions;  /* guiding questions, Dutch; at least one */
    size_t question_count;
} wr_narrative_spec;

typedef struct wr_narrative_list wr_narrative_list;

/* Reads the text list at path. Every problem (file missing or unreadable, a line that is
 * no setting, an unknown section or setting, a text without title, heading, sentence or
 * question, no text for a kind of report) is WR_ERR_CONFIG with a Dutch message naming
 * the file and, where there is one, the line. On success *out is freed with
 * wr_narrative_list_free. */
wr_status wr_narrative_list_load(const char *path, wr_narrative_list **out, wr_error *err);
void wr_narrative_list_free(wr_narrative_list *list);

/* The texts of a quarterly report (year false) or an annual report (year true), in report
 * order; *count (if not NULL) receives their number. Borrowed from list. */
const wr_narrative_spec *wr_narrative_list_texts(const wr_narrative_list *list, bool year, size_t *count);

/* The entry called name in that list, or NULL. */
const wr_narrative_spec *wr_narrative_list_find(const wr_narrative_list *list, bool year, const char *name);

/* The texts of the district factsheets: one quarterly text per district, named
 * "wijken/<code>" (the file teksten/<periode>/wijken/<code>.md), with a built-in heading
 * and questions. Load and scaffold it like a text list; free it with
 * wr_narrative_list_free. */
wr_status wr_narrative_list_districts(const char *const *codes, const char *const *labels, size_t count,
                                      wr_narrative_list **out, wr_error *err);

/* The text of the Kadernota outlook: one quarterly-kind text "toelichting" (the file
 * teksten/kadernota-<jaar>/toelichting.md), with a built-in heading and questions on the
 * expected growth and the other autonomous developments. Free it with
 * wr_narrative_list_free. */
wr_status wr_narrative_list_outlook(wr_narrative_list **out, wr_error *err);

/* True when text (may be NULL) still contains WR_NARRATIVE_PLACEHOLDER. */
bool wr_narrative_is_placeholder(const char *text);

#endif
