/* Value labels of line charts placed with collision checks (blocks/chart_labels.h). */
#include "check.h"
#include "blocks/chart_labels.h"

int main(void)
{
    /* Segment against rectangle. */
    wr_chart_rect r = {0, 0, 10, 10};
    CHECK(wr_chart_segment_meets(r, -5, 5, 15, 5));   /* straight through */
    CHECK(wr_chart_segment_meets(r, 2, 2, 3, 3));     /* inside */
    CHECK(!wr_chart_segment_meets(r, -5, 11, 15, 11)); /* above */
    CHECK(!wr_chart_segment_meets(r, 11, -5, 20, 5)); /* beside */
    CHECK(wr_chart_segment_meets(r, -5, -5, 15, 15)); /* diagonal */
    CHECK(!wr_chart_segment_meets(r, 12, 0, 20, 10)); /* diagonal, to the right */

    /* A free point: the label goes above it (y up, as in the PDF). */
    wr_chart_labels l;
    wr_chart_labels_init(&l, (wr_chart_rect){0, 0, 200, 100}, true);
    wr_chart_rect a = wr_chart_labels_place(&l, 50, 50, 3, 20, 6);
    CHECK(a.y0 > 50 && a.x0 < 50 && a.x1 > 50);
    /* A line rising steeply through the place above: the label moves, and meets it nowhere. */
    wr_chart_labels_add_segment(&l, 100, 50, 104, 90);
    wr_chart_rect b = wr_chart_labels_place(&l, 100, 50, 3, 20, 6);
    CHECK(!wr_chart_segment_meets(b, 100, 50, 104, 90));
    CHECK(b.y1 <= 50); /* below the point */
    /* A second label at the same point cannot take the first one's place. */
    wr_chart_rect c = wr_chart_labels_place(&l, 50, 50, 3, 20, 6);
    CHECK(!(c.x0 < a.x1 && a.x0 < c.x1 && c.y0 < a.y1 && a.y0 < c.y1));
    /* Near the top of the drawing the label stays inside it. */
    wr_chart_rect d = wr_chart_labels_place(&l, 150, 98, 3, 20, 6);
    CHECK(d.y1 <= 100);
    wr_chart_labels_free(&l);

    /* y down, as in SVG: "above" is a smaller y. */
    wr_chart_labels_init(&l, (wr_chart_rect){0, 0, 200, 100}, false);
    wr_chart_rect e = wr_chart_labels_place(&l, 50, 50, 3, 20, 6);
    CHECK(e.y1 < 50);
    wr_chart_labels_free(&l);
    wr_chart_labels_free(NULL);
    return check_summary("grafieklabels");
}
