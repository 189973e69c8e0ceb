#include "narrative/spec.h"

#include <errno.h>
#include <ini.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/errno_nl.h"
#include "base/strbuf.h"
#include "base/utf8.h"

/* Longest text name: it becomes a file name and a template code. */
#define NAME_MAX_LEN 48

typedef struct {
    wr_narrative_spec *items;
    size_t count, cap;
} spec_array;

struct wr_narrative_list {
    spec_array kinds[2]; /* [0] quarter, [1] year */
};

static const char *const kind_words[2] = {"kwartaal", "jaar"};

/* inih gives the handler neither the line number nor whether a line continues the previous
 * value; the reader below sees every line first and notes both here. */
typedef struct {
    FILE *fp;
    wr_narrative_list *list;
    long line;             /* the line being parsed */
    bool continuation;     /* it continues the previous setting's value */
    long section_line;     /* line of the latest [section] header, 0 before the first */
    bool section_used;     /* the handler has seen a setting under that header */
    int current_kind;      /* kind of current: 0 quarter, 1 year */
    wr_narrative_spec *current; /* the text of the latest header, once its first setting is read */
    long current_line;     /* section_line of current */
    char **last_value;     /* the value a continuation line extends */
    long error_line;       /* 0: the error names no line */
    wr_status status;      /* WR_OK until the first problem */
    char message[512];
} load_state;

