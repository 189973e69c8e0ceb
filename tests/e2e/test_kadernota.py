#!/usr/bin/env python3
"""End-to-end tests of `wijkrapport kadernota JAAR` on the sample export: the command
writes the PDF, the HTML twin and the workbook into UITVOER/kadernota-JAAR/; the outlook
table (verwachting, marge, alleen demografie, autonome ontwikkeling) and the backtest in
the workbook are the numbers the PDF and the HTML show; the budget need is budget x
volume factor x price factor; axe-core finds no WCAG 2.1 A/AA violation in the HTML; a
wrong year is refused."""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import openpyxl

from harness import ROOT, SAMPLE, flat, pdftext, run, run_tests, test_registry

TESTS, test = test_registry()
HELPER = os.path.join(ROOT, "tests", "e2e", "html")
YEAR = "2027"


class Out:
    dir = None
    result = None

    @classmethod
    def get(cls):
        if cls.dir is None:
            cls.dir = tempfile.mkdtemp(prefix="wr-kn-")
            cls.result = run("kadernota", YEAR, "--gegevens", SAMPLE, "--uitvoer", cls.dir)
            assert cls.result.returncode == 0, cls.result.stderr
        return cls.dir

    @classmethod
    def path(cls, ext):
        return os.path.join(cls.get(), f"kadernota-{YEAR}", f"kadernota-{YEAR}.{ext}")


def nl(value, decimals=0):
    """A number as the documents write it: 1234 -> '1.234', 1.032 -> '1,032'."""
    s = f"{value:,.{decimals}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def html_text(path):
    with open(path, encoding="utf-8") as f:
        body = f.read()
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return flat(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\u00a0", " "))


def pdf_flat(path):
    return flat(pdftext(path, layout=True).replace("\u00a0", " "))


def outlook_rows():
    """The workbook's Vooruitblik sheet: one dict per measure and onderdeel."""
    ws = openpyxl.load_workbook(Out.path("xlsx"), data_only=True)["Vooruitblik"]
    rows = list(ws.iter_rows(values_only=True))
    head = list(rows[2])
    return [dict(zip(head, r)) for r in rows[3:] if r[0] and r[1]]


def signed_pct(x):
    r = round(x + (1e-9 if x >= 0 else -1e-9), 1)
    return ("+" if r > 0 else "\u2212" if r < 0 else "") + nl(abs(r), 1) + "%"


def shown(v, decimals=0):
    if isinstance(v, str):
        return v
    return nl(v, decimals)


@test
def kadernota_writes_pdf_html_and_workbook_in_their_own_folder():
    for ext in ("pdf", "html", "xlsx"):
        assert os.path.getsize(Out.path(ext)) > 1000, ext
    assert sorted(os.listdir(os.path.join(Out.get(), f"kadernota-{YEAR}"))) == [
        f"kadernota-{YEAR}.html", f"kadernota-{YEAR}.pdf", f"kadernota-{YEAR}.xlsx"]
    assert "Vooruitblik voor de Kadernota 2027 geschreven" in Out.result.stdout


@test
def the_outlook_table_of_the_workbook_is_what_pdf_and_html_show():
    rows = outlook_rows()
    assert len(rows) == 13, len(rows)  # bereik, instroom, contacten x (3 onderdelen + totaal), deelnames totaal
    pdf, page = pdf_flat(Out.path("pdf")), html_text(Out.path("html"))
    for r in rows:
        cells = [shown(r["Basisjaar"]), shown(r["Verwachting"]),
                 f"{shown(r['Marge laag'])}–{shown(r['Marge hoog'])}", shown(r["Demografische verwachting"])]
        auto = r["Autonome ontwikkeling"]
        cells.append(auto if isinstance(auto, str) else ("+" if auto > 0 else "\u2212" if auto < 0 else "") + nl(abs(auto)))
        line = " | ".join(cells)
        html_row = " ".join(cells)
        assert html_row in page, (r["Maat"], r["Onderdeel"], html_row)
        for c in cells:
            assert c in pdf, (r["Maat"], r["Onderdeel"], c)
        assert isinstance(r["Verwachting"], (int, float)) and r["Marge laag"] <= r["Verwachting"] <= r["Marge hoog"], line
        if r["Onderdeel"] == "Totaal":  # the summary's growth: the trend against demography alone
            growth = signed_pct(100 * (r["Verwachting"] / r["Basisjaar"] - 1))
            demo = signed_pct(100 * (r["Demografische factor"] - 1))
            assert f"{r['Maat']} {growth} en {demo}" in page, (r["Maat"], growth, demo)


@test
def the_backtest_is_in_all_three_and_says_whether_the_outcome_fell_inside():
    rows = outlook_rows()
    page = html_text(Out.path("html"))
    pdf = pdf_flat(Out.path("pdf"))
    inside = 0
    for r in rows:
        err = r["Toets: fout %"]
        err_text = err if isinstance(err, str) else ("+" if err > 0 else "\u2212" if err < 0 else "") + nl(abs(err), 1) + "%"
        cells = [shown(r["Toets: voorspeld"]), shown(r["Toets: werkelijk"]), err_text, r["Toets: binnen de marge"]]
        assert f"{cells[0]} " in page and f"{cells[1]} {cells[2]} {cells[3]}" in page, cells
        assert cells[2] in pdf, cells
        if not isinstance(r["Toets: werkelijk"], str):
            low, high = r["Toets: voorspeld"], r["Toets: werkelijk"]
            assert r["Toets: binnen de marge"] in ("binnen de marge", "erbuiten"), r
            inside += r["Toets: binnen de marge"] == "binnen de marge"
    assert f"bij {inside} van de {len(rows)} reeksen binnen de marge" in page, inside


@test
def budget_need_is_budget_times_volume_factor_times_price_factor():
    ws = openpyxl.load_workbook(Out.path("xlsx"), data_only=True)["Budget"]
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[0]]
    posts, total = rows[:-1], rows[-1]
    assert total[0] == "Totaal"
    page = html_text(Out.path("html"))
    for name, part, budget, volume, price, need in posts:
        assert abs(price - 1.032) < 1e-9, price  # [kadernota] prijsindex_pct = 3,2, one year
        assert abs(budget * volume * price - need) <= budget * 0.0006 + 1, (name, budget, volume, price, need)
        assert f"{name} {part} € {nl(budget)} {nl(volume, 3)} {nl(price, 3)} € {nl(need)}" in page, name
    assert abs(sum(p[5] for p in posts) - total[5]) <= len(posts)
    assert "Overhead en bedrijfsvoering Totaal" in page  # post.overhead = totaal


