/* Template values for part 1 that are lists rather than figure rows: the agreements of
 * the annual plan with their latest status and explanation. */
#include "fill/agreement_rows.h"

bool wr_fill_agreement_rows(wr_tpl_dict *dict, const wr_fill_input *in)
{
    const wr_figures *f = in->current;
    for (size_t i = 0; i < f->agreement_count; i++) {
        const wr_agreement *a = &f->agreements[i];
        wr_tpl_dict *row = wr_tpl_dict_add_section(dict, "AFSPRAAK");
        if (!row)
            return false;
        wr_tpl_dict_set(row, "OMSCHRIJVING", a->description);
        wr_tpl_dict_set(row, "THEMA", a->theme);
        wr_tpl_dict_set(row, "STATUS", a->status_label);
        wr_tpl_dict_set(row, "TOELICHTING", *a->explanation ? a->explanation : "\xE2\x80\x93");
    }
    return true;
}
