/* libFuzzer target "pdf": Markdown parsing and the PDF renderer (its twin "html" takes the
 * same inputs; the PDF is the slow one, so each has its own budget). The first byte sets
 * how the rest is seen: bit 0 makes every line from the second on come from a team text
 * (the source map of fill/source_map.h: special blocks there are code, messages name the
 * text), bit 1 asks for a draft, bit 2 hyphenates. The PDF goes to a file in the scratch
 * folder, with the fallback font when Debian's DejaVu Sans is there. Property: a PDF that
 * was written starts with %PDF-. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_common.h"
#include "render/pdf/pdf_render.h"

#define HYPHEN_DICT "/usr/share/hyphen/hyph_nl_NL.dic"
#define FALLBACK_FONT "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    unsigned flags = data[0];
    wr_source_map *sources = fuzz_sources(flags & 1, 2);
    wr_warnings warnings = {0};
    wr_pdf_options pdf = {
        .title = "Proef", .author = "Buurts", .subject = "Fuzzen", .keywords = "proef",
        .header_text = "Gewoon in de Wijk \xC2\xB7 proef", .font_dir = "fonts",
        .hyphen_dict = (flags & 4) && access(HYPHEN_DICT, R_OK) == 0 ? HYPHEN_DICT : NULL,
        .date_year = 2026, .date_month = 9, .date_day = 30, .draft = flags & 2,
        .fallback_font = access(FALLBACK_FONT, R_OK) == 0 ? FALLBACK_FONT : NULL,
        .sources = sources, .warnings = &warnings,
    };
    char path[1024];
    wr_error err = {0};
    if (wr_pdf_render((const char *)data + 1, size - 1, &pdf, fuzz_path("rapport.pdf", path, sizeof path), &err) ==
        WR_OK) {
        char head[5] = {0};
        FILE *fp = fopen(path, "rb");
        if (!fp || fread(head, 1, 5, fp) != 5 || memcmp(head, "%PDF-", 5) != 0)
            abort();
        fclose(fp);
    }
    unlink(path);
    wr_warnings_clear(&warnings);
    wr_source_map_free(sources);
    return 0;
}
