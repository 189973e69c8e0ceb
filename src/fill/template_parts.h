/* Shared pieces of the report templates: every templates/delen/NAME.md can be included as
 * {{>NAME}}, so the quarterly and the annual report show their tables from one text. */
#ifndef WR_TEMPLATE_PARTS_H
#define WR_TEMPLATE_PARTS_H

#include <stdbool.h>
#include <stddef.h>

#include "fill/template_fill.h"

/* Called for each part: name as the template writes it ({{>NAME}}) and file relative to
 * the template folder ("delen/bereikt-cijfers.md"); returns false to stop (out of memory). */
typedef bool (*wr_tpl_part_fn)(void *user, const char *name, const char *file);

/* Calls fn for every templates/delen/NAME.md (upper case, '-' as '_'); a folder without
 * delen/ has none. False when fn returned false. */
bool wr_tpl_parts_each(const char *template_dir, wr_tpl_part_fn fn, void *user);

/* Registers every part as the include {{>NAME}} and fills parts[] with their dictionaries
 * (at most max), *count with how many. False on out of memory. */
bool wr_tpl_include_parts(wr_tpl_dict *dict, const char *template_dir, wr_tpl_dict **parts, size_t max,
                          size_t *count);

#endif
