/*
 * gen_export.c - deterministic generator of a synthetic registration-system export
 * for wijkrapport (programme "Gewoon in de Wijk", Haarlem, provider Buurts).
 *
 * Writes the nine CSV files of the data contract (docs: data contract, section 1)
 * into one folder. Everything is drawn from a private PRNG (xoshiro256** seeded with
 * splitmix64 from --zaad); no clock is read, so the same arguments give the same
 * bytes (on the same platform: the model uses libm's exp/log/cos). Each file has its
 * own PRNG stream, so changing one file's model does not move the others.
 *
 * The model, in short:
 * - trajectories arrive day by day (Poisson; weekday and seasonal factors with a dip
 *   in July/August and late December; +4 % a year). About one in five belongs to a
 *   resident seen before: a parallel trajectory in another onderdeel, or a repeat
 *   request after an earlier one ended. The simulation starts 540 days before --van;
 *   trajectories still open on --van are exported too, those that ended before are not.
 * - first contact in working days (mostly 0-5, tail to 15, longer in summer); start
 *   mostly within four weeks; duration log-normal per onderdeel; dates after --tot
 *   are not yet known and stay empty (waiting or running).
 * - uitkomsten (ZRM) and ervaringen (survey) follow from the trajectories; contacten,
 *   activiteiten, afspraken, klachten, indicatoren and financien are drawn on their own.
 *
 * Like a real export it exercises the contract's reading rules: trajecten.csv is
 * Dutch Excel (";", UTF-8 BOM, CRLF, some rows with D-M-YYYY / DD-MM-YYYY dates, a few
 * hand-typed district codes with capitals or a trailing space, an extra column
 * "aanmelder", an empty ";;;;" record at the end); the other files use "," and LF, with
 * RFC 4180 quoting where a text holds a comma or a quote. Profile voorbeeld also plants
 * a fixed set of row-level problems (see plant_log calls and sample-data/README.md);
 * the generator prints where they landed.
 *
 * Build: gcc -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror -O2 \
 *            -o gen_export tools/gen_export.c -lm
 *
 * The data are invented. Identifiers are synthetic; no names of people appear.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#define PI_D 3.14159265358979323846
#define NODATE INT64_MIN
#define HAS(d) ((d) != NODATE)

/* ------------------------------------------------------------------------- */
/* PRNG: xoshiro256** with splitmix64 seeding                                 */
/* ------------------------------------------------------------------------- */

typedef struct { uint64_t s[4]; } rng_t;

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void rng_init(rng_t *r, uint64_t seed, uint64_t stream)
{
    uint64_t x = seed ^ (0xD1B54A32D192ED03ULL * (stream + 1));
    for (int i = 0; i < 4; i++)
        r->s[i] = splitmix64(&x);
}

static uint64_t rotl64(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t rng_next(rng_t *r)
{
    uint64_t *s = r->s;
    uint64_t result = rotl64(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl64(s[3], 45);
    return result;
}

/* uniform in [0, 1) */
static double rng_u(rng_t *r) { return (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0); }

/* uniform integer in [0, n) for 0 < n < 2^31 */
static int rng_below(rng_t *r, int n)
{
    return (int)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

static int rng_range(rng_t *r, int lo, int hi) { return lo + rng_below(r, hi - lo + 1); }

static int rng_chance(rng_t *r, double p) { return rng_u(r) < p; }

static double rng_normal(rng_t *r)
{
    double u1 = rng_u(r), u2 = rng_u(r);
    if (u1 < 1e-300)
        u1 = 1e-300;
    return sqrt(-2.0 * log(u1)) * cos(2.0 * PI_D * u2);
}

static int rng_poisson(rng_t *r, double lam)
{
    if (lam <= 0.0)
        return 0;
    if (lam < 40.0) {
        double limit = exp(-lam), p = 1.0;
        int k = 0;
        do {
            k++;
            p *= rng_u(r);
        } while (p > limit);
        return k - 1;
    }
    double x = lam + sqrt(lam) * rng_normal(r) + 0.5;
    return x < 0.0 ? 0 : (int)x;
}

/* geometric number of failures with the given mean (>= 0) */
static int rng_geom(rng_t *r, double mean)
{
    if (mean <= 0.0)
        return 0;
    double p = 1.0 / (1.0 + mean);
    double u = rng_u(r);
    if (u < 1e-300)
        u = 1e-300;
    return (int)floor(log(u) / log(1.0 - p));
}

static int rng_pick(rng_t *r, const double *w, int n)
{
    double tot = 0.0;
    for (int i = 0; i < n; i++)
        tot += w[i];
    double u = rng_u(r) * tot;
    for (int i = 0; i < n; i++) {
        if (u < w[i])
            return i;
        u -= w[i];
    }
    return n - 1;
}

/* ------------------------------------------------------------------------- */
/* Calendar                                                                   */
/* ------------------------------------------------------------------------- */

static int64_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t mp = m > 2 ? m - 3 : m + 9;
    const int64_t doy = (153 * mp + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int *y, int *m, int *d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* 0 = Monday ... 6 = Sunday */
static int weekday_of(int64_t z) { return (int)(((z % 7) + 7 + 3) % 7); }

static int64_t easter_sunday(int y)
{
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return days_from_civil(y, month, day);
}

typedef struct {
    int y, m, d, wd;
    int work; /* Monday-Friday and not a holiday */
    char iso[11];
} dayinfo_t;

static dayinfo_t *g_days;
static int64_t g_day0;
static int64_t g_ndays;

static const dayinfo_t *day_info(int64_t z)
{
    if (z < g_day0)
        z = g_day0;
    if (z >= g_day0 + g_ndays)
        z = g_day0 + g_ndays - 1;
    return &g_days[z - g_day0];
}

static int is_work(int64_t z)
{
    if (z < g_day0 || z >= g_day0 + g_ndays)
        return weekday_of(z) < 5;
    return g_days[z - g_day0].work;
}

static void mark_holiday(int64_t z)
{
    if (z >= g_day0 && z < g_day0 + g_ndays)
        g_days[z - g_day0].work = 0;
}

static int build_calendar(int64_t from, int64_t to)
{
    g_day0 = from;
    g_ndays = to - from + 1;
    g_days = calloc((size_t)g_ndays, sizeof *g_days);
    if (!g_days)
        return -1;
    for (int64_t i = 0; i < g_ndays; i++) {
        dayinfo_t *di = &g_days[i];
        civil_from_days(from + i, &di->y, &di->m, &di->d);
        di->wd = weekday_of(from + i);
        di->work = di->wd < 5;
        int y = di->y % 10000;
        char *s = di->iso;
        s[0] = (char)('0' + y / 1000);
        s[1] = (char)('0' + y / 100 % 10);
        s[2] = (char)('0' + y / 10 % 10);
        s[3] = (char)('0' + y % 10);
        s[4] = s[7] = '-';
        s[5] = (char)('0' + di->m / 10);
        s[6] = (char)('0' + di->m % 10);
        s[8] = (char)('0' + di->d / 10);
        s[9] = (char)('0' + di->d % 10);
        s[10] = '\0';
    }
    int y0 = g_days[0].y, y1 = g_days[g_ndays - 1].y;
    for (int y = y0; y <= y1; y++) {
        int64_t e = easter_sunday(y);
        mark_holiday(days_from_civil(y, 1, 1));
        mark_holiday(e + 1);
        int64_t kd = days_from_civil(y, 4, 27);
        mark_holiday(weekday_of(kd) == 6 ? kd - 1 : kd);
        mark_holiday(e + 39);
        mark_holiday(e + 50);
        mark_holiday(days_from_civil(y, 12, 25));
        mark_holiday(days_from_civil(y, 12, 26));
        if (y % 5 == 0)
            mark_holiday(days_from_civil(y, 5, 5));
    }
    return 0;
}

static int64_t next_work(int64_t z)
{
    while (!is_work(z))
        z++;
    return z;
}

static int64_t add_workdays(int64_t z, int n)
{
    if (n == 0)
        return next_work(z);
    while (n > 0) {
        z++;
        if (is_work(z))
            n--;
    }
    return z;
}

static int parse_iso(const char *s, int64_t *out)
{
    int y, m, d;
    char tail;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
        return -1;
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200)
        return -1;
    int64_t z = days_from_civil(y, m, d);
    int yy, mm, dd;
    civil_from_days(z, &yy, &mm, &dd);
    if (yy != y || mm != m || dd != d)
        return -1;
    *out = z;
    return 0;
}

static int year_of(int64_t z) { return day_info(z)->y; }

/* ------------------------------------------------------------------------- */
/* Buffered CSV writer                                                        */
/* ------------------------------------------------------------------------- */

#define OUT_CAP (4u << 20)

typedef struct {
    FILE *f;
    char *buf;
    size_t len;
    long lines; /* physical lines written, header included */
    long rows;  /* data rows */
    long long bytes;
    char delim;
    int crlf;
    int err;
    char name[64];
} out_t;

static char g_dir[4096];

static int out_open(out_t *o, const char *name, char delim, int crlf, int bom)
{
    char path[4200];
    memset(o, 0, sizeof *o);
    snprintf(o->name, sizeof o->name, "%s", name);
    snprintf(path, sizeof path, "%s/%s", g_dir, name);
    o->f = fopen(path, "wb");
    if (!o->f) {
        fprintf(stderr, "gen_export: kan %s niet schrijven: %s\n", path, strerror(errno));
        return -1;
    }
    o->buf = malloc(OUT_CAP);
    if (!o->buf) {
        fclose(o->f);
        return -1;
    }
    o->delim = delim;
    o->crlf = crlf;
    if (bom) {
        memcpy(o->buf, "\xEF\xBB\xBF", 3);
        o->len = 3;
    }
    return 0;
}

static void out_flush(out_t *o)
{
    if (o->len && fwrite(o->buf, 1, o->len, o->f) != o->len)
        o->err = 1;
    o->bytes += (long long)o->len;
    o->len = 0;
}

static int out_close(out_t *o)
{
    out_flush(o);
    if (fclose(o->f) != 0)
        o->err = 1;
    free(o->buf);
    o->buf = NULL;
    if (o->err)
        fprintf(stderr, "gen_export: schrijffout in %s\n", o->name);
    return o->err ? -1 : 0;
}

static void out_mem(out_t *o, const char *s, size_t n)
{
    memcpy(o->buf + o->len, s, n);
    o->len += n;
}

static void out_s(out_t *o, const char *s) { out_mem(o, s, strlen(s)); }

static void out_c(out_t *o, char c) { o->buf[o->len++] = c; }

static void out_d(out_t *o) { o->buf[o->len++] = o->delim; }

/* A text field, quoted as RFC 4180 when it holds the delimiter, a quote or a line break. */
static void out_field(out_t *o, const char *s)
{
    if (!strchr(s, o->delim) && !strchr(s, '"') && !strchr(s, '\n') && !strchr(s, '\r')) {
        out_s(o, s);
        return;
    }
    out_c(o, '"');
    for (; *s; s++) {
        if (*s == '"')
            out_c(o, '"');
        out_c(o, *s);
    }
    out_c(o, '"');
}

static void out_u(out_t *o, unsigned long long v)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        out_c(o, tmp[--n]);
}

static void out_u_pad(out_t *o, unsigned long long v, int width)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n < width)
        tmp[n++] = '0';
    while (n)
        out_c(o, tmp[--n]);
}

/* euros with cents, e.g. 1234567.89 */
static void out_cents(out_t *o, long long cents)
{
    out_u(o, (unsigned long long)(cents / 100));
    out_c(o, '.');
    out_u_pad(o, (unsigned long long)(cents % 100), 2);
}

/* one decimal, e.g. 12.3 */
static void out_dec1(out_t *o, double v)
{
    long long t = llround(v * 10.0);
    if (t < 0) {
        out_c(o, '-');
        t = -t;
    }
    out_u(o, (unsigned long long)(t / 10));
    out_c(o, '.');
    out_c(o, (char)('0' + t % 10));
}

enum { DS_ISO, DS_DD_MM, DS_D_M };

static void out_date(out_t *o, int64_t z, int style)
{
    const dayinfo_t *di = day_info(z);
    if (style == DS_ISO) {
        out_mem(o, di->iso, 10);
        return;
    }
    if (style == DS_DD_MM) {
        out_u_pad(o, (unsigned)di->d, 2);
        out_c(o, '-');
        out_u_pad(o, (unsigned)di->m, 2);
    } else {
        out_u(o, (unsigned)di->d);
        out_c(o, '-');
        out_u(o, (unsigned)di->m);
    }
    out_c(o, '-');
    out_u(o, (unsigned)di->y);
}

static void out_eol(out_t *o)
{
    if (o->crlf)
        out_c(o, '\r');
    out_c(o, '\n');
    o->lines++;
    if (o->len > OUT_CAP - 16384)
        out_flush(o);
}

static void out_header(out_t *o, const char *const *cols, int n)
{
    for (int i = 0; i < n; i++) {
        if (i)
            out_d(o);
        out_s(o, cols[i]);
    }
    out_eol(o);
}

static void out_row_end(out_t *o)
{
    o->rows++;
    out_eol(o);
}

/* ------------------------------------------------------------------------- */
/* Code lists (data contract, section 7) and model weights                    */
/* ------------------------------------------------------------------------- */

enum { OND_SB, OND_SWT, OND_AO, N_OND };
static const char *const ONDERDEEL[N_OND] = {"sociale_basis", "sociaal_wijkteam",
                                             "aanvullende_ondersteuning"};

