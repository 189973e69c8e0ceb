#include "narrative/scaffold.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/errno_nl.h"
#include "base/period.h"
#include "base/strbuf.h"

char *wr_scaffold_text(const wr_narrative_spec *spec)
{
    /* Bold rather than a heading: a text may not contain level 1 or 2 headings, and the
     * report already puts every text under a heading of its own. */
    wr_strbuf b = {0};
    wr_strbuf_printf(&b, "**%s**\n\n", spec->heading);
    wr_strbuf_printf(&b,
                     "%s Gebruik de vragen hieronder als hulp; u hoeft ze niet allemaal te beantwoorden. "
                     "Vertel bij de cijfers ook het verhaal erachter: tellen en vertellen. Schrijf kort en "
                     "in gewone taal. Gebruik geen koppen met # of ##; tussenkopjes met ### mogen wel. "
                     "Noem geen namen, adressen, telefoonnummers, e-mailadressen, geboortedata of "
                     "burgerservicenummers van inwoners.\n\n",
                     spec->about);
    for (size_t i = 0; i < spec->question_count; i++)
        wr_strbuf_printf(&b, "- %s\n", spec->questions[i]);
    /* The instruction must not quote the marker itself, or removing only the last line
     * would leave the text marked as unfinished. */
    wr_strbuf_puts(&b, "\nIs de tekst klaar? Haal dan de kop, deze uitleg, de vragen en de laatste regel "
                       "van dit bestand weg. Zolang die laatste regel er staat, telt de tekst als nog niet "
                       "geschreven en blijft de rapportage een concept.\n\n" WR_NARRATIVE_PLACEHOLDER "\n");
    return wr_strbuf_take(&b);
}

/* Makes one folder; an existing folder is fine, an existing file in its place is not. */
static wr_status make_folder(const char *path, wr_error *err)
{
    struct stat st;
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return WR_OK;
        return wr_error_set(err, WR_ERR_OUTPUT, "%s bestaat al, maar is geen map. Kies een andere map voor de teksten.",
                            path);
    }
    if (mkdir(path, 0777) == 0 || (errno == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode)))
        return WR_OK;
    return wr_error_set(err, WR_ERR_OUTPUT, "De map %s kan niet worden gemaakt (%s).", path, wr_errno_text(errno));
}

/* Like mkdir -p: texts_dir may not exist yet on a first run. */
static wr_status make_folders(const char *path, wr_error *err)
{
    char *copy = wr_strdup(path);
    if (!copy)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    wr_status st = WR_OK;
    for (char *p = copy + 1; *p && st == WR_OK; p++) {
        if (*p == '/' && p[-1] != '/') {
            *p = '\0';
            st = make_folder(copy, err);
            *p = '/';
        }
    }
    if (st == WR_OK)
        st = make_folder(copy, err);
    free(copy);
    return st;
}

/* Makes the folder that path is in (a district's text: <periode>/wijken/). */
static wr_status make_parent(const char *path, wr_error *err)
{
    char *copy = wr_strdup(path);
    if (!copy)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    char *slash = strrchr(copy, '/');
    if (slash)
        *slash = '\0';
    wr_status st = slash ? make_folder(copy, err) : WR_OK;
    free(copy);
    return st;
}

static bool write_all(int fd, const char *s, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, s, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        s += n;
        len -= (size_t)n;
    }
    return true;
}

/* Creates path with text unless it exists; *made tells which happened. O_EXCL makes the
 * check and the creation one step, so an existing file is never opened for writing. */
static wr_status create_text(const char *path, const char *text, bool *made, wr_error *err)
{
    *made = false;
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        if (errno == EEXIST)
            return WR_OK;
        return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden gemaakt (%s).", path, wr_errno_text(errno));
    }
    bool ok = write_all(fd, text, strlen(text));
    int saved = errno;
    if (close(fd) != 0 && ok) {
        ok = false;
        saved = errno;
    }
    if (!ok) {
        unlink(path); /* our own half-written file, so the next run tries again */
        return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven (%s).", path, wr_errno_text(saved));
    }
    *made = true;
    return WR_OK;
}

/* Checks the period and gives its canonical code ("2026-q3" becomes "2026-Q3", the
 * folder name narrative.c reads). */
