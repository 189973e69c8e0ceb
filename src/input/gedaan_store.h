/* The records of the four part-1 files contacten.csv, activiteiten.csv, afspraken.csv and
 * klachten.csv (data contract, sections 1, 3, 5 and 6), behind wr_gedaan_data.
 *
 * Contacts and meetings can number in the millions, so they are not stored: reading
 * sums them into per-quarter buckets (input/buckets.h) and keeps the distinct activities
 * as a set of (quarter, group, activity) keys. Complaints and agreements are few and are
 * stored as rows. The figures of part 1 (src/figures/gedaan*.c) read this store. */
#ifndef WR_GEDAAN_STORE_H
#define WR_GEDAAN_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "input/buckets.h"
#include "input/input_files.h"

typedef struct {
    wr_day received;    /* always valid */
    wr_day handled;     /* WR_DAY_NONE, WR_DAY_INVALID or a day not before received */
    int16_t kind;       /* aard index or WR_CODE_UNKNOWN */
    int16_t outcome;    /* uitkomst index, WR_CODE_UNKNOWN or WR_CODE_EMPTY */
} wr_gedaan_complaint;

typedef struct {
    uint32_t key;       /* dense index of afspraak_id */
    int year;           /* jaar */
    wr_day date;        /* peildatum */
    int16_t theme;      /* thema index or WR_CODE_UNKNOWN */
    int16_t status;     /* status index or WR_CODE_UNKNOWN */
    char *id;
    char *description;
    char *explanation;  /* "" when empty */
    long line;          /* physical line of the row in afspraken.csv */
} wr_gedaan_agreement_row;

typedef struct wr_gedaan_data {
    bool delivered[WR_FILE_COUNT];

    wr_gedaan_layout contact_layout;  /* kanaal, onderdeel, wijk */
    wr_gedaan_table contacts;         /* sum of aantal */
    wr_gedaan_table contact_rows;     /* rows, to know whether stadsbreed/onbekend have members */

    wr_gedaan_layout activity_layout; /* thema, wijk, doelgroep (one code: jeugd) */
    wr_gedaan_table meetings;
    wr_gedaan_table attendances;
    wr_gedaan_table volunteers;
    wr_gedaan_table volunteer_meetings; /* meetings whose vrijwilligers could be read */
    wr_gedaan_set activities;         /* quarter << 48 | slot << 32 | activity */

    wr_gedaan_complaint *complaints;
    size_t complaint_count, complaint_cap;

    wr_gedaan_agreement_row *agreements;
    size_t agreement_count, agreement_cap;
    size_t agreement_keys;        /* distinct afspraak_id */
} wr_gedaan_data;

#endif
