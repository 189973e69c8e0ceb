/* Part 2 "bereikt" per district, for the district factsheets and the city report's
 * district table (data contract, section 8): bereik_per_1000 per district with a number
 * of inhabitants in [inwoners] and its total, and instroom broken down by district and
 * reason (wijk+reden_instroom) and by district and life domain (wijk+leefgebied). The
 * cross rows are cells of the disclosure control like any breakdown, so a district's
 * numbers and the city's are protected as one relation. Needs the bereik rows per wijk
 * of figures/bereikt.h in f first. */
#ifndef WR_FIGURES_BEREIKT_DISTRICT_H
#define WR_FIGURES_BEREIKT_DISTRICT_H

#include "base/error.h"
#include "config/config.h"
#include "figures/figures.h"
#include "figures/prep.h"

/* Appends the rows for f->period. */
wr_status wr_figures_bereikt_district(const wr_figures_prep *prep, wr_figures *f, wr_error *err);

#endif
