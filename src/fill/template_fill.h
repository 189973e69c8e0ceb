/* A small C interface to ctemplate: build a dictionary of values and repeated sections,
 * then expand a template file from a template folder. The root dictionary owns every
 * section dictionary made from it; wr_tpl_dict_free on the root frees them all. */
#ifndef WR_TEMPLATE_FILL_H
#define WR_TEMPLATE_FILL_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"
#include "fill/name_set.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct wr_tpl_dict wr_tpl_dict;

wr_tpl_dict *wr_tpl_dict_new(void);
void wr_tpl_dict_free(wr_tpl_dict *dict);
/* Sets {{name}} to value (copied). */
void wr_tpl_dict_set(wr_tpl_dict *dict, const char *name, const char *value);
/* Adds one repetition of {{#name}}...{{/name}} and returns its dictionary (owned by the root). */
wr_tpl_dict *wr_tpl_dict_add_section(wr_tpl_dict *dict, const char *name);
/* Shows {{#name}}...{{/name}} once with the enclosing dictionary's values. */
void wr_tpl_dict_show_section(wr_tpl_dict *dict, const char *name);

/* Makes {{>name}} in the template include the file template_dir/filename and returns the
 * included template's dictionary (owned by the root). ctemplate does not let an included
 * template see its parent's values, so the caller fills this dictionary too. */
wr_tpl_dict *wr_tpl_dict_include(wr_tpl_dict *dict, const char *name, const char *filename);

/* From now on every value set, section shown or added and template included in dict, or
 * in a section dictionary made from it from now on, is set, shown, added or included in
 * others[0..count) as well, so that dictionaries that need the same data are filled once
 * (the included parts of a template: ctemplate does not let them see their parent's
 * values). count 0 ends it; the others must outlive the mirroring. False when out of
 * memory (nothing changed). */
bool wr_tpl_dict_mirror(wr_tpl_dict *dict, wr_tpl_dict *const *others, size_t count);

/* From now on every name set, shown or included in dict or in a dictionary made from it
 * goes into names too (borrowed: it must outlive the recording). */
void wr_tpl_dict_record(wr_tpl_dict *dict, wr_tpl_names *names);

/* Expands template_dir/template_name; *out (malloc'd, NUL-terminated) is freed by the caller. */
wr_status wr_tpl_expand(const char *template_dir, const char *template_name, wr_tpl_dict *dict, char **out,
                        size_t *out_len, wr_error *err);

#ifdef __cplusplus
}
#endif

#endif
