/* Impact: per policy indicator and area the latest value (from the figures model), its year,
 * the previous value, the change (a formula), target, desired direction and source. Shown
 * neutrally, without colours: the figures serve interpretation, not judgement. */
#include "export/xlsx/sheet_impact.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "export/xlsx/sheet_part.h"
#include "export/xlsx/xlsx_sheet.h"
#include "figures/figure_defs.h"
#include "figures/impact.h"

enum { C_NAME, C_CODE, C_AREA, C_GOAL, C_UNIT, C_YEAR, C_VALUE, C_PYEAR, C_PREV, C_CHANGE, C_TARGET, C_DIR,
       C_SRC, NCOLS };
static const char *const HEADERS[NCOLS] = {"Indicator", "Code", "Gebied", "Beleidsdoel", "Eenheid", "Jaar",
                                           "Waarde", "Vorig jaar", "Vorige waarde", "Verandering",
                                           "Streefwaarde", "Gewenste richting", "Bron"};

static int decimals_of(double v)
{
    for (int d = 0; d < 3; d++)
        if (fabs(v * pow(10, d) - round(v * pow(10, d))) < 1e-9)
            return d;
    return 3;
}

static const char *direction_text(wr_indicator_direction d)
{
    switch (d) {
    case WR_DIRECTION_HIGHER: return "hoger is beter";
    case WR_DIRECTION_LOWER: return "lager is beter";
    case WR_DIRECTION_NEUTRAL: return "geen voorkeur";
    default: return "onbekend";
    }
}

/* One number format per unit and number of decimals: "12,4%" for procent. */
static lxw_format *unit_format(wr_xlsx_book *b, wr_indicator_unit unit, int decimals, bool change)
{
    char nf[64];
    snprintf(nf, sizeof nf, "#,##0%s%.*s%s", decimals ? "." : "", decimals, "000",
             unit == WR_UNIT_PROCENT ? (change ? "\" pp\"" : "\"%\"") : "");
    return wr_xlsx_fmt(b, nf, 0);
}

static void write_row(wr_xlsx_sheet *s, lxw_row_t r, const wr_indicator *v, const wr_figure *fig)
{
    wr_xlsx_book *b = s->book;
    int d = decimals_of(fig->value);
    if (v->has_previous && decimals_of(v->previous) > d)
        d = decimals_of(v->previous);
    if (v->has_target && decimals_of(v->target) > d)
        d = decimals_of(v->target);
    lxw_format *value = unit_format(b, v->unit, d, false), *year = wr_xlsx_fmt(b, "0", 0);
    wr_xlsx_wrapped(s, r, C_NAME, v->description, 0);
    wr_xlsx_text(s, r, C_CODE, fig->code, NULL);
    wr_xlsx_text(s, r, C_AREA, v->area_label, NULL);
    wr_xlsx_text(s, r, C_GOAL, v->goal_label, NULL);
    wr_xlsx_text(s, r, C_UNIT, wr_indicator_unit_code(v->unit), NULL);
    wr_xlsx_number(s, r, C_YEAR, v->latest_year, 0, year);
    wr_xlsx_number(s, r, C_VALUE, fig->value, d, value);
    if (v->has_previous) {
        char c1[16], c2[16], formula[96];
        wr_xlsx_number(s, r, C_PYEAR, v->previous_year, 0, year);
        wr_xlsx_number(s, r, C_PREV, v->previous, d, value);
        wr_xlsx_cell(c1, r, C_VALUE);
        wr_xlsx_cell(c2, r, C_PREV);
        snprintf(formula, sizeof formula, "=ROUND(%s-%s,9)", c1, c2);
        /* The model's value and the view's previous one come from the same rows. */
        wr_xlsx_formula(s, r, C_CHANGE, formula, v->change, d, unit_format(b, v->unit, d, true));
    }
    if (v->has_target)
        wr_xlsx_number(s, r, C_TARGET, v->target, d, value);
    wr_xlsx_text(s, r, C_DIR, direction_text(v->direction), NULL);
    wr_xlsx_wrapped(s, r, C_SRC, v->source, 0);
}

static lxw_row_t indicator_table(wr_xlsx_sheet *s, lxw_row_t header)
{
    const wr_figures *f = s->book->in->current;
    lxw_row_t r = header + 1;
    for (size_t i = 0; i < f->indicator_count; i++) {
        const wr_indicator *v = &f->indicators[i];
        const wr_figure *fig = v->has_latest ? wr_figures_find(f, "indicator_waarde", "indicator", v->export_code)
                                             : NULL;
        if (fig && fig->has_value)
            write_row(s, r++, v, fig);
    }
    wr_xlsx_table(s, "Indicatoren", header, 0, r - 1, HEADERS, NCOLS);
    return r + 1;
}

void wr_xlsx_sheet_impact(wr_xlsx_book *b, lxw_worksheet *ws)
{
    wr_xlsx_sheet s;
    wr_xlsx_sheet_init(&s, b, "Impact");
    s.ws = ws;
    s.max_width[C_NAME] = 45;
    s.max_width[C_SRC] = 30;
    static const char *const skip[] = {"indicator_waarde", NULL};
    wr_xlsx_part_plan plan;
    if (!wr_xlsx_part_plan_make(b, WR_DEEL_IMPACT, skip, &plan))
        return;
    bool have = b->in->current->has_indicators;
    const char *notes[8];
    size_t n = wr_xlsx_part_notes(b, &plan, notes);
    if (have)
        notes[n++] = "Per indicator en gebied de laatste waarde tot en met het jaar van deze rapportage, met de "
                     "vorige waarde. Verandering = waarde min vorige waarde (bij procenten in procentpunten). De "
                     "cijfers dienen om te duiden en te leren, niet om te oordelen; daarom zonder kleuren.";
    lxw_row_t header = wr_xlsx_heading(&s, wr_deel_question(WR_DEEL_IMPACT), notes, n, WR_XLSX_NOTE_WIDTH);
    lxw_row_t row = header;
    if (have) {
        row = indicator_table(&s, header);
        worksheet_freeze_panes(ws, header + 1, 0);
    }
    if (plan.count > 0)
        wr_xlsx_part_write(&s, &plan, row, "ImpactOverig");
    wr_xlsx_print_setup(&s, header, have ? header : header - 1);
    wr_xlsx_sheet_finish(&s);
    wr_xlsx_part_plan_free(&plan);
}
