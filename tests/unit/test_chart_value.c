/* Figures as the report writes them (blocks/chart_value.c): which table cells read as a
 * figure, so that both renderers right-align the same columns. */
#include <string.h>

#include "blocks/chart.h"
#include "check.h"

static bool like(const char *s)
{
    return wr_chart_figure_like(s, strlen(s));
}

int main(void)
{
    /* Numbers, percentages, amounts, and what stands in for a figure. */
    CHECK(like("1.234"));
    CHECK(like("-12"));
    CHECK(like(" 12,5% "));
    CHECK(like("\xE2\x82\xAC 1.234"));
    CHECK(like("<5"));
    CHECK(like("n<10"));
    CHECK(like("\xE2\x80\x93"));
    CHECK(like("\xE2\x80\x93 ")); /* an en dash with a space after it, too */
    CHECK(like("-"));
    CHECK(like(""));
    CHECK(like("   "));
    /* Words are no figures, nor are numbers with words. */
    CHECK(!like("Centrum"));
    CHECK(!like("12 inwoners"));
    CHECK(!like("n.v.t."));
    CHECK(!like("--"));
    return check_summary("chart_value");
}
