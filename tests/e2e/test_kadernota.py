#!/usr/bin/env python3
"""End-to-end tests of `wijkrapport kadernota JAAR` on the sample export: the command
writes the PDF, the HTML twin and the workbook into UITVOER/kadernota-JAAR/; the outlook
table (verwachting, marge, alleen demografie, autonome ontwikkeling) and the backtest in
the workbook are the numbers the PDF and the HTML show; the budget need is budget x
volume factor x price factor; axe-core finds no WCAG 2.1 A/AA violation in the HTML; a
wrong year is refused; the team's text (teksten/kadernota-JAAR/toelichting.md) is placed,
scaffolded, required by --definitief and guarded for personal data like a report's."""
import contextlib
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


@contextlib.contextmanager
def scratch(prefix):
    """A temporary folder, removed afterwards."""
    tmp = tempfile.mkdtemp(prefix=prefix)
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


TEXT = os.path.join(SAMPLE, "teksten", f"kadernota-{YEAR}", "toelichting.md")


def first_sentence(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split(". ")[0]


@test
def the_team_text_stands_in_pdf_and_html_under_its_own_heading():
    """The sample's teksten/kadernota-2027/toelichting.md is the last section of the
    outlook, as written, in the PDF and the HTML twin; no text is reported missing."""
    sentence = flat(first_sentence(TEXT))
    pdf, page = pdf_flat(Out.path("pdf")), html_text(Out.path("html"))
    for text in (pdf, page):
        at = text.find("Toelichting van het team")
        assert at >= 0 and text.find(sentence, at) > at, text[-1500:]
        assert "Tekst ontbreekt nog" not in text
    assert "ontbreken nog" not in Out.result.stderr, Out.result.stderr


@test
def without_the_text_the_outlook_says_where_to_write_it_and_definitief_refuses():
    with scratch("wr-kn-text-") as tmp:
        texts, out = os.path.join(tmp, "teksten"), os.path.join(tmp, "uit")
        os.makedirs(texts)
        r = run("kadernota", YEAR, "--gegevens", SAMPLE, "--teksten", texts, "--uitvoer", out)
        assert r.returncode == 0, r.stderr
        wanted = os.path.join(texts, f"kadernota-{YEAR}", "toelichting.md")
        assert "ontbreken nog" in r.stderr and wanted in r.stderr, r.stderr
        pdf = pdf_flat(os.path.join(out, f"kadernota-{YEAR}", f"kadernota-{YEAR}.pdf"))
        assert "Tekst ontbreekt nog: toelichting van het team bij de vooruitblik" in pdf, pdf[-1500:]
        final_out = os.path.join(tmp, "definitief")
        r = run("kadernota", YEAR, "--gegevens", SAMPLE, "--teksten", texts, "--uitvoer", final_out, "--definitief")
        assert r.returncode == 1, (r.returncode, r.stderr)
        assert "Een definitieve versie kan nog niet worden gemaakt" in r.stderr and wanted in r.stderr, r.stderr
        assert not os.path.exists(final_out) or os.listdir(final_out) == [], os.listdir(final_out)


@test
def teksten_kadernota_creates_the_text_with_its_questions_and_leaves_it_after():
    """`teksten kadernota-2027` writes the file with its heading and questions, marked
    unfinished, so the outlook still counts it as missing; a second call changes nothing;
    a malformed year is refused."""
    with scratch("wr-kn-scaf-") as tmp:
        r = run("teksten", f"kadernota-{YEAR}", "--gegevens", SAMPLE, "--teksten", tmp)
        assert r.returncode == 0, r.stderr
        path = os.path.join(tmp, f"kadernota-{YEAR}", "toelichting.md")
        with open(path, encoding="utf-8") as f:
            body = f.read()
        assert "Toelichting van het team" in body and "autonome ontwikkeling" in body, body
        assert "Wat betekent dit voor de Kadernota" in body, body
        r = run("teksten", f"kadernota-{YEAR}", "--gegevens", SAMPLE, "--teksten", tmp)
        assert r.returncode == 0 and "Al aanwezig" in r.stdout, r.stdout
        with open(path, encoding="utf-8") as f:
            assert f.read() == body
        r = run("kadernota", YEAR, "--gegevens", SAMPLE, "--teksten", tmp, "--uitvoer", os.path.join(tmp, "uit"))
        assert r.returncode == 0 and path in r.stderr and "ontbreken nog" in r.stderr, r.stderr
        r = run("teksten", "kadernota-27", "--gegevens", SAMPLE, "--teksten", tmp)
        assert r.returncode == 2 and "kadernota-2027" in r.stderr, (r.returncode, r.stderr)


@test
def personal_data_in_the_text_is_named_and_definitief_refuses():
    with scratch("wr-kn-priv-") as tmp:
        folder = os.path.join(tmp, f"kadernota-{YEAR}")
        os.makedirs(folder)
        with open(os.path.join(folder, "toelichting.md"), "w", encoding="utf-8") as f:
            f.write("De groei komt vooral uit Schalkwijk.\n\nBel bij vragen 06-12345678.\n")
        r = run("kadernota", YEAR, "--gegevens", SAMPLE, "--teksten", tmp, "--uitvoer", os.path.join(tmp, "uit"))
        assert r.returncode == 0, r.stderr
        assert "persoonsgegevens" in r.stderr and "toelichting.md, regel 3" in r.stderr, r.stderr
        assert "12345678" not in r.stderr, r.stderr  # the finding is masked
        r = run("kadernota", YEAR, "--gegevens", SAMPLE, "--teksten", tmp, "--uitvoer", os.path.join(tmp, "def"),
                "--definitief")
        assert r.returncode == 1 and "persoonsgegevens" in r.stderr, (r.returncode, r.stderr)


@test
def with_the_text_written_definitief_gives_a_document_without_the_draft_mark():
    with scratch("wr-kn-final-") as tmp:
        r = run("kadernota", YEAR, "--gegevens", SAMPLE, "--uitvoer", tmp, "--definitief")
        assert r.returncode == 0, r.stderr
        pdf = pdf_flat(os.path.join(tmp, f"kadernota-{YEAR}", f"kadernota-{YEAR}.pdf"))
        assert "CONCEPT" not in pdf and "Dit is een concept" not in pdf, pdf[:600]
        assert flat(first_sentence(TEXT)) in pdf


def cleanup():
    if Out.dir:
        shutil.rmtree(Out.dir, ignore_errors=True)


def main():
    return run_tests("e2e kadernota", TESTS, cleanup)


if __name__ == "__main__":
    sys.exit(main())
