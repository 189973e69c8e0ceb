/* Row-level problems the readers used to let through silently (issue 11): a record whose
 * field count differs from the header's (case 6: reported by line and field count, never
 * with its values, and left out), an ambiguous amount such as "230.906" (case 2: reported,
 * not guessed) and negative euros (case 3: a negative budget is refused, a negative
 * realisation is kept and reported). Each export is written into a scratch folder. */
#include <stdlib.h>

#include "check.h"
#include "config/config.h"
#include "input/dataset.h"
#include "input/outcome_store.h"
#include "scratch.h"

#define HEADER "traject_id;inwoner_id;onderdeel;wijk;geboortejaar;aanmelddatum;eerste_contact;startdatum;" \
               "einddatum;reden_instroom;leefgebieden;reden_uitstroom;doelrealisatie\n"

static wr_config *cfg;

/* Loads the export of the scratch folder; NULL (reported) when it is refused. */
static wr_dataset *load(void)
{
    wr_dataset *ds = NULL;
    wr_error err = {0};
    if (wr_dataset_load(scratch_root, cfg, &ds, &err) != WR_OK)
        fprintf(stderr, "%s\n", err.message);
    CHECK(ds != NULL);
    return ds;
}

/* The diagnostic of file at line, or NULL. */
static const wr_diag *diag_at(const wr_dataset *ds, const char *file, long line)
{
    for (size_t i = 0; i < ds->diags.count; i++)
        if (strcmp(ds->diags.items[i].file, file) == 0 && ds->diags.items[i].line == line)
            return &ds->diags.items[i];
    return NULL;
}

/* True when text occurs in any part of any diagnostic. */
static bool in_any_diag(const wr_dataset *ds, const char *text)
{
    for (size_t i = 0; i < ds->diags.count; i++) {
        const wr_diag *d = &ds->diags.items[i];
        if (strstr(d->value, text) || strstr(d->message, text) || strstr(d->column_name, text))
            return true;
    }
    return false;
}

/* Case 6: `sed -i '3s/;/;;/'` shifts every column of line 3 by one, so its inwoner_id
 * lands in the onderdeel column; a row cut short loses its last columns. */
static void test_field_count(void)
{
    free(scratch_write("trajecten.csv",
                       HEADER
                       "T1;R-ALPHA-1;sociaal_wijkteam;noord;1980;2026-07-01;;2026-07-02;;financien;;;\n"
                       "T2;;R-BRAVO-2;sociaal_wijkteam;noord;1980;2026-07-01;;2026-07-02;;financien;;;\n"
                       "T3;R-CHARLIE-3;sociaal_wijkteam;noord;1980;2026-07-01\n"
                       "T4;R-DELTA-4;sociaal_wijkteam;noord;1980;2026-07-01;;2026-07-02;;financien;;;\n"));
    wr_dataset *ds = load();
    if (!ds)
        return;
    CHECK_INT(ds->trajectory_count, 2); /* T1 and T4 */
    const wr_diag *extra = diag_at(ds, "trajecten.csv", 3);
    CHECK(extra != NULL);
    if (extra) {
        CHECK(extra->kind == WR_DIAG_FIELD_COUNT && extra->severity == WR_SEVERITY_ERROR);
        CHECK_INT(extra->column, 0);
        CHECK_STR(extra->value, "");
        CHECK(strstr(extra->message, "de regel heeft 14 velden en de kopregel 13") != NULL);
    }
    const wr_diag *short_row = diag_at(ds, "trajecten.csv", 4);
    CHECK(short_row != NULL && short_row->kind == WR_DIAG_FIELD_COUNT);
    if (short_row)
        CHECK(strstr(short_row->message, "de regel heeft 6 velden en de kopregel 13") != NULL);
    CHECK_INT(ds->diags.count, 2); /* nothing about the shifted values themselves */
    for (const char *key = "R-ALPHA-1\0R-BRAVO-2\0R-CHARLIE-3\0R-DELTA-4\0"; *key; key += strlen(key) + 1)
        CHECK(!in_any_diag(ds, key));
    wr_dataset_free(ds);
}

/* The leefgebieden column: codes between '|', spaces around them dropped, empty items
 * skipped, an item longer than 127 bytes cut there and unknown. */
