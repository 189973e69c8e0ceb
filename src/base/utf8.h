#ifndef WR_UTF8_H
#define WR_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* True when s[0..len) is well-formed UTF-8 (no overlong forms, no surrogates). */
bool wr_utf8_valid(const char *s, size_t len);

#endif
