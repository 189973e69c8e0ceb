/* The output writer (app/outputs.h) in a temporary folder: files are written in a fresh
 * folder next to the period folder and appear only on commit, all together, as ordinary
 * documents; a run that fails before the commit leaves the reports already there
 * byte-identical (same contents, inode and mtime) and nothing behind; files that others
 * put in the period folder stay; a folder that cannot be made, or a target that cannot be
 * replaced, is an output error naming it. Issue 11, case 5: a second run on the same
 * output folder is refused while the first holds it; a commit that fails after any of its
 * steps (WIJKRAPPORT_FOUT_NA), with or without an exchanging rename, leaves either the
 * complete old set or the complete new set; what a killed run left is repaired. */
#include <dirent.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "app/outputs.h"
#include "base/strbuf.h"
#include "scratch.h"


static char *path_of(const char *a, const char *b)
{
    wr_strbuf s = {0};
    wr_strbuf_printf(&s, "%s/%s", a, b);
    return wr_strbuf_take(&s);
}

static void spit(const char *path, const char *text)
{
    FILE *fp = fopen(path, "wb");
    if (fp) {
        fputs(text, fp);
        fclose(fp);
    }
}

static char *slurp(const char *path)
{
    wr_strbuf b = {0};
    if (wr_strbuf_read_file(&b, path) != 0) {
        wr_strbuf_free(&b);
        return NULL;
    }
    return wr_strbuf_take(&b);
}

/* The names in folder (hidden ones too), sorted and joined by spaces ("" when empty or
 * absent). */
static char *listing(const char *folder)
{
    char *names[64];
    size_t n = 0;
    DIR *d = opendir(folder);
    for (struct dirent *e; d && (e = readdir(d)) && n < 64;)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            names[n++] = wr_strdup(e->d_name);
    if (d)
        closedir(d);
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char *t = names[j];
            names[j] = names[j - 1];
            names[j - 1] = t;
        }
    wr_strbuf s = {0};
    wr_strbuf_puts(&s, "");
    for (size_t i = 0; i < n; i++) {
        wr_strbuf_printf(&s, "%s%s", i ? " " : "", names[i]);
        free(names[i]);
    }
    return wr_strbuf_take(&s);
}

static void check_listing(const char *folder, const char *expected)
{
    char *got = listing(folder);
    CHECK_STR(got, expected);
    free(got);
}

/* Opens a set for <root>/uit/<period> and writes "<text>" into each of the names. */
static wr_outputs *write_set(const char *out, const char *const *names, size_t n, const char *text, wr_error *err)
{
    wr_outputs *o = NULL;
    if (wr_outputs_open(out, "2026-Q3", &o, err) != WR_OK)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        const char *tmp = NULL, *final = NULL;
        if (wr_outputs_add(o, names[i], &tmp, &final, err) != WR_OK) {
            wr_outputs_free(o);
            return NULL;
        }
        spit(tmp, text);
    }
    return o;
}

static const char *const two[] = {"rapport.pdf", "cijfers.csv"};

/* "A" when every file of the set holds old, "B" when every one holds new, else "gemengd". */
static const char *which_set(const char *period_dir, const char *old, const char *new)
{
    int olds = 0, news = 0;
    for (size_t i = 0; i < 2; i++) {
        char *path = path_of(period_dir, two[i]);
        char *text = slurp(path);
        olds += text && strcmp(text, old) == 0;
        news += text && strcmp(text, new) == 0;
        free(text);
        free(path);
    }
    return olds == 2 ? "A" : news == 2 ? "B" : "gemengd";
}