static void test_domain_list(void)
{
    char row[512], long_item[160];
    memset(long_item, 'w', sizeof long_item - 1);
    long_item[sizeof long_item - 1] = '\0';
    snprintf(row, sizeof row, "T3;R3;sociaal_wijkteam;noord;1980;2026-07-01;;2026-07-02;;financien;%s;;\n", long_item);
    char *csv = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&csv, &len);
    fputs(HEADER "T1;R1;sociaal_wijkteam;noord;1980;2026-07-01;;2026-07-02;;financien; woning |  | geldzaken  |;;\n"
          "T2;R2;sociaal_wijkteam;noord;1980;2026-07-01;;2026-07-02;;financien;woning|tuin;;\n", f);
    fputs(row, f);
    fclose(f);
    free(scratch_write("trajecten.csv", csv));
    free(csv);
    wr_dataset *ds = load();
    if (!ds)
        return;
    CHECK_INT(ds->trajectory_count, 3);
    if (ds->trajectory_count == 3) {
        int woning = wr_code_lookup(&cfg->domains, "woning"), geld = wr_code_lookup(&cfg->domains, "geldzaken");
        CHECK(woning >= 0 && geld >= 0);
        CHECK(ds->trajectories[0].domains == ((uint64_t)1 << woning | (uint64_t)1 << geld));
        CHECK(!ds->trajectories[0].domain_unknown);
        CHECK(ds->trajectories[1].domains == (uint64_t)1 << woning && ds->trajectories[1].domain_unknown);
        CHECK(ds->trajectories[2].domains == 0 && ds->trajectories[2].domain_unknown);
    }
    const wr_diag *tuin = diag_at(ds, "trajecten.csv", 3);
    CHECK(tuin && strcmp(tuin->value, "tuin") == 0 && tuin->kind == WR_DIAG_UNKNOWN_CODE);
    const wr_diag *cut = diag_at(ds, "trajecten.csv", 4);
    CHECK(cut && strlen(cut->value) <= 127 && strncmp(cut->value, long_item, strlen(cut->value)) == 0);
    CHECK(diag_at(ds, "trajecten.csv", 2) == NULL);
    wr_dataset_free(ds);
}

/* Cases 2 and 3: financien.csv with an ambiguous amount, a plain one with a point, a
 * negative budget and a negative realisation. */
static void test_amounts(void)
{
    free(scratch_write("trajecten.csv",
                       HEADER "T1;R1;sociaal_wijkteam;noord;1980;2026-07-01;;2026-07-02;;financien;;;\n"));
    free(scratch_write("financien.csv", "jaar;kwartaal;post;oormerk;begroting;realisatie\n"
                                        "2026;1;buurt;;1000000;230.906\n"  /* line 2: ambiguous */
                                        "2026;1;wijk;;-1.500;10\n"         /* line 3: ambiguous */
                                        "2026;2;buurt;;1000000;230.90\n"   /* line 4: fine */
                                        "2026;2;wijk;;-5000;10\n"          /* line 5: negative budget */
                                        "2026;3;buurt;;1000000;-2500,50\n" /* line 6: correction */
                                        "2026;3;wijk;;5000;1.354.233\n"));  /* line 7: invalid, as before */
    wr_dataset *ds = load();
    if (!ds)
        return;
    const wr_finance_store *s = &ds->outcome->finance;
    CHECK_INT(s->count, 2);
    if (s->count == 2) {
        CHECK_INT(s->rows[0].line, 4);
        CHECK_INT(s->rows[0].spent_cents, 23090);
        CHECK_INT(s->rows[1].line, 6);
        CHECK_INT(s->rows[1].spent_cents, -250050);
    }
    const wr_diag *d = diag_at(ds, "financien.csv", 2);
    CHECK(d && d->severity == WR_SEVERITY_ERROR && strcmp(d->value, "230.906") == 0 &&
          strstr(d->message, "dubbelzinnig bedrag") && strcmp(d->column_name, "realisatie") == 0);
    d = diag_at(ds, "financien.csv", 3);
    CHECK(d && strcmp(d->value, "-1.500") == 0 && strstr(d->message, "dubbelzinnig bedrag"));
    CHECK(diag_at(ds, "financien.csv", 4) == NULL);
    d = diag_at(ds, "financien.csv", 5);
    CHECK(d && d->severity == WR_SEVERITY_ERROR && strcmp(d->column_name, "begroting") == 0 &&
          strstr(d->message, "een begroting kan niet negatief zijn"));
    d = diag_at(ds, "financien.csv", 6);
    CHECK(d && d->severity == WR_SEVERITY_WARNING && strcmp(d->value, "-2500,50") == 0 &&
          strstr(d->message, "negatieve realisatie"));
    d = diag_at(ds, "financien.csv", 7);
    CHECK(d && d->kind == WR_DIAG_INVALID_NUMBER && d->severity == WR_SEVERITY_ERROR);
    wr_dataset_free(ds);
}

int main(void)
{
    wr_error err = {0};
    if (wr_config_load("tests/fixtures/config.ini", &cfg, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    if (!scratch_open("input-rows"))
        return 1;
    test_field_count();
    test_amounts();
    test_domain_list();
    scratch_close();
    wr_config_free(cfg);
    return check_summary("input: regels");
}