enum { W_CENTRUM, W_NOORD, W_OOST, W_ZUIDWEST, W_SCHALKWIJK, W_SPAARNDAM, N_WIJK };
static const char *const WIJK[N_WIJK] = {"centrum", "noord", "oost", "zuid_west", "schalkwijk",
                                         "spaarndam"};
/* spelling as somebody typed it by hand: still valid after trimming and lower-casing */
static const char *const WIJK_TYPED[N_WIJK] = {"Centrum", "Noord", "Oost", "Zuid_West",
                                               "Schalkwijk", "Spaarndam"};
/* share of trajectories: population weighted, with more demand in Schalkwijk and Oost */
static const double WIJK_W[N_WIJK] = {0.10, 0.23, 0.18, 0.16, 0.31, 0.02};

enum { R_FIN, R_OPV, R_EENZ, R_WON, R_PSY, R_GEZ, R_WERK, R_OVER, N_REDEN };
static const char *const REDEN_IN[N_REDEN] = {"financien", "opvoeding", "eenzaamheid", "wonen",
                                              "psychisch", "gezondheid", "werk", "overig"};
static const double REDEN_W[N_OND][N_REDEN] = {
    {22, 12, 22, 10, 6, 10, 10, 8},
    {28, 15, 10, 12, 17, 8, 6, 4},
    {15, 14, 8, 10, 33, 12, 5, 3},
};

enum {
    L_GELD, L_WERK, L_TIJD, L_RELA, L_WONI, L_GEES, L_LICH, L_VERS, L_ZELF, L_DAGA, L_SOCI,
    L_MAAT, L_JUST, N_LEEF
};
static const char *const LEEF[N_LEEF] = {
    "geldzaken", "werk_opleiding", "tijdsbesteding", "relaties_thuis", "woning",
    "geestelijke_gezondheid", "lichamelijke_gezondheid", "verslaving", "zelfzorg",
    "dagelijkse_activiteiten", "sociaal_netwerk", "maatschappelijke_inzet", "justitie"};
/* the domain that belongs to each reason; -1: drawn from LEEF_OVERIG */
static const int LEEF_PRIMARY[N_REDEN] = {L_GELD, L_RELA, L_SOCI, L_WONI, L_GEES, L_LICH, L_WERK, -1};
static const int LEEF_OVERIG[] = {L_TIJD, L_ZELF, L_JUST, L_VERS, L_MAAT, L_DAGA};
/* related domains per reason (secondary codes), terminated by -1 */
static const int LEEF_RELATED[N_REDEN][8] = {
    {L_WERK, L_WONI, L_RELA, L_GEES, L_DAGA, L_JUST, -1},
    {L_GEES, L_GELD, L_SOCI, L_WONI, L_JUST, -1},
    {L_TIJD, L_GEES, L_LICH, L_MAAT, L_DAGA, -1},
    {L_GELD, L_RELA, L_ZELF, L_GEES, L_DAGA, -1},
    {L_SOCI, L_DAGA, L_VERS, L_ZELF, L_TIJD, L_GELD, -1},
    {L_ZELF, L_DAGA, L_SOCI, L_WONI, -1},
    {L_TIJD, L_GELD, L_MAAT, L_SOCI, -1},
    {L_SOCI, L_GELD, L_GEES, L_RELA, L_WONI, -1},
};

enum { U_PLAN, U_INW, U_AANB, U_OVERLEG, U_VERH, U_OVERL, U_DOOR, N_UIT };
static const char *const REDEN_UIT[N_UIT] = {"volgens_plan", "eenzijdig_door_inwoner",
                                             "eenzijdig_door_aanbieder", "voortijdig_in_overleg",
                                             "verhuisd", "overleden", "doorverwezen"};

enum { D_NONE, D_GEHEEL, D_GEDEELTELIJK, D_NIET };
static const char *const DOEL[] = {"", "geheel", "gedeeltelijk", "niet"};

enum { K_TEL, K_DIG, K_SCHR, K_FYS, N_KANAAL };
static const char *const KANAAL[N_KANAAL] = {"telefonisch", "digitaal", "schriftelijk", "fysiek"};
static const double KANAAL_W[N_KANAAL] = {0.38, 0.25, 0.03, 0.34};

enum { T_LSR, T_PR, T_SAMEN, T_PART, N_THEMA };
static const char *const THEMA[N_THEMA] = {"lichamelijk_sociaal_redzaam", "praktisch_redzaam",
                                           "samenredzaamheid", "participatie"};

enum { A_BEJ, A_INZET, A_BEREIK, A_COMM, A_OVERIG, N_AARD };
static const char *const AARD[N_AARD] = {"bejegening", "inzet_ondersteuning", "bereikbaarheid",
                                         "communicatie", "overig"};
static const char *const UITKOMST[] = {"gegrond", "deels_gegrond", "ongegrond", "ingetrokken",
                                       "bemiddeld"};

enum { Q_TOEG, Q_SERIEUS, Q_SAMEN, Q_PASSEND, Q_BETER, Q_KWAL, Q_CIJFER, N_VRAAG };
static const char *const VRAAG[N_VRAAG] = {"toegankelijk", "serieus_genomen", "samen_oplossing",
                                           "passend", "beter_redden", "kwaliteit_van_leven",
                                           "rapportcijfer"};
static const double VRAAG_OFFSET[N_VRAAG] = {0.10, 0.35, 0.15, 0.05, -0.25, -0.35, 0.0};

/* referrer: an extra column the contract does not know (ignored with a note) */
static const char *const AANMELDER[] = {"inwoner", "netwerk", "huisarts", "gemeente",
                                        "woningcorporatie", "onderwijs", "politie", "overig"};
static const double AANMELDER_W[] = {45, 12, 12, 8, 6, 5, 3, 9};

/* ------------------------------------------------------------------------- */
/* Profiles and options                                                       */
/* ------------------------------------------------------------------------- */

typedef struct {
    const char *name;
    const char *van, *tot;
    double traj_per_year;     /* new trajectories per year (period average) */
    double contacts_per_year; /* short contacts (information and advice) */
    double contact_chunk;     /* 0: one aggregated row per key; else mean aantal per row */
    int activities;           /* size of the activity catalogue */
    double response_rate;     /* share of ended trajectories that answer the survey */
    double complaints_per_quarter;
    int plant; /* plant row-level data problems */
    /* NULL, or a date before --van from which the export also holds the history the
     * Kadernota outlook needs: trajectories that ended on or after it (without ZRM scores
     * or survey answers), contacts and the meetings of activities that already ran. These
     * rows come after the others, drawn from streams of their own, so every row of the
     * export without history stays as it was. */
    const char *hist;
} profile_t;

static const profile_t PROFILES[] = {
    {"voorbeeld", "2024-01-01", "2026-09-30", 4250.0, 18000.0, 0.0, 80, 0.15, 6.0, 1, "2023-01-01"},
    {"haarlem", "2021-10-01", "2026-09-30", 38800.0, 320000.0, 1.6, 1480, 0.41, 45.0, 0, NULL},
    {"groot", "2021-10-01", "2026-09-30", 388000.0, 3200000.0, 1.6, 14800, 0.41, 450.0, 0, NULL},
    /* Thirty times haarlem: make bench with BENCH_DERTIG=1. */
    {"dertig", "2021-10-01", "2026-09-30", 1164000.0, 9600000.0, 1.6, 44400, 0.41, 1350.0, 0, NULL},
    /* A small municipality: a few hundred trajectories a year, so many groups hold only a
     * handful of residents (for testing disclosure control). */
    {"klein", "2024-01-01", "2026-09-30", 320.0, 1500.0, 0.0, 12, 0.15, 2.5, 0, NULL},
};

typedef struct {
    const profile_t *prof;
    int64_t van, tot;
    int64_t hist; /* 0: no history before van (profile_t.hist) */
    uint64_t seed;
    int plant;
    int quiet;
} opts_t;

static opts_t G;

/* ------------------------------------------------------------------------- */
/* Planted data problems (profile voorbeeld)                                  */
/* ------------------------------------------------------------------------- */

#define MAX_LOG 64
static char g_log[MAX_LOG][320];
static int g_nlog;

static void plant_log(const char *fmt, ...)
{
    if (g_nlog >= MAX_LOG)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(g_log[g_nlog++], sizeof g_log[0], fmt, ap);
    va_end(ap);
}

/* day number of a calendar date */
static int64_t D(int y, int m, int d) { return days_from_civil(y, m, d); }

static int in_period(int64_t z) { return z >= G.van && z <= G.tot; }

/* ------------------------------------------------------------------------- */
/* Shared helpers                                                             */
/* ------------------------------------------------------------------------- */

static double trend(int64_t z)
{
    double mid = (double)(G.van + G.tot) / 2.0;
    return 1.0 + 0.04 * ((double)z - mid) / 365.25;
}

static const double MONTH_REG[12] = {1.08, 1.05, 1.06, 0.98, 0.95, 0.97,
                                     0.80, 0.70, 1.08, 1.10, 1.07, 0.92};
static const double WD_REG[7] = {1.18, 1.06, 1.02, 1.00, 0.84, 0.05, 0.03};

static double reg_factor(int64_t z)
{
    const dayinfo_t *di = day_info(z);
    double f = MONTH_REG[di->m - 1] * WD_REG[di->wd];
    if ((di->m == 12 && di->d >= 22) || (di->m == 1 && di->d <= 2))
        f *= 0.45;
    if (!di->work && di->wd < 5)
        f = 0.08 * MONTH_REG[di->m - 1];
    return f;
}

static const double MONTH_CON[12] = {1.06, 1.04, 1.04, 0.99, 0.97, 0.98,
                                     0.85, 0.80, 1.05, 1.06, 1.05, 0.93};

static double con_factor(int64_t z)
{
    const dayinfo_t *di = day_info(z);
    if (di->wd >= 5)
        return 0.04 * MONTH_CON[di->m - 1];
    if (!di->work)
        return 0.03 * MONTH_CON[di->m - 1];
    double f = MONTH_CON[di->m - 1] * (di->wd == 0 ? 1.12 : di->wd == 4 ? 0.86 : 1.0);
    if ((di->m == 12 && di->d >= 22) || (di->m == 1 && di->d <= 2))
        f *= 0.5;
    return f;
}

/* mean of factor(z) over [from, to]: used to turn an annual volume into a daily rate */
static double mean_factor(double (*factor)(int64_t), int64_t from, int64_t to)
{
    double s = 0.0;
    for (int64_t z = from; z <= to; z++)
        s += factor(z);
    return s / (double)(to - from + 1);
}

static int64_t quarter_end(int y, int q) { return q == 4 ? D(y, 12, 31) : D(y, 3 * q + 1, 1) - 1; }

/* ------------------------------------------------------------------------- */
/* trajecten.csv, uitkomsten.csv, ervaringen.csv                              */
/* ------------------------------------------------------------------------- */

typedef struct {
    int64_t aanmeld, contact, start, end;
    uint32_t inwoner;
    int ond, wijk, gbj, reden, nleef, leef[3], uit, doel, aanmelder;
    int idyear, idseq;
} traj_t;

typedef struct {
    uint32_t inwoner;
    int64_t end;
    int16_t gbj;
    uint8_t wijk, ond;
} prior_t;

typedef struct {
    int64_t day;
    uint32_t seq;
    uint8_t ond;
    float latent;
} resp_t;

typedef struct {
    rng_t rt, rz, re; /* trajectories, ZRM scores, survey answers */
    prior_t *ring;
    size_t ring_cap, ring_n, ring_pos;
    uint32_t residents;
    int *seq_by_year;
    int year0, nyears;
    resp_t *resp;
    size_t nresp, resp_cap;
    out_t *zrm;
    long visible;
} tgen_t;

static int pick_other_ond(rng_t *r, int ond)
{
    /* escalation is more common than the reverse */
    static const double W[N_OND][N_OND] = {{0, 0.75, 0.25}, {0.6, 0, 0.4}, {0.55, 0.45, 0}};
    return rng_pick(r, W[ond], N_OND);
}

static int age_for_reason(rng_t *r, int reden)
{
    /* (share, lo, hi) bands per reason */
    static const double B[N_REDEN][4][3] = {
        {{15, 18, 26}, {75, 27, 64}, {10, 65, 89}, {0, 0, 0}},
        {{20, 12, 17}, {80, 24, 55}, {0, 0, 0}, {0, 0, 0}},
        {{8, 18, 26}, {35, 27, 64}, {57, 65, 96}, {0, 0, 0}},
        {{15, 18, 26}, {60, 27, 64}, {25, 65, 92}, {0, 0, 0}},
        {{5, 14, 17}, {20, 18, 26}, {65, 27, 64}, {10, 65, 89}},
        {{40, 27, 64}, {60, 65, 95}, {0, 0, 0}, {0, 0, 0}},
        {{35, 18, 26}, {65, 27, 64}, {0, 0, 0}, {0, 0, 0}},
        {{10, 12, 17}, {15, 18, 26}, {50, 27, 64}, {25, 65, 90}},
    };
    double w[4];
    for (int i = 0; i < 4; i++)
        w[i] = B[reden][i][0];
    int b = rng_pick(r, w, 4);
    return rng_range(r, (int)B[reden][b][1], (int)B[reden][b][2]);
}

