/* Which count a ratio can give away. A percentage printed with its denominator reveals its
 * numerator (percentage x denominator) or the rest (the complement); a ratio over a count
 * that is itself a figure reveals that count through its denominator. When the count is
 * hidden in the document, the ratio is hidden too (docs/privacy.md). The table names
 * figures, so a pair takes effect as soon as both figures are in the model. */
#ifndef WR_RATIO_PAIRS_H
#define WR_RATIO_PAIRS_H

#include <stddef.h>

typedef enum {
    WR_REVEALS_NUMERATOR,   /* count = ratio x denominator (bereik_per_1000 x inhabitants) */
    WR_REVEALS_COMPLEMENT,  /* count = (1 - ratio) x denominator (outside a norm) */
    WR_REVEALS_DENOMINATOR  /* the denominator is the count itself (ZRM pairs) */
} wr_reveals;

typedef enum {
    WR_PAIR_SAME_GROUP,      /* the count row with the ratio row's dimension and code */
    WR_PAIR_DROPOUT_REASONS  /* the count rows per reden_uitstroom of the settings' dropout codes */
} wr_pair_rows;

typedef struct {
    const char *ratio;   /* a percentage, mean or rate: cijfer */
    const char *count;   /* the count it can reveal: cijfer */
    wr_reveals reveals;
    wr_pair_rows rows;
} wr_ratio_pair;

/* The pairs of the figures model, and how many. */
extern const wr_ratio_pair wr_ratio_pairs[];
extern const size_t wr_ratio_pair_count;

#endif
