/* Checks that a template uses only codes the fill can set (fill/template_names.h): a code
 * that is never set would print nothing, so {{BEREIK_TYPFOUT}} in a sentence reads
 * "kregen  inwoners" without a word. Reads the template's markers itself (ctemplate has
 * no list of the names with their lines): {{NAME}} and {{NAME:modifier}} (values),
 * {{#NAME}} and {{/NAME}} (sections; NAME_separator inside section NAME), {{>NAME}}
 * (includes); comments {{! ...}} and pragmas {{%...}} are skipped. A marker that is never
 * closed and a change of delimiters ({{=<% %>=}}) are refused: ctemplate 2.4 reads past
 * the end of the text on some of them (found by fuzzing), so it never sees them. */
#ifndef WR_TEMPLATE_CHECK_H
#define WR_TEMPLATE_CHECK_H

#include <stddef.h>

#include "base/error.h"
#include "base/strbuf.h"
#include "fill/name_set.h"

/* The unknown codes found so far, over the template and its parts, and the markers
 * ctemplate must not see. */
typedef struct {
    wr_strbuf list;   /* "\n  <path>, regel <n>: {{...}} ..." for the first ones */
    size_t count;
    char first[512];  /* the first one's sentence, for a message about only one */
} wr_tpl_unknown;

/* Adds the unknown codes of the template text[0..len), read from path, to *found. */
void wr_tpl_check_text(const char *path, const char *text, size_t len, const wr_tpl_names *known,
                       wr_tpl_unknown *found);

/* The same for the file at path; a file that cannot be read is WR_ERR_CONFIG. */
wr_status wr_tpl_check_file(const char *path, const wr_tpl_names *known, wr_tpl_unknown *found, wr_error *err);

/* WR_OK when nothing was found; otherwise one WR_ERR_CONFIG message listing the unknown
 * codes and broken markers with file and line (the first ten, and how many there are).
 * Empties *found. */
wr_status wr_tpl_unknown_report(wr_tpl_unknown *found, wr_error *err);

#endif
