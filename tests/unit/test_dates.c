/* Working days, holidays and quarter arithmetic on hand-computed dates. */
#include "base/calendar.h"
#include "check.h"
#include "base/date.h"
#include "base/period.h"

static wr_day D(int y, int m, int d)
{
    return wr_day_from_ymd(y, m, d);
}

static void test_parse(void)
{
    wr_day d;
    CHECK(wr_date_parse("2026-07-01", &d) && d == D(2026, 7, 1));
    CHECK(wr_date_parse("1-7-2026", &d) && d == D(2026, 7, 1));
    CHECK(wr_date_parse("01-07-2026", &d) && d == D(2026, 7, 1));
    CHECK(wr_date_parse("29-2-2024", &d) && d == D(2024, 2, 29));
    CHECK(!wr_date_parse("29-02-2026", &d)); /* 2026 is no leap year */
    CHECK(!wr_date_parse("31-02-2026", &d));
    CHECK(!wr_date_parse("2026-13-01", &d));
    CHECK(!wr_date_parse("2026-7-1", &d));   /* ISO must be zero-padded */
    CHECK(!wr_date_parse("1-7-26", &d));     /* no two-digit years */
    CHECK(!wr_date_parse("2026/07/01", &d));
    CHECK(!wr_date_parse("", &d));
    CHECK(!wr_date_parse("2026-07-01 ", &d));
}

static void test_weekday_and_easter(void)
{
    CHECK_INT(wr_day_weekday(D(2026, 11, 24)), 2); /* a Tuesday */
    CHECK_INT(wr_day_weekday(D(2026, 10, 4)), 7);  /* a Sunday */
    CHECK_INT(wr_easter(2026), D(2026, 4, 5));
    CHECK_INT(wr_easter(2025), D(2025, 4, 20));
    CHECK_INT(wr_easter(2024), D(2024, 3, 31));
    int y, m, d;
    wr_day_to_ymd(D(2024, 2, 29) + 1, &y, &m, &d);
    CHECK(y == 2024 && m == 3 && d == 1);
}

static void test_holidays(void)
{
    wr_calendar *cal = wr_calendar_new(NULL, 0);
    CHECK(wr_calendar_is_holiday(cal, D(2026, 1, 1)));
    CHECK(wr_calendar_is_holiday(cal, D(2026, 4, 6)));   /* Easter Monday */
    CHECK(!wr_calendar_is_holiday(cal, D(2026, 4, 3)));  /* Good Friday is no holiday */
    CHECK(wr_calendar_is_holiday(cal, D(2026, 4, 27)));  /* Koningsdag, a Monday */
    CHECK(wr_calendar_is_holiday(cal, D(2014, 4, 26)));  /* 27 April 2014 was a Sunday */
    CHECK(!wr_calendar_is_holiday(cal, D(2014, 4, 27)));
    CHECK(wr_calendar_is_holiday(cal, D(2026, 5, 14)));  /* Ascension: Easter + 39 */
    CHECK(wr_calendar_is_holiday(cal, D(2026, 5, 25)));  /* Whit Monday: Easter + 50 */
    CHECK(wr_calendar_is_holiday(cal, D(2025, 5, 5)));   /* Liberation Day, 2025 divisible by 5 */
    CHECK(!wr_calendar_is_holiday(cal, D(2026, 5, 5)));
    CHECK(wr_calendar_is_holiday(cal, D(2026, 12, 26)));
    wr_calendar_free(cal);
}

static void test_working_days(void)
{
    wr_calendar *cal = wr_calendar_new(NULL, 0);
    /* Fri 3, (Sat, Sun), Easter Monday 6 is off, Tue 7, Wed 8, Thu 9. */
    CHECK_INT(wr_working_days(cal, D(2026, 4, 2), D(2026, 4, 9)), 4);
    /* Christmas and New Year: 29, 30, 31 December and Friday 2 January. */
    CHECK_INT(wr_working_days(cal, D(2025, 12, 24), D(2026, 1, 2)), 4);
    /* 5 May 2025 (a Monday) is off, 5 May 2026 (a Tuesday) is not. */
    CHECK_INT(wr_working_days(cal, D(2025, 5, 2), D(2025, 5, 9)), 4);
    CHECK_INT(wr_working_days(cal, D(2026, 5, 1), D(2026, 5, 8)), 5);
    /* Ascension Thursday. */
    CHECK_INT(wr_working_days(cal, D(2026, 5, 13), D(2026, 5, 15)), 1);
    /* a < d <= b: the same day and an earlier end count nothing. */
    CHECK_INT(wr_working_days(cal, D(2026, 7, 1), D(2026, 7, 1)), 0);
    CHECK_INT(wr_working_days(cal, D(2026, 7, 8), D(2026, 7, 1)), 0);
    /* Exactly five working days: Monday 6 July to Monday 13 July 2026. */
    CHECK_INT(wr_working_days(cal, D(2026, 7, 6), D(2026, 7, 13)), 5);
    CHECK_INT(wr_working_days(cal, D(2026, 7, 6), D(2026, 7, 14)), 6);
    CHECK_INT(wr_working_days(cal, D(2026, 12, 23), D(2026, 12, 28)), 2);
    wr_calendar_free(cal);

    wr_day extra[] = {D(2026, 12, 24)};
    cal = wr_calendar_new(extra, 1);
    CHECK_INT(wr_working_days(cal, D(2026, 12, 23), D(2026, 12, 28)), 1);
    wr_calendar_free(cal);
}

static void test_periods(void)
{
    wr_period p;
    char code[16];
    CHECK(wr_period_parse("2026-Q3", &p));
    CHECK(p.quarter == 3 && p.start == D(2026, 7, 1) && p.end == D(2026, 9, 30));
    CHECK(wr_period_parse("2024-Q1", &p) && p.end == D(2024, 3, 31));
    CHECK(wr_period_parse("2026-Q4", &p) && p.end == D(2026, 12, 31));
    CHECK(wr_period_parse("2026", &p) && p.quarter == 0 && p.start == D(2026, 1, 1) && p.end == D(2026, 12, 31));
    CHECK(!wr_period_parse("2026-Q5", &p));
    CHECK(!wr_period_parse("2026Q3", &p));
    CHECK(!wr_period_parse("26-Q3", &p));
    p = wr_period_shift(wr_period_quarter(2026, 1), -1);
    CHECK(p.year == 2025 && p.quarter == 4);
    p = wr_period_shift(wr_period_quarter(2026, 3), -4);
    CHECK(p.year == 2025 && p.quarter == 3);
    p = wr_period_shift(wr_period_quarter(2026, 4), 1);
    CHECK(p.year == 2027 && p.quarter == 1);
    p = wr_period_last_complete_quarter(D(2026, 9, 30));
    wr_period_code(p, code, sizeof code);
    CHECK_STR(code, "2026-Q3");
    p = wr_period_last_complete_quarter(D(2026, 9, 29));
    wr_period_code(p, code, sizeof code);
    CHECK_STR(code, "2026-Q2");
    p = wr_period_last_complete_quarter(D(2026, 1, 1));
    wr_period_code(p, code, sizeof code);
    CHECK_STR(code, "2025-Q4");
}

int main(void)
{
    test_parse();
    test_weekday_and_easter();
    test_holidays();
    test_working_days();
    test_periods();
    return check_summary("datums");
}
