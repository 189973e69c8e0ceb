#include "render/pdf/pdf_hyphen.h"

#include <hyphen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/pdf/pdf_utf8.h"

/* Longer "words" are not real words (or a URL); emergency breaking handles them. */
#define MAX_LETTERS 96

struct wr_pdf_hyphenator {
    HyphenDict *dict;
    bool utf8; /* patterns in UTF-8; otherwise ISO-8859-1, as hyph_nl_NL.dic is */
};

wr_status wr_pdf_hyphenator_load(const char *path, wr_pdf_hyphenator **out, wr_error *err)
{
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return wr_error_set(err, WR_ERR_CONFIG,
                            "woordafbrekingsbestand '%s' ontbreekt of is niet leesbaar", path);
    fclose(f);

    wr_pdf_hyphenator *h = calloc(1, sizeof *h);
    if (!h)
        return wr_error_set(err, WR_ERR_NOMEM, "onvoldoende geheugen voor de woordafbreking");
    h->dict = hnj_hyphen_load(path);
    if (!h->dict) {
        free(h);
        return wr_error_set(err, WR_ERR_CONFIG,
                            "woordafbrekingsbestand '%s' kan niet worden gelezen", path);
    }
    h->utf8 = h->dict->utf8 != 0;
    *out = h;
    return WR_OK;
}

void wr_pdf_hyphenator_free(wr_pdf_hyphenator *h)
{
    if (!h)
        return;
    hnj_hyphen_free(h->dict);
    free(h);
}

/* Encodes the lower-cased word in the dictionary's charset; end[i] is the byte index of
 * the last byte of letter i. Returns the byte length, or 0 when it cannot be encoded. */
static size_t encode_word(const wr_pdf_hyphenator *h, const uint32_t *word, size_t n, char *buf,
                          size_t *end)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = wr_pdf_lower(word[i]);
        if (h->utf8) {
            len += wr_pdf_utf8_encode(cp, buf + len);
        } else {
            if (cp > 0xFF)
                return 0;
            buf[len++] = (char)cp;
        }
        end[i] = len - 1;
    }
    buf[len] = '\0';
    return len;
}

static void free_replacements(char **rep, int *pos, int *cut, size_t len)
{
    if (rep) {
        for (size_t i = 0; i < len; i++)
            free(rep[i]);
    }
    free(rep);
    free(pos);
    free(cut);
}

size_t wr_pdf_hyphenate(const wr_pdf_hyphenator *h, const uint32_t *word, size_t n, bool *after)
{
    char buf[MAX_LETTERS * 4 + 1];
    char hyphens[MAX_LETTERS * 4 + 5];
    size_t end[MAX_LETTERS];
    size_t count = 0;

    for (size_t i = 0; i < n; i++)
        after[i] = false;
    if (!h || n < WR_PDF_HYPHEN_MIN_WORD || n > MAX_LETTERS)
        return 0;
    size_t len = encode_word(h, word, n, buf, end);
    if (len == 0)
        return 0;

    char **rep = NULL;
    int *pos = NULL, *cut = NULL;
    memset(hyphens, 0, sizeof hyphens);
    if (hnj_hyphen_hyphenate2(h->dict, buf, (int)len, hyphens, NULL, &rep, &pos, &cut) != 0) {
        free_replacements(rep, pos, cut, len);
        return 0;
    }
    for (size_t i = WR_PDF_HYPHEN_MIN_SIDE - 1; i + WR_PDF_HYPHEN_MIN_SIDE < n; i++) {
        size_t b = end[i];
        /* Odd values mark a break; breaks that change the spelling (rep) are skipped
         * because the letters around them would have to be rewritten. */
        if ((hyphens[b] & 1) && !(rep && rep[b])) {
            after[i] = true;
            count++;
        }
    }
    free_replacements(rep, pos, cut, len);
    return count;
}
