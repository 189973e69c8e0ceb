#!/usr/bin/python3
"""The district factsheets (wijken/ beside the quarterly report): one PDF and HTML twin per
district of the settings and an overview page; at most two A4 pages each; every number a
factsheet shows is the figures model's, as cijfers.csv (and, for a rolling year, the
export beside the factsheets) has it exactly; no WCAG 2.1 AA violation (axe-core); the
sentences stay within B1 guidance; another municipality's settings work too.

Readability measure: over the sentences the program writes (the template's and the
generated ones, not the team's own text, tables or chart figures) the average sentence
length in words and the share of long words (four syllables or more, a syllable being a
group of vowels, "ij" a vowel). Dutch plain-language guidance for B1 (Rijksoverheid's
"Direct duidelijk", Stichting Makkelijk Lezen) asks for sentences of about 10-15 words
on average and few long words; both are easy to compute and to explain, unlike a
Flesch-Douma score, which mixes the two and was calibrated on texts for adults. The test
fails above 15 words per sentence or above 12% long words."""
import configparser
import csv
import glob
import html
import json
import os
import re
import subprocess
import tempfile

from harness import ROOT, SAMPLE, cijfers_name, flat, run, run_tests, test_registry, tool

TESTS, test = test_registry()
LINDEWAARD = os.path.join(ROOT, "tests", "fixtures", "lindewaard")
HELPER = os.path.join(ROOT, "tests", "e2e", "html")
QUARTER = "2026-Q3"
TREND = ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]


def districts(folder):
    ini = configparser.ConfigParser(inline_comment_prefixes=(";",), interpolation=None)
    ini.read(os.path.join(folder, "wijkrapport.ini"), encoding="utf-8")
    return dict(ini["wijken"].items()), {k: int(v) for k, v in ini["inwoners"].items()} if ini.has_section(
        "inwoners") else {}


class Out:
    """The sample's quarters of the trend (the last is the report under test) and
    Lindewaard's quarter, made once."""
    dir = None

    @classmethod
    def get(cls):
        if cls.dir is None:
            cls.dir = tempfile.mkdtemp(prefix="wr-wijken-")
            for q in TREND:
                r = run("kwartaal", q, "--gegevens", SAMPLE, "--uitvoer", os.path.join(cls.dir, "haarlem"))
                assert r.returncode == 0, r.stderr
            r = run("kwartaal", QUARTER, "--gegevens", LINDEWAARD, "--uitvoer", os.path.join(cls.dir, "lindewaard"))
            assert r.returncode == 0, r.stderr
        return cls.dir

    @classmethod
    def wijken(cls, town="haarlem", period=QUARTER):
        return os.path.join(cls.get(), town, period, "wijken")


def exact(town, period):
    path = os.path.join(Out.get(), town, period, cijfers_name(period))
    with open(path, newline="", encoding="utf-8") as f:
        return {(r["cijfer"], r["dimensie"], r["waarde_code"]): r for r in csv.DictReader(f)}


def rolling_exact(town):
    found = glob.glob(os.path.join(Out.wijken(town), "cijfers-rollend-jaar-*.csv"))
    if not found:
        return {}
    with open(found[0], newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["periode"] for r in rows} == {"2025-Q4 t/m 2026-Q3"}, {r["periode"] for r in rows}
    return {(r["cijfer"], r["dimensie"], r["waarde_code"]): r for r in rows}


def nl(value, figure):
    v = float(value)
    if figure.endswith("_pct"):
        return f"{v:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".") + "%"
    if figure == "bereik_per_1000":
        return f"{v:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{int(round(v)):,}".replace(",", ".")


def check_cell(text, row, figure, where):
    """A shown number is the exact one; "<5" stands for 1..4, "x" for a protected cell."""
    assert row is not None, (where, figure, text)
    if text == "<5":
        assert 1 <= float(row["waarde"]) <= 4, (where, figure, row)
    elif text == "n<10":
        assert int(row["noemer"]) < 10, (where, figure, row)
    elif text != "x":
        assert text == nl(row["waarde"], figure), (where, figure, text, row["waarde"])


def text_of(fragment):
    return flat(html.unescape(re.sub("<[^>]+>", "", fragment)))


def tiles(source):
    return [(flat(re.sub("<[^>]+>", "", dt)), flat(re.sub("<[^>]+>", "", v)), flat(re.sub("<[^>]+>", "", c)))
            for dt, v, c in re.findall(r'<dt>(.*?)</dt><dd class="tegel-cijfer">(.*?)</dd>'
                                       r'<dd class="tegel-verschil">(.*?)</dd>', source)]