static void test_commit_all_together(void)
{
    char *out = path_of(scratch_root, "uit"); /* does not exist yet */
    char *period = path_of(out, "2026-Q3");
    wr_outputs *o = NULL;
    wr_error err = {0};
    CHECK_INT(wr_outputs_open(out, "2026-Q3", &o, &err), WR_OK);
    if (!o) {
        free(out), free(period);
        return;
    }
    const char *pdf_tmp = NULL, *csv_tmp = NULL, *pdf = NULL, *csv = NULL;
    CHECK_INT(wr_outputs_add(o, "rapport.pdf", &pdf_tmp, &pdf, &err), WR_OK);
    CHECK_INT(wr_outputs_add(o, "cijfers.csv", &csv_tmp, &csv, &err), WR_OK);
    if (!pdf_tmp || !csv_tmp) {
        wr_outputs_free(o);
        free(out), free(period);
        return;
    }
    /* Written in a hidden fresh folder of the output folder, which is locked meanwhile. */
    CHECK(strncmp(pdf_tmp, out, strlen(out)) == 0 && strstr(pdf_tmp, "/.wijkrapport-2026-Q3.nieuw-") != NULL);
    CHECK(strstr(csv_tmp, "/.wijkrapport-2026-Q3.nieuw-") != NULL && strcmp(pdf_tmp, csv_tmp) != 0);
    char *expected_pdf = path_of(period, "rapport.pdf");
    CHECK_STR(pdf, expected_pdf);
    free(expected_pdf);
    spit(pdf_tmp, "%PDF nieuw\n");
    spit(csv_tmp, "periode,cijfer\n");
    /* Written but not committed: no target exists yet. */
    CHECK(access(pdf, F_OK) != 0 && access(csv, F_OK) != 0 && access(period, F_OK) != 0);
    char *lock = path_of(out, ".wijkrapport.lock");
    CHECK(access(lock, F_OK) == 0);

    CHECK_INT(wr_outputs_commit(o, &err), WR_OK);
    char *a = slurp(pdf), *b = slurp(csv);
    CHECK_STR(a, "%PDF nieuw\n");
    CHECK_STR(b, "periode,cijfer\n");
    free(a);
    free(b);
    check_listing(period, "cijfers.csv rapport.pdf");
    /* Ordinary documents and an ordinary folder, not mkstemp's and mkdtemp's 0600/0700. */
    struct stat st;
    mode_t mask = umask(0);
    umask(mask);
    CHECK(stat(pdf, &st) == 0 && (st.st_mode & 0777) == (0666 & ~mask));
    CHECK(stat(period, &st) == 0 && (st.st_mode & 0777) == (0777 & ~mask));
    wr_outputs_free(o);
    check_listing(period, "cijfers.csv rapport.pdf");
    check_listing(out, "2026-Q3"); /* no lock file, no work folder left */
    free(lock), free(out), free(period);
}

static void test_failed_run_leaves_earlier_reports(void)
{
    char *out = path_of(scratch_root, "uit");
    char *period = path_of(out, "2026-Q3");
    char *pdf = path_of(period, "rapport.pdf"), *csv = path_of(period, "cijfers.csv");
    /* The reports of test_commit_all_together, with an old, exact mtime. */
    struct timespec times[2] = {{1600000000, 123456789}, {1600000000, 123456789}};
    utimensat(AT_FDCWD, pdf, times, 0);
    struct stat before, after;
    CHECK_INT(stat(pdf, &before), 0);

    wr_error err = {0};
    wr_outputs *o = write_set(out, two, 2, "%PDF half geschreven", &err);
    CHECK(o != NULL);
    /* The run fails here, before the commit. */
    wr_outputs_free(o);

    char *a = slurp(pdf), *b = slurp(csv);
    CHECK_STR(a, "%PDF nieuw\n");
    CHECK_STR(b, "periode,cijfer\n");
    free(a);
    free(b);
    CHECK_INT(stat(pdf, &after), 0);
    CHECK_INT(after.st_ino, before.st_ino);
    CHECK_INT(after.st_size, before.st_size);
    CHECK_INT(after.st_mtim.tv_sec, 1600000000);
    CHECK_INT(after.st_mtim.tv_nsec, 123456789);
    check_listing(period, "cijfers.csv rapport.pdf");
    check_listing(out, "2026-Q3");
    free(pdf), free(csv), free(period), free(out);
}