static void pick_leefgebieden(rng_t *r, traj_t *t)
{
    static const double NW[N_OND][4] = {{4, 55, 30, 11}, {0, 35, 40, 25}, {0, 25, 40, 35}};
    int n = rng_pick(r, NW[t->ond], 4);
    t->nleef = 0;
    if (n == 0)
        return;
    int prim = LEEF_PRIMARY[t->reden];
    if (prim < 0)
        prim = LEEF_OVERIG[rng_below(r, (int)(sizeof LEEF_OVERIG / sizeof LEEF_OVERIG[0]))];
    t->leef[t->nleef++] = prim;
    int nrel = 0;
    while (LEEF_RELATED[t->reden][nrel] >= 0)
        nrel++;
    for (int tries = 0; t->nleef < n && tries < 20; tries++) {
        int c = rng_chance(r, 0.85) ? LEEF_RELATED[t->reden][rng_below(r, nrel)] : rng_below(r, N_LEEF);
        int dup = 0;
        for (int i = 0; i < t->nleef; i++)
            dup |= t->leef[i] == c;
        if (!dup)
            t->leef[t->nleef++] = c;
    }
}

static void ring_push(tgen_t *g, const traj_t *t)
{
    prior_t p = {t->inwoner, t->end, (int16_t)t->gbj, (uint8_t)t->wijk, (uint8_t)t->ond};
    g->ring[g->ring_pos] = p;
    g->ring_pos = (g->ring_pos + 1) % g->ring_cap;
    if (g->ring_n < g->ring_cap)
        g->ring_n++;
}

/* The whole (uncut) life of one trajectory registered on day z. */
static void make_traj(tgen_t *g, int64_t z, traj_t *t)
{
    rng_t *r = &g->rt;
    static const double OND_W[N_OND] = {0.45, 0.35, 0.20};
    memset(t, 0, sizeof *t);
    t->aanmeld = z;
    t->contact = t->start = t->end = NODATE;

    const prior_t *p = NULL;
    if (g->ring_n > 200 && rng_chance(r, 0.19))
        p = &g->ring[rng_below(r, (int)g->ring_n)];
    if (p) {
        int ended = p->end < z - 14;
        if (ended)
            t->ond = rng_chance(r, 0.55) ? p->ond : pick_other_ond(r, p->ond);
        else
            t->ond = pick_other_ond(r, p->ond);
        t->inwoner = p->inwoner;
        t->gbj = p->gbj;
        t->wijk = rng_chance(r, 0.03) ? rng_pick(r, WIJK_W, N_WIJK) : p->wijk;
        t->reden = rng_pick(r, REDEN_W[t->ond], N_REDEN);
    } else {
        t->ond = rng_pick(r, OND_W, N_OND);
        t->inwoner = g->residents++;
        t->wijk = rng_pick(r, WIJK_W, N_WIJK);
        t->reden = rng_pick(r, REDEN_W[t->ond], N_REDEN);
        int age = age_for_reason(r, t->reden);
        t->gbj = rng_chance(r, 0.02) ? 0 : year_of(z) - age - rng_below(r, 2);
    }
    pick_leefgebieden(r, t);
    t->aanmelder = rng_pick(r, AANMELDER_W, 8);

    /* first contact, in working days; the tail is longer in the summer holidays */
    const dayinfo_t *di = day_info(z);
    int summer = di->m == 7 || di->m == 8;
    if (!rng_chance(r, 0.02)) {
        static const double KW[6] = {0.15, 0.29, 0.22, 0.14, 0.10, 0.10};
        int k;
        if (rng_chance(r, summer ? 0.18 : 0.09))
            k = rng_chance(r, 0.6) ? rng_range(r, 6, 8) : rng_range(r, 9, 15);
        else
            k = rng_pick(r, KW, 6);
        t->contact = add_workdays(z, k);
    }

    if (rng_chance(r, 0.04)) {
        /* withdrawn or referred before support started */
        static const double W[N_UIT] = {0, 50, 0, 10, 5, 0, 35};
        t->end = next_work(z + rng_range(r, 7, 45));
        if (HAS(t->contact) && t->end <= t->contact)
            t->end = next_work(t->contact + rng_range(r, 1, 10));
        t->uit = rng_pick(r, W, N_UIT);
        t->doel = D_NONE;
        return;
    }

    static const double EXTRA_MEAN[N_OND] = {4.0, 9.0, 15.0};
    static const double TAIL[N_OND] = {0.05, 0.11, 0.14};
    int64_t base = HAS(t->contact) ? t->contact : z + 2;
    int extra = rng_chance(r, TAIL[t->ond]) ? rng_range(r, 20, 60) : rng_geom(r, EXTRA_MEAN[t->ond]);
    t->start = next_work(base + extra);

    int age = t->gbj ? year_of(z) - t->gbj : 40;
    double uw[N_UIT] = {66, 12.5, 1.5, 6, 3.5, age >= 75 ? 5 : 0.6, 9.5};
    t->uit = rng_pick(r, uw, N_UIT);

    static const double MED[N_OND] = {42, 120, 210}, LO[N_OND] = {7, 14, 30}, HI[N_OND] = {270, 730, 900};
    double dur = MED[t->ond] * exp(0.6 * rng_normal(r));
    if (t->uit == U_INW || t->uit == U_AANB || t->uit == U_OVERLEG)
        dur *= 0.3 + 0.4 * rng_u(r);
    if (dur < LO[t->ond])
        dur = LO[t->ond];
    if (dur > HI[t->ond])
        dur = HI[t->ond];
    t->end = next_work(t->start + (int64_t)dur);

    static const double DW[N_UIT][4] = {
        {2, 60, 34, 4},  {10, 4, 33, 53}, {10, 5, 30, 55}, {10, 15, 50, 25},
        {30, 20, 40, 10}, {40, 10, 30, 20}, {8, 10, 50, 32},
    };
    t->doel = rng_pick(r, DW[t->uit], 4);
}

static void traj_id(char *buf, const traj_t *t)
{
    snprintf(buf, 24, "GW-%04d-%06d", t->idyear, t->idseq);
}

enum {
    F_ID, F_INW, F_OND, F_WIJK, F_GBJ, F_AANM, F_EC, F_START, F_EIND, F_RIN, F_LEEF, F_RUIT,
    F_DOEL, F_AANMELDER, NF
};
static const char *const TRAJ_COLS[NF] = {
    "traject_id", "inwoner_id", "onderdeel", "wijk", "geboortejaar", "aanmelddatum",
    "eerste_contact", "startdatum", "einddatum", "reden_instroom", "leefgebieden",
    "reden_uitstroom", "doelrealisatie", "aanmelder"};

/* Writes one trajectory row as exported: dates after the export date are unknown yet. */
static void write_traj(out_t *o, const traj_t *t, const char *const *ov, int style, int typed_wijk)
{
    for (int f = 0; f < NF; f++) {
        if (f)
            out_d(o);
        if (ov && ov[f]) {
            out_s(o, ov[f]);
            continue;
        }
        switch (f) {
        case F_ID:
            out_s(o, "GW-");
            out_u(o, (unsigned)t->idyear);
            out_c(o, '-');
            out_u_pad(o, (unsigned)t->idseq, 6);
            break;
        case F_INW: {
            uint64_t v = ((uint64_t)t->inwoner * 7919u + 1234567u) % 10000000u;
            out_c(o, 'I');
            out_u_pad(o, v, 7);
            break;
        }
        case F_OND: out_s(o, ONDERDEEL[t->ond]); break;
        case F_WIJK:
            if (typed_wijk == 1)
                out_s(o, WIJK_TYPED[t->wijk]);
            else if (typed_wijk == 2) {
                out_s(o, WIJK[t->wijk]);
                out_c(o, ' ');
            } else
                out_s(o, WIJK[t->wijk]);
            break;
        case F_GBJ:
            if (t->gbj)
                out_u(o, (unsigned)t->gbj);
            break;
        case F_AANM: out_date(o, t->aanmeld, style); break;
        case F_EC:
            if (HAS(t->contact))
                out_date(o, t->contact, style);
            break;
        case F_START:
            if (HAS(t->start))
                out_date(o, t->start, style);
            break;
        case F_EIND:
            if (HAS(t->end))
                out_date(o, t->end, style);
            break;
        case F_RIN: out_s(o, REDEN_IN[t->reden]); break;
        case F_LEEF:
            for (int i = 0; i < t->nleef; i++) {
                if (i)
                    out_c(o, '|');
                out_s(o, LEEF[t->leef[i]]);
            }
            break;
        case F_RUIT:
            if (HAS(t->end))
                out_s(o, REDEN_UIT[t->uit]);
            break;
        case F_DOEL:
            if (HAS(t->end) && HAS(t->start))
                out_s(o, DOEL[t->doel]);
            break;
        case F_AANMELDER: out_s(o, AANMELDER[t->aanmelder]); break;
        }
    }
    out_row_end(o);
}

static void cut_at_export(traj_t *w)
{
    if (HAS(w->contact) && w->contact > G.tot)
        w->contact = NODATE;
    if (HAS(w->start) && w->start > G.tot) {
        w->start = NODATE;
        w->end = NODATE; /* still waiting */
    }
    if (HAS(w->end) && w->end > G.tot)
        w->end = NODATE;
}

static void zrm_row(out_t *o, const char *id, int leef, const char *moment, int64_t z, int score)
{
    out_s(o, id);
    out_d(o);
    out_s(o, LEEF[leef]);
    out_d(o);
    out_s(o, moment);
    out_d(o);
    out_date(o, z, DS_ISO);
    out_d(o);
    out_u(o, (unsigned)score);
    out_row_end(o);
}

/* ZRM begin (and, for ended trajectories, eind) scores for some domains */
static void write_zrm(tgen_t *g, const traj_t *w, const char *id, int force)
{
    static const double SHARE[N_OND] = {0.02, 0.25, 0.45};
    rng_t *r = &g->rz;
    if (!HAS(w->start) || w->nleef == 0)
        return;
    if (!force && !rng_chance(r, SHARE[w->ond]))
        return;
    int64_t last = HAS(w->end) ? w->end : G.tot;
    for (int i = 0; i < w->nleef; i++) {
        if (i > 0 && (force || !rng_chance(r, 0.5)))
            continue;
        int64_t bd = w->start + rng_geom(r, 5.0);
        if (bd > last)
            bd = last;
        if (bd > G.tot)
            continue;
        static const double BW[5] = {12, 40, 33, 13, 2};
        int b = 1 + rng_pick(r, BW, 5);
        zrm_row(g->zrm, id, w->leef[i], "begin", bd, b);
        if (!force && rng_chance(r, 0.02)) {
            /* measured twice at the start: the earliest row counts */
            int64_t bd2 = bd + rng_range(r, 1, 7);
            if (bd2 <= last) {
                int b2 = b + (rng_chance(r, 0.5) ? 1 : 0);
                zrm_row(g->zrm, id, w->leef[i], "begin", bd2, b2 > 5 ? 5 : b2);
            }
        }
        if (!HAS(w->end) || (!force && rng_chance(r, 0.07)))
            continue;
        int64_t ed = w->end - rng_geom(r, 3.0);
        if (ed < bd)
            ed = bd;
        double cw[5]; /* change -1, 0, +1, +2, +3 */
        if (w->uit == U_PLAN && w->doel == D_GEHEEL) {
            double c[5] = {4, 28, 45, 20, 3};
            memcpy(cw, c, sizeof cw);
        } else if (w->doel == D_GEDEELTELIJK || w->uit == U_PLAN) {
            double c[5] = {8, 45, 38, 8, 1};
            memcpy(cw, c, sizeof cw);
        } else {
            double c[5] = {20, 55, 22, 3, 0};
            memcpy(cw, c, sizeof cw);
        }
        int e = b - 1 + rng_pick(r, cw, 5);
        if (e < 1)
            e = 1;
        if (e > 5)
            e = 5;
        zrm_row(g->zrm, id, w->leef[i], "eind", ed, e);
    }
}

static void add_respondent(tgen_t *g, const traj_t *w)
{
    rng_t *r = &g->re;
    if (!HAS(w->end) || !HAS(w->start) || !rng_chance(r, G.prof->response_rate))
        return;
    int64_t z = w->end + 3 + rng_geom(r, 10.0);
    if (z > G.tot || z < G.van)
        return;
    double mu = w->doel == D_GEHEEL ? 0.9 : w->doel == D_GEDEELTELIJK ? 0.35 : w->doel == D_NIET ? -0.6 : 0.2;
    if (w->uit == U_INW)
        mu -= 0.3;
    if (g->nresp == g->resp_cap) {
        g->resp_cap = g->resp_cap ? g->resp_cap * 2 : 4096;
        g->resp = realloc(g->resp, g->resp_cap * sizeof *g->resp);
        if (!g->resp) {
            fprintf(stderr, "gen_export: onvoldoende geheugen\n");
            exit(1);
        }
    }
    resp_t *p = &g->resp[g->nresp];
    p->day = z;
    p->seq = (uint32_t)g->nresp;
    p->ond = (uint8_t)w->ond;
    p->latent = (float)(mu + 0.8 * rng_normal(r));
    g->nresp++;
}

/* trajecten plants, each fired on the first matching trajectory registered on or after `from` */
enum {
    TP_WIJK, TP_GBJ, TP_NOUIT_2024, TP_END_BEFORE_START, TP_DELETED, TP_DUP, TP_LEEF,
    TP_FEB31, TP_SWAP, TP_NOUIT_2026, N_TP
};

typedef struct {
    int64_t from;
    int done;
} tplant_t;

