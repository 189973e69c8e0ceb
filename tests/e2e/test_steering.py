#!/usr/bin/python3
"""Steering (issue 15): comparisons that are fair, a summary that quotes the tables, and
revisions made visible. Runs the real program and reads the HTML twin and cijfers.csv.

- A fixture with a strong seasonal pattern (few starts in summer): the tiles compare a
  third quarter with the third quarter a year earlier first, and the annual report of a
  year in progress compares its nine months with the same nine months of the year before,
  not with the whole year.
- 'In het kort' of the sample quotes the numbers the tiles and tables show.
- A figures export an earlier run left in the output folder: a total that the export now
  gives differently is marked in the trend table and listed with its old value, unless
  either value is hidden.
- The section 8 rows of cijfers.csv, and quarters written as '3e kwartaal 2026' or
  '2026-K3', never '2026-Q3'.
Prints 'e2e sturing: N passed, N failed'."""
import csv
import html
import os
import re
import shutil
import sys
import tempfile

from harness import SAMPLE, cijfers_name, flat, pdftext, run, run_tests, test_registry

TESTS, test = test_registry()
TMP = tempfile.mkdtemp(prefix="wr-sturing-")

HEADER = ("traject_id,inwoner_id,onderdeel,wijk,geboortejaar,aanmelddatum,eerste_contact,startdatum,einddatum,"
          "reden_instroom,leefgebieden,reden_uitstroom,doelrealisatie\n")
# Starts per quarter: many in spring, few in summer.
STARTS = {(2025, 1): 30, (2025, 2): 40, (2025, 3): 8, (2025, 4): 35,
          (2026, 1): 33, (2026, 2): 44, (2026, 3): 10}


def seasonal_export(name, starts=STARTS, extra=""):
    """An export of trajecten.csv alone: per quarter the given number of residents start
    on the 15th of its middle month (registered on the 12th, ended 100 days later), each a
    resident of their own; one registration on 30 September 2026 ends the export there."""
    folder = os.path.join(TMP, name)
    os.makedirs(folder)
    shutil.copy(os.path.join(SAMPLE, "wijkrapport.ini"), folder)
    rows = [HEADER]
    n = 0
    for (year, q), count in sorted(starts.items()):
        month = 3 * q - 1
        for i in range(count):
            n += 1
            end_month, end_year = (month + 3 - 1) % 12 + 1, year + (month + 3 > 12)
            rows.append(f"T{n},R{n},sociaal_wijkteam,noord,1980,{year}-{month:02d}-12,{year}-{month:02d}-13,"
                        f"{year}-{month:02d}-15,{end_year}-{end_month:02d}-23,financien,,volgens_plan,geheel\n")
    rows.append("TL,RL,sociaal_wijkteam,noord,1980,2026-09-30,2026-09-30,,,financien,,,\n")
    with open(os.path.join(folder, "trajecten.csv"), "w", encoding="utf-8") as f:
        f.write("".join(rows) + extra)
    return folder


def report(kind, period, folder, out):
    r = run(kind, period, "--gegevens", folder, "--uitvoer", out)
    assert r.returncode == 0, r.stderr
    stem = "kwartaalrapportage" if kind == "kwartaal" else "jaarverslag"
    code = period
    with open(os.path.join(out, code, f"{stem}-{code}.html"), encoding="utf-8") as f:
        return f.read()


