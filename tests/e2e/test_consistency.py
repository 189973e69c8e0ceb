#!/usr/bin/python3
"""The PDF, the workbook and cijfers.csv agree on every figure they share, and
'wijkrapport controleer' reports a broken export. Prints 'e2e samenhang: N passed, N failed'."""
import configparser
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile

import openpyxl

from harness import SAMPLE, cijfers_name, run, run_tests, test_registry

TESTS, test = test_registry()

# The tables of the quarterly template: per dimension, the figures in column order.
TABLES = {
    "onderdeel": ["bereik", "instroom", "uitstroom"],
    "wijk": ["bereik", "bereik_per_1000", "instroom"],
    "leeftijdsgroep": ["bereik"],
    "reden_instroom": ["instroom"],
    "reden_uitstroom": ["uitstroom"],
    "kanaal": ["contacten"],
    "thema": ["activiteiten", "bijeenkomsten", "deelnames", "vrijwilligersinzet"],
    "status": ["afspraken"],
    "aard": ["klachten_ontvangen"],
    "uitkomst": ["klachten_afgehandeld"],
    "vraag": ["ervaring_eens_pct"],
    # budget, spent to date, the pro-rata share (no figure of its own: any amount), forecast
    "post": ["begroting", "realisatie", None, "prognose", "prognose_besteed_pct"],
}
SMALL_COUNTS = {"bereik", "instroom", "uitstroom", "wachtend_trajecten", "wachtend_inwoners", "klachten_ontvangen",
                "klachten_afgehandeld", "klachten_open", "zrm_paren"}
AGE_LABELS = {"0-17": "0 tot en met 17 jaar", "18-26": "18 tot en met 26 jaar", "27-64": "27 tot en met 64 jaar",
              "65+": "65 jaar en ouder"}
FIXED_LABELS = {
    "kanaal": {"telefonisch": "Telefonisch", "digitaal": "Digitaal", "schriftelijk": "Schriftelijk", "fysiek": "Fysiek"},
    "thema": {"lichamelijk_sociaal_redzaam": "Lichamelijk en sociaal redzaam", "praktisch_redzaam": "Praktisch redzaam",
              "samenredzaamheid": "Samenredzaamheid", "participatie": "Participatie"},
    "status": {"gerealiseerd": "Gerealiseerd", "op_schema": "Op schema", "vertraagd": "Vertraagd",
               "niet_gestart": "Niet gestart", "vervallen": "Vervallen", "niet_gerapporteerd": "Niet gerapporteerd"},
    "aard": {"bejegening": "Bejegening", "inzet_ondersteuning": "Inzet van ondersteuning",
             "bereikbaarheid": "Bereikbaarheid", "communicatie": "Communicatie", "overig": "Overig"},
    "uitkomst": {"gegrond": "Gegrond", "deels_gegrond": "Deels gegrond", "ongegrond": "Ongegrond",
                 "ingetrokken": "Ingetrokken", "bemiddeld": "Bemiddeld"},
}
SECTIONS = {"onderdeel": "onderdelen", "wijk": "wijken", "reden_instroom": "redenen_instroom",
            "reden_uitstroom": "redenen_uitstroom", "vraag": "vragen", "post": "posten"}


def labels(dimension):
    if dimension == "leeftijdsgroep":
        return AGE_LABELS
    if dimension in FIXED_LABELS:
        return FIXED_LABELS[dimension]
    ini = configparser.ConfigParser(inline_comment_prefixes=(";",))
    ini.read(os.path.join(SAMPLE, "wijkrapport.ini"), encoding="utf-8")
    return dict(ini[SECTIONS[dimension]])


def nl(value, decimals):
    text = f"{abs(value):,.{decimals}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if value < 0 else "") + text


def shown(figure, value, noemer):
    """How the public PDF shows a value of cijfers.csv."""
    if value == "":
        return "–"
    v = float(value)
    if figure.endswith("_pct"):
        return "n<10" if int(noemer) < 10 else nl(v, 1) + "%"
    if figure == "bereik_per_1000":  # per 1,000 inhabitants, one decimal
        return nl(v, 1)
    if figure in ("begroting", "realisatie", "prognose"):  # the finance table: whole euros, "in euro's"
        return nl(round(v), 0)
    if figure in SMALL_COUNTS and 1 <= v < 5:
        return "<5"
    return nl(v, 0)


class Sample:
    out = None

    @classmethod
    def folder(cls):
        if cls.out is None:
            cls.out = tempfile.mkdtemp(prefix="wr-e2e-")
            r = run("kwartaal", "2026-Q3", "--gegevens", SAMPLE, "--uitvoer", cls.out)
            assert r.returncode == 0, r.stderr
        return os.path.join(cls.out, "2026-Q3")


