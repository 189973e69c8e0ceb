#!/usr/bin/python3
"""Another municipality than Haarlem: tests/fixtures/lindewaard has its own names, three
districts of its own, two onderdelen instead of three, another code for the grade question
(cijfer_dienstverlening) and its own text list (teksten.ini beside its settings, without
Hogeschool Inholland). The quarterly and annual reports show that municipality's names,
districts, onderdelen and figures, worked out by hand below, and nothing of Haarlem;
'wijkrapport teksten' scaffolds its own list; a broken text list stops a run with its file
and line. Prints 'e2e andere gemeente: N passed, N failed'.

The export (trajecten.csv; residents A-M; Q3 = 1 July - 30 September 2026):
  running in Q3: L01 A basis/haven, L02 B basis/haven, L03 C plus/hoeven, L04 D plus/veld,
    L05 E basis/hoeven, L06 E plus/hoeven, L09 H basis/veld, L12 K plus/haven,
    L13 L basis/hoeven, L14 M plus/veld; L08 G never started, L10 I is registered in
    October (it only makes Q3 the last complete quarter), L07 F and L11 J ended before Q3.
  bereik 9 (A B C D E H K L M); basisteam 5 (A B E H L), wijkteam_plus 5 (C D E K M: E is
    in both); havenkwartier 3 (A B K), de_hoeven 3 (C E L), veldzicht 3 (D H M).
  instroom 5 (B C E H M); basisteam 3 (B E H), wijkteam_plus 3 (C E M).
  uitstroom 4 (B Sep 15, D Aug 20, H Sep 29, L Jul 31); basisteam 3 (B H L), wijkteam_plus
    1 (D), shown as <3 (drempel 3).
  wachtend: L08 G only -> 1 trajectory, 1 resident.
  Year 2026 (runs to 30 September): bereik 11 (also F and J); basisteam 6 (A B E F H L),
    wijkteam_plus 6 (C D E J K M); havenkwartier 3, de_hoeven 3, veldzicht 5 (D F H J M).
ervaringen.csv (Q3: R1-R4; R5 is in April; R6 uses Haarlem's code 'rapportcijfer'):
  cijfer_dienstverlening (the grade, 1-10): 8, 9, 6,5, 7,5 -> 31 / 4 = 7,75, shown as 7,8 (n 4);
    year with R5's 5: 36 / 5 = 7,2 (n 5).
  bereikbaar 5, 3, 4, 4 -> 3 of 4 agree = 75,0%; year with 2: 3 of 5 = 60,0%.
  geholpen 4, 5, 2, 3 -> 2 of 4 = 50,0%; year with 3: 2 of 5 = 40,0%.
  R6 'rapportcijfer' is an unknown code here: a 1-5 statement, so its 9 is rejected.
contacten.csv: Q3 4 + 6 + 5 + 3 = 18 (telefonisch 7, fysiek 6, digitaal 5); the 2 of
  30 June is Q2. klachten.csv: K1, K2, K3 received in Q3 -> 3."""
import os
import re
import shutil
import tempfile

import openpyxl

from harness import ROOT, SAMPLE, cijfers_name, flat, pdftext, read_cijfers, run, run_tests, test_registry

FIXTURE = os.path.join(ROOT, "tests", "fixtures", "lindewaard")
TESTS, test = test_registry()

# Haarlem's names (settings, text list, sample) that must not reach another municipality's
# reports: whole words, case-insensitive.
HAARLEM = ["Haarlem", "Schalkwijk", "Spaarndam", "Spaarndam-West", "Zuid-West", "Centrum", "Noord", "Oost",
           "Inholland", "Buurts", "Gewoon in de Wijk", "Sociale basis", "Sociaal wijkteam",
           "Aanvullende ondersteuning", "Kennemerland"]
HAARLEM_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in HAARLEM) + r")(?![\w-])", re.I)


