/* Reading the four optional files of part 1; each absent file is "not delivered". */
#include "input/gedaan_data.h"

#include <stdlib.h>

#include "input/gedaan_store.h"
#include "input/read_activities.h"
#include "input/read_agreements.h"
#include "input/read_complaints.h"
#include "input/read_contacts.h"

typedef wr_status (*reader_fn)(const char *path, const wr_config *cfg, wr_gedaan_data *d, wr_diag_list *diags,
                               wr_error *err);

wr_status wr_gedaan_data_read(const char *dir, const wr_config *cfg, wr_gedaan_data **out,
                              bool delivered[WR_FILE_COUNT], wr_diag_list *diags, wr_error *err)
{
    static const struct {
        wr_input_file file;
        reader_fn read;
    } files[] = {
        {WR_FILE_CONTACTEN, wr_gedaan_read_contacts},
        {WR_FILE_ACTIVITEITEN, wr_gedaan_read_activities},
        {WR_FILE_AFSPRAKEN, wr_gedaan_read_agreements},
        {WR_FILE_KLACHTEN, wr_gedaan_read_complaints},
    };
    *out = NULL;
    wr_gedaan_data *d = calloc(1, sizeof *d);
    if (!d)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[4096];
        delivered[files[i].file] = false;
        if (!wr_input_file_path(dir, files[i].file, path, sizeof path))
            continue;
        wr_status st = files[i].read(path, cfg, d, diags, err);
        if (st != WR_OK) {
            wr_gedaan_data_free(d);
            return st;
        }
        d->delivered[files[i].file] = true;
        delivered[files[i].file] = true;
    }
    *out = d;
    return WR_OK;
}

bool wr_gedaan_delivered(const wr_gedaan_data *d, wr_input_file file)
{
    return d && file < WR_FILE_COUNT && d->delivered[file];
}

void wr_gedaan_data_free(wr_gedaan_data *d)
{
    if (!d)
        return;
    free(d->contacts.v);
    free(d->contact_rows.v);
    free(d->meetings.v);
    free(d->attendances.v);
    free(d->volunteers.v);
    free(d->volunteer_meetings.v);
    wr_gedaan_set_free(&d->activities);
    free(d->complaints);
    for (size_t i = 0; i < d->agreement_count; i++) {
        free(d->agreements[i].id);
        free(d->agreements[i].description);
        free(d->agreements[i].explanation);
    }
    free(d->agreements);
    free(d);
}
