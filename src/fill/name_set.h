/* A set of template names, each a value ({{NAME}}), a section ({{#NAME}}) or an include
 * ({{>NAME}}): the names the fill can set (fill/template_names.h) and those it did set
 * (fill/template_fill.h records them). */
#ifndef WR_NAME_SET_H
#define WR_NAME_SET_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    WR_TPL_VALUE,    /* {{NAME}} */
    WR_TPL_SECTION,  /* {{#NAME}} ... {{/NAME}} */
    WR_TPL_INCLUDE   /* {{>NAME}} */
} wr_tpl_kind;

typedef struct wr_tpl_names wr_tpl_names;

wr_tpl_names *wr_tpl_names_new(void);
void wr_tpl_names_free(wr_tpl_names *n);

/* Adds name (copied); false when out of memory, now or at an earlier add. */
bool wr_tpl_names_add(wr_tpl_names *n, wr_tpl_kind kind, const char *name);
/* True when an add ran out of memory: the set is incomplete. */
bool wr_tpl_names_failed(const wr_tpl_names *n);
bool wr_tpl_names_has(const wr_tpl_names *n, wr_tpl_kind kind, const char *name);

/* How many names there are, and name i (in order of adding) with its kind; borrowed. */
size_t wr_tpl_names_count(const wr_tpl_names *n);
const char *wr_tpl_names_at(const wr_tpl_names *n, size_t i, wr_tpl_kind *kind);

#ifdef __cplusplus
}
#endif

#endif
