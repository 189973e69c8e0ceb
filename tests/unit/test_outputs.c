/* The output writer (app/outputs.h) in a temporary folder: files are written under
 * temporary names beside their targets and appear only on commit, all together, as
 * ordinary documents; a run that fails before the commit leaves the reports already there
 * byte-identical (same contents, inode and mtime) and no temporary file behind; a folder
 * that cannot be made, or a target that cannot be replaced, is an output error naming it. */
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

/* The names in folder, sorted and joined by spaces ("" when empty or absent). */
static char *listing(const char *folder)
{
    char *names[64];
    size_t n = 0;
    DIR *d = opendir(folder);
    for (struct dirent *e; d && (e = readdir(d)) && n < 64;)
        if (e->d_name[0] != '.')
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

static void test_commit_all_together(void)
{
    char *out = path_of(scratch_root, "uit/2026-Q3"); /* neither folder exists yet */
    char *pdf = path_of(out, "rapport.pdf"), *csv = path_of(out, "cijfers.csv");
    wr_outputs *o = wr_outputs_new();
    CHECK(o != NULL);
    const char *pdf_tmp = NULL, *csv_tmp = NULL;
    wr_error err = {0};
    CHECK_INT(wr_outputs_add(o, pdf, &pdf_tmp, &err), WR_OK);
    CHECK_INT(wr_outputs_add(o, csv, &csv_tmp, &err), WR_OK);
    if (!pdf_tmp || !csv_tmp) {
        wr_outputs_free(o);
        free(pdf), free(csv), free(out);
        return;
    }
    /* Temporary files beside their targets, in the folder that was made. */
    CHECK(strncmp(pdf_tmp, pdf, strlen(pdf)) == 0 && strstr(pdf_tmp, ".tmp-") != NULL);
    CHECK(strncmp(csv_tmp, csv, strlen(csv)) == 0 && strcmp(pdf_tmp, csv_tmp) != 0);
    spit(pdf_tmp, "%PDF nieuw\n");
    spit(csv_tmp, "periode,cijfer\n");
    /* Written but not committed: no target exists yet. */
    CHECK(access(pdf, F_OK) != 0 && access(csv, F_OK) != 0);
    CHECK(access(pdf_tmp, F_OK) == 0 && access(csv_tmp, F_OK) == 0);

    CHECK_INT(wr_outputs_commit(o, &err), WR_OK);
    char *a = slurp(pdf), *b = slurp(csv);
    CHECK_STR(a, "%PDF nieuw\n");
    CHECK_STR(b, "periode,cijfer\n");
    free(a);
    free(b);
    check_listing(out, "cijfers.csv rapport.pdf");
    /* Ordinary documents, not mkstemp's 0600. */
    struct stat st;
    mode_t mask = umask(0);
    umask(mask);
    CHECK(stat(pdf, &st) == 0 && (st.st_mode & 0777) == (0666 & ~mask));
    wr_outputs_free(o); /* after a commit: removes nothing */
    check_listing(out, "cijfers.csv rapport.pdf");
    free(pdf), free(csv), free(out);
}

static void test_failed_run_leaves_earlier_reports(void)
{
    char *out = path_of(scratch_root, "uit/2026-Q3");
    char *pdf = path_of(out, "rapport.pdf"), *csv = path_of(out, "cijfers.csv");
    /* The reports of test_commit_all_together, with an old, exact mtime. */
    struct timespec times[2] = {{1600000000, 123456789}, {1600000000, 123456789}};
    utimensat(AT_FDCWD, pdf, times, 0);
    struct stat before, after;
    CHECK_INT(stat(pdf, &before), 0);

    wr_outputs *o = wr_outputs_new();
    const char *pdf_tmp = NULL, *csv_tmp = NULL;
    wr_error err = {0};
    CHECK_INT(wr_outputs_add(o, pdf, &pdf_tmp, &err), WR_OK);
    CHECK_INT(wr_outputs_add(o, csv, &csv_tmp, &err), WR_OK);
    if (pdf_tmp)
        spit(pdf_tmp, "%PDF half geschreven");
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
    check_listing(out, "cijfers.csv rapport.pdf"); /* no temporary file left */
    free(pdf), free(csv), free(out);
}

static void test_folder_that_cannot_be_made(void)
{
    char *file = path_of(scratch_root, "een-bestand");
    spit(file, "geen map\n");
    char *target = path_of(file, "2026-Q3/rapport.pdf");
    wr_outputs *o = wr_outputs_new();
    const char *tmp = NULL;
    wr_error err = {0};
    CHECK_INT(wr_outputs_add(o, target, &tmp, &err), WR_ERR_OUTPUT);
    CHECK(tmp == NULL);
    char expected[256];
    snprintf(expected, sizeof expected, "De map %s/2026-Q3 kan niet worden aangemaakt", file);
    CHECK(strncmp(err.message, expected, strlen(expected)) == 0);
    /* Nothing was added: committing the empty set changes nothing. */
    CHECK_INT(wr_outputs_commit(o, &err), WR_OK);
    wr_outputs_free(o);
    char *text = slurp(file);
    CHECK_STR(text, "geen map\n");
    free(text);
    free(target);
    free(file);
}

static void test_target_that_cannot_be_replaced(void)
{
    /* A non-empty folder where the report should go: rename cannot replace it. */
    char *out = path_of(scratch_root, "bezet");
    char *target = path_of(out, "rapport.pdf");
    char *inside = path_of(target, "iets");
    CHECK_INT(wr_make_dirs(target, &(wr_error){0}), WR_OK);
    spit(inside, "x");
    wr_outputs *o = wr_outputs_new();
    const char *tmp = NULL;
    wr_error err = {0};
    CHECK_INT(wr_outputs_add(o, target, &tmp, &err), WR_OK);
    CHECK_INT(wr_outputs_commit(o, &err), WR_ERR_OUTPUT);
    char expected[256];
    snprintf(expected, sizeof expected, "%s kan niet worden vervangen", target);
    CHECK(strncmp(err.message, expected, strlen(expected)) == 0);
    wr_outputs_free(o); /* removes the temporary file it could not rename */
    check_listing(out, "rapport.pdf");
    check_listing(target, "iets");
    free(inside);
    free(target);
    free(out);
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

int main(void)
{
    if (!scratch_open("outputs"))
        return 1;
    test_commit_all_together();
    test_failed_run_leaves_earlier_reports();
    test_folder_that_cannot_be_made();
    test_target_that_cannot_be_replaced();
    test_make_dirs();
    scratch_close();
    return check_summary("outputs");
}
