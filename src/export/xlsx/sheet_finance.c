/* Financiën: per post the annual budget, realisation per quarter of the year up to the
 * report's quarter, realisation to date (SUM of the quarters), % spent and what is left (both
 * formulas), a total row of SUMs (euros add up), the configured earmark checks, and a chart
 * of budget against spending. Budget, realisation and % come from the model's rows; the split
 * per quarter, the earmarks and the checks from its finance summary. */
#include "export/xlsx/sheet_finance.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/format_nl.h"
#include "export/xlsx/sheet_part.h"
#include "export/xlsx/xlsx_charts.h"
#include "export/xlsx/xlsx_figure.h"
#include "export/xlsx/xlsx_sheet.h"
#include "figures/figure_defs.h"

enum { C_POST, C_CODE, C_EARMARK, C_BUDGET, C_Q1 };

typedef struct {
    wr_xlsx_sheet *s;
    const wr_finance_summary *sum;
    int quarters;                 /* columns C_Q1 .. C_Q1 + quarters - 1 */
    lxw_col_t c_to_date, c_pct, c_left, ncols;
} layout;

static const wr_finance_post *summary_post(const wr_finance_summary *sum, const char *code)
{
    if (strcmp(code, "totaal") == 0)
        return &sum->total;
    for (size_t i = 0; i < sum->post_count; i++)
        if (strcmp(sum->posts[i].code, code) == 0)
            return &sum->posts[i];
    return NULL;
}

/* One row: the post's figures; totals (sum_from..sum_to) make the euro cells SUMs. */
static void post_row(const layout *l, lxw_row_t r, const char *dimension, const char *code, lxw_row_t sum_from,
                     lxw_row_t sum_to)
{
    wr_xlsx_sheet *s = l->s;
    wr_xlsx_book *b = s->book;
    const wr_figures *f = b->in->current;
    const wr_figure *budget = wr_figures_find(f, "begroting", dimension, code);
    const wr_figure *spent = wr_figures_find(f, "realisatie", dimension, code);
    const wr_figure *pct = wr_figures_find(f, "besteed_pct", dimension, code);
    const wr_finance_post *post = summary_post(l->sum, code);
    bool total = sum_to >= sum_from;
    unsigned flags = total ? WR_XLSX_BOLD | WR_XLSX_TOP : 0;
    lxw_format *euro = wr_xlsx_fmt(b, WR_XLSX_NUM_EURO, flags), *text = wr_xlsx_fmt(b, NULL, flags);
    char c1[16], c2[16], formula[160];
    wr_xlsx_text(s, r, C_POST, budget && budget->label ? budget->label : code, text);
    wr_xlsx_text(s, r, C_CODE, code, text);
    wr_xlsx_text(s, r, C_EARMARK, post && post->earmark ? post->earmark : "", text);
    if (total) /* the total row's line runs under every column */
        wr_xlsx_check(b, worksheet_write_blank(s->ws, r, C_EARMARK, text), s->name, r, C_EARMARK);
    double quarter_sum = 0;
    for (int q = 0; q < l->quarters + 1; q++) { /* the quarters, then the budget */
        lxw_col_t c = q < l->quarters ? (lxw_col_t)(C_Q1 + q) : C_BUDGET;
        double v = q < l->quarters ? (post ? post->spent[q] : 0) : (budget ? budget->value : 0);
        quarter_sum += q < l->quarters ? v : 0;
        if (total) {
            wr_xlsx_cell(c1, sum_from, c);
            wr_xlsx_cell(c2, sum_to, c);
            snprintf(formula, sizeof formula, "=SUM(%s:%s)", c1, c2);
            wr_xlsx_formula(s, r, c, formula, v, 2, euro);
        } else {
            wr_xlsx_number(s, r, c, v, 2, euro);
        }
    }
    double to_date = spent ? spent->value : 0;
    wr_xlsx_cell(c1, r, C_Q1);
    wr_xlsx_cell(c2, r, C_Q1 + l->quarters - 1);
    snprintf(formula, sizeof formula, "=SUM(%s:%s)", c1, c2);
    if (post && fabs(quarter_sum - to_date) < 0.005)
        wr_xlsx_formula(s, r, l->c_to_date, formula, to_date, 2, euro);
    else
        wr_xlsx_number(s, r, l->c_to_date, to_date, 2, euro);
    char b_cell[16], t_cell[16];
    wr_xlsx_cell(b_cell, r, C_BUDGET);
    wr_xlsx_cell(t_cell, r, l->c_to_date);
    if (pct && wr_xlsx_hidden(b, pct)) {
        wr_xlsx_figure_value(s, r, l->c_pct, pct, flags);
    } else if (pct) { /* the model has no percentage when the budget rounds to 0 euros */
        snprintf(formula, sizeof formula, "=IF(ROUND(%s,0)=0,\"\xE2\x80\x93\",ROUND(%s/%s*100,1))", b_cell, t_cell,
                 b_cell);
        if (pct->has_value)
            wr_xlsx_formula(s, r, l->c_pct, formula, pct->value, 1, wr_xlsx_fmt(b, WR_XLSX_NUM_PCT, flags));
        else
            wr_xlsx_formula_text(s, r, l->c_pct, formula, "\xE2\x80\x93", wr_xlsx_fmt(b, NULL, flags | WR_XLSX_RIGHT));
    }
    snprintf(formula, sizeof formula, "=ROUND(%s-%s,2)", b_cell, t_cell);
    wr_xlsx_formula(s, r, l->c_left, formula, wr_round((budget ? budget->value : 0) - to_date, 2), 2, euro);
}

