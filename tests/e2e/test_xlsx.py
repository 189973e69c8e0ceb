#!/usr/bin/python3
"""End-to-end tests of the controller's workbook (bijlage-*.xlsx): its sheets, tables,
formats, formulas, charts, print setup and properties, read back with openpyxl; recalculated
by LibreOffice headless; identical under a Dutch locale and between two runs.
Prints 'e2e bijlage: N passed, N failed'."""
import csv
import datetime
import decimal
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

import openpyxl

from harness import FIXTURE, FIXTURE_CONFIG, SAMPLE, cijfers_name, run, run_tests, sha, test_registry

PERIOD = "2026-Q3"
SHEETS = ["Overzicht", "Gedaan", "Bereikt", "Effect", "Impact", "Financiën", "Cijfers", "Datakwaliteit",
          "Definities"]

TESTS, test = test_registry()


def export_args():
    """The sample export when it is there, else the small fixture with its configuration."""
    if os.path.exists(os.path.join(SAMPLE, "trajecten.csv")):
        return ["--gegevens", SAMPLE]
    return ["--gegevens", FIXTURE, "--instellingen", FIXTURE_CONFIG]


def build(out, env=None, extra=()):
    r = run("kwartaal", PERIOD, *export_args(), *extra, "--uitvoer", out, env=env)
    assert r.returncode == 0, r.stderr
    return os.path.join(out, PERIOD, f"bijlage-{PERIOD}.xlsx")


class Book:
    """One workbook built once into a temporary folder, read with and without formulas."""
    dir = None

    @classmethod
    def path(cls):
        if cls.dir is None:
            cls.dir = tempfile.mkdtemp(prefix="wr-xlsx-")
            build(cls.dir)
        return os.path.join(cls.dir, PERIOD, f"bijlage-{PERIOD}.xlsx")

    @classmethod
    def csv(cls):
        cls.path()
        with open(os.path.join(cls.dir, PERIOD, cijfers_name(PERIOD)), newline="", encoding="utf-8") as f:
            return list(csv.reader(f))

    @classmethod
    def formulas(cls):
        return openpyxl.load_workbook(cls.path())

    @classmethod
    def values(cls):
        return openpyxl.load_workbook(cls.path(), data_only=True)


def formula_cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    yield ws.title, c.coordinate, c.value


def same_value(a, b):
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    return a == b


@test
def every_sheet_reads_in_order():
    wb = Book.values()
    assert wb.sheetnames == SHEETS, wb.sheetnames
    for ws in wb.worksheets:
        rows = list(ws.iter_rows(values_only=True))
        assert rows and any(v is not None for v in rows[0]), ws.title
    assert wb.active.title == "Overzicht"


@test
def cijfers_sheet_equals_csv_value_for_value():
    rows = Book.csv()
    sheet = [list(r) for r in Book.values()["Cijfers"].iter_rows(values_only=True)]
    assert len(sheet) == len(rows) and sheet[0] == rows[0], (len(sheet), len(rows), sheet[0])
    for got, want in zip(sheet[1:], rows[1:]):
        assert [str(v) for v in got[:5]] == want[:5], (got, want)
        for g, w in zip(got[5:], want[5:]):
            assert (g is None) if w == "" else abs(float(g) - float(w)) < 1e-9, (got, want)


@test
def tables_are_named_filtered_and_frozen_under_the_header():
    wb = Book.formulas()
    names = set()
    for title in SHEETS:
        ws = wb[title]
        for name in ws.tables:
            table = ws.tables[name]
            names.add(name)
            first = openpyxl.utils.cell.range_boundaries(table.ref)
            header_row = first[1]
            headers = [ws.cell(header_row, c).value for c in range(first[0], first[2] + 1)]
            assert all(isinstance(h, str) and h for h in headers), (title, name, headers)
            assert table.autoFilter is not None and table.tableStyleInfo is not None, (title, name)
        if title not in ("Overzicht",) and ws.tables:
            main = ws.tables[list(ws.tables)[0]]
            header_row = openpyxl.utils.cell.range_boundaries(main.ref)[1]
            assert ws.freeze_panes == f"A{header_row + 1}", (title, ws.freeze_panes, header_row)
    for expected in ["Cijfers", "Datakwaliteit", "Definities", "Kerncijfers", "Gedaan", "Bereikt", "Effect"]:
        assert expected in names, (expected, sorted(names))