def cijfers():
    with open(os.path.join(Sample.folder(), cijfers_name("2026-Q3")), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@test
def every_table_row_in_the_pdf_equals_cijfers_csv():
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", os.path.join(Sample.folder(), "kwartaalrapportage-2026-Q3.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.replace("\u00a0", " ").split())
    rows = cijfers()
    checked = 0
    for dimension, figures in TABLES.items():
        names = labels(dimension)
        codes = [r["waarde_code"] for r in rows if r["dimensie"] == dimension and r["cijfer"] == figures[0]]
        assert codes, dimension
        for code in codes:
            label = names.get(code, "Onbekend" if code == "onbekend" else "Stadsbreed")
            values = []
            for figure in figures:
                match = [r for r in rows if r["cijfer"] == figure and r["dimensie"] == dimension and r["waarde_code"] == code]
                if figure is None:
                    values.append(None)
                else:
                    values.append(shown(figure, match[0]["waarde"], match[0]["noemer"]) if match else "–")
            # a long post name may wrap in its narrow column: its first word and then the values
            start = re.escape(label) if dimension != "post" else re.escape(label.split()[0]) + r"[^\d€%]*?"
            pattern = start + r"\s+" + r"\s+".join(r"[\d.]+" if v is None else re.escape(v) for v in values)
            assert re.search(pattern, flat), (dimension, code, label, values)
            checked += 1
    assert checked > 60, checked


@test
def workbook_holds_the_same_numbers_as_cijfers_csv():
    wb = openpyxl.load_workbook(os.path.join(Sample.folder(), "bijlage-2026-Q3.xlsx"), data_only=True)
    sheet = list(wb["Cijfers"].iter_rows(values_only=True))
    header = list(sheet[0])
    for got, want in zip(sheet[1:], cijfers()):
        row = dict(zip(header, got))
        for key in ("cijfer", "dimensie", "waarde_code"):
            assert str(row[key]) == want[key], (row, want)
        if want["waarde"] == "":
            assert row["waarde"] in (None, ""), (row, want)
        else:
            assert abs(float(row["waarde"]) - float(want["waarde"])) < 1e-9, (row, want)


def copy_sample(dst):
    shutil.copytree(SAMPLE, dst)


@test
def controleer_lists_row_problems_and_exits_zero():
    r = run("controleer", "--gegevens", SAMPLE)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "Ongeldige datum (2)" in out, out
    assert "trajecten.csv, regel 10248, kolom 7 (eerste_contact): '31-02-2026'" in out, out
    assert "klachten.csv, regel 26" in out and "contacten.csv, regel 17492" in out, out
    assert "De export kan worden gebruikt" in out


@test
def controleer_fails_on_a_file_level_error():
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "export")
        copy_sample(data)
        path = os.path.join(data, "contacten.csv")
        lines = open(path, encoding="utf-8").read().split("\n")
        lines[0] = lines[0].replace("kanaal", "medium")
        open(path, "w", encoding="utf-8").write("\n".join(lines))
        r = run("controleer", "--gegevens", data)
        assert r.returncode == 1, (r.returncode, r.stdout, r.stderr)
        assert "contacten.csv, regel 1" in r.stderr and "'kanaal'" in r.stderr, r.stderr


@test
def a_missing_optional_file_is_reported_not_zero():
    with tempfile.TemporaryDirectory() as tmp:
        data, out = os.path.join(tmp, "export"), os.path.join(tmp, "out")
        copy_sample(data)
        os.remove(os.path.join(data, "klachten.csv"))
        r = run("kwartaal", "2026-Q3", "--gegevens", data, "--uitvoer", out)
        assert r.returncode == 0, r.stderr
        rows = list(csv.DictReader(open(os.path.join(out, "2026-Q3", cijfers_name("2026-Q3")), encoding="utf-8")))
        assert not [r for r in rows if r["cijfer"].startswith("klachten")], "complaint rows without complaints file"
        assert [r for r in rows if r["cijfer"] == "contacten"]
        text = subprocess.run(["pdftotext", os.path.join(out, "2026-Q3", "kwartaalrapportage-2026-Q3.pdf"), "-"],
                              capture_output=True, text=True).stdout
        flat = " ".join(text.split())
        assert re.search(r"Klachten Geen gegevens aangeleverd \(klachten\.csv ontbreekt", flat), flat[:200]


def cleanup():
    if Sample.out:
        shutil.rmtree(Sample.out, ignore_errors=True)


def main():
    return run_tests("e2e samenhang", TESTS, cleanup)


if __name__ == "__main__":
    sys.exit(main())