def chart_rows(source, caption):
    source = re.sub(r'<span class="vh">.*?</span>', "", source)
    m = re.search(rf"<caption[^>]*>{re.escape(caption)}.*?</caption>.*?<tbody>(.*?)</tbody>", source, re.S)
    assert m, caption
    return [(text_of(th), [text_of(td) for td in re.findall(r"<td[^>]*>(.*?)</td>", rest)])
            for th, rest in re.findall(r'<tr><th scope="row">(.*?)</th>(.*?)</tr>', m.group(1))]


@test
def one_pdf_and_html_per_district_and_an_overview():
    for town, folder in (("haarlem", SAMPLE), ("lindewaard", LINDEWAARD)):
        names, _ = districts(folder)
        files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(Out.wijken(town), "*.*")))
        expected = sorted([f"wijkfactsheet-{code}-{QUARTER}.{ext}" for code in names for ext in ("pdf", "html")] +
                          [f"wijkfactsheets-{QUARTER}.pdf", f"wijkfactsheets-{QUARTER}.html"])
        assert [f for f in files if not f.startswith("cijfers-")] == expected, (town, files)
        overview = open(os.path.join(Out.wijken(town), f"wijkfactsheets-{QUARTER}.html"), encoding="utf-8").read()
        for code, label in names.items():
            for ext in ("pdf", "html"):
                assert f'href="wijkfactsheet-{code}-{QUARTER}.{ext}"' in overview, (town, code, ext)
            sheet = open(os.path.join(Out.wijken(town), f"wijkfactsheet-{code}-{QUARTER}.html"), encoding="utf-8").read()
            assert f"<h1" in sheet and label in re.search(r"<h1[^>]*>(.*?)</h1>", sheet).group(1), (town, code)


@test
def at_most_two_a4_pages_each():
    for town in ("haarlem", "lindewaard"):
        for pdf in glob.glob(os.path.join(Out.wijken(town), "*.pdf")):
            info = tool("pdfinfo", pdf)
            pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
            assert 1 <= pages <= 2, (pdf, pages)
            assert re.search(r"Page size:\s+595\.\d* x 841\.\d*", info), (pdf, info)


@test
def every_number_is_the_models():
    names, inhabitants = districts(SAMPLE)
    now, rolling = exact("haarlem", QUARTER), rolling_exact("haarlem")
    quarters = {q: exact("haarlem", q) for q in TREND}
    labels = {v: k for k, v in configparser_section(SAMPLE, "redenen_instroom").items()}
    tile_figures = {"Mensen met hulp": "bereik", "Per 1.000 inwoners": "bereik_per_1000",
                    "Nieuw begonnen": "instroom", "Wachten nog op hulp": "wachtend_trajecten",
                    "Contact binnen": "eerste_contact_binnen_norm_pct", "Hulp binnen": "start_binnen_norm_pct",
                    "Korte gesprekken": "contacten", "Keer meegedaan": "deelnames"}
    outside = {"eerste_contact_binnen_norm_pct": "eerste_contact_buiten_norm",
               "start_binnen_norm_pct": "start_buiten_norm"}
    checked = rolled = 0
    for code, label in names.items():
        source = open(os.path.join(Out.wijken(), f"wijkfactsheet-{code}-{QUARTER}.html"), encoding="utf-8").read()
        is_rolling = "Let op: vier kwartalen samen" in source
        model = rolling if is_rolling else now
        rolled += is_rolling
        assert model, (code, "a rolling year without its export")
        where = f"wijkfactsheet {code}"
        for label_text, value, third in tiles(source):
            figure = next(f for start, f in tile_figures.items() if label_text.startswith(start))
            check_cell(value, model.get((figure, "wijk", code)), figure, where)
            for part in third.split(";"):
                name, _, text = part.strip().partition(":")
                if name in ("hele stad", "stad"):
                    check_cell(text.strip(), model.get((figure, "totaal", "totaal")), figure, where)
                elif name == "te laat":
                    check_cell(text.strip(), model.get((outside[figure], "wijk", code)), outside[figure], where)
                elif name.endswith(" groepen"):
                    check_cell(name.split()[0], model.get(("activiteiten", "wijk", code)), "activiteiten", where)
                checked += 1
            checked += 1
        shown = set()
        for reason_label, cells in chart_rows(source, "Waarom mensen hulp vroegen"):
            reason = labels[reason_label]
            shown.add(reason)
            check_cell(cells[0], model.get(("instroom", "wijk+reden_instroom", f"{code}+{reason}")), "instroom", where)
            checked += 1
        for (f, d, c), row in model.items():  # a reason left out of the chart is 0
            if f == "instroom" and d == "wijk+reden_instroom" and c.startswith(code + "+") and c.split("+")[1] not in shown:
                assert float(row["waarde"]) == 0, (where, c, row)
        trend = chart_rows(source, f"Mensen met hulp in {label}, per kwartaal")
        assert [r[0] for r in trend] == [f"{q[:4]}-K{q[-1]}" for q in TREND], trend
        for (head, cells), q in zip(trend, TREND):
            for text, figure in zip(cells, ("bereik", "instroom", "wachtend_trajecten")):
                check_cell(text, quarters[q].get((figure, "wijk", code)), figure, f"{where} {q}")
                checked += 1
        m = re.search(r"heeft ([\d.]+) inwoners", source)
        if m:
            assert int(m.group(1).replace(".", "")) == inhabitants[code] == \
                int(model[("bereik_per_1000", "wijk", code)]["noemer"]), (where, m.group(0))
        # The district's indicators: the values of its column are its rows of cijfers.csv.
        m = re.search(r"<th scope=\"col\">Wat de gemeente elk jaar meet</th>.*?<tbody>(.*?)</tbody>", source, re.S)
        values = sorted(float(v.replace(".", "").replace(",", ".").rstrip("%"))
                        for v in re.findall(r'<tr><th scope="row">.*?</th><td class="num">(.*?)</td>', m.group(1)))
        expected = sorted(float(r["waarde"]) for (f, d, c), r in now.items()
                          if f == "indicator_waarde" and c.endswith(":" + code))
        assert values == expected, (where, values, expected)
        checked += len(values)
    overview = open(os.path.join(Out.wijken(), f"wijkfactsheets-{QUARTER}.html"), encoding="utf-8").read()
    for row_label, cells in re.findall(r'<tr><th scope="row">(.*?)</th>(.*?)</tr>', overview):
        code = {v: k for k, v in names.items()}[flat(re.sub("<[^>]+>", "", row_label)).replace(" (vier kwartalen)", "")]
        values = [flat(re.sub("<[^>]+>", "", td)) for td in re.findall(r"<td[^>]*>(.*?)</td>", cells)]
        check_cell(values[0], now.get(("bereik", "wijk", code)), "bereik", "overzicht")
        check_cell(values[1], now.get(("bereik_per_1000", "wijk", code)), "bereik_per_1000", "overzicht")
        checked += 2
    print(f"     {checked} numbers on {len(names)} factsheets and the overview, {rolled} with a rolling year")
    assert checked > 150 and rolled >= 1, (checked, rolled)


