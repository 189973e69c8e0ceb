/* The records read from one export folder: every accepted row of trajecten.csv, the
 * stores of the other files (by pointer: input/gedaan_store.h, input/outcome_store.h),
 * which files were delivered, and the diagnostics. wr_dataset_load (input/dataset.h)
 * fills it; the figures model (src/figures) reads it. */
#ifndef WR_RECORDS_H
#define WR_RECORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/date.h"
#include "base/diag.h"
#include "base/strmap.h"
#include "input/fields.h"
#include "input/input_files.h"

/* The other files' stores; the dataset owns them. */
typedef struct wr_outcome_data wr_outcome_data;
typedef struct wr_gedaan_data wr_gedaan_data;

/* One accepted row of trajecten.csv. Rows that are rejected are not stored. */
typedef struct {
    uint32_t resident;       /* dense index of inwoner_id */
    wr_day registered;       /* aanmelddatum (always valid) */
    wr_day first_contact;    /* eerste_contact, may be NONE or INVALID */
    wr_day start;            /* startdatum, may be NONE or INVALID */
    wr_day end;              /* einddatum, may be NONE or INVALID */
    uint64_t domains;        /* bit i: leefgebied i of the configuration */
    int16_t part;            /* onderdeel index or WR_CODE_UNKNOWN */
    int16_t district;        /* wijk index or WR_CODE_UNKNOWN */
    int16_t reason_in;       /* reden_instroom index or WR_CODE_UNKNOWN */
    int16_t reason_out;      /* reden_uitstroom index, WR_CODE_UNKNOWN or WR_CODE_EMPTY */
    int16_t goal;            /* doelrealisatie index, WR_CODE_UNKNOWN or WR_CODE_EMPTY */
    int16_t birth_year;      /* 0 when unknown or unreadable */
    bool domain_unknown;     /* some leefgebied code was not in the configuration */
} wr_trajectory;

/* trajectory_of_key of a traject_id whose row was rejected. */
#define WR_TRAJECTORY_REJECTED UINT32_MAX

typedef struct wr_dataset {
    wr_trajectory *trajectories;
    size_t trajectory_count;
    size_t trajectory_cap;
    wr_strmap *residents;        /* inwoner_id -> resident index */
    wr_strmap *trajectory_keys;  /* traject_id -> key index (rejected rows included) */
    uint32_t *trajectory_of_key; /* key index -> index in trajectories, or WR_TRAJECTORY_REJECTED */
    size_t key_cap;
    wr_day latest_date;          /* latest date anywhere in trajecten.csv (for "latest quarter") */

    bool delivered[WR_FILE_COUNT]; /* which files the export holds */
    wr_gedaan_data *gedaan;        /* contacten, activiteiten, afspraken, klachten */
    wr_outcome_data *outcome;      /* ervaringen, uitkomsten, indicatoren, financien */
    wr_diag_list diags;
} wr_dataset;

#endif
