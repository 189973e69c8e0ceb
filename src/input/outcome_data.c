/* Reading the four outcome files and freeing them. */
#include "input/outcome_data.h"

#include <stdlib.h>

#include "input/outcome_store.h"
#include "input/read_experiences.h"
#include "input/read_finance.h"
#include "input/read_indicators.h"
#include "input/read_zrm.h"

bool wr_outcome_file(wr_input_file file)
{
    return file == WR_FILE_ERVARINGEN || file == WR_FILE_UITKOMSTEN || file == WR_FILE_INDICATOREN ||
           file == WR_FILE_FINANCIEN;
}

bool wr_outcome_delivered(const wr_outcome_data *d, wr_input_file file)
{
    return d && wr_outcome_file(file) && d->delivered[file];
}

wr_outcome_data *wr_outcome_data_new(void)
{
    return calloc(1, sizeof(wr_outcome_data));
}

wr_status wr_outcome_data_read_file(const char *dir, wr_input_file file, const wr_config *cfg, const wr_dataset *ds,
                                    wr_outcome_data *d, wr_diag_list *diags, wr_error *err)
{
    char path[4096];
    if (!wr_outcome_file(file) || !wr_input_file_path(dir, file, path, sizeof path))
        return WR_OK; /* not delivered */
    d->delivered[file] = true;
    switch (file) {
    case WR_FILE_ERVARINGEN: return wr_read_experiences(path, cfg, &d->experience, diags, err);
    case WR_FILE_UITKOMSTEN: return wr_read_zrm(path, cfg, ds, &d->zrm, diags, err);
    case WR_FILE_INDICATOREN: return wr_read_indicators(path, cfg, &d->indicators, diags, err);
    case WR_FILE_FINANCIEN: return wr_read_finance(path, cfg, &d->finance, diags, err);
    default: return WR_OK;
    }
}

wr_status wr_outcome_data_read(const char *dir, const wr_config *cfg, const wr_dataset *ds, wr_outcome_data **out,
                               bool delivered[WR_FILE_COUNT], wr_diag_list *diags, wr_error *err)
{
    static const wr_input_file files[] = {WR_FILE_ERVARINGEN, WR_FILE_UITKOMSTEN, WR_FILE_INDICATOREN,
                                          WR_FILE_FINANCIEN};
    *out = NULL;
    wr_outcome_data *d = wr_outcome_data_new();
    if (!d)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    wr_status st = WR_OK;
    for (size_t i = 0; i < sizeof files / sizeof files[0] && st == WR_OK; i++)
        st = wr_outcome_data_read_file(dir, files[i], cfg, ds, d, diags, err);
    if (st == WR_OK && diags->out_of_memory)
        st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen voor de lijst met gegevensproblemen.");
    if (st != WR_OK) {
        wr_outcome_data_free(d);
        return st;
    }
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        delivered[files[i]] = d->delivered[files[i]];
    *out = d;
    return WR_OK;
}

void wr_outcome_data_free(wr_outcome_data *d)
{
    if (!d)
        return;
    wr_experience_store_clear(&d->experience);
    wr_zrm_store_clear(&d->zrm);
    wr_indicator_store_clear(&d->indicators);
    wr_finance_store_clear(&d->finance);
    free(d);
}