static wr_status check_period(const char *period_code, bool year, char *code, int size, wr_error *err)
{
    wr_period p;
    if (!period_code || !wr_period_parse(period_code, &p))
        return wr_error_set(err, WR_ERR_USAGE,
                            "De periode \"%s\" is onbekend. Schrijf een kwartaal als 2026-Q3 of een jaar als 2026.",
                            period_code ? period_code : "");
    if (year && p.quarter)
        return wr_error_set(err, WR_ERR_USAGE,
                            "%s is een kwartaal. Voor de teksten van een jaarverslag is de periode een jaar, "
                            "zoals %d.",
                            period_code, p.year);
    if (!year && !p.quarter)
        return wr_error_set(err, WR_ERR_USAGE,
                            "%s is een jaar. Voor de teksten van een kwartaalrapportage is de periode een "
                            "kwartaal, zoals %d-Q1.",
                            period_code, p.year);
    wr_period_code(p, code, size);
    return WR_OK;
}

wr_status wr_scaffold_write(const wr_narrative_list *list, const char *texts_dir, const char *period_code, bool year,
                            wr_scaffold_result **out, wr_error *err)
{
    *out = NULL;
    char code[16];
    wr_status st = check_period(period_code, year, code, (int)sizeof code, err);
    if (st != WR_OK)
        return st;
    return wr_scaffold_write_folder(list, texts_dir, code, year, out, err);
}

wr_status wr_scaffold_write_folder(const wr_narrative_list *list, const char *texts_dir, const char *code, bool year,
                                   wr_scaffold_result **out, wr_error *err)
{
    *out = NULL;
    if (!texts_dir || !*texts_dir)
        return wr_error_set(err, WR_ERR_USAGE, "Er is geen map voor de teksten opgegeven.");
    wr_status st = WR_OK;
    size_t count;
    const wr_narrative_spec *specs = wr_narrative_list_texts(list, year, &count);
    wr_scaffold_result *r = calloc(1, sizeof *r);
    wr_strbuf folder = {0};
    wr_strbuf_printf(&folder, "%s/%s", texts_dir, code);
    if (!r || !(r->folder = wr_strbuf_take(&folder)) || !(r->created = calloc(count, sizeof *r->created)) ||
        !(r->existing = calloc(count, sizeof *r->existing))) {
        wr_scaffold_result_free(r);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    if ((st = make_folders(r->folder, err)) != WR_OK) {
        wr_scaffold_result_free(r);
        return st;
    }
    for (size_t i = 0; i < count; i++) {
        wr_strbuf path = {0};
        wr_strbuf_printf(&path, "%s/%s.md", r->folder, specs[i].name);
        char *p = wr_strbuf_take(&path);
        char *text = wr_scaffold_text(&specs[i]);
        bool made = false;
        if (!p || !text)
            st = wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
        else if (strchr(specs[i].name, '/')) /* a district's text, in a folder of its own */
            st = make_parent(p, err);
        if (st == WR_OK && p && text)
            st = create_text(p, text, &made, err);
        free(text);
        if (st != WR_OK) {
            free(p);
            wr_scaffold_result_free(r);
            return st;
        }
        if (made)
            r->created[r->created_count++] = p;
        else
            r->existing[r->existing_count++] = p;
    }
    *out = r;
    return WR_OK;
}

/* Appends n paths of from to *to (count *tn); false on out of memory (from keeps them). */
static bool move_paths(char ***to, size_t *tn, char **from, size_t *fn)
{
    char **grown = realloc(*to, (*tn + *fn + 1) * sizeof *grown);
    if (!grown)
        return false;
    *to = grown;
    for (size_t i = 0; i < *fn; i++)
        grown[(*tn)++] = from[i];
    *fn = 0;
    return true;
}

bool wr_scaffold_result_merge(wr_scaffold_result *r, wr_scaffold_result *other)
{
    return move_paths(&r->created, &r->created_count, other->created, &other->created_count) &&
           move_paths(&r->existing, &r->existing_count, other->existing, &other->existing_count);
}

void wr_scaffold_result_free(wr_scaffold_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->created_count; i++)
        free(r->created[i]);
    for (size_t i = 0; i < r->existing_count; i++)
        free(r->existing[i]);
    free(r->created);
    free(r->existing);
    free(r->folder);
    free(r);
}