static int tplant_match(int k, const traj_t *w)
{
    int started = HAS(w->start), ended = HAS(w->end);
    switch (k) {
    case TP_WIJK: return w->wijk == W_ZUIDWEST;
    case TP_GBJ: return w->gbj >= 1950 && w->gbj <= 1969;
    case TP_NOUIT_2024:
        return started && ended && w->end >= D(2024, 7, 1) && w->end <= D(2024, 9, 30);
    case TP_END_BEFORE_START:
        return started && ended && w->end - w->start >= 40 && w->end - w->start <= 300;
    case TP_DELETED:
        return started && ended && w->ond == OND_SWT && w->nleef >= 1;
    case TP_DUP: return started && ended && w->end + 14 <= G.tot;
    case TP_LEEF: return w->reden == R_FIN && w->nleef >= 2 && w->leef[0] == L_GELD;
    case TP_FEB31:
        return HAS(w->contact) && w->aanmeld <= D(2026, 2, 27) && day_info(w->contact)->m == 2;
    case TP_SWAP:
        return started && !ended && day_info(w->start)->m == 7 && day_info(w->start)->d >= 13;
    case TP_NOUIT_2026:
        return started && ended && w->end >= D(2026, 7, 1) && w->end <= D(2026, 9, 30);
    }
    return 0;
}

typedef struct {
    long count;        /* data rows */
    long wachtend;     /* trajectories waiting at the export date */
    long uitkomsten, ervaringen;
} tstats_t;

static int gen_trajecten(tstats_t *st)
{
    tgen_t g;
    memset(&g, 0, sizeof g);
    rng_init(&g.rt, G.seed, 1);
    rng_init(&g.rz, G.seed, 2);
    rng_init(&g.re, G.seed, 3);
    g.ring_cap = (size_t)(G.prof->traj_per_year * 1.6) + 1024;
    g.ring = calloc(g.ring_cap, sizeof *g.ring);
    int64_t sim0 = G.van - 540;
    g.year0 = year_of(sim0);
    g.nyears = year_of(G.tot) - g.year0 + 1;
    g.seq_by_year = calloc((size_t)g.nyears, sizeof(int));
    if (!g.ring || !g.seq_by_year)
        return -1;

    out_t ot, oz, oe;
    if (out_open(&ot, "trajecten.csv", ';', 1, 1) || out_open(&oz, "uitkomsten.csv", ',', 0, 0) ||
        out_open(&oe, "ervaringen.csv", ',', 0, 0))
        return -1;
    out_header(&ot, TRAJ_COLS, NF);
    static const char *const ZC[] = {"traject_id", "leefgebied", "meetmoment", "datum", "score"};
    out_header(&oz, ZC, 5);
    g.zrm = &oz;

    tplant_t tp[N_TP];
    static const int FROM[N_TP][3] = {
        {2024, 2, 1}, {2024, 4, 15}, {2024, 5, 1}, {2025, 1, 15}, {2025, 4, 1},
        {2025, 5, 1}, {2025, 8, 1}, {2026, 2, 16}, {2026, 7, 1}, {2026, 4, 1}};
    for (int k = 0; k < N_TP; k++) {
        tp[k].from = D(FROM[k][0], FROM[k][1], FROM[k][2]);
        tp[k].done = !G.plant || !in_period(tp[k].from);
    }
    traj_t dup_t;
    long dup_due = -1, dup_line = 0;
    char dup_end[16] = "";

    traj_t *hist_rows = NULL;
    size_t hist_count = 0, hist_cap = 0;
    double rate = G.prof->traj_per_year / 365.25 / mean_factor(reg_factor, G.van, G.tot);
    for (int64_t z = sim0; z <= G.tot; z++) {
        int n = rng_poisson(&g.rt, rate * reg_factor(z) * trend(z));
        for (int i = 0; i < n; i++) {
            traj_t t;
            make_traj(&g, z, &t);
            int yi = year_of(z) - g.year0;
            t.idyear = year_of(z);
            t.idseq = ++g.seq_by_year[yi];
            ring_push(&g, &t);

            traj_t w = t;
            cut_at_export(&w);
            if (z < G.van && HAS(w.end) && w.end < G.van) {
                /* ended before the period: only in the history, written after the others */
                if (G.hist && w.end >= G.hist) {
                    if (hist_count == hist_cap) {
                        hist_cap = hist_cap ? 2 * hist_cap : 1024;
                        traj_t *grown = realloc(hist_rows, hist_cap * sizeof *grown);
                        if (!grown)
                            return -1;
                        hist_rows = grown;
                    }
                    hist_rows[hist_count++] = w;
                }
                continue;
            }
            /* row style: mostly ISO dates, some rows retyped in Excel */
            double u = rng_u(&g.rt);
            int style = u < 0.91 ? DS_ISO : u < 0.96 ? DS_DD_MM : DS_D_M;
            double u2 = rng_u(&g.rt);
            int typed = u2 < 0.004 ? 1 : u2 < 0.006 ? 2 : 0;

            char id[24];
            traj_id(id, &w);
            const char *ov[NF] = {0};
            char buf[2][128];
            int deleted = 0, planted = -1;
            for (int k = 0; k < N_TP && planted < 0; k++) {
                if (tp[k].done || z < tp[k].from || !tplant_match(k, &w))
                    continue;
                planted = k;
                tp[k].done = 1;
            }
            long line = ot.lines + 1;
            if (planted >= 0)
                typed = 0; /* one problem per row */
            switch (planted) {
            case TP_WIJK:
                ov[F_WIJK] = "zuidwest";
                plant_log("trajecten.csv  regel %ld  wijk = zuidwest: onbekende wijkcode [%s]", line, id);
                break;
            case TP_GBJ:
                snprintf(buf[0], sizeof buf[0], "%d", w.gbj + 100);
                ov[F_GBJ] = buf[0];
                plant_log("trajecten.csv  regel %ld  geboortejaar = %s: geboortejaar in de toekomst [%s]", line,
                          buf[0], id);
                break;
            case TP_NOUIT_2024:
            case TP_NOUIT_2026:
                ov[F_RUIT] = "";
                plant_log("trajecten.csv  regel %ld  reden_uitstroom = (leeg): einddatum %s zonder reden_uitstroom [%s]",
                          line, day_info(w.end)->iso, id);
                break;
            case TP_END_BEFORE_START: {
                const dayinfo_t *e = day_info(w.end);
                style = DS_ISO;
                snprintf(buf[0], sizeof buf[0], "%04d-%02d-%02d", e->y - 1, e->m, e->d);
                ov[F_EIND] = buf[0];
                plant_log("trajecten.csv  regel %ld  einddatum = %s: einddatum voor startdatum %s [%s]", line, buf[0],
                          day_info(w.start)->iso, id);
                break;
            }
            case TP_DELETED:
                deleted = 1;
                plant_log("uitkomsten.csv  regel %ld-%ld  traject_id = %s: bestaat niet in trajecten.csv "
                          "[begin- en eindscore van een uit de registratie verwijderd traject]",
                          oz.lines + 1, oz.lines + 2, id);
                break;
            case TP_DUP:
                dup_t = w;
                dup_due = g.visible + 40;
                dup_line = line;
                snprintf(dup_end, sizeof dup_end, "%s", day_info(w.end + 14)->iso);
                break;
            case TP_LEEF: {
                char *p = buf[0];
                p += sprintf(p, "financien");
                for (int j = 1; j < w.nleef; j++)
                    p += sprintf(p, "|%s", LEEF[w.leef[j]]);
                ov[F_LEEF] = buf[0];
                plant_log("trajecten.csv  regel %ld  leefgebieden = %s: onbekende leefgebiedcode financien [%s]", line,
                          buf[0], id);
                break;
            }
            case TP_FEB31:
                style = DS_DD_MM;
                ov[F_EC] = "31-02-2026";
                plant_log("trajecten.csv  regel %ld  eerste_contact = 31-02-2026: onmogelijke datum [%s]", line, id);
                break;
            case TP_SWAP: {
                const dayinfo_t *s = day_info(w.start);
                style = DS_ISO;
                snprintf(buf[0], sizeof buf[0], "%04d-%02d-%02d", s->y, s->d, s->m);
                ov[F_START] = buf[0];
                plant_log("trajecten.csv  regel %ld  startdatum = %s: onleesbare datum, dag en maand verwisseld [%s]", line,
                          buf[0], id);
                break;
            }
            }
            if (!deleted) {
                write_traj(&ot, &w, ov, style, typed);
                g.visible++;
                if (!HAS(w.start) && !HAS(w.end))
                    st->wachtend++;
            }
            if (dup_due >= 0 && g.visible == dup_due) {
                char did[24];
                traj_id(did, &dup_t);
                const char *dov[NF] = {0};
                dov[F_EIND] = dup_end;
                plant_log("trajecten.csv  regel %ld  traject_id = %s: dubbele traject_id, eerste rij op regel %ld "
                          "[tweede rij heeft einddatum %s]",
                          ot.lines + 1, did, dup_line, dup_end);
                write_traj(&ot, &dup_t, dov, DS_ISO, 0);
                dup_due = -1;
            }
            write_zrm(&g, &w, id, deleted);
            if (!deleted)
                add_respondent(&g, &w);
        }
    }
    for (size_t i = 0; i < hist_count; i++) {
        const char *none[NF] = {0};
        write_traj(&ot, &hist_rows[i], none, DS_ISO, 0);
    }
    free(hist_rows);
    /* Excel leaves an empty record behind: skipped by the reader without a diagnostic */
    for (int f = 1; f < NF; f++)
        out_d(&ot);
    out_eol(&ot);
    st->count = ot.rows;
    st->uitkomsten = oz.rows;

    /* ervaringen.csv: one row per answer, respondents in date order */
    static const char *const EC[] = {"respons_id", "datum", "onderdeel", "vraag", "score"};
    out_header(&oe, EC, 5);
    /* stable counting sort by day */
    int64_t span = G.tot - G.van + 1;
    size_t *cnt = calloc((size_t)span + 1, sizeof *cnt);
    resp_t *sorted = malloc((g.nresp ? g.nresp : 1) * sizeof *sorted);
    if (!cnt || !sorted)
        return -1;
    for (size_t i = 0; i < g.nresp; i++)
        cnt[g.resp[i].day - G.van + 1]++;
    for (int64_t i = 1; i <= span; i++)
        cnt[i] += cnt[i - 1];
    for (size_t i = 0; i < g.nresp; i++)
        sorted[cnt[g.resp[i].day - G.van]++] = g.resp[i];
    int plant_q = G.plant && in_period(D(2024, 5, 6));
    int plant_c = G.plant && in_period(D(2026, 8, 3));
    rng_t *r = &g.re;
    for (size_t i = 0; i < g.nresp; i++) {
        const resp_t *p = &sorted[i];
        char rid[32];
        snprintf(rid, sizeof rid, "R%07zu", i + 1);
        int skipped = 0;
        for (int q = 0; q < N_VRAAG; q++) {
            if (rng_chance(r, 0.04) && skipped < 2) {
                skipped++;
                continue;
            }
            int score;
            if (q == Q_CIJFER) {
                score = (int)lround(7.1 + 1.0 * p->latent + 0.7 * rng_normal(r));
                if (score < 1)
                    score = 1;
                if (score > 10)
                    score = 10;
            } else {
                score = (int)lround(3.95 + VRAAG_OFFSET[q] + 0.75 * p->latent + 0.6 * rng_normal(r));
                if (score < 1)
                    score = 1;
                if (score > 5)
                    score = 5;
            }
            const char *ov = NULL;
            if (plant_q && q == Q_PASSEND && p->day >= D(2024, 5, 6)) {
                ov = "6";
                plant_q = 0;
                plant_log("ervaringen.csv  regel %ld  score = 6: score buiten schaal 1-5 [vraag passend, %s]", oe.lines + 1,
                          rid);
            } else if (plant_c && q == Q_CIJFER && p->day >= D(2026, 8, 3)) {
                ov = "11";
                plant_c = 0;
                plant_log("ervaringen.csv  regel %ld  score = 11: rapportcijfer buiten schaal 1-10 [%s]", oe.lines + 1, rid);
            }
            out_s(&oe, rid);
            out_d(&oe);
            out_date(&oe, p->day, DS_ISO);
            out_d(&oe);
            out_s(&oe, ONDERDEEL[p->ond]);
            out_d(&oe);
            out_s(&oe, VRAAG[q]);
            out_d(&oe);
            if (ov)
                out_s(&oe, ov);
            else
                out_u(&oe, (unsigned)score);
            out_row_end(&oe);
        }
    }
    st->ervaringen = oe.rows;
    free(cnt);
    free(sorted);
    free(g.resp);
    free(g.ring);
    free(g.seq_by_year);
    int rc = out_close(&ot) | out_close(&oz) | out_close(&oe);
    return rc ? -1 : 0;
}

/* ------------------------------------------------------------------------- */
/* contacten.csv                                                              */
/* ------------------------------------------------------------------------- */