static int fail_at(load_state *st, long line, wr_status status, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Keeps the first problem only; returns 0, inih's "error" for a handler. */
static int fail_at(load_state *st, long line, wr_status status, const char *fmt, ...)
{
    if (st->status != WR_OK)
        return 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(st->message, sizeof st->message, fmt, ap);
    va_end(ap);
    st->status = status;
    st->error_line = line;
    return 0;
}

static int no_memory(load_state *st)
{
    return fail_at(st, 0, WR_ERR_NOMEM, "Onvoldoende geheugen");
}

static void spec_clear(wr_narrative_spec *s)
{
    free(s->name);
    free(s->title);
    free(s->heading);
    free(s->about);
    for (size_t i = 0; i < s->question_count; i++)
        free(s->questions[i]);
    free(s->questions);
}

void wr_narrative_list_free(wr_narrative_list *list)
{
    if (!list)
        return;
    for (int k = 0; k < 2; k++) {
        for (size_t i = 0; i < list->kinds[k].count; i++)
            spec_clear(&list->kinds[k].items[i]);
        free(list->kinds[k].items);
    }
    free(list);
}

/* A text whose section has no setting is never seen by the handler, so the reader checks,
 * at the next header and at the end, that the previous header had settings. */
static bool previous_section_used(load_state *st)
{
    if (st->section_line && !st->section_used) {
        fail_at(st, st->section_line, WR_ERR_CONFIG,
                "deze tekst heeft geen titel, kop, over en vragen; vul ze aan of haal de kop weg");
        return false;
    }
    return true;
}

/* inih's line reader (an fgets), which also notes what kind of line inih is about to parse
 * with the same rules inih applies: a non-blank, non-comment line that starts with white
 * space after a setting continues that setting's value. */
static char *read_line(char *buf, int size, void *user)
{
    load_state *st = user;
    if (st->status != WR_OK)
        return NULL;
    if (!fgets(buf, size, st->fp)) {
        if (ferror(st->fp))
            fail_at(st, 0, WR_ERR_CONFIG, "het bestand kan niet worden gelezen (%s)", wr_errno_text(errno));
        else
            previous_section_used(st);
        return NULL;
    }
    st->line++;
    size_t len = strlen(buf);
    if (len == (size_t)size - 1 && buf[len - 1] != '\n') {
        int next = getc(st->fp);
        if (next != EOF) {
            fail_at(st, st->line, WR_ERR_CONFIG,
                    "de regel is langer dan %d tekens; ga verder op een nieuwe regel die met een spatie begint",
                    size - 2);
            return NULL;
        }
    }
    if (!wr_utf8_valid(buf, len)) {
        fail_at(st, st->line, WR_ERR_CONFIG, "de regel is geen geldige UTF-8; sla het bestand op als UTF-8");
        return NULL;
    }
    const char *s = buf;
    if (st->line == 1 && strncmp(s, "\xEF\xBB\xBF", 3) == 0)
        s += 3;
    const char *start = s + strspn(s, " \t");
    bool indented = start > s, blank = strspn(start, "\r\n") == strlen(start);
    bool comment = *start == ';' || *start == '#';
    st->continuation = indented && !blank && !comment && st->last_value;
    if (!st->continuation && !comment && *start == '[') {
        if (!previous_section_used(st))
            return NULL;
        st->section_line = st->line;
        st->section_used = false;
        st->last_value = NULL;
    }
    return buf;
}

static bool valid_name(const char *name)
{
    size_t len = strlen(name);
    if (len == 0 || len > NAME_MAX_LEN || name[0] < 'a' || name[0] > 'z')
        return false;
    return strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789_") == len;
}

/* A text is complete when it has a title, a heading, a sentence and a question; checked
 * when the next text starts and at the end, naming the text's header line. */
static bool finish_text(load_state *st)
{
    const wr_narrative_spec *s = st->current;
    if (!s)
        return true;
    const char *missing = !s->title ? "titel" : !s->heading ? "kop" : !s->about ? "over"
                          : !s->question_count ? "vraag" : NULL;
    if (missing) {
        fail_at(st, st->current_line, WR_ERR_CONFIG, "bij [%s.%s] ontbreekt '%s'", kind_words[st->current_kind],
                s->name, missing);
        return false;
    }
    return true;
}

/* Starts the text of the section [kwartaal.NAAM] or [jaar.NAAM]. */
static int start_text(load_state *st, const char *section)
{
    const char *dot = strchr(section, '.');
    int kind = -1;
    for (int k = 0; k < 2 && dot; k++)
        if ((size_t)(dot - section) == strlen(kind_words[k]) &&
            strncmp(section, kind_words[k], (size_t)(dot - section)) == 0)
            kind = k;
    if (!*section)
        return fail_at(st, st->line, WR_ERR_CONFIG,
                       "deze regel staat niet onder een kop; begin elke tekst met [kwartaal.NAAM] of [jaar.NAAM]");
    if (kind < 0)
        return fail_at(st, st->section_line, WR_ERR_CONFIG,
                       "[%s] is geen tekst; schrijf [kwartaal.NAAM] of [jaar.NAAM]", section);
    const char *name = dot + 1;
    if (!valid_name(name))
        return fail_at(st, st->section_line, WR_ERR_CONFIG,
                       "'%s' kan geen naam van een tekst zijn; gebruik kleine letters, cijfers en _ (ten hoogste "
                       "%d tekens), te beginnen met een letter",
                       name, NAME_MAX_LEN);
    if (!finish_text(st))
        return 0;
    spec_array *a = &st->list->kinds[kind];
    for (size_t i = 0; i < a->count; i++)
        if (strcmp(a->items[i].name, name) == 0)
            return fail_at(st, st->section_line, WR_ERR_CONFIG, "[%s] staat al eerder in het bestand", section);
    if (a->count == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 16;
        wr_narrative_spec *items = realloc(a->items, cap * sizeof *items);
        if (!items)
            return no_memory(st);
        a->items = items;
        a->cap = cap;
    }
    wr_narrative_spec *s = &a->items[a->count];
    memset(s, 0, sizeof *s);
    if (!(s->name = wr_strdup(name)))
        return no_memory(st);
    a->count++;
    st->current_kind = kind;
    st->current = s;
    st->current_line = st->section_line;
    return 1;
}

/* A continuation line: the value goes on after one space. */
static int extend(load_state *st, const char *value)
{
    wr_strbuf b = {0};
    wr_strbuf_printf(&b, "%s %s", *st->last_value, value);
    char *joined = wr_strbuf_take(&b);
    if (!joined)
        return no_memory(st);
    free(*st->last_value);
    *st->last_value = joined;
    return 1;
}

static int set_once(load_state *st, const char *section, const char *name, char **field, const char *value)
{
    if (*field)
        return fail_at(st, st->line, WR_ERR_CONFIG, "'%s' staat al eerder in [%s]", name, section);
    if (!(*field = wr_strdup(value)))
        return no_memory(st);
    st->last_value = field;
    return 1;
}

static int add_question(load_state *st, const char *value)
{
    wr_narrative_spec *s = st->current;
    char **questions = realloc(s->questions, (s->question_count + 1) * sizeof *questions);
    if (!questions)
        return no_memory(st);
    s->questions = questions;
    if (!(questions[s->question_count] = wr_strdup(value)))
        return no_memory(st);
    st->last_value = &questions[s->question_count++];
    return 1;
}

static int on_setting(void *user, const char *section, const char *name, const char *value)
{
    load_state *st = user;
    if (st->status != WR_OK)
        return 0;
    st->section_used = true;
    if (st->continuation)
        return extend(st, value);
    if ((!st->current || st->current_line != st->section_line || !*section) && !start_text(st, section))
        return 0;
    if (!*value)
        return fail_at(st, st->line, WR_ERR_CONFIG, "'%s' is leeg", name);
    if (strcmp(name, "titel") == 0)
        return set_once(st, section, name, &st->current->title, value);
    if (strcmp(name, "kop") == 0)
        return set_once(st, section, name, &st->current->heading, value);
    if (strcmp(name, "over") == 0)
        return set_once(st, section, name, &st->current->about, value);
    if (strcmp(name, "vraag") == 0)
        return add_question(st, value);
    return fail_at(st, st->line, WR_ERR_CONFIG, "onbekende instelling '%s' in [%s]; een tekst heeft titel, kop, over "
                   "en vraag", name, section);
}

/* Both kinds of report need at least one text. */
static void check_kinds(load_state *st)
{
    for (int k = 0; k < 2; k++)
        if (st->list->kinds[k].count == 0)
            fail_at(st, 0, WR_ERR_CONFIG, "er staat geen tekst voor de %s in; voeg een sectie [%s.NAAM] toe",
                    k ? "jaarverslagen" : "kwartaalrapportages", kind_words[k]);
}

wr_status wr_narrative_list_load(const char *path, wr_narrative_list **out, wr_error *err)
{
    *out = NULL;
    load_state st = {0};
    if (!(st.list = calloc(1, sizeof *st.list)))
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    if (!(st.fp = fopen(path, "rb"))) {
        wr_narrative_list_free(st.list);
        return wr_error_set(err, WR_ERR_CONFIG, "%s: de lijst met teksten kan niet worden geopend (%s).", path,
                            wr_errno_text(errno));
    }
    int rc = ini_parse_stream(read_line, &st, on_setting, &st);
    fclose(st.fp);
    /* inih goes on after a line it cannot parse and returns the first such line; our own
     * first problem may come later. The earlier of the two is reported. */
    if (rc > 0 && (st.status == WR_OK || (st.error_line && rc < st.error_line))) {
        st.status = WR_OK;
        fail_at(&st, rc, WR_ERR_CONFIG, "deze regel is geen 'naam = waarde' en geen [kop]");
    }
    if (st.status == WR_OK && finish_text(&st))
        check_kinds(&st);
    if (st.status != WR_OK) {
        wr_narrative_list_free(st.list);
        if (st.status == WR_ERR_NOMEM)
            return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
        if (st.error_line)
            return wr_error_set(err, st.status, "%s, regel %ld: %s.", path, st.error_line, st.message);
        return wr_error_set(err, st.status, "%s: %s.", path, st.message);
    }
    *out = st.list;
    return WR_OK;
}

const wr_narrative_spec *wr_narrative_list_texts(const wr_narrative_list *list, bool year, size_t *count)
{
    const spec_array *a = &list->kinds[year ? 1 : 0];
    if (count)
        *count = a->count;
    return a->items;
}

const wr_narrative_spec *wr_narrative_list_find(const wr_narrative_list *list, bool year, const char *name)
{
    size_t count;
    const wr_narrative_spec *specs = wr_narrative_list_texts(list, year, &count);
    for (size_t i = 0; name && i < count; i++)
        if (strcmp(specs[i].name, name) == 0)
            return &specs[i];
    return NULL;
}

bool wr_narrative_is_placeholder(const char *text)
{
    return text && strstr(text, WR_NARRATIVE_PLACEHOLDER) != NULL;
}

/* One built-in text of the district list; false on out of memory. */
static bool add_district_text(spec_array *a, const char *code, const char *label)
{
    wr_narrative_spec *s = &a->items[a->count];
    memset(s, 0, sizeof *s);
    a->count++;
    wr_strbuf name = {0}, title = {0}, heading = {0}, about = {0}, q1 = {0}, q2 = {0}, q3 = {0};
    wr_strbuf_printf(&name, "wijken/%s", code);
    wr_strbuf_printf(&title, "tekst voor de wijkfactsheet van %s", label);
    wr_strbuf_printf(&heading, "Uit de wijk: %s", label);
    wr_strbuf_printf(&about, "Een korte tekst voor de inwoners van %s en de partners in de wijk, op de "
                             "wijkfactsheet. Schrijf in korte zinnen en gewone woorden (taalniveau B1), "
                             "\xC3\xA9\xC3\xA9n onderwerp per alinea, en houd het kort (hooguit 80 woorden): de factsheet "
                             "is twee pagina's.", label);
    wr_strbuf_printf(&q1, "Wat hebben we dit kwartaal in %s gedaan of gezien?", label);
    wr_strbuf_puts(&q2, "Wat gaan we de komende tijd in de wijk doen?");
    wr_strbuf_puts(&q3, "Waar kunnen mensen terecht met een vraag, en wanneer?");
    s->name = wr_strbuf_take(&name);
    s->title = wr_strbuf_take(&title);
    s->heading = wr_strbuf_take(&heading);
    s->about = wr_strbuf_take(&about);
    s->questions = calloc(3, sizeof *s->questions);
    if (s->questions) {
        s->questions[0] = wr_strbuf_take(&q1);
        s->questions[1] = wr_strbuf_take(&q2);
        s->questions[2] = wr_strbuf_take(&q3);
        s->question_count = 3;
    } else {
        wr_strbuf_free(&q1), wr_strbuf_free(&q2), wr_strbuf_free(&q3);
    }
    return s->name && s->title && s->heading && s->about && s->questions && s->questions[0] && s->questions[1] &&
           s->questions[2];
}

wr_status wr_narrative_list_districts(const char *const *codes, const char *const *labels, size_t count,
                                      wr_narrative_list **out, wr_error *err)
{
    *out = NULL;
    wr_narrative_list *list = calloc(1, sizeof *list);
    spec_array *a = list ? &list->kinds[0] : NULL;
    if (!list || (count && !(a->items = calloc(count, sizeof *a->items)))) {
        wr_narrative_list_free(list);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    a->cap = count;
    for (size_t i = 0; i < count; i++)
        if (!add_district_text(a, codes[i], labels[i])) {
            wr_narrative_list_free(list);
            return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
        }
    *out = list;
    return WR_OK;
}

/* The one text of the Kadernota outlook (wr_narrative_list_outlook). */
static const char *const outlook_questions[] = {
    "Welke ontwikkelingen verwachten we die de cijfers nog niet laten zien, zoals nieuw beleid, "
    "veranderingen bij partners, nieuwbouw in een wijk of wachtlijsten elders?",
    "Waardoor wijkt de verwachting af van de groei die alleen uit de bevolking volgt (de autonome "
    "ontwikkeling)?",
    "Hoe zeker zijn we van de verwachting, en bij welke onderdelen is voorzichtigheid nodig?",
    "Wat betekent dit voor de Kadernota: wat vragen we van de gemeente?",
};

wr_status wr_narrative_list_outlook(wr_narrative_list **out, wr_error *err)
{
    *out = NULL;
    size_t nq = sizeof outlook_questions / sizeof *outlook_questions;
    wr_narrative_list *list = calloc(1, sizeof *list);
    spec_array *a = list ? &list->kinds[0] : NULL;
    wr_narrative_spec *s = a ? (a->items = calloc(1, sizeof *a->items)) : NULL;
    if (s) {
        a->cap = a->count = 1;
        s->name = wr_strdup("toelichting");
        s->title = wr_strdup("toelichting van het team bij de vooruitblik");
        s->heading = wr_strdup("Toelichting van het team");
        s->about = wr_strdup("Wat verklaart de verwachte groei, en welke overige autonome ontwikkelingen "
                             "verwachten we die niet uit de cijfers volgen? De uitvoeringsafspraken "
                             "(paragraaf 9.1.2) vragen om die toelichting voor de Kadernota.");
        if ((s->questions = calloc(nq, sizeof *s->questions)) != NULL)
            while (s->question_count < nq && (s->questions[s->question_count] =
                                                   wr_strdup(outlook_questions[s->question_count])) != NULL)
                s->question_count++;
    }
    if (!s || !s->name || !s->title || !s->heading || !s->about || !s->questions || s->question_count != nq) {
        wr_narrative_list_free(list);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen.");
    }
    *out = list;
    return WR_OK;
}
