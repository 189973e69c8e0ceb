/* The Kadernota outlook's workbook (kadernota-JAAR.xlsx): the outlook per measure and
 * onderdeel with interval, demographic expectation, autonomous development and backtest;
 * the quarters behind it; the population; the budget need per post. The same values as
 * the PDF and HTML (rounded as they show them; a hidden history value as "<5" or "x"),
 * so the workbook is as public as the document. */
#ifndef WR_XLSX_OUTLOOK_BOOK_H
#define WR_XLSX_OUTLOOK_BOOK_H

#include <time.h>

#include "base/error.h"
#include "config/config.h"
#include "figures/outlook.h"

wr_status wr_xlsx_write_outlook(const char *path, const wr_outlook *o, const wr_config *cfg, time_t created,
                                wr_error *err);

#endif