/* Files another command or a user put in the period folder stay, subfolders too; what
 * killed runs left (a fresh folder, a temporary file of an older version) goes. */
static void test_others_stay_and_leftovers_go(void)
{
    char *out = path_of(scratch_root, "anderen");
    char *period = path_of(out, "2026-Q3");
    wr_error err = {0};
    CHECK_INT(wr_make_dirs(period, &err), WR_OK);
    char *note = path_of(period, "notities.txt"), *sub = path_of(period, "bijlagen"), *deep = path_of(sub, "brief.txt");
    char *old_tmp = path_of(period, "rapport.pdf.tmp-Ab12Cd"), *killed = path_of(out, ".wijkrapport-2026-Q3.nieuw-x1y2z3");
    char *killed_file = path_of(killed, "rapport.pdf");
    spit(note, "van de controller\n");
    CHECK_INT(wr_make_dirs(sub, &err), WR_OK);
    spit(deep, "brief\n");
    spit(old_tmp, "half");
    CHECK_INT(wr_make_dirs(killed, &err), WR_OK);
    spit(killed_file, "half");
    struct stat before;
    CHECK_INT(stat(note, &before), 0);

    wr_outputs *o = write_set(out, two, 2, "nieuw\n", &err);
    CHECK(o != NULL);
    CHECK(access(old_tmp, F_OK) != 0 && access(killed, F_OK) != 0); /* cleaned when the set opens */
    if (o)
        CHECK_INT(wr_outputs_commit(o, &err), WR_OK);
    wr_outputs_free(o);
    check_listing(period, "bijlagen cijfers.csv notities.txt rapport.pdf");
    check_listing(sub, "brief.txt");
    char *text = slurp(note);
    CHECK_STR(text, "van de controller\n");
    free(text);
    struct stat after;
    CHECK(stat(note, &after) == 0 && after.st_ino == before.st_ino); /* the same file, not a copy */
    CHECK_STR(which_set(period, "", "nieuw\n"), "B");
    check_listing(out, "2026-Q3");
    free(note), free(sub), free(deep), free(old_tmp), free(killed), free(killed_file), free(period), free(out);
}

static void test_folder_that_cannot_be_made(void)
{
    char *file = path_of(scratch_root, "een-bestand");
    spit(file, "geen map\n");
    char *out = path_of(file, "uit");
    wr_outputs *o = (wr_outputs *)&o;
    wr_error err = {0};
    CHECK_INT(wr_outputs_open(out, "2026-Q3", &o, &err), WR_ERR_OUTPUT);
    CHECK(o == NULL);
    char expected[256];
    snprintf(expected, sizeof expected, "De map %s kan niet worden aangemaakt (een deel van het pad is geen map)",
             out);
    CHECK(strncmp(err.message, expected, strlen(expected)) == 0);
    char *text = slurp(file);
    CHECK_STR(text, "geen map\n");
    free(text);
    free(out);
    free(file);
}

static void test_target_that_cannot_be_replaced(void)
{
    /* A folder where a report should go: it would be lost with the old set. */
    char *out = path_of(scratch_root, "bezet");
    char *period = path_of(out, "2026-Q3");
    char *target = path_of(period, "rapport.pdf"), *inside = path_of(target, "iets"), *csv = path_of(period, "cijfers.csv");
    wr_error err = {0};
    CHECK_INT(wr_make_dirs(target, &err), WR_OK);
    spit(inside, "x");
    spit(csv, "oud\n");
    wr_outputs *o = write_set(out, two, 2, "nieuw\n", &err);
    CHECK(o != NULL);
    if (o) {
        CHECK_INT(wr_outputs_commit(o, &err), WR_ERR_OUTPUT);
        char expected[256];
        snprintf(expected, sizeof expected, "%s kan niet worden vervangen: het is een map.", target);
        CHECK(strncmp(err.message, expected, strlen(expected)) == 0);
    }
    wr_outputs_free(o);
    check_listing(period, "cijfers.csv rapport.pdf");
    check_listing(target, "iets");
    char *text = slurp(csv);
    CHECK_STR(text, "oud\n"); /* nothing of the new set */
    free(text);
    check_listing(out, "2026-Q3");
    free(csv), free(inside), free(target), free(period), free(out);
}

