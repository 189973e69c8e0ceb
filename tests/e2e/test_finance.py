#!/usr/bin/python3
"""The finance section as a council member and a controller read it: the forecast per post
with its method, the same in the PDF, the HTML twin and cijfers.csv; signals with the team's
explanation; checks judged on the forecast while the year runs and on realisation when it is
complete; and 'wijkrapport financien', the financial interim report on its own.
Prints 'e2e financien: N passed, N failed'."""
import html
import os
import re
import shutil
import sys
import tempfile

import openpyxl

from harness import SAMPLE, flat, pdftext, read_cijfers, run, run_tests, test_registry

TESTS, test = test_registry()
MARGIN = 2.0  # [prognose] marge_pct of the sample


class Runs:
    """The sample reported once per command into one temporary folder."""
    dir = None
    done = {}

    @classmethod
    def run(cls, *args):
        if cls.dir is None:
            cls.dir = tempfile.mkdtemp(prefix="wr-fin-")
        if args not in cls.done:
            cls.done[args] = run(*args, "--gegevens", SAMPLE, "--uitvoer", cls.dir)
            assert cls.done[args].returncode == 0, cls.done[args].stderr
        return cls.done[args]

    @classmethod
    def path(cls, period, name):
        return os.path.join(cls.dir, period, name)


def nl_euros(value):
    """Whole euros as the report writes them: 9555000 -> '9.555.000'."""
    return f"{round(float(value)):,}".replace(",", ".")


