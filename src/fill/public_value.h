/* A figure as a public document shows it, in Dutch: "1.234", "12,5%", "<5", "n<10", "–". */
#ifndef WR_PUBLIC_VALUE_H
#define WR_PUBLIC_VALUE_H

#include <stddef.h>

#include "config/config.h"
#include "figures/figures.h"

void wr_public_value(const wr_figure *fig, const wr_config *cfg, char *buf, size_t size);

#endif