def text_of(fragment):
    """What the eye reads: without the words only a screen reader hears (class "vh")."""
    fragment = re.sub(r'<span class="vh">.*?</span>', "", fragment, flags=re.S)
    return flat(html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def tiles(page):
    """Tile label -> (value, change) of a report's HTML twin."""
    found = {}
    for block in re.findall(r'<div class="tegel[^"]*">(.*?)</div>', page, re.S):
        label = re.search(r"<dt[^>]*>(.*?)</dt>", block, re.S)
        dds = re.findall(r'<dd([^>]*)>(.*?)</dd>', block, re.S)
        value = next((text_of(t) for a, t in dds if "tegel-verschil" not in a), "")
        change = next((text_of(t) for a, t in dds if "tegel-verschil" in a), "")
        if label:
            found[text_of(label.group(1))] = (value, change)
    return found


def table(page, first_head):
    """The head and rows (label, cells) of the first table whose first head is first_head."""
    for t in re.findall(r"<table.*?</table>", page, re.S):
        heads = [text_of(h) for h in re.findall(r"<th[^>]*>(.*?)</th>", t.split("</thead>")[0], re.S)]
        if heads and heads[0] == first_head:
            rows = []
            for tr in re.findall(r"<tr>(.*?)</tr>", t.split("</thead>")[-1], re.S):
                cells = [text_of(c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", tr, re.S)]
                if cells:
                    rows.append((cells[0], cells[1:]))
            return heads, rows
    raise AssertionError(f"no table {first_head!r}")


def summary(page):
    m = re.search(r'<h2 id="in-het-kort">.*?<ol>(.*?)</ol>', page, re.S)
    assert m, "no In het kort"
    return [text_of(li) for li in re.findall(r"<li>(.*?)</li>", m.group(1), re.S)]


@test
def a_summer_quarter_is_compared_with_last_summer_first():
    """10 starts in 2026-Q3, 8 in 2025-Q3, 44 in 2026-Q2: the tile says +2 against the same
    quarter a year earlier before the -34 of the season, and its arrow is the first."""
    page = report("kwartaal", "2026-Q3", seasonal_export("seizoen"), os.path.join(TMP, "uit-seizoen"))
    value, change = tiles(page)["Begonnen aan een traject"]
    assert value == "10", value
    assert change.startswith("+2 t.o.v. 3e kwartaal 2025") and "-34 t.o.v. 2e kwartaal 2026" in change, change
    heads, rows = table(page, "Kerncijfer")
    assert heads[1:] == ["2025-K3", "2025-K4", "2026-K1", "2026-K2", "2026-K3", "t.o.v. 2025-K3", "t.o.v. 2026-K2"], heads
    inflow = dict(rows)["Instroom (inwoners)"]
    assert inflow == ["8", "35", "33", "44", "10", "+2", "-34"], inflow


@test
def a_year_in_progress_is_compared_with_the_same_months():
    """Nine months of 2026 (87 starts) against nine months of 2025 (78), not against the
    whole of 2025 (113); the waiting list is dated 30 September."""
    page = report("jaar", "2026", seasonal_export("seizoen-jaar"), os.path.join(TMP, "uit-seizoen-jaar"))
    heads, rows = table(page, "Kerncijfer")
    assert heads[1:] == ["K1", "K2", "K3", "K4", "2026 t/m sep", "2025 t/m sep", "t.o.v. 2025 t/m sep"], heads
    inflow = dict(rows)["Instroom (inwoners)"]
    assert inflow == ["33", "44", "10", "–", "87", "78", "+9"], inflow
    shown = tiles(page)
    assert shown["Begonnen aan een traject"] == ("87", "+9 t.o.v. jan t/m sep 2025"), shown
    assert "Wachtend op 30 september 2026" in shown, shown.keys()
    kort = summary(page)
    assert any("In 2026 tot en met september kregen" in s and "in dezelfde maanden van 2025" in s for s in kort), kort
    assert "113" not in " ".join(kort)
    # The workbook's trend table compares the same nine months too.
    import openpyxl
    book = os.path.join(TMP, "uit-seizoen-jaar", "2026", "bijlage-2026.xlsx")
    ws = openpyxl.load_workbook(book, data_only=True)["Overzicht"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    head = next(r for r in rows if r[0] == "Cijfer")
    assert "Verschil met 2025 t/m sep" in head, head
    inflow = next(r for r in rows if r[0] == "Instroom")
    assert inflow[head.index("Verschil met 2025 t/m sep")] == 9, (head, inflow)
    # A complete year is compared with the whole year before.
    page = report("jaar", "2025", seasonal_export("seizoen-2025"), os.path.join(TMP, "uit-2025"))
    heads, _ = table(page, "Kerncijfer")
    assert heads[5:] == ["2025", "2024", "t.o.v. 2024"], heads


class Sample:
    out = os.path.join(TMP, "uit-voorbeeld")
    pages = {}

    @classmethod
    def page(cls, kind, period):
        if period not in cls.pages:
            cls.pages[period] = report(kind, period, SAMPLE, cls.out)
        return cls.pages[period]


def number_after(text, pattern):
    m = re.search(pattern, text)
    assert m, (pattern, text)
    return m.group(1)


@test
def in_het_kort_quotes_the_tables():
    page = Sample.page("kwartaal", "2026-Q3")
    kort = summary(page)
    assert [s.split(" — ")[0] for s in kort] == ["Gedaan", "Bereikt", "Effect", "Impact", "Financiën"], kort
    shown = tiles(page)
    _, trend = table(page, "Kerncijfer")
    trend = dict(trend)
    _, norms = table(page, "Norm")
    norms = dict(norms)
    gedaan, bereikt, effect = kort[0], kort[1], kort[2]
    # The norms: result, target and number outside as the norm table shows them, and the
    # year before as the trend table's first column.
    first = norms["Eerste contact binnen 5 werkdagen na aanmelding"]  # doel, resultaat, buiten, aanmeldingen
    assert f"Bij {first[1]} van de aanmeldingen was er binnen 5 werkdagen contact (doel {first[0]})" in gedaan, gedaan
    assert f"bij {first[2]} trajecten duurde het langer" in gedaan, gedaan
    assert f"een jaar eerder ({trend['Eerste contact binnen de norm'][0]})" in gedaan, gedaan
    start = norms["Start van de ondersteuning binnen 28 dagen na aanmelding"]
    assert f"Bij {start[1]} van de aanmeldingen startte de ondersteuning binnen 28 dagen" in gedaan, gedaan
    # Reach and waiting: the tiles' values, the trend table's year before.
    reach = number_after(bereikt, r"Dit kwartaal kregen ([\d.]+) inwoners ondersteuning")
    assert reach == shown["Inwoners bereikt"][0] == trend["Bereikte inwoners"][4], (reach, shown)
    assert f"een jaar eerder ({trend['Bereikte inwoners'][0]})" in bereikt, bereikt
    waiting = number_after(bereikt, r"wachtten ([\d.]+) inwoners op de start")
    assert waiting == shown["Wachtend op 30 september 2026"][0], (waiting, shown)
    # The direction follows the numbers (a margin of 2%).
    now, before = (int(x.replace(".", "")) for x in (reach, trend["Bereikte inwoners"][0]))
    word = "ongeveer evenveel als" if abs(now - before) <= 0.02 * before else "meer dan" if now > before else "minder dan"
    assert f"ondersteuning, {word} een jaar eerder" in bereikt, bereikt
    # The grade with one decimal, as the tile shows it; the response beside it.
    grade = shown["Rapportcijfer van inwoners (respons 15,3%)"][0]
    assert re.fullmatch(r"\d,\d", grade) and f"gemiddeld een {grade}" in effect, (grade, effect)
    assert "met een respons van 15,3%" in effect, effect
    # The team's one-line explanation follows its part.
    assert "Toelichting van het team: In augustus startten minder trajecten" in bereikt, bereikt


@test
def the_annual_summary_names_the_delayed_agreements_too():
    page = Sample.page("jaar", "2026")
    gedaan = summary(page)[0]
    assert re.search(r"\d+ (is|zijn) vertraagd", gedaan), gedaan
    assert "Het jaar loopt nog: dit is de stand op 30 september 2026" in text_of(page)


@test
def quarters_are_written_one_way():
    for kind, period in (("kwartaal", "2026-Q3"), ("jaar", "2026")):
        page = text_of(Sample.page(kind, period))
        stem = "kwartaalrapportage" if kind == "kwartaal" else "jaarverslag"
        pdf = pdftext(os.path.join(Sample.out, period, f"{stem}-{period}.pdf"))
        for text in (page, pdf):
            assert not re.search(r"\b20\d\d-Q[1-4]\b", text.replace(f"teksten/{period}", "")), \
                re.findall(r".{40}20\d\d-Q[1-4].{20}", text)


@test
def section_8_figures_are_in_cijfers_csv():
    Sample.page("kwartaal", "2026-Q3")
    with open(os.path.join(Sample.out, "2026-Q3", cijfers_name("2026-Q3")), newline="", encoding="utf-8") as f:
        rows = {(r["cijfer"], r["dimensie"], r["waarde_code"]): r for r in csv.DictReader(f)}
    for figure in ("eerste_contact_buiten_norm", "start_buiten_norm", "eerste_contact_binnen_norm_pct",
                   "start_binnen_norm_pct"):
        for dimension, code in (("totaal", "totaal"), ("onderdeel", "sociaal_wijkteam"), ("wijk", "spaarndam")):
            assert (figure, dimension, code) in rows, (figure, dimension, code)
    # The number outside is the complement of the percentage within.
    pct = rows[("start_binnen_norm_pct", "wijk", "noord")]
    outside = rows[("start_buiten_norm", "wijk", "noord")]
    assert round(100 * (int(pct["noemer"]) - int(outside["waarde"])) / int(pct["noemer"]), 1) == float(pct["waarde"])
    groups = [rows[("wachtend_trajecten", "wachttijd", g)] for g in ("0-14", "15-28", "29-56", "57+")]
    assert sum(int(g["waarde"]) for g in groups) == int(rows[("wachtend_trajecten", "totaal", "totaal")]["waarde"])
    median = rows[("wachttijd_mediaan_dagen", "totaal", "totaal")]
    assert median["noemer"] == rows[("wachtend_trajecten", "totaal", "totaal")]["waarde"], median
    for figure in ("zrm_dekking_pct", "respons_pct"):
        assert rows[(figure, "totaal", "totaal")]["noemer"], figure
    assert ("instroom", "leeftijdsgroep+reden_instroom", "0-17+opvoeding") in rows
    assert ("bereik", "leeftijdsgroep+onderdeel", "0-17+sociale_basis") in rows
    assert ("deelnames", "doelgroep", "jeugd") in rows
    # Only the report's own period is exported, not the periods it compares with.
    assert {r["periode"] for r in rows.values()} == {"2026-Q3"}


@test
def a_later_export_that_changes_a_quarter_is_marked():
    """The 2026-Q2 report was made when four starts of that quarter (and two trajectories
    waiting on 30 June) were not registered yet. The 2026-Q3 report of the later export
    marks the changed inflow with its old value; the waiting list, 0 then and 2 (<5) now,
    is not named, since one of its values is hidden."""
    out = os.path.join(TMP, "uit-herzien")
    early = dict(STARTS)
    early[(2026, 2)] = 40
    report("kwartaal", "2026-Q2", seasonal_export("vroeg", early), out)
    waiting = "".join(f"W{i},RW{i},sociaal_wijkteam,noord,1980,2026-06-25,2026-06-26,,2026-07-20,financien,,,\n"
                      for i in range(2))
    page = report("kwartaal", "2026-Q3", seasonal_export("later", extra=waiting), out)
    _, rows = table(page, "Kerncijfer")
    rows = dict(rows)
    assert rows["Instroom (inwoners)"][3] == "44*", rows["Instroom (inwoners)"]
    assert rows["Instroom (inwoners)"][4] == "10", rows["Instroom (inwoners)"]  # its own period is never marked
    assert rows["Wachtende inwoners aan het eind van de periode"][3] == "<5", rows
    note = text_of(page)
    assert "Instroom (inwoners), 2e kwartaal 2026: 40 in de eigen rapportage, nu 44" in note, note
    assert "Wachtende inwoners aan het eind van de periode, 2e kwartaal 2026" not in note
    # Once the quarter's own report is made again from the later export, nothing differs.
    report("kwartaal", "2026-Q2", os.path.join(TMP, "later"), out)
    page = report("kwartaal", "2026-Q3", os.path.join(TMP, "later"), out)
    assert "*" not in "".join(dict(table(page, "Kerncijfer")[1])["Instroom (inwoners)"])


def cleanup():
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(run_tests("e2e sturing", TESTS, cleanup))