def html_text(path):
    with open(path, encoding="utf-8") as f:
        body = f.read()
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return flat(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\u00a0", " "))


def pdf_flat(path):
    """Running text, and the tables row by row (pdftotext -layout), one line of words."""
    return " ".join(flat(pdftext(path, layout).replace("\u00a0", " ")) for layout in (False, True))


def after_last(text, heading, end):
    """The text from the last occurrence of heading (past the contents) up to end."""
    return text.rsplit(heading, 1)[1].split(end, 1)[0]


def finance(rows, figure, dimension="post"):
    return {r[4]: r[5] for r in rows[1:] if r[1] == "financien" and r[2] == figure and r[3] == dimension}


def quarter(period):
    Runs.run("kwartaal", period)
    # cijfers-PERIOD.csv, whatever a suffix (such as "-niet-openbaar") the name may carry
    [name] = [n for n in os.listdir(os.path.join(Runs.dir, period)) if n.startswith(f"cijfers-{period}")]
    rows = read_cijfers(Runs.path(period, name))
    stem = f"kwartaalrapportage-{period}"
    return rows, pdf_flat(Runs.path(period, stem + ".pdf")), html_text(Runs.path(period, stem + ".html"))


@test
def pdf_and_html_show_the_forecast_of_cijfers_csv_with_its_method():
    rows, pdf, web = quarter("2026-Q3")
    forecasts = finance(rows, "prognose")
    budgets = finance(rows, "begroting")
    assert len(forecasts) == 6, forecasts
    for text in (pdf, web):
        for code, value in forecasts.items():
            # budget, spent, pro rata, forecast, % of budget, method: the forecast in its row
            assert re.search(rf"{re.escape(nl_euros(budgets[code]))} [\d.]+ [\d.]+ {re.escape(nl_euros(value))} "
                             rf"[\d,]+% (aanbieder|patroon 2025)", text), (code, value)
        total = finance(rows, "prognose", "totaal")["totaal"]
        assert f"in heel 2026 € {nl_euros(total)} uit" in text, total
        result = finance(rows, "resultaat_prognose_pct", "totaal")["totaal"].replace(".", ",")
        assert f"{result}% van de begroting" in text, result
        assert "Dit is een verwachting en geen winst" in text
        assert "nog niet besteed" not in text and "Winst €" not in text  # unspent money is no profit


@test
def a_provider_forecast_counts_only_in_its_own_quarter():
    _, q3, _ = quarter("2026-Q3")
    _, q2, _ = quarter("2026-Q2")
    # aanvullende ondersteuning has a prognose on its Q2 row only
    assert re.search(r"Aanvullende onder-? ?steuning [\d. ]+[\d,]+% aanbieder", q2), "Q2 uses the provider's number"
    assert re.search(r"Aanvullende onder-? ?steuning [\d. ]+[\d,]+% patroon 2025", q3), "Q3 does not"
    assert re.search(r"Sociaal wijkteam [\d. ]+[\d,]+% aanbieder", q3)


@test
def signals_are_the_posts_beyond_the_margin_followed_by_the_teams_explanation():
    rows, _, web = quarter("2026-Q3")
    pdf = flat(pdftext(Runs.path("2026-Q3", "kwartaalrapportage-2026-Q3.pdf")).replace("\u00a0", " "))
    forecasts, budgets = finance(rows, "prognose"), finance(rows, "begroting")
    labels = {"sociaal_wijkteam": "Sociaal wijkteam", "sociale_basis": "Sociale basis",
              "aanvullende_ondersteuning": "Aanvullende ondersteuning",
              "vrijwilligersorganisaties": "Vrijwilligersorganisaties", "jeugdoverlast": "Aanpak jeugdoverlast",
              "overhead": "Overhead en bedrijfsvoering"}
    beyond = {c for c in forecasts if abs(float(forecasts[c]) - float(budgets[c])) > MARGIN / 100 * float(budgets[c])}
    assert beyond == {"sociaal_wijkteam", "sociale_basis", "aanvullende_ondersteuning"}, beyond
    for text in (pdf, web):
        # a hyphenated line end in the PDF, a tag boundary before the colon in the HTML
        text = re.sub(r"(\w)- (\w)", r"\1\2", text).replace(" :", ":")
        signals = after_last(text, "Signalen", "Toelichting van het team")
        listed = {c for c, label in labels.items() if f"{label}: prognose € {nl_euros(forecasts[c])}" in signals}
        assert listed == beyond, listed
        explanation = text.rsplit("Toelichting van het team", 1)[1]
        assert explanation.lstrip().startswith("Uitgaven tot nu") and "vacatures" in explanation, explanation[:200]


@test
def earmark_shows_what_is_still_needed_and_whether_the_pace_reaches_it():
    rows, pdf, web = quarter("2026-Q3")
    needed = finance(rows, "oormerk_nog_nodig", "oormerk")["vrijwilligersorganisaties"]
    for text in (pdf, web):
        # minimum, spent to date, still needed, spent in Q3, within reach at that pace, forecast
        assert re.search(rf"Vrijwilligersorganisaties € 300\.000 € [\d.]+ € {re.escape(nl_euros(needed))} "
                         r"€ 43\.694 nee € [\d.]+", text), needed


@test
def checks_are_judged_on_the_forecast_while_the_year_runs_and_on_realisation_when_complete():
    _, q3, _ = quarter("2026-Q3")
    agreements = after_last(q3, "Afspraken over het budget", "Signalen")
    assert "op koers" in agreements and "het oordeel gaat over de verwachting" in agreements, agreements
    assert "gehaald" not in agreements.replace("Of een afspraak is gehaald", ""), agreements
    Runs.run("jaar", "2025")
    year = pdf_flat(Runs.path("2025", "jaarverslag-2025.pdf"))
    agreements = after_last(year, "Afspraken over het budget", "Signalen")
    assert "gehaald" in agreements and "op koers" not in agreements and "risico" not in agreements, agreements
    assert "het jaar is compleet" in agreements
    Runs.run("jaar", "2026")
    running = pdf_flat(Runs.path("2026", "jaarverslag-2026.pdf"))
    agreements = after_last(running, "Afspraken over het budget", "Signalen")
    assert "het oordeel gaat over de verwachting" in agreements and "op koers" in agreements, agreements


@test
def financien_writes_the_interim_report_on_its_own_from_the_same_figures():
    r = Runs.run("financien", "2026-Q2")
    folder = os.path.join(Runs.dir, "2026-Q2")
    names = sorted(n for n in os.listdir(folder) if n.startswith("financieel-overzicht"))
    assert names == ["financieel-overzicht-2026-Q2.html", "financieel-overzicht-2026-Q2.pdf",
                     "financieel-overzicht-2026-Q2.xlsx"], names
    assert "Financieel overzicht over het 2e kwartaal 2026" in r.stdout, r.stdout
    # only the finance text belongs to it
    missing = [line for line in r.stderr.splitlines() if line.startswith("  ")]
    assert missing and all("financien.md" in line for line in missing), r.stderr
    rows, _, _ = quarter("2026-Q2")  # the quarterly report of the same quarter, for its figures
    pdf = pdf_flat(os.path.join(folder, "financieel-overzicht-2026-Q2.pdf"))
    web = html_text(os.path.join(folder, "financieel-overzicht-2026-Q2.html"))
    for text in (pdf, web):
        assert "Financieel overzicht 2026" in text and "Toelichting van het team" in text
        for code, value in finance(rows, "prognose").items():
            assert f" {nl_euros(value)} " in text, (code, value)
    wb = openpyxl.load_workbook(os.path.join(folder, "financieel-overzicht-2026-Q2.xlsx"), data_only=True)
    assert wb.sheetnames == ["Financiën", "Cijfers", "Datakwaliteit", "Definities"], wb.sheetnames
    sheet = [list(row) for row in wb["Cijfers"].iter_rows(values_only=True)][1:]
    want = [row for row in rows[1:] if row[1] == "financien"]
    assert len(sheet) == len(want), (len(sheet), len(want))
    for got, expected in zip(sheet, want):
        assert [str(v) for v in got[:5]] == expected[:5], (got, expected)
        assert abs(float(got[5]) - float(expected[5])) < 1e-9, (got, expected)


@test
def financien_refuses_a_final_version_while_the_finance_text_is_missing():
    with tempfile.TemporaryDirectory() as tmp:
        r = run("financien", "2026-Q2", "--gegevens", SAMPLE, "--uitvoer", tmp, "--definitief")
        assert r.returncode == 1 and "financien.md" in r.stderr, (r.returncode, r.stderr)
        assert "inleiding.md" not in r.stderr, r.stderr  # the quarterly texts do not count
        assert not os.path.exists(os.path.join(tmp, "2026-Q2")) or not os.listdir(os.path.join(tmp, "2026-Q2"))
        r = run("financien", "2026", "--gegevens", SAMPLE, "--uitvoer", tmp)
        assert r.returncode == 2 and "geen kwartaal" in r.stderr, (r.returncode, r.stderr)


def cleanup():
    if Runs.dir:
        shutil.rmtree(Runs.dir, ignore_errors=True)


def main():
    return run_tests("e2e financien", TESTS, cleanup)


if __name__ == "__main__":
    sys.exit(main())