static long gen_contacten(void)
{
    rng_t r;
    rng_init(&r, G.seed, 4);
    out_t o;
    if (out_open(&o, "contacten.csv", ',', 0, 0))
        return -1;
    static const char *const C[] = {"datum", "onderdeel", "wijk", "kanaal", "aantal"};
    out_header(&o, C, 5);
    static const double OND_C[N_OND] = {0.50, 0.38, 0.12};
    /* index N_WIJK = city-wide (empty wijk) */
    double ww[N_WIJK + 1];
    for (int w = 0; w < N_WIJK; w++)
        ww[w] = WIJK_W[w] * 0.9;
    ww[N_WIJK] = 0.10;
    double rate = G.prof->contacts_per_year / 365.25 / mean_factor(con_factor, G.van, G.tot);
    double chunk = G.prof->contact_chunk;
    int plant = G.plant && in_period(D(2025, 11, 3));
    rng_t rh; /* the history before --van: a stream of its own, rows after the others */
    rng_init(&rh, G.seed, 14);
    for (int64_t day = G.van; day <= G.tot + (G.hist ? G.van - G.hist : 0); day++) {
        int64_t z = day <= G.tot ? day : G.hist + (day - G.tot - 1);
        rng_t *rp = day <= G.tot ? &r : &rh;
        const dayinfo_t *di = day_info(z);
        double base = rate * con_factor(z) * trend(z);
        for (int od = 0; od < N_OND; od++) {
            for (int wi = 0; wi <= N_WIJK; wi++) {
                int w = wi == 0 ? N_WIJK : wi - 1; /* city-wide first, then the districts */
                for (int k = 0; k < N_KANAAL; k++) {
                    double kw = KANAAL_W[k];
                    if (di->wd >= 5 || !di->work)
                        kw = k == K_DIG ? 1.0 : 0.0; /* weekends: online questions only */
                    double lam = base * OND_C[od] * ww[w] * kw;
                    int n = rng_poisson(rp, lam);
                    while (n > 0) {
                        int a = n;
                        if (chunk > 0.0) {
                            a = 1 + rng_geom(rp, chunk - 1.0);
                            if (a > n)
                                a = n;
                        }
                        n -= a;
                        out_mem(&o, di->iso, 10);
                        out_d(&o);
                        out_s(&o, ONDERDEEL[od]);
                        out_d(&o);
                        if (w < N_WIJK)
                            out_s(&o, WIJK[w]);
                        out_d(&o);
                        if (plant && od == OND_SB && w == W_NOORD && k == K_DIG && z >= D(2025, 11, 3)) {
                            out_s(&o, "e-mail");
                            plant = 0;
                            plant_log("contacten.csv  regel %ld  kanaal = e-mail: onbekende kanaalcode [datum %s]",
                                      o.lines + 1, di->iso);
                        } else
                            out_s(&o, KANAAL[k]);
                        out_d(&o);
                        out_u(&o, (unsigned)a);
                        out_row_end(&o);
                    }
                }
            }
        }
    }
    long rows = o.rows;
    return out_close(&o) ? -1 : rows;
}

/* ------------------------------------------------------------------------- */
/* activiteiten.csv                                                           */
/* ------------------------------------------------------------------------- */

enum { FQ_WEEKLY, FQ_BIWEEKLY, FQ_MONTHLY, FQ_COURSE };
enum { WH_BUILDING, WH_LABEL, WH_NONE };

typedef struct {
    const char *name;
    int thema, freq, where;
    double size, vol;
    int saturday;
    unsigned months; /* bit m-1 set: runs in month m (0 = all year) */
    int school;      /* follows school holidays */
} acttype_t;

#define APR_OCT 0x3F8u /* April..October */
#define MAR_OCT 0x3FCu

static const acttype_t ACTTYPES[] = {
    {"Koffieochtend", T_PART, FQ_WEEKLY, WH_BUILDING, 14, 2, 0, 0, 0},
    {"Moestuin", T_PART, FQ_WEEKLY, WH_LABEL, 9, 2, 0, MAR_OCT, 0},
    {"Eettafel", T_PART, FQ_BIWEEKLY, WH_BUILDING, 18, 4, 0, 0, 0},
    {"Repair Café", T_PART, FQ_MONTHLY, WH_BUILDING, 12, 5, 1, 0, 0},
    {"Jongereninloop", T_PART, FQ_WEEKLY, WH_BUILDING, 16, 1, 0, 0, 0},
    {"Meidenclub", T_PART, FQ_WEEKLY, WH_LABEL, 9, 1, 0, 0, 1},
    {"Sport op het plein", T_PART, FQ_WEEKLY, WH_LABEL, 20, 2, 0, APR_OCT, 0},
    {"Buurtkamer", T_PART, FQ_WEEKLY, WH_BUILDING, 11, 2, 0, 0, 0},
    {"Huiswerkclub", T_PART, FQ_WEEKLY, WH_BUILDING, 12, 3, 0, 0, 1},
    {"Koffie, thee en een praatje", T_PART, FQ_WEEKLY, WH_BUILDING, 10, 2, 0, 0, 0},
    {"Spelletjesmiddag \"Mens erger je niet\"", T_PART, FQ_BIWEEKLY, WH_BUILDING, 10, 2, 0, 0, 0},
    {"Wandelgroep", T_LSR, FQ_WEEKLY, WH_LABEL, 10, 1, 0, 0, 0},
    {"Beweegochtend 65+", T_LSR, FQ_WEEKLY, WH_BUILDING, 13, 1, 0, 0, 0},
    {"Stoelyoga", T_LSR, FQ_WEEKLY, WH_BUILDING, 9, 1, 0, 0, 0},
    {"Ontmoetingsgroep Geheugen", T_LSR, FQ_WEEKLY, WH_BUILDING, 8, 3, 0, 0, 0},
    {"Rouwgroep", T_LSR, FQ_COURSE, WH_BUILDING, 7, 1, 0, 0, 0},
    {"Gezond koken", T_LSR, FQ_COURSE, WH_BUILDING, 9, 1, 0, 0, 0},
    {"Budgetcursus", T_PR, FQ_COURSE, WH_NONE, 10, 1, 0, 0, 0},
    {"Formulierenspreekuur", T_PR, FQ_WEEKLY, WH_BUILDING, 9, 2, 0, 0, 0},
    {"Digicafé", T_PR, FQ_WEEKLY, WH_BUILDING, 8, 2, 0, 0, 0},
    {"Taalcafé", T_PR, FQ_WEEKLY, WH_LABEL, 12, 3, 0, 0, 0},
    {"Fietsles voor vrouwen", T_PR, FQ_COURSE, WH_LABEL, 8, 3, 0, APR_OCT, 0},
    {"Geldcafé", T_PR, FQ_BIWEEKLY, WH_BUILDING, 9, 2, 0, 0, 0},
    {"Mantelzorgcafé", T_SAMEN, FQ_MONTHLY, WH_LABEL, 14, 1, 0, 0, 0},
    {"Lotgenotengroep mantelzorgers", T_SAMEN, FQ_BIWEEKLY, WH_NONE, 8, 1, 0, 0, 0},
    {"Vrijwilligersoverleg", T_SAMEN, FQ_MONTHLY, WH_LABEL, 10, 0, 0, 0, 0},
    {"Intervisie buurtbemiddelaars", T_SAMEN, FQ_MONTHLY, WH_NONE, 12, 0, 0, 0, 0},
    {"Burenhulpkoffie", T_SAMEN, FQ_MONTHLY, WH_BUILDING, 9, 2, 0, 0, 0},
};
#define N_ACTTYPES ((int)(sizeof ACTTYPES / sizeof ACTTYPES[0]))

typedef struct { const char *name; int wijk; } place_t;

static const place_t BUILDINGS[] = {
    {"De Spaarnekamer", W_CENTRUM}, {"Het Hofje", W_CENTRUM},      {"Het Ankerpunt", W_NOORD},
    {"De Lindenhof", W_NOORD},      {"Het Trefpunt", W_OOST},      {"De Kersenboom", W_OOST},
    {"De Brug", W_ZUIDWEST},        {"Het Zonnehuis", W_ZUIDWEST}, {"De Ringvaart", W_SCHALKWIJK},
    {"De Molenwiek", W_SCHALKWIJK}, {"Het Plein", W_SCHALKWIJK},   {"Het Dorpshuis", W_SPAARNDAM},
};
static const place_t LABELS[] = {
    {"Centrum", W_CENTRUM},       {"Binnenstad", W_CENTRUM},     {"Vijfhoek", W_CENTRUM},
    {"Noord", W_NOORD},           {"Delftwijk", W_NOORD},        {"Dietsveld", W_NOORD},
    {"Indischewijk", W_NOORD},    {"Oost", W_OOST},              {"Parkwijk", W_OOST},
    {"Slachthuisbuurt", W_OOST},  {"Amsterdamse Buurt", W_OOST}, {"Zuid-West", W_ZUIDWEST},
    {"Leidsebuurt", W_ZUIDWEST},  {"Houtvaartkwartier", W_ZUIDWEST}, {"Schalkwijk", W_SCHALKWIJK},
    {"Meerwijk", W_SCHALKWIJK},   {"Molenwijk", W_SCHALKWIJK},   {"Europawijk", W_SCHALKWIJK},
    {"Spaarndam", W_SPAARNDAM},
};
#define N_BUILDINGS ((int)(sizeof BUILDINGS / sizeof BUILDINGS[0]))
#define N_LABELS ((int)(sizeof LABELS / sizeof LABELS[0]))

typedef struct {
    char name[96];
    int type, wijk; /* wijk -1 = city-wide */
    int wd, nth, parity;
    int64_t from, until;
    int summer_break;
    double size, vol;
} act_t;

typedef struct { int type, place; double key; } combo_t;

static int combo_cmp(const void *a, const void *b)
{
    const combo_t *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    if (x->type != y->type)
        return x->type - y->type;
    return x->place - y->place;
}

static int find_type(const char *name)
{
    for (int i = 0; i < N_ACTTYPES; i++)
        if (!strcmp(ACTTYPES[i].name, name))
            return i;
    return -1;
}

static int find_place(const acttype_t *t, const char *name)
{
    if (t->where == WH_NONE)
        return 0;
    const place_t *pl = t->where == WH_BUILDING ? BUILDINGS : LABELS;
    int n = t->where == WH_BUILDING ? N_BUILDINGS : N_LABELS;
    for (int i = 0; i < n; i++)
        if (!strcmp(pl[i].name, name))
            return i;
    return -1;
}

static int course_meeting(const act_t *a, int64_t z, const dayinfo_t *di)
{
    /* series of eight weekly meetings starting in February and in September */
    static const int SM[2] = {2, 9};
    for (int s = 0; s < 2; s++) {
        int64_t first = D(di->y, SM[s], 1) + 7 * a->nth;
        while (weekday_of(first) != a->wd)
            first++;
        if (z >= first && (z - first) % 7 == 0 && (z - first) / 7 < 8)
            return 1;
    }
    return 0;
}