def configparser_section(folder, section):
    ini = configparser.ConfigParser(inline_comment_prefixes=(";",), interpolation=None)
    ini.read(os.path.join(folder, "wijkrapport.ini"), encoding="utf-8")
    return dict(ini[section].items())


@test
def the_pdf_shows_the_numbers_of_the_html():
    for pdf in glob.glob(os.path.join(Out.wijken(), "wijkfactsheet-*.pdf")):
        text = flat(tool("pdftotext", "-enc", "UTF-8", pdf, "-"))
        source = open(pdf[:-4] + ".html", encoding="utf-8").read()
        for label, value, third in tiles(source):
            assert value in text, (pdf, label, value)


def syllables(word):
    return max(1, len(re.findall(r"ij|[aeiouyáéíóúëïöü]+", word.lower())))


def program_sentences(source):
    """The paragraphs the program writes: everything but the team's text (under 'Uit de
    wijk'), tables and chart figures."""
    body = re.sub(r"<details.*?</details>|<table.*?</table>|<svg.*?</svg>", "", source, flags=re.S)
    body = re.sub(r'<h2 id="uit-de-wijk">.*?(?=<h2)', "", body, flags=re.S)
    paragraphs = [flat(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p[^>]*>(.*?)</p>", body, re.S)]
    text = " ".join(p for p in paragraphs if p)
    return [s for s in re.split(r"(?<=[.?!])\s+", text) if re.search(r"[A-Za-z]", s)]


@test
def sentences_stay_within_b1_guidance():
    words_total = long_total = sentences_total = 0
    for town in ("haarlem", "lindewaard"):
        for path in glob.glob(os.path.join(Out.wijken(town), "*.html")):
            sentences = program_sentences(open(path, encoding="utf-8").read())
            words = [w for s in sentences for w in re.findall(r"[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*", s)]
            assert sentences and words, path
            average = len(words) / len(sentences)
            long_share = sum(syllables(w) >= 4 for w in words) / len(words)
            assert average <= 15, (path, round(average, 1), max(sentences, key=len))
            assert long_share <= 0.12, (path, round(long_share, 3),
                                        sorted({w for w in words if syllables(w) >= 4}))
            words_total += len(words)
            long_total += sum(syllables(w) >= 4 for w in words)
            sentences_total += len(sentences)
    print(f"     {sentences_total} sentences, {words_total / sentences_total:.1f} words per sentence, "
          f"{100 * long_total / words_total:.1f}% words of four syllables or more")


@test
def axe_finds_no_wcag21_aa_violation_on_any_factsheet():
    assert os.path.isdir(os.path.join(HELPER, "node_modules", "playwright-core")), "npm ci in tests/e2e/html"
    files = sorted(glob.glob(os.path.join(Out.wijken("haarlem"), "*.html")) +
                   glob.glob(os.path.join(Out.wijken("lindewaard"), "*.html")))
    r = subprocess.run(["node", os.path.join(HELPER, "check.mjs"), *files], capture_output=True, text=True, cwd=HELPER,
                       timeout=900)
    assert r.returncode == 0, r.stderr[-2000:]
    results = json.loads(r.stdout)["results"]
    assert len(results) == len(files), (len(results), len(files))
    for res in results:
        assert res["axe"]["violations"] == [], (res["file"], json.dumps(res["axe"]["violations"], indent=1)[:3000])
        assert res["axe"]["passes"] >= 15, (res["file"], res["axe"]["passes"])
        assert res["requests"] == [], (res["file"], res["requests"])


@test
def a_district_text_is_scaffolded_and_guarded_like_the_others():
    with tempfile.TemporaryDirectory() as tmp:
        texts = os.path.join(tmp, "teksten")
        r = run("teksten", QUARTER, "--gegevens", SAMPLE, "--teksten", texts)
        assert r.returncode == 0, r.stderr
        names, _ = districts(SAMPLE)
        for code, label in names.items():
            path = os.path.join(texts, QUARTER, "wijken", f"{code}.md")
            text = open(path, encoding="utf-8").read()
            assert f"Uit de wijk: {label}" in text and "<!-- wijkrapport: nog in te vullen -->" in text, path
        out = os.path.join(tmp, "uit")
        r = run("kwartaal", QUARTER, "--gegevens", SAMPLE, "--teksten", texts, "--uitvoer", out)
        assert r.returncode == 0 and "wijken/noord.md (tekst voor de wijkfactsheet van Noord)" in r.stdout + r.stderr, \
            r.stdout + r.stderr
        sheet = open(os.path.join(out, QUARTER, "wijken", f"wijkfactsheet-noord-{QUARTER}.html"), encoding="utf-8").read()
        assert "Tekst nog niet af" in sheet, "the placeholder of an unfinished district text"
        for name in os.listdir(os.path.join(texts, QUARTER)):
            if name.endswith(".md"):
                open(os.path.join(texts, QUARTER, name), "w", encoding="utf-8").write("Een tekst.\n")
        for code in names:
            open(os.path.join(texts, QUARTER, "wijken", f"{code}.md"), "w", encoding="utf-8").write("Een tekst.\n")
        open(os.path.join(texts, QUARTER, "wijken", "noord.md"), "w", encoding="utf-8").write(
            "Bel mevrouw op 06-12345678.\n")
        r = run("kwartaal", QUARTER, "--gegevens", SAMPLE, "--teksten", texts, "--uitvoer", out, "--definitief")
        assert r.returncode == 1 and "wijken/noord.md, regel 1" in r.stderr, r.stderr


@test
def a_district_in_inwoners_that_is_no_district_is_a_settings_error():
    with tempfile.TemporaryDirectory() as tmp:
        ini = open(os.path.join(SAMPLE, "wijkrapport.ini"), encoding="utf-8").read()
        bad = os.path.join(tmp, "wijkrapport.ini")
        open(bad, "w", encoding="utf-8").write(ini.replace("spaarndam = 5400", "spaarnwoude = 5400"))
        r = run("kwartaal", QUARTER, "--gegevens", SAMPLE, "--instellingen", bad, "--uitvoer", os.path.join(tmp, "u"))
        assert r.returncode == 3 and "spaarnwoude" in r.stderr and "[inwoners]" in r.stderr, r.stderr
        open(bad, "w", encoding="utf-8").write(ini.replace("spaarndam = 5400", "spaarndam = 5.400"))
        r = run("kwartaal", QUARTER, "--gegevens", SAMPLE, "--instellingen", bad, "--uitvoer", os.path.join(tmp, "u"))
        assert r.returncode == 3 and "heel getal" in r.stderr, r.stderr


def cleanup():
    if Out.dir:
        subprocess.run(["rm", "-rf", Out.dir])


if __name__ == "__main__":
    raise SystemExit(run_tests("e2e wijkfactsheets", TESTS, cleanup))
