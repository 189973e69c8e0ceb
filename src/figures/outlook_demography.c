#include "figures/outlook_demography.h"

bool wr_demographic_expectation(const long reached[WR_AGE_GROUPS], long unknown_age,
                                const double pop_base[WR_AGE_GROUPS], const double pop_target[WR_AGE_GROUPS],
                                double *expected)
{
    double sum = (double)unknown_age;
    for (int g = 0; g < WR_AGE_GROUPS; g++) {
        if (pop_base[g] < 0 || pop_target[g] < 0 || (reached[g] > 0 && pop_base[g] <= 0))
            return false;
        if (reached[g] > 0)
            sum += (double)reached[g] / pop_base[g] * pop_target[g];
    }
    *expected = sum;
    return true;
}
