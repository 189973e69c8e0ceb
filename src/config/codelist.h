/* An ordered list of codes with Dutch labels (districts, reasons, domains ...).
 * Codes are stored lower-case; lookups expect a trimmed, lower-cased code. */
#ifndef WR_CODELIST_H
#define WR_CODELIST_H

#include <stddef.h>

/* The most codes one list of the settings may hold: far above any municipality's
 * districts or reasons, and well inside the 16-bit code indexes of the record stores. */
#define WR_CODE_LIST_MAX 1000

typedef struct {
    char *code;
    char *label;
} wr_code;

typedef struct {
    wr_code *items;
    size_t count;
    size_t cap;
} wr_code_list;

/* Adds or relabels a code; returns 0, or -1 on out of memory. */
int wr_code_list_set(wr_code_list *list, const char *code, const char *label);
/* Index of code, or -1. */
int wr_code_list_find(const wr_code_list *list, const char *code);
/* Label of index i; "Onbekend" for -1. */
const char *wr_code_list_label(const wr_code_list *list, int i);
void wr_code_list_clear(wr_code_list *list);

#endif
