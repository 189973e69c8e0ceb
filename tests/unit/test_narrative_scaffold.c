/* Scaffolding the narrative texts in a fresh temporary folder: the right files for a
 * quarter and a year, nothing new on a second run, an existing file left byte-identical
 * with its mtime, the contents (heading, questions, marker), period checks, and folders
 * that cannot be written. */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "narrative/scaffold.h"
#include "narrative/spec.h"
#include "base/strbuf.h"

static char root[64];
static wr_narrative_list *list; /* the repository's text list, templates/teksten.ini */

static char *path_of(const char *a, const char *b)
{
    wr_strbuf s = {0};
    wr_strbuf_printf(&s, "%s/%s", a, b);
    return wr_strbuf_take(&s);
}

static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    wr_strbuf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        wr_strbuf_append(&b, chunk, n);
    fclose(fp);
    return wr_strbuf_take(&b);
}

static void spit(const char *path, const char *text)
{
    FILE *fp = fopen(path, "wb");
    if (fp) {
        fputs(text, fp);
        fclose(fp);
    }
}

/* Names in result list paths, as "a.md b.md". */
static char *names(char **paths, size_t count)
{
    wr_strbuf s = {0};
    for (size_t i = 0; i < count; i++) {
        const char *slash = strrchr(paths[i], '/');
        wr_strbuf_printf(&s, "%s%s", i ? " " : "", slash ? slash + 1 : paths[i]);
    }
    return wr_strbuf_take(&s);
}

static void check_names(char **paths, size_t count, const char *expected)
{
    char *got = names(paths, count);
    CHECK_STR(got, expected);
    free(got);
}

/* A created file: its own scaffold text, marker, questions, no level 1 or 2 heading. */
static void check_contents(const char *folder, const wr_narrative_spec *spec)
{
    char file[64];
    snprintf(file, sizeof file, "%s.md", spec->name);
    char *path = path_of(folder, file);
    char *text = slurp(path);
    char *expected = wr_scaffold_text(spec);
    CHECK(text != NULL);
    if (text && expected) {
        CHECK_STR(text, expected);
        CHECK(wr_narrative_is_placeholder(text));
        CHECK(strncmp(text, "**", 2) == 0 && strncmp(text + 2, spec->heading, strlen(spec->heading)) == 0);
        for (size_t q = 0; q < spec->question_count; q++) {
            char bullet[1024];
            snprintf(bullet, sizeof bullet, "\n- %s\n", spec->questions[q]);
            CHECK(strstr(text, bullet) != NULL);
        }
        for (const char *line = text; line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL)
            CHECK(strncmp(line, "# ", 2) != 0 && strncmp(line, "## ", 3) != 0);
        /* The marker is the last line, and only there. */
        const char *marker = strstr(text, WR_NARRATIVE_PLACEHOLDER);
        CHECK(marker && strcmp(marker, WR_NARRATIVE_PLACEHOLDER "\n") == 0);
        CHECK(marker && strstr(text, "<!--") == marker);
    }
    free(expected);
    free(text);
    free(path);
}

static void test_quarter_twice(void)
{
    /* texts_dir does not exist yet: both folders are made. */
    char *texts = path_of(root, "nieuw/teksten");
    wr_scaffold_result *r = NULL;
    wr_error err = {0};
    CHECK_INT(wr_scaffold_write(list, texts, "2026-Q3", false, &r, &err), WR_OK);
    if (!r) {
        fprintf(stderr, "%s\n", err.message);
        free(texts);
        return;
    }
    char *folder = path_of(texts, "2026-Q3");
    CHECK_STR(r->folder, folder);
    CHECK_INT(r->created_count, 9);
    CHECK_INT(r->existing_count, 0);
    check_names(r->created, r->created_count,
                "kort.md inleiding.md gedaan.md bereikt.md effect.md impact.md lessen.md verhalen.md financien.md");
    CHECK(r->created_count && strncmp(r->created[0], folder, strlen(folder)) == 0);
    size_t count;
    const wr_narrative_spec *specs = wr_narrative_list_texts(list, false, &count);
    for (size_t i = 0; i < count; i++)
        check_contents(folder, &specs[i]);
    wr_scaffold_result_free(r);

    /* Second run: nothing new, every file reported as existing, contents unchanged. */
    r = NULL;
    CHECK_INT(wr_scaffold_write(list, texts, "2026-Q3", false, &r, &err), WR_OK);
    CHECK(r && r->created_count == 0 && r->existing_count == 9);
    if (r)
        check_names(r->existing, r->existing_count,
                    "kort.md inleiding.md gedaan.md bereikt.md effect.md impact.md lessen.md verhalen.md financien.md");
    for (size_t i = 0; i < count; i++)
        check_contents(folder, &specs[i]);
    wr_scaffold_result_free(r);
    free(folder);
    free(texts);
}

static void test_year(void)
{
    char *texts = path_of(root, "jaar");
    wr_scaffold_result *r = NULL;
    wr_error err = {0};
    CHECK_INT(wr_scaffold_write(list, texts, "2026", true, &r, &err), WR_OK);
    CHECK(r && r->created_count == 13 && r->existing_count == 0);
    if (r) {
        check_names(r->created, r->created_count,
                    "kort.md inleiding.md gedaan.md kwaliteit.md klachten.md bereikt.md effect.md "
                    "effectonderzoek.md impact.md opgaven.md lessen.md financien.md verhalen.md");
        size_t count;
        const wr_narrative_spec *specs = wr_narrative_list_texts(list, true, &count);
        for (size_t i = 0; i < count; i++)
            check_contents(r->folder, &specs[i]);
    }
    wr_scaffold_result_free(r);
    free(texts);
}

