#include "blocks/heading_levels.h"

bool wr_heading_levels(const int *levels, size_t n, bool has_cover, int *out)
{
    int min_level = 6;
    for (size_t i = 0; i < n; i++)
        if (levels[i] < min_level)
            min_level = levels[i];
    bool title_h1 = has_cover || min_level > 1 || n == 0;
    int shift = (title_h1 ? 2 : 1) - min_level;
    int prev = title_h1 ? 1 : 0;
    for (size_t i = 0; i < n; i++) {
        int l = levels[i] + shift;
        if (l > prev + 1)
            l = prev + 1;
        if (l < 1)
            l = 1;
        if (l > 6)
            l = 6;
        out[i] = prev = l;
    }
    return title_h1;
}
