/* The first failure of a rendering (blocks/first_error.c): the message a user sees is
 * about the first problem, never a later consequence, and a missing wr_error is fine. */
#include <string.h>

#include "blocks/first_error.h"
#include "check.h"

int main(void)
{
    wr_error err = {0};
    wr_first_error f = {&err, WR_OK};
    CHECK_INT(wr_first_error_set(&f, WR_ERR_CONFIG, "grafiek %d is fout", 3), WR_ERR_CONFIG);
    CHECK_INT(f.status, WR_ERR_CONFIG);
    CHECK_STR(err.message, "grafiek 3 is fout");
    /* A later failure keeps the first one and says so in its return value. */
    CHECK_INT(wr_first_error_set(&f, WR_ERR_NOMEM, "geheugen"), WR_ERR_CONFIG);
    CHECK_INT(err.status, WR_ERR_CONFIG);
    CHECK_STR(err.message, "grafiek 3 is fout");

    /* A block parser's own message is taken over as it is. */
    wr_error parsed = {WR_ERR_CONFIG, "sjabloon: kerncijfers, regel 2: verwacht 'label | waarde'"};
    wr_error err2 = {0};
    wr_first_error g = {&err2, WR_OK};
    CHECK_INT(wr_first_error_take(&g, WR_ERR_CONFIG, &parsed), WR_ERR_CONFIG);
    CHECK_STR(err2.message, parsed.message);
    wr_error other = {WR_ERR_CONFIG, "iets anders"};
    wr_first_error_take(&g, WR_ERR_CONFIG, &other);
    CHECK_STR(err2.message, parsed.message);

    /* Without a wr_error only the status is kept. */
    wr_first_error quiet = {NULL, WR_OK};
    CHECK_INT(wr_first_error_take(&quiet, WR_ERR_CONFIG, &parsed), WR_ERR_CONFIG);
    CHECK_INT(quiet.status, WR_ERR_CONFIG);
    return check_summary("first_error");
}