static void test_existing_untouched(void)
{
    char *texts = path_of(root, "bestaand");
    char *folder = path_of(texts, "2026-Q4");
    mkdir(texts, 0777);
    mkdir(folder, 0777);
    char *gedaan = path_of(folder, "gedaan.md");
    char *lessen = path_of(folder, "lessen.md");
    const char *own = "### Eigen kop\n\nOnze eigen tekst, al half af.\n";
    spit(gedaan, own);
    spit(lessen, ""); /* an empty file is still the writer's file */
    /* An old, exact mtime, so any touch would show. */
    struct timespec times[2] = {{1600000000, 123456789}, {1600000000, 123456789}};
    utimensat(AT_FDCWD, gedaan, times, 0);
    utimensat(AT_FDCWD, lessen, times, 0);
    struct stat before, after, empty;

    CHECK_INT(stat(gedaan, &before), 0);
    wr_scaffold_result *r = NULL;
    wr_error err = {0};
    CHECK_INT(wr_scaffold_write(list, texts, "2026-Q4", false, &r, &err), WR_OK);
    CHECK(r && r->created_count == 7 && r->existing_count == 2);
    if (r) {
        check_names(r->existing, r->existing_count, "gedaan.md lessen.md");
        check_names(r->created, r->created_count,
                    "kort.md inleiding.md bereikt.md effect.md impact.md verhalen.md financien.md");
    }
    char *text = slurp(gedaan);
    CHECK_STR(text, own);
    CHECK_INT(stat(gedaan, &after), 0);
    CHECK_INT(after.st_size, before.st_size);
    CHECK_INT(after.st_mtim.tv_sec, 1600000000);
    CHECK_INT(after.st_mtim.tv_nsec, 123456789);
    CHECK_INT(after.st_ino, before.st_ino);
    CHECK_INT(stat(lessen, &empty), 0);
    CHECK_INT(empty.st_size, 0);
    CHECK_INT(empty.st_mtim.tv_sec, 1600000000);
    free(text);
    wr_scaffold_result_free(r);
    free(lessen);
    free(gedaan);
    free(folder);
    free(texts);
}

static void test_periods(void)
{
    char *texts = path_of(root, "perioden");
    wr_scaffold_result *r = NULL;
    wr_error err = {0};
    /* A lower-case q becomes the folder name the report reads. */
    CHECK_INT(wr_scaffold_write(list, texts, "2027-q1", false, &r, &err), WR_OK);
    char *folder = path_of(texts, "2027-Q1");
    CHECK(r && strcmp(r->folder, folder) == 0);
    wr_scaffold_result_free(r);

    CHECK_INT(wr_scaffold_write(list, texts, "2026-Q3", true, &r, &err), WR_ERR_USAGE);
    CHECK(r == NULL);
    CHECK(strstr(err.message, "2026-Q3 is een kwartaal") != NULL);
    CHECK_INT(wr_scaffold_write(list, texts, "2026", false, &r, &err), WR_ERR_USAGE);
    CHECK(strstr(err.message, "2026 is een jaar") != NULL);
    CHECK_INT(wr_scaffold_write(list, texts, "2026-Q5", false, &r, &err), WR_ERR_USAGE);
    CHECK(strstr(err.message, "\"2026-Q5\" is onbekend") != NULL);
    CHECK_INT(wr_scaffold_write(list, texts, "../2026", true, &r, &err), WR_ERR_USAGE);
    CHECK_INT(wr_scaffold_write(list, "", "2026", true, &r, &err), WR_ERR_USAGE);
    CHECK(r == NULL);
    free(folder);
    free(texts);
}

static void test_unwritable(void)
{
    wr_scaffold_result *r = NULL;
    wr_error err = {0};
    /* texts_dir is a file. */
    char *file = path_of(root, "een-bestand");
    spit(file, "geen map\n");
    CHECK_INT(wr_scaffold_write(list, file, "2026-Q3", false, &r, &err), WR_ERR_OUTPUT);
    CHECK(r == NULL);
    CHECK(strstr(err.message, file) != NULL && strstr(err.message, "is geen map") != NULL);

    /* A folder that cannot be made (no one can make folders in /proc). */
    err = (wr_error){0};
    CHECK_INT(wr_scaffold_write(list, "/proc/wijkrapport-test", "2026-Q3", false, &r, &err), WR_ERR_OUTPUT);
    CHECK(strstr(err.message, "De map /proc/wijkrapport-test kan niet worden gemaakt") != NULL);

    /* A folder without write permission; root may write anyway, so only as a user. */
    if (geteuid() != 0) {
        char *locked = path_of(root, "alleen-lezen");
        mkdir(locked, 0777);
        char *folder = path_of(locked, "2026-Q3");
        mkdir(folder, 0555);
        err = (wr_error){0};
        CHECK_INT(wr_scaffold_write(list, locked, "2026-Q3", false, &r, &err), WR_ERR_OUTPUT);
        CHECK(strstr(err.message, "inleiding.md kan niet worden gemaakt") != NULL);
        chmod(folder, 0755);
        free(folder);
        free(locked);
    }
    free(file);
}

/* Removes everything under root (only what this test made). */
static void clean(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", root);
}

int main(void)
{
    wr_error err = {0};
    if (wr_narrative_list_load("templates/" WR_NARRATIVE_LIST_FILE, &list, &err) != WR_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    snprintf(root, sizeof root, "/tmp/wr-scaffold-XXXXXX");
    if (!mkdtemp(root)) {
        perror("mkdtemp");
        return 1;
    }
    test_quarter_twice();
    test_year();
    test_existing_untouched();
    test_periods();
    test_unwritable();
    wr_scaffold_result_free(NULL);
    clean();
    wr_narrative_list_free(list);
    return check_summary("narrative_scaffold");
}
