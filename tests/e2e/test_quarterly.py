#!/usr/bin/python3
"""End-to-end tests: run the real program and check its outputs with real readers
(poppler's pdftotext/pdffonts/pdfinfo, qpdf, openpyxl). Prints 'e2e: N passed, N failed'."""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile

import openpyxl

from harness import (FIXTURE, FIXTURE_CONFIG, SAMPLE, cijfers_name, nl_count, pdftext, read_cijfers, run, run_tests, sha,
                     test_registry)

TESTS, test = test_registry()


class Sample:
    """The sample export, reported once into a temporary folder."""
    dir = None
    result = None

    @classmethod
    def get(cls):
        if cls.dir is None:
            cls.dir = tempfile.mkdtemp(prefix="wr-e2e-")
            cls.result = run("kwartaal", "--gegevens", SAMPLE, "--uitvoer", cls.dir)
        return cls.dir, cls.result

    @classmethod
    def path(cls, name):
        return os.path.join(cls.get()[0], "2026-Q3", name)


@test
def sample_run_writes_three_files():
    out, r = Sample.get()
    assert r.returncode == 0, r.stderr
    for name in ["kwartaalrapportage-2026-Q3.pdf", "bijlage-2026-Q3.xlsx", cijfers_name("2026-Q3")]:
        assert os.path.getsize(Sample.path(name)) > 0, name
    leftovers = [n for n in os.listdir(os.path.join(out, "2026-Q3")) if ".tmp-" in n]
    assert not leftovers, leftovers
    assert "3e kwartaal 2026" in r.stdout