/* Issue 11, case 5: two runs on one output folder cannot interleave. */
static void test_lock(void)
{
    char *out = path_of(scratch_root, "slot");
    wr_error err = {0};
    wr_outputs *first = write_set(out, two, 2, "eerste\n", &err);
    CHECK(first != NULL);
    wr_outputs *second = (wr_outputs *)&second;
    CHECK_INT(wr_outputs_open(out, "2026-Q3", &second, &err), WR_ERR_OUTPUT);
    CHECK(second == NULL);
    char expected[256];
    snprintf(expected, sizeof expected, "De uitvoermap %s is in gebruik door een andere run van wijkrapport; probeer "
             "het opnieuw als die klaar is.", out);
    CHECK_STR(err.message, expected);
    if (first)
        CHECK_INT(wr_outputs_commit(first, &err), WR_OK);
    wr_outputs_free(first);
    /* Released: the next run gets it. */
    second = write_set(out, two, 2, "tweede\n", &err);
    CHECK(second != NULL);
    wr_outputs_free(second);
    free(out);
}

/* Issue 11, case 5: the commit fails after each of its steps in turn, with the exchanging
 * rename and with two renames; the period folder holds the complete old set (A) or the
 * complete new set (B), never a mix, and nothing else is left behind. */
static void fail_at_every_step(const char *folder, bool exchange)
{
    char *out = path_of(scratch_root, folder);
    char *period = path_of(out, "2026-Q3");
    char *note = path_of(period, "notities.txt");
    wr_error err = {0};
    if (exchange)
        unsetenv("WIJKRAPPORT_GEEN_RUIL");
    else
        setenv("WIJKRAPPORT_GEEN_RUIL", "1", 1);
    int steps_seen = 0;
    for (int k = 0; k < 20; k++) {
        wr_outputs *o = write_set(out, two, 2, "A\n", &err); /* the old set */
        if (o)
            CHECK_INT(wr_outputs_commit(o, &err), WR_OK);
        wr_outputs_free(o);
        spit(note, "blijft\n");
        char value[16];
        snprintf(value, sizeof value, "%d", k);
        setenv("WIJKRAPPORT_FOUT_NA", value, 1);
        o = write_set(out, two, 2, "B\n", &err);
        wr_status st = o ? wr_outputs_commit(o, &err) : WR_ERR_OUTPUT;
        wr_outputs_free(o);
        unsetenv("WIJKRAPPORT_FOUT_NA");
        const char *set = which_set(period, "A\n", "B\n");
        CHECK(strcmp(set, "gemengd") != 0);
        if (st == WR_OK) { /* k is past the last step: the set is simply new */
            CHECK_STR(set, "B");
            break;
        }
        steps_seen++;
        CHECK(strstr(err.message, "Testfout na stap") != NULL);
        check_listing(period, "cijfers.csv notities.txt rapport.pdf");
        check_listing(out, "2026-Q3");
        char *text = slurp(note);
        CHECK_STR(text, "blijft\n");
        free(text);
    }
    /* Before the commit, after keeping notities.txt, the swap (one step, or two renames),
     * after removing the old set. */
    CHECK_INT(steps_seen, exchange ? 4 : 5);
    unsetenv("WIJKRAPPORT_GEEN_RUIL");
    free(note), free(period), free(out);
}

static void test_fail_at_every_step(void)
{
    fail_at_every_step("fout-ruil", true);
    fail_at_every_step("fout-hernoem", false);
}

/* A run killed between the two renames left the old set under a hidden name and no period
 * folder; the next run puts the old set back before it does anything else. */
