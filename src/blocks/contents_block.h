/* The "inhoud" block of a template (the table of contents), shared by the PDF and HTML
 * renderers so both read it the same way. */
#ifndef WR_CONTENTS_BLOCK_H
#define WR_CONTENTS_BLOCK_H

#include <stdbool.h>
#include <stddef.h>

/* True when a fenced block's info string is "inhoud". */
bool wr_contents_is_block(const char *info);
/* The block's "titel: ..." line, or "Inhoud". */
void wr_contents_title(const char *body, char *buf, size_t size);

#endif