@test
def pdf_is_valid_and_fonts_embedded():
    pdf = Sample.path("kwartaalrapportage-2026-Q3.pdf")
    subprocess.run(["qpdf", "--check", pdf], capture_output=True, check=True)
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts, "no fonts listed"
    for line in fonts:
        # columns: name type encoding emb sub uni object ID
        assert re.search(r"\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line), line
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    assert "Kwartaalrapportage" in info and "Buurts" in info and "A4" in info, info


@test
def pdf_shows_the_figures_of_cijfers_csv():
    # Layout mode keeps a table row on one line, also when a table continues on a new page.
    text = pdftext(Sample.path("kwartaalrapportage-2026-Q3.pdf"), layout=True)
    flat = " ".join(text.split())
    rows = read_cijfers(Sample.path(cijfers_name("2026-Q3")))
    totals = {r[2]: r[5] for r in rows[1:] if r[3] == "totaal"}
    for figure in ["bereik", "instroom", "uitstroom", "wachtend_trajecten", "wachtend_inwoners"]:
        shown = nl_count(totals[figure]) if int(totals[figure]) >= 5 or int(totals[figure]) == 0 else "<5"
        assert shown in flat, (figure, shown)
    # Every district row of the reach table: label followed by its reach and inflow.
    per_wijk = {}
    for r in rows[1:]:
        if r[3] == "wijk" and r[2] in ("bereik", "instroom"):
            per_wijk.setdefault(r[4], {})[r[2]] = int(r[5])
        if r[3] == "wijk" and r[2] == "bereik_per_1000":  # between them, one decimal
            per_wijk.setdefault(r[4], {})[r[2]] = f"{float(r[5]):.1f}".replace(".", ",")
    labels = {"centrum": "Centrum", "noord": "Noord", "oost": "Oost", "zuid_west": "Zuid-West",
              "schalkwijk": "Schalkwijk", "spaarndam": "Spaarndam-West", "onbekend": "Onbekend"}
    shown = lambda v: "<5" if 1 <= v < 5 else nl_count(v)
    for code, fig in per_wijk.items():
        pattern = re.escape(labels[code]) + r"\s+" + re.escape(shown(fig["bereik"])) + r"\s+" + \
            (re.escape(fig["bereik_per_1000"]) + r"\s+" if "bereik_per_1000" in fig else "") + re.escape(shown(fig["instroom"]))
        assert re.search(pattern, flat), (code, fig)
    for part in ["1 Gedaan", "2 Bereikt", "3 Effect", "4 Impact"]:
        assert part in flat, part
    assert re.search(r"pagina 1 van \d+", flat)


@test
def workbook_cijfers_sheet_equals_csv():
    rows = read_cijfers(Sample.path(cijfers_name("2026-Q3")))
    wb = openpyxl.load_workbook(Sample.path("bijlage-2026-Q3.xlsx"))
    assert "Cijfers" in wb.sheetnames and "Datakwaliteit" in wb.sheetnames, wb.sheetnames
    sheet = [list(r) for r in wb["Cijfers"].iter_rows(values_only=True)]
    assert len(sheet) == len(rows), (len(sheet), len(rows))
    assert sheet[0] == rows[0]
    for got, want in zip(sheet[1:], rows[1:]):
        assert [str(v) for v in got[:5]] == want[:5], (got, want)
        for g, w in zip(got[5:], want[5:]):
            if w == "":
                assert g is None, (got, want)
            else:
                assert abs(float(g) - float(w)) < 1e-9, (got, want)


@test
def data_quality_sheet_lists_problems_with_file_line_column():
    wb = openpyxl.load_workbook(Sample.path("bijlage-2026-Q3.xlsx"))
    rows = list(wb["Datakwaliteit"].iter_rows(values_only=True))
    assert rows[0][:3] == ("bestand", "regel", "kolom"), rows[0]
    assert len(rows) > 1
    for r in rows[1:]:
        assert r[0].endswith(".csv") and isinstance(r[1], int) and r[1] >= 1 and r[7], r
    # Listed file by file in the contract's order, and by line within a file.
    order = ["trajecten.csv", "contacten.csv", "activiteiten.csv", "afspraken.csv", "klachten.csv",
             "ervaringen.csv", "uitkomsten.csv", "indicatoren.csv", "financien.csv"]
    keys = [(order.index(r[0]), r[1]) for r in rows[1:]]
    assert keys == sorted(keys), keys
    # The problems planted in the sample export (sample-data/README.md) are all there.
    found = {(r[0], r[1]) for r in rows[1:]}
    for planted in [("trajecten.csv", 1644), ("trajecten.csv", 5600), ("trajecten.csv", 6921),
                    ("contacten.csv", 17492), ("activiteiten.csv", 5088), ("klachten.csv", 26),
                    ("ervaringen.csv", 1242), ("uitkomsten.csv", 3988)]:
        assert planted in found, planted


@test
def no_resident_key_reaches_an_output():
    with open(os.path.join(SAMPLE, "trajecten.csv"), encoding="utf-8-sig", newline="") as f:
        first = f.readline()
        delim = ";" if first.count(";") > first.count(",") else ","
        f.seek(0)
        reader = csv.DictReader(f, delimiter=delim)
        keys = {row["inwoner_id"].strip() for row in reader if row.get("inwoner_id")}
    assert len(keys) > 100
    texts = [pdftext(Sample.path("kwartaalrapportage-2026-Q3.pdf")),
             open(Sample.path(cijfers_name("2026-Q3")), encoding="utf-8").read()]
    wb = openpyxl.load_workbook(Sample.path("bijlage-2026-Q3.xlsx"))
    for ws in wb.worksheets:
        texts.append(" ".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None))
    tokens = set(re.findall(r"[A-Za-z0-9_-]+", " ".join(texts)))
    leaked = keys & tokens
    assert not leaked, sorted(leaked)[:5]


@test
def fixture_figures_match_reference_file():
    with tempfile.TemporaryDirectory() as out:
        r = run("kwartaal", "2026-Q3", "--gegevens", FIXTURE, "--instellingen", FIXTURE_CONFIG, "--uitvoer", out)
        assert r.returncode == 0, r.stderr
        got = read_cijfers(os.path.join(out, "2026-Q3", cijfers_name("2026-Q3")))
        want = read_cijfers(os.path.join(FIXTURE, "verwacht-cijfers-2026-Q3.csv"))
        assert got == want, [r for r in got if r not in want][:5] + [r for r in want if r not in got][:5]
        # Missing narrative texts: a draft, and the missing files are listed.
        assert "concept" in r.stderr and "inleiding.md" in r.stderr, r.stderr
        text = pdftext(os.path.join(out, "2026-Q3", "kwartaalrapportage-2026-Q3.pdf"))
        assert "Tekst ontbreekt" in text and "Concept" in text


