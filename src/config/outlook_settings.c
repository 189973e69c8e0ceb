#include "config/outlook_settings.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/strbuf.h"

static const char *const age_codes[] = {"0-17", "18-26", "27-64", "65+"};

bool wr_outlook_section(const char *section)
{
    return strcmp(section, "bevolking") == 0 || strcmp(section, "kadernota") == 0;
}

/* A non-negative number: digits with at most one decimal comma or point. */
static bool parse_number(const char *s, double *out)
{
    size_t whole = strspn(s, "0123456789");
    const char *p = s + whole;
    if (*p == ',' || *p == '.') {
        size_t fraction = strspn(p + 1, "0123456789");
        if (fraction == 0 || fraction > 6)
            return false;
        p += 1 + fraction;
    }
    if (whole == 0 || whole > 12 || *p)
        return false;
    char buf[32];
    snprintf(buf, sizeof buf, "%s", s);
    for (char *q = buf; *q; q++)
        if (*q == ',')
            *q = '.';
    *out = strtod(buf, NULL);
    return true;
}

static char *lower_copy(const char *s)
{
    char *c = wr_strdup(s);
    for (char *p = c; p && *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return c;
}

static const char *population_line(wr_outlook_settings *s, const char *name, const char *value, bool *nomem)
{
    const char *dot = strchr(name, '.');
    if (!dot || dot - name != 4 || strspn(name, "0123456789") != 4)
        return "schrijf in [bevolking] jaar.leeftijdsgroep = aantal, bijvoorbeeld 2026.0-17 = 31500";
    int year = atoi(name);
    int group = -1;
    for (int g = 0; g < 4; g++)
        if (strcmp(dot + 1, age_codes[g]) == 0)
            group = g;
    if (year < 1900 || year > 2200 || group < 0)
        return "een leeftijdsgroep in [bevolking] is 0-17, 18-26, 27-64 of 65+ (bijvoorbeeld 2026.65+ = 28000)";
    double people;
    if (!parse_number(value, &people))
        return "het aantal inwoners in [bevolking] is een getal zonder punten tussen de duizendtallen";
    if (wr_outlook_population(s, year, group) >= 0)
        return "deze leeftijdsgroep en dit jaar staan al eerder in [bevolking]";
    wr_population *grown = realloc(s->population, (s->population_count + 1) * sizeof *grown);
    if (!grown) {
        *nomem = true;
        return "onvoldoende geheugen";
    }
    s->population = grown;
    grown[s->population_count++] = (wr_population){year, group, people};
    return NULL;
}

static const char *kadernota_line(wr_outlook_settings *s, const char *name, const char *value, bool *nomem)
{
    if (strcmp(name, "prijsindex_pct") == 0) {
        if (!parse_number(value, &s->price_index_pct) || s->price_index_pct > 100)
            return "prijsindex_pct is een percentage van 0 tot en met 100, bijvoorbeeld 3,2";
        s->has_price_index = true;
        return NULL;
    }
    if (strcmp(name, "vanaf") == 0) {
        if (!wr_period_parse(value, &s->history_start) || s->history_start.quarter == 0)
            return "vanaf is een kwartaal, bijvoorbeeld 2024-Q1";
        s->has_history_start = true;
        return NULL;
    }
    if (strncmp(name, "post.", 5) == 0 && name[5] && *value) {
        for (size_t i = 0; i < s->link_count; i++)
            if (strcasecmp(s->links[i].post, name + 5) == 0)
                return "deze post staat al eerder in [kadernota]";
        wr_post_link *grown = realloc(s->links, (s->link_count + 1) * sizeof *grown);
        if (!grown) {
            *nomem = true;
            return "onvoldoende geheugen";
        }
        s->links = grown;
        wr_post_link *l = &grown[s->link_count];
        l->post = lower_copy(name + 5);
        l->part = lower_copy(value);
        if (!l->post || !l->part) {
            free(l->post);
            free(l->part);
            *nomem = true;
            return "onvoldoende geheugen";
        }
        s->link_count++;
        return NULL;
    }
    return "onbekende instelling in [kadernota]; bekend zijn prijsindex_pct, vanaf en post.<post> = <onderdeel>";
}

const char *wr_outlook_setting(wr_outlook_settings *s, const char *section, const char *name, const char *value,
                               bool *nomem)
{
    *nomem = false;
    if (strcmp(section, "bevolking") == 0)
        return population_line(s, name, value, nomem);
    return kadernota_line(s, name, value, nomem);
}

double wr_outlook_population(const wr_outlook_settings *s, int year, int age_group)
{
    for (size_t i = 0; i < s->population_count; i++)
        if (s->population[i].year == year && s->population[i].age_group == age_group)
            return s->population[i].people;
    return -1;
}

const char *wr_outlook_post_part(const wr_outlook_settings *s, const char *post)
{
    for (size_t i = 0; i < s->link_count; i++)
        if (strcasecmp(s->links[i].post, post) == 0)
            return s->links[i].part;
    return NULL;
}

void wr_outlook_settings_clear(wr_outlook_settings *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->link_count; i++) {
        free(s->links[i].post);
        free(s->links[i].part);
    }
    free(s->links);
    free(s->population);
    memset(s, 0, sizeof *s);
}