static long gen_activiteiten(void)
{
    rng_t r;
    rng_init(&r, G.seed, 5);
    /* every (type, place) combination, sampled by district weight without replacement */
    int ncombo = 0;
    for (int t = 0; t < N_ACTTYPES; t++)
        ncombo += ACTTYPES[t].where == WH_BUILDING ? N_BUILDINGS : ACTTYPES[t].where == WH_LABEL ? N_LABELS : 1;
    combo_t *cb = malloc((size_t)ncombo * sizeof *cb);
    if (!cb)
        return -1;
    int nc = 0;
    for (int t = 0; t < N_ACTTYPES; t++) {
        const acttype_t *ty = &ACTTYPES[t];
        int n = ty->where == WH_BUILDING ? N_BUILDINGS : ty->where == WH_LABEL ? N_LABELS : 1;
        for (int p = 0; p < n; p++) {
            int wijk = ty->where == WH_BUILDING ? BUILDINGS[p].wijk : ty->where == WH_LABEL ? LABELS[p].wijk : -1;
            double w = wijk < 0 ? 0.5 : WIJK_W[wijk] + 0.03;
            double u = rng_u(&r);
            cb[nc].type = t;
            cb[nc].place = p;
            cb[nc].key = -log(u > 1e-300 ? u : 1e-300) / w;
            nc++;
        }
    }
    static const char *const MUST[][2] = {
        {"Koffieochtend", "De Ringvaart"}, {"Taalcafé", "Schalkwijk"}, {"Budgetcursus", ""},
        {"Moestuin", "Oost"},              {"Koffieochtend", "Het Dorpshuis"},
        {"Koffie, thee en een praatje", "Het Trefpunt"},
        {"Spelletjesmiddag \"Mens erger je niet\"", "Het Ankerpunt"},
    };
    for (int m = 0; m < (int)(sizeof MUST / sizeof MUST[0]); m++) {
        int t = find_type(MUST[m][0]);
        int p = find_place(&ACTTYPES[t], MUST[m][1]);
        for (int i = 0; i < nc; i++)
            if (cb[i].type == t && cb[i].place == p)
                cb[i].key = -100.0 + m;
    }
    qsort(cb, (size_t)nc, sizeof *cb, combo_cmp);

    int na = G.prof->activities;
    act_t *acts = calloc((size_t)na, sizeof *acts);
    if (!acts)
        return -1;
    int64_t span = G.tot - G.van;
    for (int i = 0; i < na; i++) {
        act_t *a = &acts[i];
        const combo_t *c = &cb[i % nc];
        const acttype_t *ty = &ACTTYPES[c->type];
        int round = i / nc + 1;
        a->type = c->type;
        const char *pname = ty->where == WH_BUILDING ? BUILDINGS[c->place].name
                            : ty->where == WH_LABEL  ? LABELS[c->place].name
                                                     : "";
        a->wijk = ty->where == WH_BUILDING ? BUILDINGS[c->place].wijk
                  : ty->where == WH_LABEL  ? LABELS[c->place].wijk
                                           : -1;
        int n = snprintf(a->name, sizeof a->name, "%s%s%s", ty->name, *pname ? " " : "", pname);
        if (round > 1 && n > 0 && n < (int)sizeof a->name)
            snprintf(a->name + n, sizeof a->name - (size_t)n, " (groep %d)", round);
        a->wd = ty->saturday ? 5 : rng_below(&r, 5);
        a->nth = rng_below(&r, 4);
        a->parity = rng_below(&r, 2);
        a->from = i < 7 || rng_chance(&r, 0.8) ? G.van - 1 : G.van + (int64_t)(rng_u(&r) * (double)span * 0.9);
        a->until = rng_chance(&r, 0.1) ? a->from + 90 + (int64_t)(rng_u(&r) * (double)span) : G.tot + 1;
        if (i < 7)
            a->until = G.tot + 1;
        a->summer_break = ty->months ? 0 : rng_chance(&r, 0.7) || ty->school;
        a->size = ty->size * (0.7 + 0.6 * rng_u(&r));
        a->vol = ty->vol * (0.7 + 0.6 * rng_u(&r));
    }
    free(cb);

    out_t o;
    if (out_open(&o, "activiteiten.csv", ',', 0, 0)) {
        free(acts);
        return -1;
    }
    static const char *const C[] = {"activiteit_id", "naam", "thema", "wijk", "datum", "deelnemers",
                                    "vrijwilligers"};
    out_header(&o, C, 7);
    int plant = G.plant && in_period(D(2026, 4, 13));
    int64_t monday0 = D(2000, 1, 3);
    rng_t rh; /* the history before --van: a stream of its own, rows after the others */
    rng_init(&rh, G.seed, 15);
    for (int64_t day = G.van; day <= G.tot + (G.hist ? G.van - G.hist : 0); day++) {
        int history = day > G.tot;
        int64_t z = history ? G.hist + (day - G.tot - 1) : day;
        rng_t *rp = history ? &rh : &r;
        const dayinfo_t *di = day_info(z);
        int xmas = (di->m == 12 && di->d >= 23) || (di->m == 1 && di->d <= 3);
        int summer = (di->m == 7 && di->d >= 14) || (di->m == 8 && di->d <= 24);
        if (xmas || (!di->work && di->wd < 5))
            continue;
        double season = di->m <= 3 ? 1.06 : (di->m == 7 || di->m == 8) ? 0.8 : 1.0;
        for (int i = 0; i < na; i++) {
            const act_t *a = &acts[i];
            const acttype_t *ty = &ACTTYPES[a->type];
            /* before --van only the activities that already ran then (from = van - 1) */
            if (a->wd != di->wd || (history ? a->from != G.van - 1 : z < a->from) || z >= a->until)
                continue;
            if (ty->months && !(ty->months & (1u << (di->m - 1))))
                continue;
            if (summer && a->summer_break)
                continue;
            int meet = 0;
            switch (ty->freq) {
            case FQ_WEEKLY: meet = 1; break;
            case FQ_BIWEEKLY: meet = ((z - monday0) / 7) % 2 == a->parity; break;
            case FQ_MONTHLY: meet = (di->d - 1) / 7 == a->nth; break;
            case FQ_COURSE: meet = course_meeting(a, z, di); break;
            }
            if (!meet || rng_chance(rp, 0.015))
                continue;
            int dn = rng_poisson(rp, a->size * season * trend(z));
            out_s(&o, "A");
            out_u_pad(&o, (unsigned)(i + 1), 5);
            out_d(&o);
            out_field(&o, a->name);
            out_d(&o);
            out_s(&o, THEMA[ty->thema]);
            out_d(&o);
            if (a->wijk >= 0)
                out_s(&o, WIJK[a->wijk]);
            out_d(&o);
            out_mem(&o, di->iso, 10);
            out_d(&o);
            if (plant && z >= D(2026, 4, 13)) {
                plant = 0;
                plant_log("activiteiten.csv  regel %ld  deelnemers = (leeg): verplicht veld ontbreekt [A%05d, %s]",
                          o.lines + 1, i + 1, di->iso);
            } else
                out_u(&o, (unsigned)dn);
            out_d(&o);
            if (!rng_chance(rp, 0.03))
                out_u(&o, (unsigned)rng_poisson(rp, a->vol));
            out_row_end(&o);
        }
    }
    free(acts);
    long rows = o.rows;
    return out_close(&o) ? -1 : rows;
}

/* ------------------------------------------------------------------------- */
/* afspraken.csv                                                              */
/* ------------------------------------------------------------------------- */

typedef struct {
    int thema;
    const char *omschrijving, *ok, *late, *done;
    int fixed; /* 0: status course drawn at random; k: always course k - 1 of PAT */
} afspraak_t;

static const afspraak_t AFSPRAKEN[] = {
    {T_PR, "Vroegsignalering van betalingsachterstanden uitbreiden, samen met woningcorporaties en energieleveranciers",
     "Signalen worden binnen twee weken opgepakt met een huisbezoek.",
     "Afspraken over gegevensuitwisseling met één energieleverancier zijn nog niet rond.",
     "Alle partners melden signalen via één route; opvolging binnen twee weken.", 0},
    {T_PR, "In elke wijk een wekelijks formulierenspreekuur",
     "Spreekuren draaien in vijf van de zes wijken; Spaarndam-West volgt.",
     "Nog geen geschikte ruimte in Spaarndam-West.",
     "Spreekuur in alle wijken, ook in Spaarndam-West (in het dorpshuis).", 0},
    {T_LSR, "Netwerk van signaleerders tegen eenzaamheid onder ouderen (huisartsen, apotheken, kappers)",
     "Eerste signaleerders getraind, werving loopt.",
     "Werving van signaleerders gaat trager dan gepland, vooral in Noord.",
     "Netwerk actief in alle wijken, met een vaste contactpersoon per wijk.", 0},
    {T_LSR, "Laagdrempelig aanbod mentale gezondheid voor jongeren op twee middelbare scholen",
     "Wekelijks inloopuur op één school gestart; tweede school in voorbereiding.",
     "Tweede school heeft de start uitgesteld tot na de toetsweek.",
     "Inloopuur op beide scholen; docenten weten de weg.", 0},
    {T_SAMEN, "Waardering voor mantelzorgers rond de Dag van de Mantelzorg",
     "Voorbereiding samen met de mantelzorgraad loopt.",
     "Locatie moest worden gewijzigd; nieuwe datum gepland.",
     "Waardering uitgereikt in november, met een \"verwenmiddag\" per wijk.", 1},
    {T_SAMEN, "Verdeling van het budget voor vrijwilligersorganisaties zonder personeel, in overleg met de gemeente",
     "Eerste ronde aanvragen beoordeeld en toegekend.",
     "Tweede aanvraagronde later geopend door personeelswisseling.",
     "Budget volledig toegekend aan lokale vrijwilligersorganisaties.", 0},
    {T_SAMEN, "Ervaringsdeskundigen inzetten in het sociaal wijkteam",
     "Twee ervaringsdeskundigen in dienst, inwerken loopt.",
     "Vacature voor Schalkwijk nog niet vervuld.",
     "In elk wijkteam werkt een ervaringsdeskundige mee.", 0},
    {T_PART, "Buurtkamers in Schalkwijk en Oost minstens vier dagdelen per week open",
     "Buurtkamers open volgens rooster, met vaste vrijwilligers.",
     "Buurtkamer Oost tijdelijk drie dagdelen open door gebrek aan vrijwilligers.",
     "Beide buurtkamers vier dagdelen of meer per week open.", 0},
    {T_PART, "Waardevol werk: trajecten naar vrijwilligerswerk of opleiding, samen met Spaarne Werkt",
     "Werkafspraken met Spaarne Werkt gemaakt; eerste inwoners doorgestroomd.",
     "Overleg over de gezamenlijke intake duurt langer dan verwacht.",
     "Vaste route naar vrijwilligerswerk en opleiding, met warme overdracht.", 0},
    {T_PR, "Aanpak jeugdoverlast: ambulant jongerenwerk op vaste plekken, afgestemd met politie en handhaving",
     "Jongerenwerkers vier avonden per week op straat.",
     "Afstemming met handhaving over de hotspots loopt nog.",
     "Vast rooster op de hotspots en maandelijks overleg met politie en handhaving.", 0},
    {T_LSR, "Beweegaanbod voor 65-plussers in elke wijk, met aandacht voor valpreventie",
     "Beweeggroepen in vier wijken gestart.",
     "Geen vrijwillige beweegbegeleider gevonden voor Zuid-West.",
     "Beweegaanbod in alle wijken, valpreventiecursus twee keer per jaar.", 0},
    {T_PR, "Digitale vaardigheden: \"Digicafé\" in alle bibliotheekvestigingen",
     "Digicafé draait in drie vestigingen.",
     "Vestiging Schalkwijk wacht op nieuwe laptops.",
     "Digicafé in alle vestigingen, ook met hulp bij DigiD.", 0},
    {T_PART, "Wijkgesprekken met inwoners in elke wijk, twee keer per jaar",
     "Eerste ronde wijkgesprekken gehouden.",
     "Tweede ronde verschoven naar na de zomer.",
     "Twee rondes gehouden; opbrengst gedeeld met de wijkraden.", 0},
    {T_PR, "Start ondersteuning sociaal wijkteam binnen vier weken voor ten minste 90% van de aanmeldingen",
     "Wachtlijst wordt wekelijks besproken; extra intakes ingepland.",
     "Door ziekte en vacatures in het team lukt de norm nog niet overal.",
     "Norm gehaald; wachtlijst wekelijks besproken.", 5},
    {T_SAMEN, "Buurtbemiddeling: vrijwillige bemiddelaars werven en opleiden",
     "Nieuwe groep bemiddelaars in opleiding.",
     "Opleiding uitgesteld: te weinig aanmeldingen.",
     "Nieuwe bemiddelaars opgeleid en ingezet.", 0},
    {T_LSR, "Laagdrempelig spreekuur opvoeden en opgroeien op consultatiebureaus",
     "Spreekuur op twee consultatiebureaus gestart.",
     "Ruimte op het derde consultatiebureau nog niet beschikbaar.",
     "Spreekuur op alle consultatiebureaus.", 0},
    {T_PART, "Taalaanbod voor nieuwkomers en laaggeletterden uitbreiden met taalmaatjes",
     "Taalmaatjes geworven via de vrijwilligerscentrale.",
     "Meer vraag dan taalmaatjes; wachtlijst voor koppeling.",
     "Taalmaatjes gekoppeld; wachtlijst weggewerkt.", 0},
    {T_PR, "Nazorg na een schuldregeling standaard aanbieden",
     "Nazorg aangeboden aan iedereen die een regeling afrondt.",
     "Overdracht vanuit de schuldhulpverlening nog niet sluitend.",
     "Nazorg is vast onderdeel van de werkwijze.", 0},
    {T_LSR, "Inwoners met psychische kwetsbaarheid helpen bij het opstellen van een crisiskaart",
     "Crisiskaartconsulent werkt mee in twee wijkteams.",
     "Training van consulenten verschoven.",
     "Crisiskaart in alle wijkteams bekend en gebruikt.", 0},
    {T_SAMEN, "Mantelzorgers wegwijs maken naar respijtzorg (logeer- en dagopvang)",
     "Overzicht van respijtzorg gemaakt en verspreid.",
     "Aanbod logeeropvang in de regio beperkt.",
     "Mantelzorgers krijgen bij de intake informatie over respijtzorg.", 0},
    {T_PART, "Jongeren bereiken jongeren: jongeren als rolmodel inzetten",
     "Eerste rolmodellen actief in Schalkwijk.",
     "Minder jongeren aangemeld dan gehoopt.",
     "Rolmodellen actief in drie wijken.", 0},
    {T_PR, "Respons cliëntervaringsonderzoek verhogen met korte vragenlijst via sms en op papier",
     "Korte vragenlijst in gebruik.",
     "Sms-module nog niet gekoppeld aan het registratiesysteem.",
     "Korte vragenlijst via sms en op papier in gebruik.", 0},
};
#define N_AFSPRAKEN ((int)(sizeof AFSPRAKEN / sizeof AFSPRAKEN[0]))

enum { S_GEREALISEERD, S_OP_SCHEMA, S_VERTRAAGD, S_NIET_GESTART, S_VERVALLEN };
static const char *const STATUS[] = {"gerealiseerd", "op_schema", "vertraagd", "niet_gestart", "vervallen"};

static const char *const TOEL_NIET_GESTART[] = {
    "Voorbereiding loopt; startdatum nog niet bekend.", "Wacht op afstemming met de gemeente.",
    "Start uitgesteld tot er een projectleider is.", "Nog niet gestart, eerst werven van vrijwilligers."};
static const char *const TOEL_VERVALLEN[] = {
    "Vervallen in overleg met de gemeente; opgenomen in een andere afspraak.",
    "Vervallen: de gemeente heeft dit zelf opgepakt.",
    "Vervallen, omdat de samenwerkingspartner is gestopt."};

