#ifndef WR_TEMPLATE_PARTS_H
#define WR_TEMPLATE_PARTS_H

#include <stdbool.h>

#include "fill/template_fill.h"

#include <stddef.h>

/* Registers every templates/delen/NAME.md as the include {{>NAME}}; fills parts[] with
 * their dictionaries (at most max) and returns how many, or (size_t)-1 on out of memory. */
size_t wr_tpl_include_parts(wr_tpl_dict *dict, const char *template_dir, wr_tpl_dict **parts, size_t max);

#endif
