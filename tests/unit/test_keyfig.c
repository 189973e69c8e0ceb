/* How the key-figure tiles are spread over rows (blocks/keyfig.c), the same in the PDF
 * and the HTML version: as few rows of at most four as fit, filled evenly. */
#include "blocks/keyfig.h"
#include "check.h"

int main(void)
{
    static const struct {
        size_t count, rows, per_row;
    } cases[] = {
        {0, 0, 1}, {1, 1, 1}, {3, 1, 3}, {4, 1, 4},
        {5, 2, 3}, /* 3 + 2, not 4 + 1 */
        {6, 2, 3}, {7, 2, 4}, {8, 2, 4},
        {9, 3, 3}, /* 3 + 3 + 3 */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        CHECK_INT(wr_keyfigs_rows(cases[i].count), cases[i].rows);
        CHECK_INT(wr_keyfigs_per_row(cases[i].count), cases[i].per_row);
    }
    return check_summary("keyfig");
}
