#include "figures/compute.h"

#include "figures/bereikt.h"
#include "figures/effect.h"
#include "figures/effect_coverage.h"
#include "figures/effect_experience.h"
#include "figures/effect_zrm.h"
#include "figures/financien.h"
#include "figures/gedaan.h"
#include "figures/impact.h"
#include "figures/privacy.h"
#include "figures/sources.h"

wr_status wr_figures_compute(const wr_dataset *ds, const wr_config *cfg, wr_period period, wr_figures **out,
                             wr_error *err)
{
    *out = NULL;
    wr_figures_prep *prep = wr_figures_prep_new(ds, cfg);
    if (!prep)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    wr_status st = wr_figures_compute_prepared(prep, period, out, err);
    wr_figures_prep_free(prep);
    return st;
}

wr_status wr_figures_compute_prepared(const wr_figures_prep *prep, wr_period period, wr_figures **out, wr_error *err)
{
    const wr_dataset *ds = prep->ds;
    const wr_config *cfg = prep->cfg;
    *out = NULL;
    wr_figures *f = wr_figures_new(period);
    if (!f)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    /* Rows come out part by part, in the order of the report. */
    wr_status st = wr_figures_gedaan(prep, f, err);
    if (st == WR_OK)
        st = wr_figures_bereikt(prep, f, err);
    if (st == WR_OK)
        st = wr_figures_effect(prep, f, err);
    if (st == WR_OK)
        st = wr_figures_impact(ds->outcome, cfg, f, err);
    if (st == WR_OK)
        st = wr_figures_financien(ds->outcome, cfg, f, err);
    if (st != WR_OK) {
        wr_figures_free(f);
        return st;
    }
    wr_figures_sources(f, ds);
    wr_figures_apply_privacy(f, cfg);
    *out = f;
    return WR_OK;
}

wr_status wr_figures_outcome(const wr_outcome_data *od, const wr_dataset *ds, const wr_config *cfg, wr_figures *f,
                             wr_error *err)
{
    wr_status st = wr_figures_zrm(od, ds, cfg, f, err);
    if (st == WR_OK)
        st = wr_figures_experience(od, cfg, f, err);
    if (st == WR_OK)
        st = wr_figures_coverage(od, ds, f, err);
    if (st == WR_OK)
        st = wr_figures_impact(od, cfg, f, err);
    if (st == WR_OK)
        st = wr_figures_financien(od, cfg, f, err);
    if (st == WR_OK)
        wr_figures_apply_privacy(f, cfg);
    return st;
}
