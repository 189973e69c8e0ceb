/* Shared pieces of the report templates: every templates/delen/NAME.md can be included
 * as {{>NAME}} (upper case, '-' as '_'), so the quarterly and the annual report show
 * their tables from one text. */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <string.h>

#include "fill/template_fill.h"
#include "fill/template_parts.h"

size_t wr_tpl_include_parts(wr_tpl_dict *dict, const char *template_dir, wr_tpl_dict **parts, size_t max)
{
    size_t n = 0;
    char folder[4096];
    snprintf(folder, sizeof folder, "%s/delen", template_dir);
    DIR *d = opendir(folder);
    if (!d)
        return 0; /* no shared pieces: nothing to include */
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < max) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 3, ".md") != 0 || len - 3 >= 96)
            continue;
        char name[96], file[384];
        for (size_t i = 0; i < len - 3; i++)
            name[i] = e->d_name[i] == '-' ? '_' : (char)toupper((unsigned char)e->d_name[i]);
        name[len - 3] = '\0';
        snprintf(file, sizeof file, "delen/%s", e->d_name);
        if (!(parts[n++] = wr_tpl_dict_include(dict, name, file))) {
            closedir(d);
            return (size_t)-1;
        }
    }
    closedir(d);
    return n;
}
