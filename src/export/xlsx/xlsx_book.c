/* The controller's workbook: one sheet per part plus overview, figures, data quality and
 * definitions, each in its own sheet_*.c; for the financial interim report only the
 * finance sheet with its figures, the data quality and the definitions. This file sets up the book, makes it
 * locale-proof and calls the sheets in order. */
#include "export/xlsx/xlsx_book.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "base/errno_nl.h"
#include "base/format_nl.h"
#include "export/xlsx/sheet_definitions.h"
#include "export/xlsx/sheet_figures.h"
#include "export/xlsx/sheet_finance.h"
#include "export/xlsx/sheet_impact.h"
#include "export/xlsx/sheet_overview.h"
#include "export/xlsx/sheet_part.h"
#include "export/xlsx/sheet_quality.h"
#include "export/xlsx/xlsx_sheet.h"
#include "figures/figure_defs.h"

/* libxlsxwriter prints numbers with the C library, so under a comma-decimal LC_NUMERIC
 * (nl_NL) it writes "12,5" into the XML and the file is corrupt. The writer therefore runs
 * under a thread-local locale with LC_NUMERIC=C, whatever the caller set. */
typedef struct {
    locale_t numeric_c;
    locale_t previous;
} locale_guard;

static void locale_enter(locale_guard *g)
{
    g->previous = (locale_t)0;
    locale_t base = duplocale(LC_GLOBAL_LOCALE);
    g->numeric_c = base ? newlocale(LC_NUMERIC_MASK, "C", base) : (locale_t)0;
    if (!g->numeric_c && base)
        freelocale(base);
    if (g->numeric_c)
        g->previous = uselocale(g->numeric_c);
}

static void locale_leave(locale_guard *g)
{
    if (!g->numeric_c)
        return;
    uselocale(g->previous);
    freelocale(g->numeric_c);
}

static void set_properties(wr_xlsx_book *b)
{
    const wr_config *cfg = b->cfg;
    char title[256], subject[256], keywords[128];
    snprintf(title, sizeof title, "%s \xE2\x80\x93 bijlage bij %s %s %s", cfg->programme,
             b->in->current->period.quarter ? "de" : "het", b->report_name, b->period_nl);
    snprintf(subject, sizeof subject, "Cijfers, berekeningen, datakwaliteit en definities voor de controller (%s)",
             b->period_code);
    snprintf(keywords, sizeof keywords, "%s, %s, sociaal domein, verantwoording", b->report_name, b->period_code);
    lxw_doc_properties props = {0};
    props.title = title;
    props.subject = subject;
    props.author = cfg->provider;
    props.company = cfg->provider;
    props.manager = cfg->client;
    props.category = "Verantwoording";
    props.keywords = keywords;
    props.comments = "Gemaakt met wijkrapport " WR_VERSION;
    props.created = b->in->created; /* fixed: the same inputs give the same file */
    wr_xlsx_check(b, workbook_set_properties(b->wb, &props), "(eigenschappen)", 0, 0);
}

static void describe_period(wr_xlsx_book *b)
{
    const wr_period p = b->in->current->period;
    char from[32], to[32];
    wr_period_code(p, b->period_code, sizeof b->period_code);
    b->report_name = b->in->finance_only ? "financieel overzicht" : p.quarter ? "kwartaalrapportage" : "jaarverslag";
    wr_nl_period(p, b->period_nl, sizeof b->period_nl);
    wr_nl_date(p.start, from, sizeof from);
    wr_nl_date(p.end, to, sizeof to);
    snprintf(b->period_span, sizeof b->period_span, "%s t/m %s", from, to);
    wr_nl_date((wr_day)(b->in->created / 86400), b->created_nl, sizeof b->created_nl);
}

