/* The settings of the Kadernota outlook (wijkrapport kadernota): the population by age
 * group per year ([bevolking], "2026.0-17 = 31500", from the municipality's population
 * forecast), the price index and the link of budget posts to onderdelen ([kadernota]).
 * Part of the configuration (config/config.h), which owns it. */
#ifndef WR_OUTLOOK_SETTINGS_H
#define WR_OUTLOOK_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

#include "base/period.h"

typedef struct {
    int year;
    int age_group;   /* 0 = 0-17, 1 = 18-26, 2 = 27-64, 3 = 65+ */
    double people;
} wr_population;

typedef struct {
    char *post;      /* budget post of financien.csv, lower case */
    char *part;      /* an onderdeel code, or "totaal" for the whole programme */
} wr_post_link;

typedef struct {
    wr_population *population;
    size_t population_count;
    bool has_price_index;
    double price_index_pct;  /* [kadernota] prijsindex_pct: expected price rise next year, % */
    bool has_history_start;
    wr_period history_start; /* [kadernota] vanaf: the first quarter of the history to use */
    wr_post_link *links;     /* [kadernota] post.<post> = <onderdeel> */
    size_t link_count;
} wr_outlook_settings;

/* Reads one line of [bevolking] or [kadernota]. Returns NULL when it was taken, else a
 * Dutch message (static) naming what is wrong; *nomem is set on out of memory. */
const char *wr_outlook_setting(wr_outlook_settings *s, const char *section, const char *name, const char *value,
                               bool *nomem);
bool wr_outlook_section(const char *section);

/* The population of age group g in year, or -1 when the settings do not give it. */
double wr_outlook_population(const wr_outlook_settings *s, int year, int age_group);
/* The onderdeel a budget post is linked to, or NULL. */
const char *wr_outlook_post_part(const wr_outlook_settings *s, const char *post);

void wr_outlook_settings_clear(wr_outlook_settings *s);

#endif
