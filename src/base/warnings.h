/* Warnings for the user about a run that still succeeds: something in a text or template
 * that an output cannot show as written (a dropped link, a character the PDF cannot set,
 * lists nested deeper than the PDF indents). Each is a complete Dutch sentence naming the
 * file and line; the list keeps each message once, in the order first given. Nothing
 * here prints: src/app shows them. */
#ifndef WR_WARNINGS_H
#define WR_WARNINGS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char **items;
    size_t count, cap;
    bool failed;  /* an allocation failed; later warnings are ignored */
} wr_warnings;

/* Adds the message unless it is there already. w may be NULL (warnings not collected).
 * False when out of memory. */
bool wr_warnings_add(wr_warnings *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Frees the messages and leaves w empty; accepts NULL. */
void wr_warnings_clear(wr_warnings *w);

#endif