static long gen_afspraken(void)
{
    rng_t r;
    rng_init(&r, G.seed, 6);
    out_t o;
    if (out_open(&o, "afspraken.csv", ',', 0, 0))
        return -1;
    static const char *const C[] = {"afspraak_id", "jaar", "thema", "omschrijving", "peildatum", "status",
                                    "toelichting"};
    out_header(&o, C, 7);
    /* status per quarter */
    static const int PAT[][4] = {
        {S_OP_SCHEMA, S_OP_SCHEMA, S_OP_SCHEMA, S_GEREALISEERD},
        {S_OP_SCHEMA, S_GEREALISEERD, S_GEREALISEERD, S_GEREALISEERD},
        {S_NIET_GESTART, S_OP_SCHEMA, S_OP_SCHEMA, S_GEREALISEERD},
        {S_OP_SCHEMA, S_VERTRAAGD, S_VERTRAAGD, S_GEREALISEERD},
        {S_OP_SCHEMA, S_VERTRAAGD, S_VERTRAAGD, S_VERTRAAGD},
        {S_NIET_GESTART, S_NIET_GESTART, S_VERTRAAGD, S_VERTRAAGD},
        {S_OP_SCHEMA, S_OP_SCHEMA, S_VERVALLEN, S_VERVALLEN},
        {S_NIET_GESTART, S_OP_SCHEMA, S_GEREALISEERD, S_GEREALISEERD},
        {S_OP_SCHEMA, S_OP_SCHEMA, S_VERTRAAGD, S_GEREALISEERD},
    };
    static const double PW[] = {30, 8, 12, 9, 5, 3, 3, 12, 10};
    int y0 = year_of(G.van), y1 = year_of(G.tot);
    for (int y = y0; y <= y1; y++) {
        int order[N_AFSPRAKEN];
        for (int i = 0; i < N_AFSPRAKEN; i++)
            order[i] = i;
        for (int i = N_AFSPRAKEN - 1; i > 0; i--) {
            int j = rng_below(&r, i + 1), t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int n = 16 + rng_below(&r, 3);
        int chosen[N_AFSPRAKEN] = {0};
        for (int i = 0; i < n; i++)
            chosen[order[i]] = 1;
        /* the last year gets one extra agreement added in the second quarter */
        int extra = y == y1 ? order[n] : -1;
        int ids[N_AFSPRAKEN], pat[N_AFSPRAKEN], tsel[N_AFSPRAKEN], na = 0;
        for (int i = 0; i < N_AFSPRAKEN; i++) {
            if (!chosen[i] && i != extra)
                continue;
            tsel[na] = i;
            pat[na] = rng_pick(&r, PW, (int)(sizeof PW / sizeof PW[0]));
            if (AFSPRAKEN[i].fixed)
                pat[na] = AFSPRAKEN[i].fixed - 1;
            ids[na] = na + 1;
            na++;
        }
        for (int q = 1; q <= 4; q++) {
            int64_t pd = quarter_end(y, q);
            if (pd < G.van || pd > G.tot)
                continue;
            for (int a = 0; a < na; a++) {
                const afspraak_t *af = &AFSPRAKEN[tsel[a]];
                int isextra = tsel[a] == extra;
                if (isextra && q < 2)
                    continue;
                int s = PAT[pat[a]][q - 1];
                if (isextra && q == 2)
                    s = S_NIET_GESTART;
                else if (isextra)
                    s = S_OP_SCHEMA;
                const char *toel;
                switch (s) {
                case S_GEREALISEERD: toel = af->done; break;
                case S_OP_SCHEMA: toel = af->ok; break;
                case S_VERTRAAGD: toel = af->late; break;
                case S_NIET_GESTART: toel = TOEL_NIET_GESTART[rng_below(&r, 4)]; break;
                default: toel = TOEL_VERVALLEN[rng_below(&r, 3)]; break;
                }
                if ((s == S_OP_SCHEMA || s == S_GEREALISEERD) && rng_chance(&r, 0.08))
                    toel = "";
                out_u(&o, (unsigned)y);
                out_c(&o, '-');
                out_u_pad(&o, (unsigned)ids[a], 2);
                out_d(&o);
                out_u(&o, (unsigned)y);
                out_d(&o);
                out_s(&o, THEMA[af->thema]);
                out_d(&o);
                out_field(&o, af->omschrijving);
                out_d(&o);
                out_date(&o, pd, DS_ISO);
                out_d(&o);
                out_s(&o, STATUS[s]);
                out_d(&o);
                out_field(&o, toel);
                out_row_end(&o);
            }
        }
    }
    long rows = o.rows;
    return out_close(&o) ? -1 : rows;
}

/* ------------------------------------------------------------------------- */
/* klachten.csv                                                               */
/* ------------------------------------------------------------------------- */

typedef struct {
    int64_t in, done;
    int ond, aard, uitkomst;
    size_t seq;
} klacht_t;

static int klacht_cmp(const void *a, const void *b)
{
    const klacht_t *x = a, *y = b;
    if (x->in != y->in)
        return x->in < y->in ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static long gen_klachten(void)
{
    rng_t r;
    rng_init(&r, G.seed, 7);
    size_t cap = 1024, n = 0;
    klacht_t *k = malloc(cap * sizeof *k);
    if (!k)
        return -1;
    static const double OW[N_OND] = {25, 45, 30};
    static const double AW[N_AARD] = {25, 30, 15, 22, 8};
    static const double UW[5] = {20, 25, 25, 10, 20};
    for (int y = year_of(G.van); y <= year_of(G.tot); y++) {
        for (int q = 1; q <= 4; q++) {
            int64_t qs = D(y, 3 * q - 2, 1), qe = quarter_end(y, q);
            if (qs < G.van)
                qs = G.van;
            if (qe > G.tot)
                qe = G.tot;
            if (qs > qe)
                continue;
            double frac = (double)(qe - qs + 1) / 91.0;
            int m = rng_poisson(&r, G.prof->complaints_per_quarter * frac * trend(qs));
            for (int i = 0; i < m; i++) {
                if (n == cap) {
                    cap *= 2;
                    k = realloc(k, cap * sizeof *k);
                    if (!k)
                        return -1;
                }
                klacht_t *c = &k[n];
                c->seq = n++;
                c->in = next_work(qs + rng_below(&r, (int)(qe - qs + 1)));
                if (c->in > qe)
                    c->in = qe;
                c->ond = rng_pick(&r, OW, N_OND);
                c->aard = rng_pick(&r, AW, N_AARD);
                int days = rng_chance(&r, 0.85) ? rng_range(&r, 5, 42) : rng_range(&r, 43, 100);
                c->done = c->in + days;
                c->uitkomst = rng_pick(&r, UW, 5);
            }
        }
    }
    qsort(k, n, sizeof *k, klacht_cmp); /* ties broken by draw order: deterministic */
    out_t o;
    if (out_open(&o, "klachten.csv", ',', 0, 0)) {
        free(k);
        return -1;
    }
    static const char *const C[] = {"klacht_id", "ontvangen", "onderdeel", "aard", "afgehandeld", "uitkomst"};
    out_header(&o, C, 6);
    int plant_order = G.plant && in_period(D(2024, 10, 1));
    int plant_uit = G.plant && in_period(D(2025, 7, 1));
    int plant_aard = G.plant && in_period(D(2026, 7, 1));
    int year = 0, seq = 0;
    for (size_t i = 0; i < n; i++) {
        const klacht_t *c = &k[i];
        const dayinfo_t *di = day_info(c->in);
        if (di->y != year) {
            year = di->y;
            seq = 0;
        }
        char id[24];
        snprintf(id, sizeof id, "K%04d-%04d", di->y, ++seq);
        int open = c->done > G.tot;
        const char *aard = AARD[c->aard], *uit = open ? "" : UITKOMST[c->uitkomst];
        char done[16] = "";
        if (!open)
            snprintf(done, sizeof done, "%s", day_info(c->done)->iso);
        if (plant_order && !open && c->in >= D(2024, 10, 1)) {
            plant_order = 0;
            snprintf(done, sizeof done, "%s", day_info(c->in - 21)->iso);
            plant_log("klachten.csv  regel %ld  afgehandeld = %s: afgehandeld voor ontvangen %s [%s]", o.lines + 1, done,
                      di->iso, id);
        } else if (plant_uit && !open && c->in >= D(2025, 7, 1)) {
            plant_uit = 0;
            uit = "";
            plant_log("klachten.csv  regel %ld  uitkomst = (leeg): afgehandeld zonder uitkomst [%s]", o.lines + 1, id);
        } else if (plant_aard && c->in >= D(2026, 7, 1)) {
            plant_aard = 0;
            aard = "wachttijd";
            plant_log("klachten.csv  regel %ld  aard = wachttijd: onbekende code voor aard [%s]", o.lines + 1, id);
        }
        out_s(&o, id);
        out_d(&o);
        out_date(&o, c->in, DS_ISO);
        out_d(&o);
        out_s(&o, ONDERDEEL[c->ond]);
        out_d(&o);
        out_s(&o, aard);
        out_d(&o);
        out_s(&o, done);
        out_d(&o);
        out_s(&o, uit);
        out_row_end(&o);
    }
    free(k);
    long rows = o.rows;
    return out_close(&o) ? -1 : rows;
}

/* ------------------------------------------------------------------------- */
/* indicatoren.csv                                                            */
/* ------------------------------------------------------------------------- */

enum { E_PROCENT, E_AANTAL, E_CIJFER };
static const char *const EENHEID[] = {"procent", "aantal", "cijfer"};
enum { RI_HOGER, RI_LAGER, RI_NEUTRAAL };
static const char *const RICHTING[] = {"hoger_beter", "lager_beter", "neutraal"};

typedef struct {
    const char *code, *omschrijving;
    int beleidsdoel, eenheid, richting;
    const char *bron;
    int biennial;          /* GGD monitor: even years from 2020 only */
    double v[7];           /* city values 2019..2025 (biennial: 2020, 2022, 2024 used) */
    double slope;          /* per year after 2025 */
    double streef;         /* < 0: none */
    double wf[N_WIJK];     /* district factor */
} indicator_t;

static const indicator_t INDICATORS[] = {
    {"eenzaamheid_ernstig", "Inwoners van 18 jaar en ouder dat zich ernstig of zeer ernstig eenzaam voelt",
     T_LSR, E_PROCENT, RI_LAGER, "Gezondheidsmonitor Volwassenen en Ouderen, GGD Kennemerland", 1,
     {0, 12.1, 0, 13.0, 0, 12.4, 0}, -0.2, 11.0, {1.05, 0.90, 1.10, 0.82, 1.28, 0.75}},
    {"ervaren_gezondheid", "Inwoners van 18 jaar en ouder dat de eigen gezondheid als goed of zeer goed ervaart",
     T_LSR, E_PROCENT, RI_HOGER, "Gezondheidsmonitor Volwassenen en Ouderen, GGD Kennemerland", 1,
     {0, 79.5, 0, 77.8, 0, 78.6, 0}, 0.2, 80.0, {1.01, 1.01, 0.98, 1.04, 0.95, 1.02}},
    {"problematische_schulden", "Huishoudens met problematische schulden", T_PR, E_PROCENT, RI_LAGER,
     "Haarlem Monitor", 0, {7.4, 7.1, 6.9, 7.2, 7.0, 6.6, 6.3}, -0.2, 6.0,
     {0.80, 0.90, 1.20, 0.60, 1.60, 0.50}},
    {"meldingen_jeugdoverlast", "Meldingen van jeugdoverlast bij de politie", T_PR, E_AANTAL, RI_LAGER,
     "Politie, via Haarlem Monitor", 0, {1050, 1320, 1180, 980, 1010, 940, 890}, -20, 900,
     {0.14, 0.20, 0.20, 0.12, 0.32, 0.02}},
    {"vrijwilligerswerk", "Inwoners dat in het afgelopen jaar vrijwilligerswerk heeft gedaan", T_SAMEN, E_PROCENT,
     RI_HOGER, "Haarlem Monitor", 0, {31.0, 27.5, 26.8, 28.9, 29.7, 30.4, 30.8}, 0.3, 32.0,
     {0.95, 1.02, 0.95, 1.15, 0.85, 1.25}},
    {"mantelzorg_zwaar_belast", "Mantelzorgers dat zich zwaar of overbelast voelt", T_SAMEN, E_PROCENT, RI_LAGER,
     "Gezondheidsmonitor Volwassenen en Ouderen, GGD Kennemerland", 1, {0, 12.8, 0, 14.1, 0, 13.2, 0}, -0.2,
     12.0, {1.0, 0.95, 1.08, 0.9, 1.12, 0.9}},
    {"leefbaarheid_buurt", "Rapportcijfer voor de leefbaarheid van de eigen buurt", T_PART, E_CIJFER, RI_HOGER,
     "Haarlem Monitor", 0, {7.6, 7.7, 7.6, 7.5, 7.6, 7.6, 7.7}, 0.02, 7.8,
     {1.02, 1.01, 0.99, 1.04, 0.93, 1.05}},
    {"actief_in_buurt", "Inwoners dat zich actief inzet voor de eigen buurt", T_PART, E_PROCENT, RI_HOGER,
     "Haarlem Monitor", 0, {23.5, 21.0, 21.6, 22.8, 23.4, 24.1, 24.0}, 0.3, 25.0,
     {0.9, 1.05, 0.95, 1.1, 0.85, 1.35}},
    {"aandeel_75_plus", "Inwoners van 75 jaar en ouder (aandeel van alle inwoners)", T_LSR, E_PROCENT,
     RI_NEUTRAAL, "CBS, Bevolkingsstatistiek", 0, {7.4, 7.5, 7.6, 7.8, 7.9, 8.1, 8.3}, 0.15, -1,
     {1.05, 1.0, 0.85, 1.25, 0.95, 1.15}},
};
#define N_INDICATORS ((int)(sizeof INDICATORS / sizeof INDICATORS[0]))

static long gen_indicatoren(void)
{
    rng_t r;
    rng_init(&r, G.seed, 8);
    out_t o;
    if (out_open(&o, "indicatoren.csv", ',', 0, 0))
        return -1;
    static const char *const C[] = {"indicator", "omschrijving", "beleidsdoel", "eenheid", "bron", "jaar",
                                    "gebied", "waarde", "streefwaarde", "richting"};
    out_header(&o, C, 10);
    int ylast = year_of(G.tot) - 1; /* the monitor of year Y appears in year Y+1 */
    for (int i = 0; i < N_INDICATORS; i++) {
        const indicator_t *ind = &INDICATORS[i];
        for (int g = -1; g < N_WIJK; g++) {
            if (g == W_SPAARNDAM && ind->biennial)
                continue; /* sample too small for the GGD monitor */
            for (int y = 2019; y <= ylast; y++) {
                if (ind->biennial && y % 2)
                    continue;
                double v;
                if (y <= 2025)
                    v = ind->v[y - 2019];
                else {
                    int yb = ind->biennial ? 2024 : 2025;
                    v = ind->v[yb - 2019] + ind->slope * (y - yb);
                }
                if (g >= 0) {
                    double noise = ind->eenheid == E_CIJFER ? 0.012 : 0.03;
                    if (g == W_SPAARNDAM)
                        noise *= 1.8; /* small sample */
                    v = v * ind->wf[g] * (1.0 + noise * rng_normal(&r));
                }
                out_s(&o, ind->code);
                out_d(&o);
                out_field(&o, ind->omschrijving);
                out_d(&o);
                out_s(&o, THEMA[ind->beleidsdoel]);
                out_d(&o);
                out_s(&o, EENHEID[ind->eenheid]);
                out_d(&o);
                out_field(&o, ind->bron);
                out_d(&o);
                out_u(&o, (unsigned)y);
                out_d(&o);
                out_s(&o, g < 0 ? "gemeente" : WIJK[g]);
                out_d(&o);
                if (ind->eenheid == E_AANTAL)
                    out_u(&o, (unsigned long long)llround(v < 0 ? 0 : v));
                else
                    out_dec1(&o, v);
                out_d(&o);
                if (g < 0 && ind->streef >= 0) {
                    if (ind->eenheid == E_AANTAL)
                        out_u(&o, (unsigned long long)llround(ind->streef));
                    else
                        out_dec1(&o, ind->streef);
                }
                out_d(&o);
                out_s(&o, RICHTING[ind->richting]);
                out_row_end(&o);
            }
        }
    }
    long rows = o.rows;
    return out_close(&o) ? -1 : rows;
}

/* ------------------------------------------------------------------------- */
/* financien.csv                                                              */
/* ------------------------------------------------------------------------- */

typedef struct {
    const char *post, *oormerk;
    double budget2024;
    int indexed;
    double qshare[4];
    double spend; /* realisation / budget over a year */
} post_t;

static const post_t POSTS[] = {
    {"sociaal_wijkteam", "", 9150000, 1, {0.24, 0.245, 0.245, 0.27}, 0.975},
    {"sociale_basis", "", 6480000, 1, {0.235, 0.25, 0.24, 0.275}, 0.97},
    {"aanvullende_ondersteuning", "", 4220000, 1, {0.245, 0.25, 0.25, 0.255}, 0.985},
    {"vrijwilligersorganisaties", "vrijwilligersorganisaties", 320000, 1, {0.35, 0.25, 0.13, 0.27}, 0.985},
    {"jeugdoverlast", "jeugdoverlast", 310000, 0, {0.25, 0.25, 0.25, 0.25}, 0.99},
    {"overhead", "", 1720000, 1, {0.25, 0.25, 0.24, 0.26}, 0.98},
};
#define N_POSTS ((int)(sizeof POSTS / sizeof POSTS[0]))

/* The provider's own year-end forecast (column prognose) in the export's last year: what
 * the model expects to be spent, in round 5,000s. No random draws, so the other columns
 * stay as they were. Sociaal wijkteam in Q2 and Q3, aanvullende ondersteuning only in Q2
 * (a value in an earlier quarter, which a Q3 report must not use), sociale basis in Q3. */
static const struct {
    int post, quarter;
} FORECASTS[] = {{0, 2}, {2, 2}, {0, 3}, {1, 3}};

static long long provider_forecast(int post, int year, int quarter, long long budget)
{
    if (year != year_of(G.tot))
        return -1;
    for (size_t i = 0; i < sizeof FORECASTS / sizeof FORECASTS[0]; i++)
        if (FORECASTS[i].post == post && FORECASTS[i].quarter == quarter)
            return llround((double)budget * POSTS[post].spend / 5000.0) * 5000;
    return -1;
}

static long gen_financien(void)
{
    rng_t r;
    rng_init(&r, G.seed, 9);
    out_t o;
    if (out_open(&o, "financien.csv", ',', 0, 0))
        return -1;
    static const char *const C[] = {"jaar", "kwartaal", "post", "oormerk", "begroting", "realisatie", "prognose"};
    out_header(&o, C, 7);
    for (int y = year_of(G.van); y <= year_of(G.tot); y++) {
        long long budget[N_POSTS];
        for (int p = 0; p < N_POSTS; p++) {
            double b = POSTS[p].budget2024 * (POSTS[p].indexed ? pow(1.035, y - 2024) : 1.0);
            budget[p] = POSTS[p].indexed ? llround(b / 5000.0) * 5000 : (long long)b;
        }
        for (int q = 1; q <= 4; q++) {
            if (quarter_end(y, q) > G.tot || quarter_end(y, q) < G.van)
                continue;
            /* budget amendment (second progress report) from 2025-Q3: 150,000 moved */
            long long adj[N_POSTS] = {0};
            if (y == 2025 && q >= 3) {
                adj[0] = -150000;
                adj[2] = 150000;
            }
            for (int p = 0; p < N_POSTS; p++) {
                const post_t *ps = &POSTS[p];
                double real = (double)(budget[p] + adj[p]) * ps->qshare[q - 1] * ps->spend *
                              (1.0 + 0.02 * rng_normal(&r));
                out_u(&o, (unsigned)y);
                out_d(&o);
                out_u(&o, (unsigned)q);
                out_d(&o);
                out_s(&o, ps->post);
                out_d(&o);
                out_s(&o, ps->oormerk);
                out_d(&o);
                out_u(&o, (unsigned long long)(budget[p] + adj[p]));
                out_d(&o);
                out_cents(&o, llround(real * 100.0));
                out_d(&o);
                long long forecast = provider_forecast(p, y, q, budget[p] + adj[p]);
                if (forecast >= 0)
                    out_u(&o, (unsigned long long)forecast);
                out_row_end(&o);
            }
        }
    }
    long rows = o.rows;
    return out_close(&o) ? -1 : rows;
}

/* ------------------------------------------------------------------------- */
/* Command line                                                               */
/* ------------------------------------------------------------------------- */

static void usage(FILE *f)
{
    fputs(
        "Gebruik: gen_export --uitvoer MAP [opties]\n"
        "\n"
        "Maakt een synthetische export van het registratiesysteem van Gewoon in de Wijk\n"
        "(Haarlem): de negen CSV-bestanden van het datacontract. De gegevens zijn verzonnen.\n"
        "Dezelfde opties geven altijd byte voor byte dezelfde bestanden.\n"
        "\n"
        "Opties:\n"
        "  --uitvoer MAP        map voor de bestanden (wordt zo nodig aangemaakt; verplicht)\n"
        "  --profiel NAAM       voorbeeld (standaard): de voorbeeldexport, 2024-01-01 t/m 2026-09-30,\n"
        "                         ongeveer 4.200 nieuwe trajecten per jaar, met geplante fouten;\n"
        "                       haarlem: 2021-10-01 t/m 2026-09-30 op ware grootte (ca. 200.000\n"
        "                         trajecten, 1 miljoen rijen contacten);\n"
        "                       groot: tien keer haarlem; dertig: dertig keer haarlem;\n"
        "                       klein: een kleine gemeente, 2024-01-01 t/m 2026-09-30, ongeveer\n"
        "                         320 nieuwe trajecten per jaar\n"
        "  --van JJJJ-MM-DD     eerste dag van de periode (standaard volgens profiel)\n"
        "  --tot JJJJ-MM-DD     laatste dag van de periode = datum van de export\n"
        "  --zaad N             startwaarde van de toevalsgenerator (standaard 20260930)\n"
        "  --zonder-fouten      geen geplante fouten (profiel voorbeeld; die vallen op vaste\n"
        "                         datums in 2024-2026 en staan in sample-data/README.md)\n"
        "  --stil               geen overzicht afdrukken\n"
        "  --help               deze tekst\n",
        f);
}

static int parse_args(int argc, char **argv)
{
    const char *van = NULL, *tot = NULL, *dir = NULL, *prof = "voorbeeld";
    int no_errors = 0;
    G.seed = 20260930ULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            exit(0);
        } else if (!strcmp(a, "--zonder-fouten")) {
            no_errors = 1;
        } else if (!strcmp(a, "--stil")) {
            G.quiet = 1;
        } else if (!strcmp(a, "--uitvoer") || !strcmp(a, "--profiel") || !strcmp(a, "--van") ||
                   !strcmp(a, "--tot") || !strcmp(a, "--zaad")) {
            if (!val) {
                fprintf(stderr, "gen_export: %s verwacht een waarde\n", a);
                return -1;
            }
            i++;
            if (!strcmp(a, "--uitvoer"))
                dir = val;
            else if (!strcmp(a, "--profiel"))
                prof = val;
            else if (!strcmp(a, "--van"))
                van = val;
            else if (!strcmp(a, "--tot"))
                tot = val;
            else {
                char *end;
                errno = 0;
                G.seed = strtoull(val, &end, 10);
                if (errno || *end || !*val || *val == '-') {
                    fprintf(stderr, "gen_export: --zaad verwacht een geheel getal, niet '%s'\n", val);
                    return -1;
                }
            }
        } else {
            fprintf(stderr, "gen_export: onbekende optie '%s'\n", a);
            return -1;
        }
    }
    for (size_t p = 0; p < sizeof PROFILES / sizeof PROFILES[0]; p++)
        if (!strcmp(PROFILES[p].name, prof))
            G.prof = &PROFILES[p];
    if (!G.prof) {
        fprintf(stderr, "gen_export: onbekend profiel '%s' (kies voorbeeld, haarlem, groot, dertig of klein)\n", prof);
        return -1;
    }
    if (!dir) {
        fprintf(stderr, "gen_export: geef met --uitvoer de map voor de bestanden\n");
        return -1;
    }
    if (strlen(dir) >= sizeof g_dir - 64) {
        fprintf(stderr, "gen_export: mapnaam te lang\n");
        return -1;
    }
    snprintf(g_dir, sizeof g_dir, "%s", dir);
    if (parse_iso(van ? van : G.prof->van, &G.van) || parse_iso(tot ? tot : G.prof->tot, &G.tot)) {
        fprintf(stderr, "gen_export: datum niet leesbaar; gebruik JJJJ-MM-DD\n");
        return -1;
    }
    if (G.tot < G.van + 27) {
        fprintf(stderr, "gen_export: --tot moet minstens vier weken na --van liggen\n");
        return -1;
    }
    if (G.tot - G.van > 366 * 30) {
        fprintf(stderr, "gen_export: periode langer dan dertig jaar\n");
        return -1;
    }
    G.plant = G.prof->plant && !no_errors;
    /* The history only with the profile's own period. */
    G.hist = 0;
    if (G.prof->hist && !van && parse_iso(G.prof->hist, &G.hist))
        return -1;
    return 0;
}