static void check_text(const wr_finance_check_result *c, char *what, size_t size)
{
    char amount[48], pct[32];
    wr_nl_euro(c->check->amount, amount, sizeof amount);
    wr_nl_number(c->check->amount, 1, pct, sizeof pct);
    switch (c->check->kind) {
    case WR_CHECK_MIN_REALISATION:
        snprintf(what, size, "Realisatie %s minimaal %s per jaar; percentage = realisatie / minimum \xC3\x97 100",
                 c->label, amount);
        break;
    case WR_CHECK_BUDGET:
        snprintf(what, size, "Begroting %s is %s; percentage = realisatie / dat bedrag \xC3\x97 100", c->label,
                 amount);
        break;
    case WR_CHECK_MAX_PROFIT_PCT:
        snprintf(what, size, "Winst (begroting min realisatie) hoogstens %s%% van de begroting; percentage = "
                             "winst / begroting \xC3\x97 100", pct);
        break;
    }
}

static lxw_row_t checks_table(const layout *l, lxw_row_t row)
{
    wr_xlsx_sheet *s = l->s;
    wr_xlsx_book *b = s->book;
    if (l->sum->check_count == 0)
        return row;
    wr_xlsx_put(s, row++, 0, "Financi\xC3\xABle toetsen", wr_xlsx_fmt(b, NULL, WR_XLSX_HEADING));
    char stand[40];
    snprintf(stand, sizeof stand, "Stand t/m %de kw.", l->sum->last_quarter);
    const char *const headers[] = {"Toets", "Afgesproken bedrag", stand, "Percentage", "Oordeel"};
    lxw_row_t header = row;
    lxw_format *euro = wr_xlsx_fmt(b, WR_XLSX_NUM_EURO, 0);
    for (size_t i = 0; i < l->sum->check_count; i++) {
        const wr_finance_check_result *c = &l->sum->checks[i];
        lxw_row_t r = header + 1 + (lxw_row_t)i;
        char what[320];
        check_text(c, what, sizeof what);
        wr_xlsx_wrapped(s, r, 0, what, 0);
        wr_xlsx_number(s, r, 1, c->required, 2, euro);
        wr_xlsx_number(s, r, 2, c->actual, 2, euro);
        if (c->has_pct)
            wr_xlsx_number(s, r, 3, c->pct, 1, wr_xlsx_fmt(b, WR_XLSX_NUM_PCT, 0));
        wr_xlsx_text(s, r, 4, c->state == WR_CHECK_PROGRESS ? "voortgang" : c->state == WR_CHECK_MET ? "voldaan"
                                                                                           : "niet voldaan", NULL);
    }
    wr_xlsx_table(s, "Toetsen", header, 0, header + (lxw_row_t)l->sum->check_count, headers, 5);
    lxw_row_t r = header + (lxw_row_t)l->sum->check_count + 1;
    if (!l->sum->year_report)
        wr_xlsx_put(s, r++, 0, "In een kwartaalrapportage staat de voortgang tot nu toe tegen het "
                               "jaarbedrag; het oordeel voldaan of niet voldaan volgt in de jaarrapportage.", NULL);
    return r + 1;
}