class Reports:
    """The fixture's quarterly and annual reports, made once into a temporary folder."""
    dir = None

    @classmethod
    def folder(cls, kind):
        if cls.dir is None:
            cls.dir = tempfile.mkdtemp(prefix="wr-lindewaard-")
            for args in (("kwartaal", "2026-Q3"), ("jaar", "2026")):
                r = run(*args, "--gegevens", FIXTURE, "--uitvoer", cls.dir)
                assert r.returncode == 0, r.stderr
        return os.path.join(cls.dir, "2026-Q3" if kind == "kwartaal" else "2026")

    @classmethod
    def path(cls, kind, ext):
        code, stem = ("2026-Q3", "kwartaalrapportage") if kind == "kwartaal" else ("2026", "jaarverslag")
        name = {"xlsx": f"bijlage-{code}.xlsx", "csv": cijfers_name(code)}.get(ext, f"{stem}-{code}.{ext}")
        return os.path.join(cls.folder(kind), name)


def figures(kind):
    """cijfers.csv as {(cijfer, dimensie, waarde_code): (waarde, noemer)}."""
    rows = read_cijfers(Reports.path(kind, "csv"))
    return {(r[2], r[3], r[4]): (r[5], r[6]) for r in rows[1:]}


def rows_of(text, *patterns):
    """Asserts each regular expression matches a line of pdftotext's layout text."""
    lines = text.splitlines()
    for p in patterns:
        assert any(re.search(p, line) for line in lines), p


@test
def quarter_figures_are_the_hand_computed_ones():
    f = figures("kwartaal")
    expected = {
        ("bereik", "totaal", "totaal"): "9", ("bereik", "onderdeel", "basisteam"): "5",
        ("bereik", "onderdeel", "wijkteam_plus"): "5", ("bereik", "wijk", "havenkwartier"): "3",
        ("bereik", "wijk", "de_hoeven"): "3", ("bereik", "wijk", "veldzicht"): "3",
        ("instroom", "totaal", "totaal"): "5", ("instroom", "onderdeel", "basisteam"): "3",
        ("instroom", "onderdeel", "wijkteam_plus"): "3", ("uitstroom", "totaal", "totaal"): "4",
        ("uitstroom", "onderdeel", "basisteam"): "3", ("uitstroom", "onderdeel", "wijkteam_plus"): "1",
        ("wachtend_inwoners", "totaal", "totaal"): "1", ("contacten", "totaal", "totaal"): "18",
        ("contacten", "kanaal", "telefonisch"): "7", ("contacten", "kanaal", "fysiek"): "6",
        ("contacten", "kanaal", "digitaal"): "5", ("klachten_ontvangen", "totaal", "totaal"): "3",
    }
    for key, value in expected.items():
        assert f.get(key, (None,))[0] == value, (key, f.get(key), value)
    assert f[("rapportcijfer_gem", "totaal", "totaal")] == ("7.75", "4"), f[("rapportcijfer_gem", "totaal", "totaal")]
    assert f[("ervaring_eens_pct", "vraag", "bereikbaar")] == ("75.0", "4")
    assert f[("ervaring_eens_pct", "vraag", "geholpen")] == ("50.0", "4")
    # The grade is no statement, and Haarlem's codes are nowhere among the rows.
    assert ("ervaring_eens_pct", "vraag", "cijfer_dienstverlening") not in f
    onderdelen = {k[2] for k in f if k[1] == "onderdeel"}
    wijken = {k[2] for k in f if k[1] == "wijk"}
    assert onderdelen == {"basisteam", "wijkteam_plus"}, onderdelen
    assert wijken <= {"havenkwartier", "de_hoeven", "veldzicht", "stadsbreed"}, wijken


