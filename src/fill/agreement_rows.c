/* Template values for part 1 that are lists rather than figure rows: the agreements of
 * the annual plan with their latest status and explanation. */
#include "input/gedaan_data.h"
#include "fill/template_data.h"

typedef struct {
    wr_tpl_dict *dict;
    bool failed;
} agreement_state;

static void add_agreement(void *user, const char *id, const char *theme, const char *description,
                          const char *status_code, const char *status_label, const char *explanation)
{
    agreement_state *st = user;
    (void)id;
    (void)status_code;
    wr_tpl_dict *row = st->failed ? NULL : wr_tpl_dict_add_section(st->dict, "AFSPRAAK");
    if (!row) {
        st->failed = true;
        return;
    }
    wr_tpl_dict_set(row, "OMSCHRIJVING", description);
    wr_tpl_dict_set(row, "THEMA", theme);
    wr_tpl_dict_set(row, "STATUS", status_label);
    wr_tpl_dict_set(row, "TOELICHTING", *explanation ? explanation : "\xE2\x80\x93");
}

bool wr_report_dict_gedaan(wr_tpl_dict *dict, const wr_report_input *in)
{
    if (!in->ds->gedaan || !in->ds->delivered[WR_FILE_AFSPRAKEN])
        return true;
    agreement_state st = {dict, false};
    wr_gedaan_agreements(in->ds->gedaan, in->cfg, in->current->period, add_agreement, &st);
    return !st.failed;
}
