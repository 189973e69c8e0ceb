/* Dutch formatting and rounding half away from zero. */
#include "check.h"
#include "base/format_nl.h"

int main(void)
{
    char buf[64];
    CHECK_DBL(wr_round(6.25, 1), 6.3, 1e-12);
    CHECK_DBL(wr_round(-6.25, 1), -6.3, 1e-12);
    CHECK_DBL(wr_round(100.0 * 1 / 16, 1), 6.3, 1e-12);
    CHECK_DBL(wr_round(2.675, 2), 2.68, 1e-12);
    CHECK_DBL(wr_round(66.66666, 1), 66.7, 1e-12);
    wr_nl_number(1234.5, 1, buf, sizeof buf);
    CHECK_STR(buf, "1.234,5");
    wr_nl_number(1234567, 0, buf, sizeof buf);
    CHECK_STR(buf, "1.234.567");
    wr_nl_number(999, 0, buf, sizeof buf);
    CHECK_STR(buf, "999");
    wr_nl_number(-0.04, 1, buf, sizeof buf);
    CHECK_STR(buf, "0,0");
    wr_nl_number(-1234.25, 1, buf, sizeof buf);
    CHECK_STR(buf, "\xE2\x88\x92" "1.234,3");
    wr_nl_percent(12.5, buf, sizeof buf);
    CHECK_STR(buf, "12,5%");
    wr_nl_euro(1234, buf, sizeof buf);
    CHECK_STR(buf, "\xE2\x82\xAC\xC2\xA0" "1.234");
    wr_nl_date(wr_day_from_ymd(2026, 11, 23), buf, sizeof buf);
    CHECK_STR(buf, "23 november 2026");
    wr_nl_period(wr_period_quarter(2026, 3), buf, sizeof buf);
    CHECK_STR(buf, "3e kwartaal 2026");
    return check_summary("opmaak");
}