@test
def quarter_pdf_shows_the_municipality_its_districts_onderdelen_and_grade():
    text = pdftext(Reports.path("kwartaal", "pdf"), layout=True)
    words = flat(text)
    for name in ["Samen Sterk in Lindewaard", "Stichting Buurtkracht", "Gemeente Lindewaard"]:
        assert name in words, name
    # Uitstroom: 4 in all, Basisteam 3, Wijkteam Plus <3 would give 4 - 3 = 1 away: the 3
    # is hidden too (x), with the threshold of 3 of these settings.
    rows_of(text,
            r"^\s*Basisteam\s+5\s+3\s+x\s*$",
            r"^\s*Wijkteam Plus\s+5\s+3\s+<3\s*$",
            r"^\s*Totaal, unieke inwoners\s+9\s+5\s+4\s*$",
            r"^\s*Havenkwartier\s+3\s+0,2\s+<3\s*$",  # 3 of 12.400 inhabitants: 0,2 per 1.000
            r"^\s*De Hoeven\s+3\s+0,4\s+<3\s*$",
            r"^\s*Veldzicht\s+3\s+0,8\s+<3\s*$",
            r"^\s*Ik kon het wijkteam goed bereiken\s+75,0%\s+4\s*$",
            r"^\s*Ik ben goed geholpen\s+50,0%\s+4\s*$",
            r"^\s*Gemiddeld rapportcijfer\s+7,8\s+4\s*$")
    # The settings' own label of the grade question is not shown as a statement.
    assert "Cijfer voor de dienstverlening" not in words


@test
def year_report_counts_each_resident_once_and_averages_the_year():
    f = figures("jaar")
    expected = {("bereik", "totaal", "totaal"): "11", ("bereik", "onderdeel", "basisteam"): "6",
                ("bereik", "onderdeel", "wijkteam_plus"): "6", ("bereik", "wijk", "havenkwartier"): "3",
                ("bereik", "wijk", "de_hoeven"): "3", ("bereik", "wijk", "veldzicht"): "5"}
    for key, value in expected.items():
        assert f.get(key, (None,))[0] == value, (key, f.get(key), value)
    assert f[("rapportcijfer_gem", "totaal", "totaal")] == ("7.20", "5")
    assert f[("ervaring_eens_pct", "vraag", "bereikbaar")] == ("60.0", "5")
    assert f[("ervaring_eens_pct", "vraag", "geholpen")] == ("40.0", "5")
    text = pdftext(Reports.path("jaar", "pdf"), layout=True)
    # Eleven residents in a year and a threshold of 3: the year's groups against its
    # quarters' (as published in their own reports) leave most of them hidden (x); the
    # exact values above are in cijfers.csv, which is not public.
    rows_of(text,
            r"^\s*Basisteam\s+x\s+6\s+x\s*$",
            r"^\s*Totaal, unieke inwoners\s+11\s+x\s+x\s*$",
            r"^\s*De Hoeven\s+3\s+0,4\s+3\s*$",
            r"^\s*Gemiddeld rapportcijfer\s+7,2\s+5\s*$")
    assert "Gemeente Lindewaard" in flat(text)


@test
def nothing_of_haarlem_reaches_any_output():
    for kind in ("kwartaal", "jaar"):
        texts = {"pdf": pdftext(Reports.path(kind, "pdf"))}
        with open(Reports.path(kind, "html"), encoding="utf-8") as f:
            texts["html"] = f.read()
        with open(Reports.path(kind, "csv"), encoding="utf-8") as f:
            texts["csv"] = f.read()
        wb = openpyxl.load_workbook(Reports.path(kind, "xlsx"))
        texts["xlsx"] = "\n".join(str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                                  for c in row if isinstance(c, str))
        for name, text in texts.items():
            found = HAARLEM_RE.findall(text)
            assert not found, (kind, name, sorted(set(found)))
        assert "Lindewaard" in texts["xlsx"] and "Lindewaard" in texts["html"]


@test
def workbook_lists_the_onderdelen_and_the_old_grade_code_as_unknown():
    wb = openpyxl.load_workbook(Reports.path("kwartaal", "xlsx"))
    groups = {}
    for r in wb["Bereikt"].iter_rows(values_only=True):  # the first table of a figure: its breakdown
        if r[0] and r[2]:  # by onderdeel, not the young people's cross breakdown further down
            groups.setdefault((r[0], r[2]), r[4])
    assert groups[("Bereik", "Basisteam")] == 5 and groups[("Bereik", "Wijkteam Plus")] == 5, groups
    assert groups[("Bereik", "Havenkwartier")] == 3 and groups[("Bereik", "Veldzicht")] == 3, groups
    problems = [r for r in wb["Datakwaliteit"].iter_rows(values_only=True)][1:]
    # Line 17 of ervaringen.csv (R6) uses Haarlem's code: unknown here, its 9 out of the 1-5 scale.
    assert [(p[0], p[1], p[3], p[4], p[5]) for p in problems] == [
        ("ervaringen.csv", 17, "vraag", "rapportcijfer", "onbekende code"),
        ("ervaringen.csv", 17, "score", "9", "ongeldig getal")], problems