@test
def demography_uses_the_population_of_the_settings():
    ws = openpyxl.load_workbook(Out.path("xlsx"), data_only=True)["Bevolking"]
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[0]]
    assert [r[0] for r in rows] == ["0-17", "18-26", "27-64", "65+"]
    assert rows[0][1] == 32300 and rows[0][2] == 32100  # 2025.0-17 and 2027.0-17 of the sample settings
    page = html_text(Out.path("html"))
    for code, base, target, reached, rate in rows:
        assert f"{code} jaar {nl(base)} {nl(target)}" in page, code
        assert f"{nl(reached)} {nl(rate, 1)}" in page, code


@test
def axe_finds_no_violation_in_the_html():
    r = subprocess.run(["node", os.path.join(HELPER, "check.mjs"), Out.path("html")], capture_output=True,
                       text=True, cwd=HELPER)
    assert r.returncode == 0, r.stderr[-2000:]
    res = json.loads(r.stdout)["results"][0]
    assert res["axe"]["violations"] == [], json.dumps(res["axe"]["violations"], indent=1)[:3000]
    assert res["axe"]["passes"] >= 20, res["axe"]["passes"]


@test
def a_series_with_hidden_quarters_gets_no_forecast_that_would_show_their_size():
    """With a threshold of 700 some quarters of bereik per onderdeel show "<700" or "x"
    (as in the quarterly reports); the forecast, the interval, the backtest and the
    demography of such a series are not shown either, in none of the three outputs."""
    tmp = tempfile.mkdtemp(prefix="wr-kn-priv-")
    try:
        with open(os.path.join(SAMPLE, "wijkrapport.ini"), encoding="utf-8") as f:
            ini = f.read().replace("drempel = 5\n", "drempel = 700\n")
        settings = os.path.join(tmp, "wijkrapport.ini")
        with open(settings, "w", encoding="utf-8") as f:
            f.write(ini)
        r = run("kadernota", YEAR, "--gegevens", SAMPLE, "--instellingen", settings, "--uitvoer", tmp)
        assert r.returncode == 0, r.stderr
        book = openpyxl.load_workbook(os.path.join(tmp, f"kadernota-{YEAR}", f"kadernota-{YEAR}.xlsx"))
        quarters = [q for q in book["Kwartalen"].iter_rows(min_row=2, values_only=True)]
        hidden = {(q[0], q[1]) for q in quarters if isinstance(q[3], str) and (q[3] == "x" or q[3].startswith("<"))}
        assert ("bereik", "sociale_basis") in hidden, sorted(hidden)
        assert ("bereik", "totaal") not in hidden
        rows = [r for r in book["Vooruitblik"].iter_rows(min_row=4, values_only=True) if r[0] and r[1]]
        page = html_text(os.path.join(tmp, f"kadernota-{YEAR}", f"kadernota-{YEAR}.html"))
        for row in rows:
            if row[0].startswith("Bereik") and row[1] == "Sociale basis":
                assert row[4:8] == ("x", "x", "x", "–"), row
                assert row[10] == "x" and row[11] == "x", row
                assert "Bereik Sociale basis x x x – geen gegevens" in page  # "–" reads "geen gegevens" in the HTML
            if row[0].startswith("Bereik") and row[1] == "Totaal":
                assert isinstance(row[4], (int, float)), row
        for q in quarters:
            if (q[0], q[1]) in hidden:
                assert q[4] == "x", q  # no fitted value or forecast beside a hidden quarter
        assert "zou laten zien hoe groot ze ongeveer waren" in page
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@test
def the_cover_date_follows_datum_then_the_settings_like_every_report():
    """--datum wins; without it the settings' publicatiedatum; the same rule as the
    quarterly report, so a Kadernota written in January says January."""
    tmp = tempfile.mkdtemp(prefix="wr-kn-date-")
    try:
        r = run("kadernota", YEAR, "--gegevens", SAMPLE, "--uitvoer", tmp, "--datum", "2027-01-20")
        assert r.returncode == 0, r.stderr
        pdf = os.path.join(tmp, f"kadernota-{YEAR}", f"kadernota-{YEAR}.pdf")
        assert "Datum 20 januari 2027" in pdf_flat(pdf), pdf_flat(pdf)[:300]
        with open(os.path.join(SAMPLE, "wijkrapport.ini"), encoding="utf-8") as f:
            ini = f.read().replace("[algemeen]\n", "[algemeen]\npublicatiedatum = 2027-02-03\n", 1)
        settings = os.path.join(tmp, "wijkrapport.ini")
        with open(settings, "w", encoding="utf-8") as f:
            f.write(ini)
        r = run("kadernota", YEAR, "--gegevens", SAMPLE, "--instellingen", settings, "--uitvoer", tmp)
        assert r.returncode == 0, r.stderr
        assert "Datum 3 februari 2027" in pdf_flat(pdf), pdf_flat(pdf)[:300]
        assert "3 februari 2027" in html_text(pdf[:-3] + "html")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@test
def a_year_the_export_cannot_reach_is_refused_and_writes_nothing():
    tmp = tempfile.mkdtemp(prefix="wr-kn-bad-")
    try:
        for year in ("2026", "2030"):
            r = run("kadernota", year, "--gegevens", SAMPLE, "--uitvoer", tmp)
            assert r.returncode == 2 and "2027 of 2028" in r.stderr, (year, r.returncode, r.stderr)
        r = run("kadernota", "volgend", "--gegevens", SAMPLE, "--uitvoer", tmp)
        assert r.returncode == 2 and "geen jaar" in r.stderr, r.stderr
        assert os.listdir(tmp) == [], os.listdir(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def cleanup():
    if Out.dir:
        shutil.rmtree(Out.dir, ignore_errors=True)


def main():
    return run_tests("e2e kadernota", TESTS, cleanup)


if __name__ == "__main__":
    sys.exit(main())
