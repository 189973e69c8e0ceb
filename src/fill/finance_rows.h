/* The finance section's template values (templates/delen/financien-cijfers.md and
 * templates/financien.md), from the model's finance summary:
 *   {{FIN_KWARTAAL}} "3e kwartaal", {{FIN_Q}} 3, {{FIN_NAAR_RATO_DEEL}} "3/4",
 *   {{FIN_NAAR_RATO_PCT}} "75,0%",
 *   {{FIN_KWARTALEN_OVER}} "1 kwartaal", {{FIN_MARGE}} "2%", {{FIN_VORIG_JAAR}} 2025,
 *   {{FIN_NAAR_RATO}}, {{FIN_RESULTAAT}} and {{FIN_RESULTAAT_PCT}} (the expected result,
 *   without its sign), {{FIN_WINST_MAX}} "4%", {{FIN_SIGNALEN}} (how many);
 *   sections FIN_VERWACHTING (year in progress) or FIN_JAAR_COMPLEET, FIN_OVERSCHOT or
 *   FIN_OVERSCHRIJDING, FIN_WINSTTOETS, FIN_METHODE_AANBIEDER / _PATROON / _TEMPO (a post
 *   uses that method), FIN_OORMERKEN (an earmark has a minimum), FIN_MET_SIGNALEN or
 *   FIN_GEEN_SIGNAAL;
 *   rows {{#FIN_POST}} (LABEL, BEGROTING, REALISATIE, BESTEED_PCT, NAAR_RATO, PROGNOSE,
 *   PROGNOSE_PCT, METHODE; amounts as plain whole euros), {{#FIN_TOTAAL}} (the same for
 *   the total), {{#FIN_KWARTAAL_RIJ}} (KOP, REALISATIE, BEGROTING, PROGNOSE:
 *   cumulative, in % of the budget, for the chart), {{#FIN_OORMERK}} (LABEL, MINIMUM,
 *   BESTEED, NOG_NODIG, LAATSTE_KWARTAAL, PROGNOSE, HAALBAAR), {{#FIN_SIGNAAL}} (LABEL,
 *   BEGROTING, PROGNOSE, VERSCHIL, VERSCHIL_PCT, RICHTING, METHODE) and {{#TOETS}}
 *   (OMSCHRIJVING, NORM, STAND, VERWACHTING, OORDEEL). */
#ifndef WR_FILL_FINANCE_ROWS_H
#define WR_FILL_FINANCE_ROWS_H

#include <stdbool.h>

#include "fill/fill_input.h"
#include "fill/name_set.h"
#include "fill/template_fill.h"

/* Nothing when financien.csv was not delivered; false on out of memory. */
bool wr_fill_finance_rows(wr_tpl_dict *dict, const wr_fill_input *in);

/* Adds every name wr_fill_finance_rows can set (fill/template_names.h); false when out
 * of memory. */
bool wr_fill_finance_names(wr_tpl_names *out);

#endif