def copy_fixture(dst):
    shutil.copytree(FIXTURE, dst)
    shutil.copy(FIXTURE_CONFIG, os.path.join(dst, "wijkrapport.ini"))


@test
def failed_run_leaves_previous_outputs_byte_identical():
    with tempfile.TemporaryDirectory() as tmp:
        data, out = os.path.join(tmp, "export"), os.path.join(tmp, "out")
        copy_fixture(data)
        r = run("kwartaal", "2026-Q3", "--gegevens", data, "--uitvoer", out)
        assert r.returncode == 0, r.stderr
        folder = os.path.join(out, "2026-Q3")
        files = lambda: [os.path.relpath(os.path.join(at, n), folder) for at, _, ns in os.walk(folder) for n in ns]
        before = {n: sha(os.path.join(folder, n)) for n in files()}
        # Break the export: rename the required column aanmelddatum in the header.
        path = os.path.join(data, "trajecten.csv")
        raw = open(path, "rb").read().replace(b";aanmelddatum;", b";aangemeld;", 1)
        open(path, "wb").write(raw)
        r = run("kwartaal", "2026-Q3", "--gegevens", data, "--uitvoer", out)
        assert r.returncode == 1, (r.returncode, r.stderr)
        assert "trajecten.csv, regel 1" in r.stderr and "aanmelddatum" in r.stderr, r.stderr
        after = {n: sha(os.path.join(folder, n)) for n in files()}
        assert after == before, (before, after)


@test
def invalid_utf8_names_file_and_line():
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "export")
        copy_fixture(data)
        path = os.path.join(data, "trajecten.csv")
        lines = open(path, "rb").read().split(b"\r\n")
        lines[4] = lines[4].replace(b"schalkwijk", b"schalkw\xe9k")
        open(path, "wb").write(b"\r\n".join(lines))
        r = run("kwartaal", "2026-Q3", "--gegevens", data, "--uitvoer", os.path.join(tmp, "out"))
        assert r.returncode == 1, r.returncode
        assert "trajecten.csv, regel 5" in r.stderr and "UTF-8" in r.stderr, r.stderr
        assert not os.path.exists(os.path.join(tmp, "out", "2026-Q3", cijfers_name("2026-Q3")))


@test
def missing_export_and_bad_arguments_are_explained():
    with tempfile.TemporaryDirectory() as tmp:
        r = run("kwartaal", "2026-Q3", "--gegevens", tmp, "--instellingen", FIXTURE_CONFIG, "--uitvoer", tmp)
        assert r.returncode == 1 and "trajecten.csv" in r.stderr and "kan niet worden geopend" in r.stderr, r.stderr
    r = run("kwartaal", "2026-Q7")
    assert r.returncode == 2 and "2026-Q7" in r.stderr, r.stderr
    r = run("--onbekend")
    assert r.returncode == 2 and "--onbekend" in r.stderr, r.stderr
    r = run("kwartaal", "--gegevens", SAMPLE, "--instellingen", "/nonexistent.ini")
    assert r.returncode == 3 and "/nonexistent.ini" in r.stderr, r.stderr
    r = run("--help")
    assert r.returncode == 0 and "Gebruik: wijkrapport kwartaal" in r.stdout and "--gegevens" in r.stdout
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("wijkrapport ")


@test
def same_inputs_give_identical_files():
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        for out in (a, b):
            r = run("kwartaal", "2026-Q3", "--gegevens", SAMPLE, "--uitvoer", out)
            assert r.returncode == 0, r.stderr
        top = os.path.join(a, "2026-Q3")
        for name in [os.path.relpath(os.path.join(at, n), top) for at, _, ns in os.walk(top) for n in ns]:
            assert sha(os.path.join(a, "2026-Q3", name)) == sha(os.path.join(b, "2026-Q3", name)), name


def cleanup():
    if Sample.dir:
        shutil.rmtree(Sample.dir, ignore_errors=True)


def main():
    return run_tests("e2e kwartaal", TESTS, cleanup)


if __name__ == "__main__":
    sys.exit(main())