@test
def columns_are_wide_enough_for_their_content():
    wb = Book.values()
    for title in ["Cijfers", "Bereikt", "Gedaan", "Datakwaliteit"]:
        ws = wb[title]
        longest = {}
        header_row = openpyxl.utils.cell.range_boundaries(ws.tables[list(ws.tables)[0]].ref)[1]
        for row in ws.iter_rows(min_row=header_row):  # notes above the table run on to the right
            for c in row:
                if isinstance(c.value, str) and not c.alignment.wrap_text:
                    longest[c.column_letter] = max(longest.get(c.column_letter, 0), len(c.value))
        for col, n in longest.items():
            width = ws.column_dimensions[col].width
            assert width and width >= n, (title, col, width, n)


@test
def dutch_number_formats_and_real_dates():
    wb = Book.formulas()
    formats = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, (int, float)) or (isinstance(c.value, str) and c.value.startswith("=")):
                    formats.setdefault(c.number_format, 0)
                    formats[c.number_format] += 1
    assert any("#,##0" == f for f in formats), formats
    assert any('0.0"%"' in f for f in formats), formats
    assert any("€" in f and "0.00" in f for f in formats), formats
    ws = Book.values()["Overzicht"]
    dates = [c.value for row in ws.iter_rows(max_row=20) for c in row if isinstance(c.value, datetime.datetime)]
    assert datetime.datetime(2026, 7, 1) in dates and datetime.datetime(2026, 9, 30) in dates, dates


@test
def totals_are_sums_only_where_the_groups_add_up():
    wb = Book.formulas()
    sums = set()
    for title in ["Gedaan", "Bereikt", "Effect"]:
        for row in wb[title].iter_rows():
            value = row[4].value if len(row) > 4 else None
            if isinstance(value, str) and value.startswith("=SUM("):
                sums.add((title, row[0].value))
    if any(r[2] == "contacten" for r in Book.csv()[1:]):
        assert ("Gedaan", "Contacten (kortdurende ondersteuning)") in sums, sums
    # Part 2 counts distinct residents, whose groups overlap; only the waiting trajectories
    # (one onderdeel, one wijk, one waiting time each) add up.
    assert {n for t, n in sums if t == "Bereikt"} <= {"Wachtende trajecten"}, sums
    for _, name in sums:
        assert name not in ("Bereik", "Instroom", "Uitstroom", "Groepsactiviteiten"), name


@test
def every_formula_has_its_value_stored():
    formulas = Book.formulas()
    values = Book.values()
    count = 0
    for title, ref, formula in formula_cells(formulas):
        count += 1
        assert values[title][ref].value is not None, (title, ref, formula)
    assert count > 20, count


def libreoffice():
    return shutil.which("soffice") or shutil.which("libreoffice")