static lxw_row_t posts_table(layout *l, lxw_row_t header)
{
    wr_xlsx_sheet *s = l->s;
    const wr_figures *f = s->book->in->current;
    char names[4][40], to_date[40];
    const char *headers[WR_XLSX_MAX_COLS] = {"Post", "Code", "Oormerk", "Begroting (jaar)"};
    for (int q = 0; q < l->quarters; q++) {
        snprintf(names[q], sizeof names[q], "Realisatie %de kw.", q + 1);
        headers[C_Q1 + q] = names[q];
    }
    snprintf(to_date, sizeof to_date, "Realisatie t/m %de kw.", l->quarters);
    headers[l->c_to_date] = to_date;
    headers[l->c_pct] = "Besteed";
    headers[l->c_left] = "Nog te besteden";
    lxw_row_t r = header + 1;
    for (size_t i = 0; i < f->count; i++)
        if (strcmp(f->items[i].figure, "begroting") == 0 && strcmp(f->items[i].dimension, "post") == 0)
            post_row(l, r++, "post", f->items[i].code, 1, 0);
    wr_xlsx_table(s, "Financien", header, 0, r - 1, headers, l->ncols);
    if (r > header + 1 && wr_figures_find(f, "begroting", "totaal", "totaal"))
        post_row(l, r, "totaal", "totaal", header + 1, r - 1); /* under the table: sorting leaves it last */
    return r;
}

void wr_xlsx_sheet_finance(wr_xlsx_book *b, lxw_worksheet *ws)
{
    wr_xlsx_sheet s;
    wr_xlsx_sheet_init(&s, b, "Financi\xC3\xABn");
    s.ws = ws;
    s.max_width[0] = 60;
    const wr_finance_summary *sum = &b->in->current->finance;
    bool have = b->in->current->has_finance;
    static const char *const skip[] = {"begroting", "realisatie", "besteed_pct", NULL};
    wr_xlsx_part_plan plan;
    if (!wr_xlsx_part_plan_make(b, WR_DEEL_FINANCIEN, skip, &plan))
        return;
    const char *notes[8];
    size_t n = wr_xlsx_part_notes(b, &plan, notes);
    if (have)
        notes[n++] = "Bedragen in euro's. 'Realisatie t/m' is de SOM van de kwartalen, 'Besteed' = realisatie / "
                     "begroting \xC3\x97 100, 'Nog te besteden' = begroting min realisatie. De totaalregel onder de "
                     "tabel telt de posten op.";
    lxw_row_t row = wr_xlsx_heading(&s, wr_deel_question(WR_DEEL_FINANCIEN), notes, n, WR_XLSX_NOTE_WIDTH);
    lxw_row_t header = row;
    if (have) {
        layout l = {&s, sum, sum->last_quarter, 0, 0, 0, 0};
        l.c_to_date = (lxw_col_t)(C_Q1 + l.quarters);
        l.c_pct = l.c_to_date + 1;
        l.c_left = l.c_pct + 1;
        l.ncols = l.c_left + 1;
        lxw_row_t last = posts_table(&l, header);
        row = checks_table(&l, last + 2);
        if (last > header + 1)
            row = wr_xlsx_chart_budget(b, ws, s.name, header + 1, last - 1, C_POST, C_BUDGET, l.c_to_date, row);
        worksheet_freeze_panes(ws, header + 1, 0);
    }
    if (plan.count > 0)
        wr_xlsx_part_write(&s, &plan, row, "FinancienOverig");
    wr_xlsx_print_setup(&s, header, have ? header : header - 1);
    wr_xlsx_sheet_finish(&s);
    wr_xlsx_part_plan_free(&plan);
}
