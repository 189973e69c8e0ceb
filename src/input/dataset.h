/* Everything read from one export folder, validated: the records the figures need and
 * the diagnostics. wr_dataset_load allocates it; wr_dataset_free releases all of it. */
#ifndef WR_DATASET_H
#define WR_DATASET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config/config.h"
#include "base/date.h"
#include "base/diag.h"
#include "base/error.h"
#include "input/input_files.h"
#include "base/strmap.h"

#define WR_CODE_UNKNOWN (-1) /* a code not in the configuration: "onbekend" */
#define WR_CODE_EMPTY   (-2) /* the field was empty */

/* The other files' stores (src/gedaan, src/uitkomst); the dataset owns them. */
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

typedef struct {
    wr_trajectory *trajectories;
    size_t trajectory_count;
    size_t trajectory_cap;
    wr_strmap *residents;        /* inwoner_id -> resident index */
    wr_strmap *trajectory_keys;  /* traject_id -> key index (rejected rows included) */
    uint32_t *trajectory_of_key; /* key index -> index in trajectories, UINT32_MAX if rejected */
    size_t key_cap;
    wr_day latest_date;          /* latest date anywhere in trajecten.csv (for "latest quarter") */

    bool delivered[WR_FILE_COUNT]; /* which files the export holds */
    wr_gedaan_data *gedaan;        /* contacten, activiteiten, afspraken, klachten */
    wr_outcome_data *outcome;      /* ervaringen, uitkomsten, indicatoren, financien */
    wr_diag_list diags;
} wr_dataset;

/* Reads every input file in dir (only trajecten.csv is required); a missing optional
 * file leaves delivered[file] false. */
wr_status wr_dataset_load(const char *dir, const wr_config *cfg, wr_dataset **out, wr_error *err);
void wr_dataset_free(wr_dataset *ds);

/* Reader of trajecten.csv, used by wr_dataset_load; path is the file, ds must be empty. */
wr_status wr_read_trajectories(const char *path, const wr_config *cfg, wr_dataset *ds, wr_error *err);

#endif
