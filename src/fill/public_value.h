/* A figure as a public document shows it, in Dutch: "1.234", "12,5%", "<5", "x", "n<10",
 * "–"; and the denominator printed beside a ratio: "1.003", "<5" or "x". */
#ifndef WR_PUBLIC_VALUE_H
#define WR_PUBLIC_VALUE_H

#include <stddef.h>

#include "config/config.h"
#include "figures/figures.h"
#include "fill/template_fill.h"

/* The sign a public document shows for a hidden figure ("x": hidden to protect others). */
#define WR_PROTECTED_SIGN "x"

void wr_public_value(const wr_figure *fig, const wr_config *cfg, char *buf, size_t size);

/* The value of a shown figure as the document rounds it: the model's value, except the
 * mean rapportcijfer, which a report gives with one decimal. */
double wr_public_number(const wr_figure *fig);

/* The denominator of fig as the document shows it; "" when fig has none. */
void wr_public_denominator(const wr_figure *fig, const wr_config *cfg, char *buf, size_t size);

/* Sets NAME to fig's public value and, for a ratio, NAME_NOEMER to its denominator as the
 * document shows it; NAME is "–" when there is no such figure. */
void wr_public_set(wr_tpl_dict *d, const char *name, const wr_figure *fig, const wr_config *cfg);

#endif