static void test_repair_after_kill_between_renames(void)
{
    char *out = path_of(scratch_root, "hersteld");
    char *old = path_of(out, ".wijkrapport-2026-Q3.oud-q1w2e3"), *fresh = path_of(out, ".wijkrapport-2026-Q3.nieuw-q1w2e3");
    char *period = path_of(out, "2026-Q3");
    wr_error err = {0};
    CHECK_INT(wr_make_dirs(old, &err), WR_OK);
    CHECK_INT(wr_make_dirs(fresh, &err), WR_OK);
    for (size_t i = 0; i < 2; i++) {
        char *a = path_of(old, two[i]), *b = path_of(fresh, two[i]);
        spit(a, "A\n");
        spit(b, "B\n");
        free(a), free(b);
    }
    wr_outputs *o = NULL;
    CHECK_INT(wr_outputs_open(out, "2026-Q3", &o, &err), WR_OK);
    CHECK_STR(which_set(period, "A\n", "B\n"), "A");
    wr_outputs_free(o);
    check_listing(out, "2026-Q3");
    free(old), free(fresh), free(period), free(out);
}

static void test_make_dirs(void)
{
    char *deep = path_of(scratch_root, "a/b/c/");
    wr_error err = {0};
    CHECK_INT(wr_make_dirs(deep, &err), WR_OK);
    struct stat st;
    CHECK(stat(deep, &st) == 0 && S_ISDIR(st.st_mode));
    CHECK_INT(wr_make_dirs(deep, &err), WR_OK); /* already there */
    free(deep);
    wr_outputs_free(NULL);
}

/* A folder of the set (the district factsheets' wijken/) replaces the old folder as a
 * whole: a factsheet of a district that is no longer in the settings goes with it. */
static void one_run_with_folder(const char *out, const char *const *files, size_t n, const char *text)
{
    wr_error err = {0};
    wr_outputs *o = NULL;
    CHECK_INT(wr_outputs_open(out, "2026-Q3", &o, &err), WR_OK);
    if (!o)
        return;
    CHECK_INT(wr_outputs_add_dir(o, "wijken", &err), WR_OK);
    for (size_t i = 0; i < n; i++) {
        const char *tmp = NULL;
        CHECK_INT(wr_outputs_add(o, files[i], &tmp, NULL, &err), WR_OK);
        if (tmp)
            spit(tmp, text);
    }
    CHECK_INT(wr_outputs_commit(o, &err), WR_OK);
    wr_outputs_free(o);
}

static void test_folder_in_the_set(void)
{
    char *out = path_of(scratch_root, "wijken-uit");
    char *period = path_of(out, "2026-Q3"), *wijken = path_of(period, "wijken");
    static const char *const first[] = {"rapport.pdf", "wijken/noord.pdf", "wijken/oost.pdf"};
    static const char *const second[] = {"rapport.pdf", "wijken/noord.pdf"};
    one_run_with_folder(out, first, 3, "een\n");
    check_listing(wijken, "noord.pdf oost.pdf");
    one_run_with_folder(out, second, 2, "twee\n");
    check_listing(period, "rapport.pdf wijken");
    check_listing(wijken, "noord.pdf");
    char *noord = path_of(wijken, "noord.pdf"), *text = slurp(noord);
    CHECK_STR(text, "twee\n");
    check_listing(out, "2026-Q3");
    free(text), free(noord), free(wijken), free(period), free(out);
}

int main(void)
{
    if (!scratch_open("outputs"))
        return 1;
    test_commit_all_together();
    test_failed_run_leaves_earlier_reports();
    test_others_stay_and_leftovers_go();
    test_folder_that_cannot_be_made();
    test_target_that_cannot_be_replaced();
    test_lock();
    test_fail_at_every_step();
    test_repair_after_kill_between_renames();
    test_make_dirs();
    test_folder_in_the_set();
    scratch_close();
    return check_summary("outputs");
}
