#include "app/check.h"

#include <ctype.h>

#include "base/format_nl.h"

static void print_diag(const wr_diag *d, FILE *out)
{
    fprintf(out, "  %s, regel %ld", d->file, d->line);
    if (d->column)
        fprintf(out, ", kolom %d (%s)", d->column, d->column_name);
    if (d->value[0])
        fprintf(out, ": '%s'", d->value);
    fprintf(out, " \xE2\x80\x94 %s\n", d->message);
}

void wr_check_print(const wr_dataset *ds, const char *data_dir, FILE *out)
{
    fprintf(out, "Controle van de export in %s\n\n", data_dir);
    for (int f = 0; f < WR_FILE_COUNT; f++)
        fprintf(out, "  %-18s %s\n", wr_input_file_name((wr_input_file)f),
                ds->delivered[f] ? "aangeleverd" : "niet aangeleverd");
    char count[32];
    wr_nl_number((double)ds->trajectory_count, 0, count, sizeof count);
    fprintf(out, "\n%s trajecten tellen mee in de cijfers.\n", count);
    if (ds->diags.count == 0) {
        fprintf(out, "Geen meldingen over de gegevens.\n");
        return;
    }
    wr_nl_number((double)ds->diags.count, 0, count, sizeof count);
    fprintf(out, "%s %s over de gegevens:\n", count, ds->diags.count == 1 ? "melding" : "meldingen");
    for (int k = 0; k < WR_DIAG_KIND_COUNT; k++) {
        size_t n = 0;
        for (size_t i = 0; i < ds->diags.count; i++)
            n += ds->diags.items[i].kind == (wr_diag_kind)k;
        if (!n)
            continue;
        char label[64];
        snprintf(label, sizeof label, "%s", wr_diag_kind_label((wr_diag_kind)k));
        label[0] = (char)toupper((unsigned char)label[0]);
        fprintf(out, "\n%s (%zu)\n", label, n);
        for (size_t i = 0; i < ds->diags.count; i++)
            if (ds->diags.items[i].kind == (wr_diag_kind)k)
                print_diag(&ds->diags.items[i], out);
    }
}