@test
def missing_texts_are_named_with_the_municipalitys_own_titles():
    quarter = flat(pdftext(Reports.path("kwartaal", "pdf")))
    for title in ["opening van de kwartaalrapportage", "toelichting bij deel 3 (wat inwoners ervan vinden)",
                  "een verhaal uit de buurt"]:
        assert f"Tekst ontbreekt nog: {title}." in quarter, title
    year = flat(pdftext(Reports.path("jaar", "pdf")))
    for title in ["het jaar in het kort", "het onderzoek van de rekenkamer van Lindewaard",
                  "de wijkagenda\u2019s van Havenkwartier, De Hoeven en Veldzicht"]:  # a typographic apostrophe
        assert f"Tekst ontbreekt nog: {title}." in year, title
    assert "tekst bij deel 1, gedaan" not in quarter  # Haarlem's title of the same text


def scaffold(period, texts, *extra):
    r = run("teksten", period, "--gegevens", FIXTURE, "--teksten", texts, *extra)
    assert r.returncode == 0, r.stderr
    folder = os.path.join(texts, period)
    files = {}
    for name in os.listdir(folder):
        if name == "wijken":  # a quarter's district texts, for the factsheets
            assert sorted(os.listdir(os.path.join(folder, name))) == ["de_hoeven.md", "havenkwartier.md",
                                                                     "veldzicht.md"], os.listdir(folder)
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            files[name] = f.read()
    return files


@test
def teksten_scaffolds_the_municipalitys_own_list():
    with tempfile.TemporaryDirectory() as tmp:
        quarter = scaffold("2026-Q3", os.path.join(tmp, "teksten"))
        assert sorted(quarter) == sorted(f"{n}.md" for n in ["inleiding", "gedaan", "bereikt", "effect", "impact",
                                                            "lessen", "verhalen", "financien"]), sorted(quarter)
        assert quarter["inleiding.md"].startswith(
            "**Opening**\n\nEen korte opening over dit kwartaal in Lindewaard. Gebruik de vragen hieronder"), \
            quarter["inleiding.md"][:200]
        assert "\n- Wat was het belangrijkste van dit kwartaal in de drie wijken?\n" \
               "- Wat valt op als we de cijfers naast het vorige kwartaal leggen?\n\n" in quarter["inleiding.md"]
        year = scaffold("2026", os.path.join(tmp, "teksten"))
        assert len(year) == 13, sorted(year)
        assert year["effectonderzoek.md"].startswith("**Onderzoek door de rekenkamer**\n\n"), \
            year["effectonderzoek.md"][:100]
        for name, text in {**quarter, **year}.items():
            assert not HAARLEM_RE.search(text), (name, HAARLEM_RE.findall(text))
            assert text.endswith("<!-- wijkrapport: nog in te vullen -->\n"), name
        # The same command on Haarlem's sample settings writes Haarlem's list.
        haarlem = scaffold("2026", os.path.join(tmp, "haarlem"), "--gegevens", SAMPLE)
        assert "Inholland" in haarlem["effectonderzoek.md"]


def copy_fixture(dst):
    shutil.copytree(FIXTURE, dst)
    return dst