def recalculating_profile(tmp):
    """A LibreOffice profile that recalculates every formula when it loads an xlsx file."""
    user = os.path.join(tmp, "profile", "user")
    os.makedirs(user)
    with open(os.path.join(user, "registrymodifications.xcu"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
                '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n'
                '</oor:items>\n')
    return "file://" + os.path.join(tmp, "profile")


def poison_cached_values(src, dst):
    """A copy whose stored formula results are all 987654, so only a real recalculation
    can bring the right values back. Returns the number of results replaced."""
    replaced = 0
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = data.decode("utf-8")
                text, n = re.subn(r'(<c r="[A-Z]+\d+"(?: s="\d+")?)(?: t="str")?>(<f>[^<]*</f>)<v>[^<]*</v>',
                                  r"\1>\2<v>987654</v>", text)
                replaced += n
                data = text.encode("utf-8")
            zout.writestr(item, data)
    return replaced


class Recalculated:
    """The workbook with every stored formula result poisoned, then recalculated by
    LibreOffice headless: done once, read by the tests below."""
    dir = None
    count = 0

    @classmethod
    def values(cls):
        if cls.dir is None:
            soffice = libreoffice()
            assert soffice, "LibreOffice (soffice) is not installed"
            cls.dir = tempfile.mkdtemp(prefix="wr-recalc-")
            poisoned = os.path.join(cls.dir, "bijlage.xlsx")
            cls.count = poison_cached_values(Book.path(), poisoned)
            out = os.path.join(cls.dir, "out")
            r = subprocess.run([soffice, f"-env:UserInstallation={recalculating_profile(cls.dir)}", "--headless",
                                "--convert-to", "xlsx", "--outdir", out, poisoned],
                               capture_output=True, text=True, timeout=300)
            assert r.returncode == 0 and os.path.exists(os.path.join(out, "bijlage.xlsx")), (r.stdout, r.stderr)
        return openpyxl.load_workbook(os.path.join(cls.dir, "out", "bijlage.xlsx"), data_only=True)


@test
def libreoffice_recalculates_every_formula_to_its_stored_value():
    recalculated = Recalculated.values()
    stored = Book.values()
    assert recalculated.sheetnames == SHEETS, recalculated.sheetnames
    checked = 0
    for title, ref, formula in formula_cells(Book.formulas()):
        want, got = stored[title][ref].value, recalculated[title][ref].value
        assert got != 987654 or want == 987654, ("not recalculated", title, ref, formula)
        assert same_value(got, want), (title, ref, formula, want, got)
        checked += 1
    assert checked > 20 and Recalculated.count == checked, (checked, Recalculated.count)
    for ws in recalculated.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                assert not (isinstance(v, str) and re.match(r"^(#[A-Z/0!?]+|Err:\d+)", v)), (ws.title, v)


def finance_tables(wb):
    """The Financiën sheet's tables as lists of {header: cell}, keyed by table name."""
    ws = wb["Financiën"]
    tables = {}
    for name in ws.tables:
        c0, r0, c1, r1 = openpyxl.utils.cell.range_boundaries(ws.tables[name].ref)
        headers = [ws.cell(r0, c).value for c in range(c0, c1 + 1)]
        tables[name] = [{h: ws.cell(r, c0 + i) for i, h in enumerate(headers)} for r in range(r0 + 1, r1 + 1)]
        if name == "Financien":  # the total row stands right under the table
            tables["Totaal"] = {h: ws.cell(r1 + 1, c0 + i) for i, h in enumerate(headers)}
    return tables


def csv_figures():
    return {(r[2], r[3], r[4]): r for r in Book.csv()[1:] if r[1] == "financien"}


def pct_of(fraction):
    """A fraction as cijfers.csv writes its percentage: one decimal, half away from zero."""
    return float(decimal.Decimal(repr(fraction * 100)).quantize(decimal.Decimal("0.1"), decimal.ROUND_HALF_UP))


@test
def finance_sheet_traces_every_check_with_formulas_over_visible_cells():
    tables = finance_tables(Book.formulas())
    posts, checks = tables["Financien"], tables["Toetsen"]
    assert posts and checks, tables.keys()
    header = list(posts[0])
    for want in ("Begroting (jaar)", "Realisatie 1e kw.", "Realisatie t/m 3e kw.", "Besteed",
                 "Naar rato (3/4 van de begroting)", "Methode prognose", "Prognose (jaar)", "Prognose / begroting",
                 "Signaal"):
        assert want in header, (want, header)
    methods = {row["Methode prognose"].value for row in posts}
    assert methods <= {"jaar compleet", "opgave aanbieder", "patroon vorig jaar", "tempo tot nu"}, methods
    for row in posts:
        for column in ("Realisatie t/m 3e kw.", "Besteed", "Naar rato (3/4 van de begroting)", "Prognose / begroting",
                       "Prognose \u2212 begroting", "Signaal"):
            assert str(row[column].value).startswith("="), (row["Code"].value, column, row[column].value)
        forecast = str(row["Prognose (jaar)"].value)
        # the provider's own number is data; every other forecast is its method's formula
        assert forecast.startswith("=") == (row["Methode prognose"].value != "opgave aanbieder"), forecast
        for column in ("Besteed", "Prognose / begroting"):
            assert row[column].number_format.endswith("%") and '"%"' not in row[column].number_format
    for row in checks:
        assert str(row["Oordeel"].value).startswith("=IF("), row["Oordeel"].value
        assert row["Cijfer in cijfers.csv"].value, row["Toets"].value
        for column in ("Begroting", "Realisatie t/m 3e kw.", "Prognose"):
            assert str(row[column].value).startswith("="), (row["Toets"].value, column, row[column].value)
    minimum = [r for r in checks if r["Nog nodig"].value]
    assert minimum and all(str(r["Nog nodig"].value).startswith("=MAX(0,") for r in minimum), minimum


@test
def finance_formulas_recalculate_to_the_figures_of_cijfers_csv():
    tables = finance_tables(Recalculated.values())
    figures = csv_figures()
    posts = tables["Financien"] + [tables["Totaal"]]
    for row in posts:
        code = row["Code"].value
        dimension = "totaal" if code == "totaal" else "post"
        def fig(name):
            return float(figures[(name, dimension, code)][5])
        assert abs(row["Realisatie t/m 3e kw."].value - fig("realisatie")) < 0.005, code
        assert abs(row["Prognose (jaar)"].value - fig("prognose")) < 0.005, code
        assert pct_of(row["Besteed"].value) == fig("besteed_pct"), code
        assert pct_of(row["Prognose / begroting"].value) == fig("prognose_besteed_pct"), code
        assert row["Signaal"].value in ("binnen marge", "lager dan begroot", "hoger dan begroot"), row["Signaal"].value
    methods = {row["Methode prognose"].value for row in tables["Financien"]}
    assert {"opgave aanbieder", "patroon vorig jaar"} <= methods, methods  # the sample shows more than one
    checks = tables["Toetsen"]
    for row in checks:
        assert row["Oordeel"].value in ("op koers", "risico"), row["Oordeel"].value  # the year runs
        code = row["Oormerk"].value
        if ("oormerk_nog_nodig", "oormerk", code) in figures:
            assert abs(row["Nog nodig"].value - float(figures[("oormerk_nog_nodig", "oormerk", code)][5])) < 0.005
            assert row["Haalbaar in tempo laatste kwartaal"].value in ("ja", "nee", "al gehaald")
    [profit] = [r for r in checks if r["Oormerk"].value == "totaal"]
    assert pct_of(profit["Verwacht resultaat / begroting"].value) == \
        float(figures[("resultaat_prognose_pct", "totaal", "totaal")][5])


@test
def charts_for_trend_reach_and_budget():
    with zipfile.ZipFile(Book.path()) as z:
        charts = sorted(n for n in z.namelist() if re.match(r"xl/charts/chart\d+\.xml$", n))
        assert len(charts) >= 3, charts
        xml = " ".join(z.read(n).decode("utf-8") for n in charts)
    assert "<c:lineChart>" in xml and "<c:barChart>" in xml, "line and bar charts"
    assert "Overzicht!" in xml and "Bereikt!" in xml and "Financiën'!" in xml, "chart ranges"
    assert "<c:numCache>" in xml, "charts carry their values"


@test
def print_setup_a4_landscape_fit_to_width_with_header_and_footer():
    wb = Book.formulas()
    for ws in wb.worksheets:
        assert ws.page_setup.paperSize in (9, "9"), (ws.title, ws.page_setup.paperSize)
        assert ws.page_setup.orientation == "landscape", ws.title
        # fitToWidth defaults to 1 when absent
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (None, 1, "1"), ws.title
        assert ws.page_setup.fitToHeight in (0, "0"), ws.title
        header = ws.oddHeader.left.text + ws.oddHeader.center.text + ws.oddHeader.right.text
        footer = ws.oddFooter.left.text + ws.oddFooter.center.text + ws.oddFooter.right.text
        assert "&A" in header and "3e kwartaal 2026" in header, (ws.title, header)
        assert "&P" in footer and "&N" in footer, (ws.title, footer)
        if ws.title not in ("Overzicht",):
            assert ws.print_title_rows, ws.title


@test
def properties_are_set_and_fixed():
    wb = Book.formulas()
    p = wb.properties
    assert p.title and "3e kwartaal 2026" in p.title, p.title
    assert p.subject and p.creator, (p.subject, p.creator)
    assert p.created == datetime.datetime(2026, 9, 30, 12, 0, 0), p.created
    with zipfile.ZipFile(Book.path()) as z:
        app = z.read("docProps/app.xml").decode("utf-8")
    assert re.search(r"<Company>[^<]+</Company>", app), app


@test
def definitions_cover_every_figure():
    ws = Book.values()["Definities"]
    table = ws.tables["Definities"]
    c0, r0, c1, r1 = openpyxl.utils.cell.range_boundaries(table.ref)
    headers = [ws.cell(r0, c).value for c in range(c0, c1 + 1)]
    rows = [{h: ws.cell(r, c0 + i).value for i, h in enumerate(headers)} for r in range(r0 + 1, r1 + 1)]
    by_code = {r["Code"]: r for r in rows}
    for figure in {r[2] for r in Book.csv()[1:]}:
        d = by_code.get(figure)
        assert d and d["Definitie"] and d["Bronbestand"] and d["Kolommen"], figure
        assert d["Definitie"] != "Nog niet beschreven.", figure
        assert "{" not in d["Definitie"], d["Definitie"]


@test
def same_workbook_under_dutch_locale_and_between_runs():
    nl = "nl_NL.UTF-8"
    have = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    assert "nl_nl.utf8" in have, "generate nl_NL.UTF-8 first (locales; locale-gen)"
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b, \
            tempfile.TemporaryDirectory() as c:
        first = build(a, env={"LC_ALL": "C", "LANG": "C"})
        time.sleep(1.1)  # a clock that leaked into the file would now differ
        second = build(b, env={"LC_ALL": "C", "LANG": "C"})
        dutch = build(c, env={"LC_ALL": nl, "LANG": nl, "LC_NUMERIC": nl})
        assert sha(first) == sha(second), "two builds differ"
        assert sha(first) == sha(dutch), "the build under nl_NL.UTF-8 differs"


@test
def suppression_when_the_configuration_asks_for_it():
    with tempfile.TemporaryDirectory() as tmp:
        config = os.path.join(tmp, "config.ini")
        with open(FIXTURE_CONFIG, encoding="utf-8") as f:
            text = f.read()
        with open(config, "w", encoding="utf-8") as f:
            # Into the one [privacy] section: a section may appear only once.
            f.write(text.replace("[privacy]\n", "[privacy]\nbijlage_onderdrukken = ja\n", 1))
        r = run("kwartaal", PERIOD, "--gegevens", FIXTURE, "--instellingen", config, "--uitvoer", tmp)
        assert r.returncode == 0, r.stderr
        folder = os.path.join(tmp, PERIOD)
        with open(os.path.join(folder, cijfers_name(PERIOD, public=True)), newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        wb = openpyxl.load_workbook(os.path.join(folder, f"bijlage-{PERIOD}.xlsx"), data_only=True)
        sheet = [list(r) for r in wb["Cijfers"].iter_rows(values_only=True)]
        assert len(sheet) == len(rows)
        for got, want in zip(sheet[1:], rows[1:]):
            assert (got[5] is None) == (want[5] == ""), (got, want)
        hidden = [r for r in rows[1:] if r[5] == "" and r[6] != "0"]
        shown = [c.value for row in wb["Bereikt"].iter_rows() for c in row]
        if any(r[1] == "bereikt" for r in hidden):
            assert "<5" in shown, "small counts show as <5 on the part sheet"


def cleanup():
    for folder in (Book.dir, Recalculated.dir):
        if folder:
            shutil.rmtree(folder, ignore_errors=True)


def main():
    return run_tests("e2e bijlage", TESTS, cleanup)


if __name__ == "__main__":
    sys.exit(main())
