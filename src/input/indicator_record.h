/* What indicatoren.csv says about how a policy indicator is measured, as delivered: its
 * unit, the desired direction and its (year, value) points. The figures model passes
 * these on to the outputs unchanged. */
#ifndef WR_INDICATOR_RECORD_H
#define WR_INDICATOR_RECORD_H

typedef enum { WR_UNIT_PROCENT, WR_UNIT_AANTAL, WR_UNIT_CIJFER, WR_UNIT_UNKNOWN /* reported */ } wr_indicator_unit;

typedef enum {
    WR_DIRECTION_HIGHER,  /* hoger_beter */
    WR_DIRECTION_LOWER,   /* lager_beter */
    WR_DIRECTION_NEUTRAL, /* neutraal */
    WR_DIRECTION_UNKNOWN  /* another value (reported) */
} wr_indicator_direction;

typedef struct {
    int year;
    double value;
} wr_indicator_point;

#endif
