/* Shared pieces of the report templates: every templates/delen/NAME.md can be included as
 * {{>NAME}}, so the quarterly and the annual report show their tables from one text. */
#ifndef WR_TEMPLATE_PARTS_H
#define WR_TEMPLATE_PARTS_H

#include <stdbool.h>
#include <stddef.h>

#include "fill/template_fill.h"

/* Registers every templates/delen/NAME.md (upper case, '-' as '_') as the include {{>NAME}}
 * and fills parts[] with their dictionaries (at most max), *count with how many; a folder
 * without delen/ has none. False on out of memory. */
bool wr_tpl_include_parts(wr_tpl_dict *dict, const char *template_dir, wr_tpl_dict **parts, size_t max,
                          size_t *count);

#endif
