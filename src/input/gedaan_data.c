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

static const wr_input_file files[] = {WR_FILE_CONTACTEN, WR_FILE_ACTIVITEITEN, WR_FILE_AFSPRAKEN, WR_FILE_KLACHTEN};

static reader_fn reader_of(wr_input_file file)
{
    switch (file) {
    case WR_FILE_CONTACTEN: return wr_gedaan_read_contacts;
    case WR_FILE_ACTIVITEITEN: return wr_gedaan_read_activities;
    case WR_FILE_AFSPRAKEN: return wr_gedaan_read_agreements;
    case WR_FILE_KLACHTEN: return wr_gedaan_read_complaints;
    default: return NULL;
    }
}

bool wr_gedaan_file(wr_input_file file)
{
    return reader_of(file) != NULL;
}

wr_gedaan_data *wr_gedaan_data_new(void)
{
    return calloc(1, sizeof(wr_gedaan_data));
}

wr_status wr_gedaan_data_read_file(const char *dir, wr_input_file file, const wr_config *cfg, wr_gedaan_data *d,
                                   wr_diag_list *diags, wr_error *err)
{
    char path[4096];
    reader_fn read = reader_of(file);
    if (!read || !wr_input_file_path(dir, file, path, sizeof path))
        return WR_OK;
    wr_status st = read(path, cfg, d, diags, err);
    d->delivered[file] = st == WR_OK;
    return st;
}

wr_status wr_gedaan_data_read(const char *dir, const wr_config *cfg, wr_gedaan_data **out,
                              bool delivered[WR_FILE_COUNT], wr_diag_list *diags, wr_error *err)
{
    *out = NULL;
    wr_gedaan_data *d = wr_gedaan_data_new();
    if (!d)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        wr_status st = wr_gedaan_data_read_file(dir, files[i], cfg, d, diags, err);
        if (st != WR_OK) {
            wr_gedaan_data_free(d);
            return st;
        }
        delivered[files[i]] = d->delivered[files[i]];
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