wr_status wr_xlsx_write(const char *path, const wr_xlsx_input *in, wr_error *err)
{
    locale_guard guard;
    locale_enter(&guard);
    wr_xlsx_book b = {0};
    b.in = in;
    b.cfg = in->cfg;
    lxw_workbook_options options = {.constant_memory = LXW_FALSE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
    b.wb = workbook_new_opt(path, &options);
    if (!b.wb) {
        locale_leave(&guard);
        return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden aangemaakt.", path);
    }
    describe_period(&b);
    set_properties(&b);

    bool sheets_ok;
    if (in->finance_only) { /* the financial interim report: the finance sheet with its figures */
        lxw_worksheet *finance = workbook_add_worksheet(b.wb, wr_deel_title(WR_DEEL_FINANCIEN));
        lxw_worksheet *figures = workbook_add_worksheet(b.wb, "Cijfers");
        lxw_worksheet *quality = workbook_add_worksheet(b.wb, "Datakwaliteit");
        lxw_worksheet *definitions = workbook_add_worksheet(b.wb, "Definities");
        sheets_ok = finance && figures && quality && definitions;
        if (sheets_ok) {
            wr_xlsx_sheet_finance(&b, finance);
            wr_xlsx_sheet_figures(&b, figures);
            wr_xlsx_sheet_quality(&b, quality);
            wr_xlsx_sheet_definitions(&b, definitions);
            worksheet_activate(finance);
        }
    } else {
        /* All sheets first, in reading order; Overzicht is filled last because it points at
         * cells of the others. */
        lxw_worksheet *overview = workbook_add_worksheet(b.wb, "Overzicht");
        lxw_worksheet *parts[4];
        for (int d = WR_DEEL_GEDAAN; d <= WR_DEEL_IMPACT; d++)
            parts[d] = workbook_add_worksheet(b.wb, wr_deel_title((wr_deel)d));
        lxw_worksheet *finance = workbook_add_worksheet(b.wb, wr_deel_title(WR_DEEL_FINANCIEN));
        lxw_worksheet *figures = workbook_add_worksheet(b.wb, "Cijfers");
        lxw_worksheet *quality = workbook_add_worksheet(b.wb, "Datakwaliteit");
        lxw_worksheet *definitions = workbook_add_worksheet(b.wb, "Definities");
        sheets_ok = overview && parts[0] && parts[1] && parts[2] && parts[3] && finance && figures && quality &&
                    definitions;
        if (sheets_ok) {
            for (int d = WR_DEEL_GEDAAN; d <= WR_DEEL_EFFECT; d++)
                wr_xlsx_sheet_part(&b, parts[d], (wr_deel)d);
            wr_xlsx_sheet_impact(&b, parts[WR_DEEL_IMPACT]);
            wr_xlsx_sheet_finance(&b, finance);
            wr_xlsx_sheet_figures(&b, figures);
            wr_xlsx_sheet_quality(&b, quality);
            wr_xlsx_sheet_definitions(&b, definitions);
            wr_xlsx_sheet_overview(&b, overview);
            worksheet_activate(overview);
        }
    }
    if (!sheets_ok) {
        workbook_close(b.wb);
        locale_leave(&guard);
        remove(path);
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het schrijven van %s.", path);
    }

    errno = 0;
    lxw_error rc = workbook_close(b.wb);
    int saved = errno;
    locale_leave(&guard);
    if (b.out_of_memory)
        return wr_error_set(err, WR_ERR_NOMEM, "Onvoldoende geheugen bij het schrijven van %s.", path);
    if (b.error != LXW_NO_ERROR)
        return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet volledig worden geschreven: cel %s: %s.", path,
                            b.error_cell, wr_xlsx_error_text(b.error));
    if (rc != LXW_NO_ERROR && saved && rc >= LXW_ERROR_CREATING_XLSX_FILE && rc <= LXW_ERROR_ZIP_CLOSE)
        return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven: %s.", path, wr_errno_text(saved));
    if (rc != LXW_NO_ERROR)
        return wr_error_set(err, WR_ERR_OUTPUT, "%s kan niet worden geschreven: %s.", path, wr_xlsx_error_text(rc));
    return WR_OK;
}
