#include "fill/template_parts.h"

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <string.h>

bool wr_tpl_parts_each(const char *template_dir, wr_tpl_part_fn fn, void *user)
{
    char folder[4096];
    snprintf(folder, sizeof folder, "%s/delen", template_dir);
    DIR *d = opendir(folder);
    if (!d)
        return true; /* no shared pieces: nothing to include */
    struct dirent *e;
    bool ok = true;
    while (ok && (e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 3, ".md") != 0 || len - 3 >= 96)
            continue;
        char name[96], file[384];
        for (size_t i = 0; i < len - 3; i++)
            name[i] = e->d_name[i] == '-' ? '_' : (char)toupper((unsigned char)e->d_name[i]);
        name[len - 3] = '\0';
        snprintf(file, sizeof file, "delen/%s", e->d_name);
        ok = fn(user, name, file);
    }
    closedir(d);
    return ok;
}

typedef struct {
    wr_tpl_dict *dict;
    wr_tpl_dict **parts;
    size_t max, *count;
    bool failed;
} include_state;

static bool include_one(void *user, const char *name, const char *file)
{
    include_state *st = user;
    if (*st->count >= st->max)
        return true; /* more parts than room: the rest is not registered */
    if (!(st->parts[*st->count] = wr_tpl_dict_include(st->dict, name, file))) {
        st->failed = true;
        return false;
    }
    (*st->count)++;
    return true;
}

bool wr_tpl_include_parts(wr_tpl_dict *dict, const char *template_dir, wr_tpl_dict **parts, size_t max,
                          size_t *count)
{
    *count = 0;
    include_state st = {dict, parts, max, count, false};
    return wr_tpl_parts_each(template_dir, include_one, &st) && !st.failed;
}
