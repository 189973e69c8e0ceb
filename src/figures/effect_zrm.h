/* Part 3 "effect", the Zelfredzaamheid-Matrix (uitkomsten.csv) for a period P: started,
 * accepted trajectories with einddatum in P and their (trajectory, leefgebied) pairs with
 * both a begin and an eind score. */
#ifndef WR_FIGURES_EFFECT_ZRM_H
#define WR_FIGURES_EFFECT_ZRM_H

#include <stdbool.h>
#include <stddef.h>

#include "base/error.h"
#include "base/period.h"
#include "config/config.h"
#include "figures/figures.h"
#include "input/outcome_data.h"
#include "input/records.h"

typedef struct {
    const char *code;    /* leefgebied code, "onbekend" or "totaal" */
    const char *label;
    long pairs;          /* (trajectory, leefgebied) pairs with a begin and an eind score */
    long improved, equal, worse;
    bool has_value;      /* pairs > 0; when false the values below are 0 */
    double mean_begin, mean_end, mean_change;  /* two decimals */
    double improved_pct, equal_pct, worse_pct; /* one decimal */
} wr_zrm_domain;

typedef struct {
    wr_zrm_domain *domains; /* every configured leefgebied; "onbekend" last, only with pairs */
    size_t domain_count;
    wr_zrm_domain total;
} wr_zrm_summary;

/* Fills out (the caller clears it with wr_zrm_summary_clear); WR_ERR_NOMEM only. ds is
 * the dataset d was read with. An undelivered file gives an empty summary. */
wr_status wr_outcome_zrm(const wr_outcome_data *d, const wr_dataset *ds, const wr_config *cfg, wr_period p,
                         wr_zrm_summary *out, wr_error *err);
void wr_zrm_summary_clear(wr_zrm_summary *s);

/* Appends zrm_paren, zrm_verschil_gem and zrm_verbeterd_pct (totaal and per leefgebied)
 * for f->period when uitkomsten.csv was delivered; d may be NULL. */
wr_status wr_figures_zrm(const wr_outcome_data *d, const wr_dataset *ds, const wr_config *cfg, wr_figures *f,
                         wr_error *err);

#endif