int main(int argc, char **argv)
{
    if (parse_args(argc, argv)) {
        fputs("Zie gen_export --help.\n", stderr);
        return 2;
    }
    if (mkdir(g_dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "gen_export: kan map %s niet maken: %s\n", g_dir, strerror(errno));
        return 1;
    }
    if (build_calendar(G.van - 800, G.tot + 2000)) {
        fprintf(stderr, "gen_export: onvoldoende geheugen\n");
        return 1;
    }
    tstats_t st = {0, 0, 0, 0};
    int rc = gen_trajecten(&st);
    long contacten = rc ? -1 : gen_contacten();
    long activiteiten = contacten < 0 ? -1 : gen_activiteiten();
    long afspraken = activiteiten < 0 ? -1 : gen_afspraken();
    long klachten = afspraken < 0 ? -1 : gen_klachten();
    long indicatoren = klachten < 0 ? -1 : gen_indicatoren();
    long financien = indicatoren < 0 ? -1 : gen_financien();
    if (rc || financien < 0) {
        free(g_days);
        return 1;
    }
    if (!G.quiet) {
        printf("Export %s t/m %s, profiel %s, zaad %llu, map %s\n", day_info(G.van)->iso, day_info(G.tot)->iso,
               G.prof->name, (unsigned long long)G.seed, g_dir);
        printf("  trajecten.csv    %10ld rijen (%ld wachtend op %s)\n", st.count, st.wachtend,
               day_info(G.tot)->iso);
        printf("  contacten.csv    %10ld rijen\n", contacten);
        printf("  activiteiten.csv %10ld rijen\n", activiteiten);
        printf("  afspraken.csv    %10ld rijen\n", afspraken);
        printf("  klachten.csv     %10ld rijen\n", klachten);
        printf("  ervaringen.csv   %10ld rijen\n", st.ervaringen);
        printf("  uitkomsten.csv   %10ld rijen\n", st.uitkomsten);
        printf("  indicatoren.csv  %10ld rijen\n", indicatoren);
        printf("  financien.csv    %10ld rijen\n", financien);
        if (g_nlog) {
            printf("Geplante fouten (bestand, regel, kolom = waarde: probleem):\n");
            for (int i = 0; i < g_nlog; i++)
                printf("  %s\n", g_log[i]);
        }
    }
    free(g_days);
    return 0;
}
