/* The team's narrative texts for a period: Markdown files in <teksten>/<periode>/.
 * A missing text is recorded (the document becomes a draft) and replaced by a visible
 * placeholder. wr_narrative_load allocates; wr_narrative_free releases. */
#ifndef WR_NARRATIVE_H
#define WR_NARRATIVE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"
#include "narrative/spec.h"

typedef struct {
    const char *name;   /* file name without .md: "inleiding", "gedaan", ...; borrowed from the text list */
    const char *title;  /* Dutch description for messages; borrowed from the text list */
    char *text;         /* the Markdown text, or the placeholder */
    bool missing;       /* absent, empty or unfinished: the placeholder stands in its place */
    bool unfinished;    /* the file exists but still holds the scaffold's marker */
} wr_narrative_text;

typedef struct {
    char *folder;               /* <teksten>/<periode> */
    wr_narrative_text *texts;
    size_t count;
} wr_narrative;

/* Loads the texts the list names for a quarterly report, or with `year` for an annual
 * report. The result borrows names and titles from list: free it first. */
wr_status wr_narrative_load(const wr_narrative_list *list, const char *texts_dir, const char *period_code, bool year,
                            wr_narrative **out, wr_error *err);
void wr_narrative_free(wr_narrative *n);

#endif
