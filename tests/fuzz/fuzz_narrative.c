/* libFuzzer target "narrative": loading the team's texts and the privacy guard on them.
 * The first byte chooses which text of the quarterly list (templates/teksten.ini) the rest
 * becomes; the texts of 2026-Q3 are loaded as a report run loads them, and the guard
 * scans them as written and as published (app/privacy_scan.h), together with the same
 * bytes as the toelichting and omschrijving of an agreement. Property: every finding
 * names its file and line. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/privacy_scan.h"
#include "fuzz_common.h"
#include "narrative/narrative.h"
#include "narrative/spec.h"

static wr_narrative_list *list;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    wr_error err = {0};
    if (!list) {
        if (wr_narrative_list_load("templates/teksten.ini", &list, &err) != WR_OK) {
            fprintf(stderr, "%s\n", err.message);
            abort();
        }
        fuzz_mkdir("teksten/2026-Q3");
    }
    if (size == 0)
        return 0;
    size_t count = 0;
    const wr_narrative_spec *specs = wr_narrative_list_texts(list, false, &count);
    for (size_t i = 0; i < count; i++) {
        char name[256], path[1024];
        snprintf(name, sizeof name, "teksten/2026-Q3/%s.md", specs[i].name);
        unlink(fuzz_path(name, path, sizeof path));
    }
    char name[256], texts[1024];
    snprintf(name, sizeof name, "teksten/2026-Q3/%s.md", specs[data[0] % count].name);
    fuzz_write(name, data + 1, size - 1);

    wr_narrative *n = NULL;
    if (wr_narrative_load(list, fuzz_path("teksten", texts, sizeof texts), "2026-Q3", false, &n, &err) != WR_OK)
        return 0; /* refused with a reason: fine */

    /* The same bytes as free text of the export, as a NUL-terminated string. */
    char *text = malloc(size);
    if (!text)
        abort();
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0';
    wr_agreement agreement = {"A1", "Thema", text, "op_schema", "Op schema", text, 7};
    wr_figures f = {0};
    f.agreements = &agreement;
    f.agreement_count = 1;

    wr_warnings found = {0};
    if (wr_privacy_scan(n, &f, fuzz_dir(), &found, &err) == WR_OK)
        for (size_t i = 0; i < found.count; i++)
            if (!strstr(found.items[i], ", regel "))
                abort();
    wr_warnings_clear(&found);
    free(text);
    wr_narrative_free(n);
    return 0;
}