@test
def a_broken_text_list_stops_the_run_with_file_and_line():
    with tempfile.TemporaryDirectory() as tmp:
        data = copy_fixture(os.path.join(tmp, "export"))
        listing = os.path.join(data, "teksten.ini")
        with open(listing, encoding="utf-8") as f:
            lines = f.read().splitlines(keepends=True)
        bad = next(i for i, l in enumerate(lines) if l.startswith("kop = Deel 2")) + 1
        lines[bad - 1] = "kopje = Deel 2: wie we bereikten\n"
        with open(listing, "w", encoding="utf-8") as f:
            f.writelines(lines)
        out = os.path.join(tmp, "out")
        for args in (("kwartaal", "2026-Q3", "--uitvoer", out), ("teksten", "2026-Q3", "--teksten", out)):
            r = run(*args, "--gegevens", data)
            assert r.returncode == 3, (args, r.returncode, r.stderr)
            assert f"{listing}, regel {bad}: onbekende instelling 'kopje'" in r.stderr, r.stderr
        assert not os.path.exists(os.path.join(out, "2026-Q3", "kwartaalrapportage-2026-Q3.pdf"))
        os.remove(listing)
        r = run("kwartaal", "2026-Q3", "--gegevens", data, "--uitvoer", out)
        assert r.returncode == 3 and f"{listing}: de lijst met teksten kan niet worden geopend" in r.stderr, r.stderr


@test
def without_the_grade_setting_the_contracts_code_is_the_grade():
    """Drop [vragenlijst] rapportcijfer: the default code 'rapportcijfer' is the grade again,
    so R6's 9 is the only grade (mean 9,00, n 1) and the four cijfer_dienstverlening answers
    are 1-5 statements out of scale, rejected."""
    with tempfile.TemporaryDirectory() as tmp:
        data = copy_fixture(os.path.join(tmp, "export"))
        settings = os.path.join(data, "wijkrapport.ini")
        with open(settings, encoding="utf-8") as f:
            text = f.read()
        assert "rapportcijfer = cijfer_dienstverlening\n" in text
        with open(settings, "w", encoding="utf-8") as f:
            f.write(text.replace("rapportcijfer = cijfer_dienstverlening\n", ""))
        out = os.path.join(tmp, "out")
        r = run("kwartaal", "2026-Q3", "--gegevens", data, "--uitvoer", out)
        assert r.returncode == 0, r.stderr
        rows = {(r[2], r[3], r[4]): (r[5], r[6]) for r in read_cijfers(os.path.join(out, "2026-Q3",
                                                                                   cijfers_name("2026-Q3")))}
        assert rows[("rapportcijfer_gem", "totaal", "totaal")] == ("9.00", "1"), rows[("rapportcijfer_gem", "totaal",
                                                                                       "totaal")]
        assert rows[("ervaring_eens_pct", "vraag", "cijfer_dienstverlening")] == ("", "0")


@test
def without_the_upbringing_reason_the_youth_paragraph_says_nothing_of_it():
    """The youth paragraph names inflow with reason 'opvoeding' only where that code is
    configured; a municipality without it still gets its report, without that sentence."""
    with tempfile.TemporaryDirectory() as tmp:
        data = copy_fixture(os.path.join(tmp, "export"))
        settings = os.path.join(data, "wijkrapport.ini")
        with open(settings, encoding="utf-8") as f:
            text = f.read()
        assert "opvoeding = Opvoeden\n" in text
        with open(settings, "w", encoding="utf-8") as f:
            f.write(text.replace("opvoeding = Opvoeden\n", ""))
        out = os.path.join(tmp, "out")
        r = run("kwartaal", "2026-Q3", "--gegevens", data, "--uitvoer", out)
        assert r.returncode == 0, r.stderr
        body = flat(pdftext(os.path.join(out, "2026-Q3", "kwartaalrapportage-2026-Q3.pdf")))
        assert "kunnen we daarom niet zeggen." in body, body[:400]
        assert "met de reden" not in body
    shown = flat(pdftext(Reports.path("kwartaal", "pdf")))
    assert re.search(r"een traject begonnen met de reden .Opvoeden.: \d+\.", shown), shown[:400]


def cleanup():
    if Reports.dir:
        shutil.rmtree(Reports.dir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(run_tests("e2e andere gemeente", TESTS, cleanup))
