/* Financien: for a period P, year Y = year(P.end) and quarters 1 .. q, q = P's last quarter.
 * Per post the begroting of the latest quarter <= q (ties: last row in the file), realisatie
 * per quarter and to date, % spent, the pro-rata share, the year-end forecast with its
 * method (figures/financien_forecast.h) and whether it is a signal; and the configuration's
 * checks (figures/financien_checks.h): the model's finance summary. Exported as begroting,
 * realisatie, besteed_pct, prognose and prognose_besteed_pct per post and totaal,
 * oormerk_nog_nodig per earmark with a minimum and resultaat_prognose_pct (data contract,
 * sections 6 and 8). Later quarters never change an earlier report. */
#ifndef WR_FIGURES_FINANCIEN_H
#define WR_FIGURES_FINANCIEN_H

#include "base/error.h"
#include "base/period.h"
#include "config/config.h"
#include "figures/figures.h"
#include "input/outcome_data.h"

/* Fills out (the caller clears it with wr_finance_summary_clear); WR_ERR_NOMEM only. An
 * undelivered file gives a summary without posts and checks. */
wr_status wr_outcome_finance(const wr_outcome_data *d, const wr_config *cfg, wr_period p, wr_finance_summary *out,
                             wr_error *err);

/* Appends the finance rows for f->period and keeps the summary in f->finance (when
 * financien.csv was delivered; d may be NULL). Posts named in the configuration get its
 * label. */
wr_status wr_figures_financien(const wr_outcome_data *d, const wr_config *cfg, wr_figures *f, wr_error *err);

#endif
