#!/usr/bin/python3
"""An attack on the published reports (docs/privacy.md): can a reader work out a small
count that a report hides?

For many exports (the Haarlem sample, other seeds of the sample's profile, and small
municipalities of a few hundred trajectories a year, made by tools/gen_export.c) it
writes every public document of a year and the year before: the quarterly report of
each quarter and the annual reports. It reads every published table of the HTML twin
(and checks that the PDF's rows say the same), the key-figure tiles and the summary,
and uses cijfers-*.csv (exact values) only to know which shown number is which figure.
With every quarterly report it reads the district factsheets of that quarter and their
overview page (wijken/) as well: the districts and the city are one relation, and a
factsheet that shows a rolling year (the last four quarters) adds that period with its
quarters. Then, as a reader with all those documents would:

- a cell must look the same in every document that shows it;
- for every relation (a breakdown against its figure's total, a year against its
  quarters) it computes the total minus the shown parts wherever parts are hidden (or
  the sum of the parts where the total is hidden), and fails if that lands in
  1 .. threshold-1;
- a change on a tile is only shown when both its values are shown, and a ratio over a
  hidden count is hidden too.

Prints 'e2e afscherming: N passed, N failed' and what it checked."""
import collections
import configparser
import csv
import glob
import html
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

from harness import PROGRAM, ROOT, SAMPLE, flat, run, run_tests, test_registry

TESTS, test = test_registry()

# Counts of people, trajectories and complaints: what a public document suppresses.
COUNTS = {"bereik", "instroom", "uitstroom", "wachtend_trajecten", "wachtend_inwoners", "klachten_ontvangen",
          "klachten_afgehandeld", "klachten_open", "zrm_paren", "eerste_contact_buiten_norm", "start_buiten_norm"}
# A ratio whose denominator is a count of the model: hidden when that count is.
OVER_COUNT = {"bereik_per_1000": "bereik", "zrm_verbeterd_pct": "zrm_paren", "zrm_verschil_gem": "zrm_paren",
              "klachten_binnen_termijn_pct": "klachten_afgehandeld", "wachttijd_mediaan_dagen": "wachtend_trajecten"}
HIDDEN = {"<5", "x"}  # as counts are hidden; "<N" for another threshold is read below

# First column head of a breakdown table -> its dimension.
BREAKDOWNS = {"Onderdeel": "onderdeel", "Wijk": "wijk", "Leeftijdsgroep": "leeftijdsgroep",
              "Reden van de hulpvraag": "reden_instroom", "Leefgebied": "leefgebied",
              "Reden van uitstroom": "reden_uitstroom", "Aard van de klacht": "aard", "Uitkomst": "uitkomst",
              "Stelling": "vraag", "Doel bereikt": "doelrealisatie", "Wachttijd": "wachttijd"}
# The young people's cross breakdowns (only age group 0-17): first column head -> the
# dimension of the cross rows and of the row they add up to.
CROSS = {"Onderdeel, 0-17 jaar": ("leeftijdsgroep+onderdeel", "onderdeel"),
         "Reden van de hulpvraag, 0-17 jaar": ("leeftijdsgroep+reden_instroom", "reden_instroom")}
YOUTH = "0-17"
# Column heads that name their figure (the norm tables per onderdeel and wijk).
HEAD_FIGURES = {"Contact op tijd": "eerste_contact_binnen_norm_pct", "Contact te laat": "eerste_contact_buiten_norm",
                "Start op tijd": "start_binnen_norm_pct", "Start te laat": "start_buiten_norm",
                "Wachtend": "wachtend_trajecten"}
# Tables of totals: row label (start) -> figure.
TOTAL_ROWS = [("Ontvangen", "klachten_ontvangen"), ("Afgehandeld binnen", "klachten_binnen_termijn_pct"),
              ("Afgehandeld", "klachten_afgehandeld"), ("Nog open", "klachten_open"),
              ("Trajecten aangemeld", "wachtend_trajecten"), ("Unieke inwoners die wachten", "wachtend_inwoners"),
              ("Wachttijd tot nu", "wachttijd_mediaan_dagen"),
              ("Eerste contact binnen", "eerste_contact_binnen_norm_pct"),
              ("Start van de ondersteuning", "start_binnen_norm_pct"),
              ("Gestopt op initiatief", "uitval_pct"), ("Binnen een half jaar", "herhaald_beroep_pct")]
TOTAL_TABLES = {"Klachten", "Uitval en terugkeer"}  # and "Op <date>" (waiting)
# The norm table: Norm | Doel | Op tijd | Te laat | Aanmeldingen.
NORM_ROWS = {"Eerste contact binnen": ("eerste_contact_binnen_norm_pct", "eerste_contact_buiten_norm"),
             "Start van de ondersteuning": ("start_binnen_norm_pct", "start_buiten_norm")}
# The comparison table (fill/trend_table.c): row label -> figure.
TREND_ROWS = {"Bereikte inwoners": "bereik", "Instroom (inwoners)": "instroom", "Uitstroom (inwoners)": "uitstroom",
              "Wachtende inwoners aan het eind van de periode": "wachtend_inwoners",
              "Eerste contact binnen de norm": "eerste_contact_binnen_norm_pct",
              "Start binnen de norm": "start_binnen_norm_pct", "Korte contacten": "contacten",
              "Deelnames aan groepsactiviteiten": "deelnames", "Ontvangen klachten": "klachten_ontvangen",
              "Uitval": "uitval_pct", "Gemiddeld rapportcijfer": "rapportcijfer_gem"}
# Tables that hold no count of people (agreements, activities, contacts, money, indicators,
# data problems): first column head.
NO_PEOPLE = {"Status", "Afspraak", "Thema", "Kanaal", "Post", "Afspraak over het budget",
             "Indicator (hele gemeente)", "Soort melding", "Oormerk", "Indicator"}
TILES = {"Inwoners bereikt": "bereik", "Begonnen aan een traject": "instroom", "Traject afgesloten": "uitstroom",
         "Wachtend op": "wachtend_inwoners", "Eerste contact binnen": "eerste_contact_binnen_norm_pct",
         "Start binnen": "start_binnen_norm_pct", "Gestopt op initiatief": "uitval_pct",
         "Rapportcijfer": "rapportcijfer_gem",
         "Korte contacten": "contacten", "Deelnames aan groepsactiviteiten": "deelnames"}
FIXED_LABELS = {
    "leeftijdsgroep": {"0-17": "0 tot en met 17 jaar", "18-26": "18 tot en met 26 jaar",
                       "27-64": "27 tot en met 64 jaar", "65+": "65 jaar en ouder"},
    "aard": {"bejegening": "Bejegening", "inzet_ondersteuning": "Inzet van ondersteuning",
             "bereikbaarheid": "Bereikbaarheid", "communicatie": "Communicatie", "overig": "Overig"},
    "uitkomst": {"gegrond": "Gegrond", "deels_gegrond": "Deels gegrond", "ongegrond": "Ongegrond",
                 "ingetrokken": "Ingetrokken", "bemiddeld": "Bemiddeld"},
    "doelrealisatie": {"geheel": "Geheel", "gedeeltelijk": "Gedeeltelijk", "niet": "Niet"},
    "wachttijd": {"0-14": "0 tot en met 14 dagen", "15-28": "15 tot en met 28 dagen", "29-56": "29 tot en met 56 dagen",
                  "57+": "57 dagen of langer"},
}
SECTIONS = {"onderdeel": "onderdelen", "wijk": "wijken", "reden_instroom": "redenen_instroom",
            "leefgebied": "leefgebieden", "reden_uitstroom": "redenen_uitstroom", "vraag": "vragen"}


# ---------------------------------------------------------------------------------------
# Reading the HTML twin


class Page(html.parser.HTMLParser):
    """The tables (caption, head, rows of (label, cells), inside a chart or not) and the
    key-figure tiles of one report. Text a screen reader alone hears (class "vh") is left
    out: the eye reads "<5", not the words."""
    COLLECT = ("th", "td", "caption", "dt", "dd", "h2", "h3")
    VOID = ("meta", "br", "hr", "img", "input", "link", "wbr")

    def __init__(self, source):
        super().__init__(convert_charrefs=True)
        self.tables, self.tiles = [], []
        self.stack = []  # open elements: (tag, classes)
        self.text = None  # the text of the collecting element that is open
        self.table = self.row = self.tile = None
        self.heading = ""
        self.feed(source)

    def inside(self, tag, cls=None):
        return any(t == tag and (cls is None or cls in c) for t, c in self.stack)

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        cls = (dict(attrs).get("class") or "").split()
        self.stack.append((tag, cls))
        if tag == "table":
            self.table = {"caption": "", "head": [], "rows": [], "chart": self.inside("details", "grafiek-cijfers"),
                          "heading": self.heading}
        elif tag == "tr" and self.table is not None:
            self.row = []
        elif tag == "div" and "tegel" in cls:
            self.tile = {"label": "", "value": "", "change": ""}
        if tag in self.COLLECT:
            self.text = []

    def handle_endtag(self, tag):
        if not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            t, cls = self.stack.pop()
            if t == tag:
                break
        text = flat("".join(self.text)) if tag in self.COLLECT and self.text is not None else ""
        if tag in self.COLLECT:
            self.text = None
        if tag == "caption" and self.table is not None:
            self.table["caption"] = text
        elif tag in ("th", "td") and self.row is not None:
            self.row.append(text)
        elif tag == "tr" and self.table is not None and self.row is not None:
            if self.inside("thead"):
                self.table["head"] = self.row
            else:
                self.table["rows"].append((self.row[0], self.row[1:]))
            self.row = None
        elif tag == "table" and self.table is not None:
            self.tables.append(self.table)
            self.table = None
        elif tag == "dt" and self.tile is not None:
            self.tile["label"] = text
        elif tag == "dd" and self.tile is not None:
            self.tile["change" if "tegel-verschil" in cls else "value"] = text
        elif tag == "div" and "tegel" in cls and self.tile is not None:
            self.tiles.append(self.tile)
            self.tile = None
        elif tag in ("h2", "h3"):
            self.heading = text

    def handle_data(self, data):
        if self.text is not None and not any("vh" in c for _, c in self.stack):
            self.text.append(data)


def read_page(path):
    """Tables, tiles and the bold figures of the summary of one HTML report."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    summary = []
    m = re.search(r'<h2 id="(?:in-het-kort|samenvatting-in-vier-regels)">.*?<ol>(.*?)</ol>', source, re.S)
    if m:
        summary = [flat(html_text(s)) for s in re.findall(r"<li>(.*?)</li>", m.group(1), re.S)]
    # Bold totals and the tiles' arrows carry no meaning of their own here.
    source = re.sub(r"</?strong>", "", source)
    source = re.sub(r"<svg\b.*?</svg>", "", source, flags=re.S)
    page = Page(source)
    page.summary = summary
    return page


def html_text(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


# ---------------------------------------------------------------------------------------
# Numbers as the report writes them


def number(text):
    """A Dutch number as shown ("1.234", "12,5%", "0,45", "-3"), or None."""
    t = text.replace("\u2212", "-").strip().rstrip("*")
    m = re.fullmatch(r"(-?)(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?(%?)", t)
    if not m:
        return None
    value = float(m.group(2).replace(".", "") + ("." + m.group(3) if m.group(3) else ""))
    return -value if m.group(1) else value


def shown_as(figure, exact):
    """How a report shows an exact value of cijfers.csv, when it shows it."""
    v = float(exact)
    if figure.endswith("_pct"):
        return f"{v:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".") + "%"
    if figure in ("rapportcijfer_gem", "bereik_per_1000"):  # one decimal (the grade: from the exact mean)
        return f"{v:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if figure.endswith("_gem"):
        return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if figure.endswith("_dagen"):
        return (f"{v:.0f}" if v == int(v) else f"{v:.1f}".replace(".", ","))
    return f"{int(round(v)):,}".replace(",", ".")


MONTH_QUARTER = {"mrt": 1, "jun": 2, "sep": 3, "dec": 4}


def period_of_head(head, report_period):
    """The period code of a comparison column or chart row head: "2025-K3", "K1",
    "2026 t/m sep" (the report's own year in progress), "2025 t/m sep" (the same months
    of the year before: a period of its own, "2025 t/m Q3"), "2026"; None for a column of
    changes ("t.o.v. 2025-K3")."""
    if head.startswith("t.o.v."):
        return None
    m = re.fullmatch(r"(\d{4})-K([1-4])", head)
    if m:
        return f"{m.group(1)}-Q{m.group(2)}"
    m = re.fullmatch(r"K([1-4])", head)
    if m:
        return f"{report_period[:4]}-Q{m.group(1)}"
    m = re.fullmatch(r"(\d{4}) t/m (\w+)", head)
    if m:
        return m.group(1) if m.group(1) == report_period[:4] else f"{m.group(1)} t/m Q{MONTH_QUARTER[m.group(2)]}"
    m = re.fullmatch(r"\d{4}", head)
    if m:
        return head
    raise AssertionError(f"unknown column head {head!r}")


def quarters_of(period):
    """The quarters a year (or the first months of one, "2025 t/m Q3") adds up from."""
    m = re.fullmatch(r"(\d{4})(?: t/m Q([1-4]))?", period)
    return [f"{m.group(1)}-Q{q}" for q in range(1, int(m.group(2) or 4) + 1)]


# ---------------------------------------------------------------------------------------
# The documents of one export


class Export:
    """One export and the public documents of a year and the year before."""

    def __init__(self, name, folder, year, in_progress_to=None, year_before=True):
        self.name, self.folder, self.year, self.in_progress_to = name, folder, year, in_progress_to
        years = (year - 1, year) if year_before else (year,)
        self.quarters = [f"{y}-Q{q}" for y in years for q in range(1, 5)
                         if not (y == year and in_progress_to and q > in_progress_to)]
        self.years = [str(y) for y in years]
        ini = configparser.ConfigParser(inline_comment_prefixes=(";",), interpolation=None)
        ini.read(os.path.join(folder, "wijkrapport.ini"), encoding="utf-8")
        self.threshold = int(ini["privacy"].get("drempel", "5")) if ini.has_section("privacy") else 5
        self.labels = {d: {label: code for code, label in FIXED_LABELS[d].items()} for d in FIXED_LABELS}
        for dim, section in SECTIONS.items():
            self.labels[dim] = {label: code for code, label in ini[section].items()} if ini.has_section(section) else {}
        for dim in self.labels:
            self.labels[dim]["Onbekend"] = "onbekend"
            self.labels[dim]["Stadsbreed"] = "stadsbreed"
        self.out = None
        self.exact = {}  # period -> {(figure, dimension, code): waarde}
        self.pages = {}  # period -> Page
        self.sheets = {}  # quarter -> [(district code, Page, rolling)]: the factsheets and the overview (code None)
        self.pdf_text = {}

    def runs(self):
        return [("kwartaal", q) for q in self.quarters] + [("jaar", y) for y in self.years]

    def paths(self, kind, period):
        stem = "kwartaalrapportage" if kind == "kwartaal" else "jaarverslag"
        folder = os.path.join(self.out, period)
        return os.path.join(folder, f"{stem}-{period}.html"), os.path.join(folder, f"{stem}-{period}.pdf"), folder


def write_documents(exports, tmp):
    jobs = []
    for e in exports:
        e.out = os.path.join(tmp, "uit-" + e.name)
        jobs += [(e, kind, period) for kind, period in e.runs()]

    def one(job):
        e, kind, period = job
        r = run(kind, period, "--gegevens", e.folder, "--uitvoer", e.out)
        assert r.returncode == 0, (e.name, kind, period, r.stderr)
        html_path, pdf, folder = e.paths(kind, period)
        text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True,
                              check=True).stdout
        return job, text

    # One export's runs share its output folder, which a run locks: they go one after the
    # other; two exports run side by side.
    def one_export(e):
        return [one(job) for job in jobs if job[0] is e]

    with ThreadPoolExecutor(max_workers=2) as pool:
        done = [pair for pairs in pool.map(one_export, exports) for pair in pairs]
        for (e, kind, period), text in done:
            html_path, pdf, folder = e.paths(kind, period)
            e.pdf_text[period] = " ".join(text.replace("\u00a0", " ").split())
            e.pages[period] = read_page(html_path)
            if kind == "kwartaal":
                e.sheets[period] = read_factsheets(folder, period)
            found = glob.glob(os.path.join(folder, "cijfers-*.csv"))
            assert len(found) == 1, found
            with open(found[0], newline="", encoding="utf-8") as f:
                e.exact[period] = {(r["cijfer"], r["dimensie"], r["waarde_code"]): r for r in csv.DictReader(f)}


# ---------------------------------------------------------------------------------------
# What a reader of all documents knows


class Knowledge:
    def __init__(self, export):
        self.e = export
        self.seen = collections.defaultdict(set)  # (period, figure, dimension, code) -> shown texts
        self.where = collections.defaultdict(set)
        self.tables = 0
        self.problems = []

    def record(self, key, text, where):
        self.seen[key].add(text)
        self.where[key].add(where)

    def value(self, key):
        """The number a reader knows for key, or None (hidden or not published)."""
        texts = self.seen.get(key)
        if not texts or len(texts) != 1:
            return None
        return number(next(iter(texts)))

    def is_hidden(self, key):
        texts = self.seen.get(key, set())
        return any(t in HIDDEN or t == f"<{self.e.threshold}" for t in texts)

    def fail(self, kind, message):
        self.problems.append((kind, f"{self.e.name}: {message}"))


def column_figure(know, period, keys, cells, head):
    """The figure of a breakdown column: the one of the rows' dimension whose exact values
    the shown numbers equal (hidden cells fit any), or "noemer:<figure>" for the column of
    a ratio's denominators. keys: per row (dimension, code)."""
    if all(text == "–" for text in cells):
        return None  # no values at all (nothing delivered): nothing to read
    exact = know.e.exact.get(period, {})
    dimension = next(d for d, _ in keys if d != "totaal")
    figures = sorted({f for (f, d, _) in exact if d == dimension})
    if head in HEAD_FIGURES:
        figures = [HEAD_FIGURES[head]]
    fits = []
    for figure, field in [(f, "waarde") for f in figures] + [(f, "noemer") for f in figures]:
        ok = True
        for (dim, code), text in zip(keys, cells):
            row = exact.get((figure, dim, code))
            if row is None:
                ok = text in ("–",)
            elif number(text) is not None and figure == "rapportcijfer_gem" and field == "waarde":
                ok = row[field] != "" and abs(number(text) - float(row[field])) <= 0.05 + 1e-9
            elif number(text) is not None:
                ok = row[field] != "" and shown_as(figure if field == "waarde" else "aantal", row[field]) == text
            if not ok:
                break
        if ok:
            fits.append(figure if field == "waarde" else "noemer:" + figure)
    if any(not f.startswith("noemer:") for f in fits):  # a figure beats a denominator of equal values
        fits = [f for f in fits if not f.startswith("noemer:")]
    if len(fits) > 1:  # the head decides between figures that fit equally (all hidden)
        named = [f for f in fits if f.split("_")[0] in head.lower()]
        fits = named or fits
    if len(fits) > 1 and all(f.startswith("noemer:") for f in fits):
        fits = fits[:1]  # several ratios over the same denominator
    assert len(fits) == 1, (period, dimension, head, cells, fits)
    return fits[0]


def read_tables(know, period, page):
    """Puts every cell of every table of the report of `period` into know."""
    e = know.e
    for t in page.tables:
        head = t["head"]
        first = head[0] if head else ""
        where = f"{period}: {t['caption'] or first}"
        if first.startswith("Wachttijd op "):  # the waiting list by waiting time, dated
            first = "Wachttijd"
        if t["chart"]:
            read_chart(know, period, t, where)
            continue
        know.tables += 1
        if first == "Kerncijfer":
            periods = [period_of_head(h, period) for h in head[1:]]
            for label, cells in t["rows"]:
                figure = TREND_ROWS[label]
                for p, text in zip(periods, cells):
                    if p:
                        know.record((p, figure, "totaal", "totaal"), text.rstrip("*"), where)
        elif first in BREAKDOWNS or first in CROSS:
            cross, margin = CROSS.get(first, (None, None))
            dimension = BREAKDOWNS.get(first, margin)
            keys = []
            for label, _ in t["rows"]:
                if label.startswith("Totaal") or label.startswith("Alle ") or label.startswith("Gemiddeld"):
                    keys.append(("leeftijdsgroep", YOUTH) if cross else ("totaal", "totaal"))
                else:
                    assert label in e.labels[dimension], (where, label)
                    code = e.labels[dimension][label]
                    keys.append((cross, f"{YOUTH}+{code}") if cross else (dimension, code))
            for c in range(len(head) - 1):
                cells = [cells[c] for _, cells in t["rows"]]
                rows = [(key, text) for key, text, (label, _) in zip(keys, cells, t["rows"])
                        if not label.startswith("Gemiddeld")]
                figure = column_figure(know, period, [r[0] for r in rows], [r[1] for r in rows], head[c + 1])
                for (dim, code), text in rows if figure else ():
                    know.record((period, figure, dim, code), text, where)
            for label, cells in t["rows"]:
                if label.startswith("Gemiddeld"):  # the grade below the experience table
                    know.record((period, "rapportcijfer_gem", "totaal", "totaal"), cells[0], where)
                    know.record((period, "noemer:rapportcijfer_gem", "totaal", "totaal"), cells[1], where)
        elif first == "Norm":  # Doel | Op tijd | Te laat | Aanmeldingen
            for label, cells in t["rows"]:
                pct, outside = next(v for start, v in NORM_ROWS.items() if label.startswith(start))
                know.record((period, pct, "totaal", "totaal"), cells[1], where)
                know.record((period, outside, "totaal", "totaal"), cells[2], where)
                know.record((period, "noemer:" + pct, "totaal", "totaal"), cells[3], where)
        elif first in TOTAL_TABLES or first.startswith("Op "):
            for label, cells in t["rows"]:
                figure = next(f for start, f in TOTAL_ROWS if label.startswith(start))
                know.record((period, figure, "totaal", "totaal"), cells[0], where)
                if len(cells) > 1:  # the number of trajectories beside a percentage
                    know.record((period, "noemer:" + figure, "totaal", "totaal"), cells[1], where)
        else:
            assert first in NO_PEOPLE, f"{where}: a table the attack does not know ({first!r}); teach it"
            know.tables -= 1
            continue
        t["attacked"] = True


def read_factsheets(folder, period):
    """The district factsheets of a quarter and their overview page."""
    sheets = []
    for path in sorted(glob.glob(os.path.join(folder, "wijken", "*.html"))):
        name = os.path.basename(path)
        m = re.fullmatch(rf"wijkfactsheet-(.+)-{period}\.html", name)
        with open(path, encoding="utf-8") as f:
            rolling = "Let op: vier kwartalen samen" in f.read()
        sheets.append((m.group(1) if m else None, read_page(path), rolling))
    assert sheets, f"no factsheets for {period} in {folder}"
    return sheets


def rolling_period(quarter):
    """The key of a factsheet's rolling year: the four quarters ending with `quarter`."""
    return f"R{quarter}"


def rolling_quarters(key):
    y, q = int(key[1:5]), int(key[-1])
    out = []
    for _ in range(4):
        out.append(f"{y}-Q{q}")
        y, q = (y, q - 1) if q > 1 else (y - 1, 4)
    return out[::-1]


SHEET_TILES = {"Mensen met hulp": "bereik", "Per 1.000 inwoners": "bereik_per_1000", "Nieuw begonnen": "instroom",
               "Wachten nog op hulp": "wachtend_trajecten", "Contact binnen": "eerste_contact_binnen_norm_pct",
               "Hulp binnen": "start_binnen_norm_pct", "Korte gesprekken": "contacten",
               "Keer meegedaan": "deelnames"}
OUTSIDE = {"eerste_contact_binnen_norm_pct": "eerste_contact_buiten_norm", "start_binnen_norm_pct": "start_buiten_norm"}
SHEET_SERIES = {"Met hulp": "bereik", "Begonnen": "instroom", "Wachtend": "wachtend_trajecten"}


def read_factsheet(know, quarter, code, page, rolling):
    """What one district's factsheet shows: its tiles (the district, and the city in the
    tile's third line), the reasons chart (a reason left out is 0), the five quarters."""
    e = know.e
    period = rolling_period(quarter) if rolling else quarter
    where = f"{quarter}: wijkfactsheet {code}"
    for tile in page.tiles:
        figure = next((f for start, f in SHEET_TILES.items() if tile["label"].startswith(start)), None)
        assert figure, (where, tile)
        know.record((period, figure, "wijk", code), tile["value"], where)
        for part in tile["change"].split(";"):
            name, _, text = part.strip().partition(":")
            text = text.strip()
            if name in ("hele stad", "stad"):
                know.record((period, figure, "totaal", "totaal"), text, where)
            elif name == "te laat":
                know.record((period, OUTSIDE[figure], "wijk", code), text, where)
            elif name.endswith(" groepen"):
                know.record((period, "activiteiten", "wijk", code), name.split()[0], where)
            else:
                assert name == "doel", (where, tile)
    for t in page.tables:
        caption, first = t["caption"], (t["head"][0] if t["head"] else "")
        if t["chart"] and caption.startswith("Waarom mensen hulp vroegen"):
            know.tables += 1
            shown = set()
            for label, cells in t["rows"]:
                reason = e.labels["reden_instroom"][label]
                shown.add(reason)
                know.record((period, "instroom", "wijk+reden_instroom", f"{code}+{reason}"), cells[0], where)
            for reason in e.labels["reden_instroom"].values():
                if reason not in shown and reason not in ("onbekend", "stadsbreed"):
                    know.record((period, "instroom", "wijk+reden_instroom", f"{code}+{reason}"), "0", where)
        elif t["chart"] and caption.startswith("Mensen met hulp in "):
            know.tables += 1
            for label, cells in t["rows"]:
                for name, text in zip(t["head"][1:], cells):
                    know.record((period_of_head(label, quarter), SHEET_SERIES[name], "wijk", code), text, where)
        else:
            assert first.startswith("Wat de gemeente"), f"{where}: a table the attack does not know ({first!r})"


def read_overview(know, quarter, page):
    where = f"{quarter}: overzicht wijkfactsheets"
    for t in page.tables:
        assert t["head"][:3] == ["Wijk", "Mensen met hulp", "Per 1.000 inwoners"], (where, t["head"])
        know.tables += 1
        for label, cells in t["rows"]:
            code = know.e.labels["wijk"][label.replace(" (vier kwartalen)", "")]
            know.record((quarter, "bereik", "wijk", code), cells[0], where)
            know.record((quarter, "bereik_per_1000", "wijk", code), cells[1], where)


def read_chart(know, period, t, where):
    caption = t["caption"]
    if caption.startswith("Instroom en uitstroom per kwartaal"):
        know.tables += 1
        figures = {"Instroom": "instroom", "Uitstroom": "uitstroom"}
        for label, cells in t["rows"]:
            for name, text in zip(t["head"][1:], cells):
                know.record((period_of_head(label, period), figures[name], "totaal", "totaal"), text, where)
    elif caption.startswith("Bereik per wijk"):
        know.tables += 1
        for label, cells in t["rows"]:
            know.record((period, "bereik", "wijk", know.e.labels["wijk"][label]), cells[0], where)


def read_tiles(know, period, page):
    """Tile values, and the changes they show: (figure, the period each change compares
    with)."""
    changes = []
    for tile in page.tiles:
        figure = next((f for start, f in TILES.items() if tile["label"].startswith(start)), None)
        if figure is None:
            continue
        know.record((period, figure, "totaal", "totaal"), tile["value"], f"{period}: tegel {tile['label']}")
        for part in filter(None, tile["change"].split(" · ")):
            changes.append((figure, period_of_name(part.split(" t.o.v. ")[1])))
    return changes


def period_of_name(name):
    """The period of "3e kwartaal 2025", "2025" or "jan t/m sep 2025"."""
    m = re.fullmatch(r"([1-4])e kwartaal (\d{4})", name)
    if m:
        return f"{m.group(2)}-Q{m.group(1)}"
    m = re.fullmatch(r"jan t/m (\w+) (\d{4})", name)
    if m:
        return f"{m.group(2)} t/m Q{MONTH_QUARTER[m.group(1)]}"
    assert re.fullmatch(r"\d{4}", name), name
    return name


def same_period_before(period):
    """The period a report compares with first: the same quarter, or the same months, a
    year earlier."""
    if "-Q" in period:
        return f"{int(period[:4]) - 1}{period[4:]}"
    return str(int(period[:4]) - 1) + period[4:]


def read_summary(know, period, page, in_progress):
    """The counts 'In het kort' quotes: reach, waiting and the numbers outside the norms,
    with the year before in brackets."""
    before = same_period_before(period) + (f" t/m Q{in_progress}" if in_progress and "-Q" not in period else "")
    where = f"{period}: In het kort"
    number = r"([\d.]+|minder dan \d+)"
    patterns = [(rf"kregen {number} inwoners? ondersteuning(?:, [a-z0-9 ]+? \(([\d.]+)\))?", "bereik"),
                (rf"wachtten? {number} inwoners? op de start(?:[^(;.]*?\(([\d.]+)\))?", "wachtend_inwoners"),
                (rf"contact \(doel [^)]*\)[^;]*; bij {number} trajecten? duurde het langer()", "eerste_contact_buiten_norm"),
                (rf"dagen \(doel [^)]*\)[^;]*; bij {number} trajecten? duurde het langer of()", "start_buiten_norm")]
    text = " ".join(page.summary)
    for pattern, figure in patterns:
        for m in re.finditer(pattern, text):
            shown = "<5" if m.group(1).startswith("minder dan") else m.group(1)
            know.record((period, figure, "totaal", "totaal"), shown, where)
            if m.group(2):
                know.record((before, figure, "totaal", "totaal"), m.group(2), where)


def infer(know, relations):
    """A reader chains relations: a hidden cell that a relation pins down (the only
    unknown in it) is known from then on, and may open another relation. Returns the
    worked-out values; one in 1..threshold-1 is a disclosure by itself."""
    t = know.e.threshold
    known = {}

    def value(key):
        v = know.value(key)
        return v if v is not None else known.get(key)

    changed = True
    while changed:
        changed = False
        for total, parts in relations:
            cells = [total] + parts
            if any(value(k) is None and not know.is_hidden(k) for k in cells):
                continue  # not published: the reader has nothing to go on
            unknown = [k for k in cells if value(k) is None]
            if len(unknown) != 1:
                continue
            k = unknown[0]
            v = sum(value(p) for p in parts) if k == total else value(total) - sum(value(p) for p in parts if p != k)
            if v < 1:
                continue  # groups that overlap: the relation says nothing about k
            known[k] = v
            changed = True
            if v <= t - 1:
                know.fail("hidden cell worked out through other relations",
                          f"{k} is worked out as {v:g} from {total} and its parts")
    return known


def attack(know, total, parts, counter, inferred):
    """Total minus the shown parts (or the sum of the parts for a hidden total), with
    what the reader worked out through other relations."""
    counter["relations"] += 1
    t = know.e.threshold

    def value(key):
        v = know.value(key)
        return v if v is not None else inferred.get(key)

    values = [value(p) for p in parts]
    hidden = [p for p, v in zip(parts, values) if v is None and know.is_hidden(p)]
    total_value = value(total)
    if total_value is not None and hidden:
        estimate = total_value - sum(v for v in values if v is not None)
        counter["estimates"] += 1
        if 1 <= estimate <= t - 1:
            know.fail("breakdown or year against its total", f"{total} minus the shown parts is {estimate:g}: the hidden {hidden} hold {estimate:g} "
                      f"(shown in {sorted(know.where[total])[:2]})")
    elif total_value is None and know.is_hidden(total) and all(v is not None for v in values):
        estimate = sum(values)
        counter["estimates"] += 1
        if 1 <= estimate <= t - 1:
            know.fail("hidden total that its parts give", f"hidden {total} is the sum of its shown parts: {estimate:g}")


def check_export(e, counter):
    know = Knowledge(e)
    tile_changes = []
    for period, page in e.pages.items():
        read_tables(know, period, page)
        tile_changes += [(period, f, c) for f, c in read_tiles(know, period, page)]
        # The summary quotes the tables' own figures.
        read_summary(know, period, page, e.in_progress_to if period == str(e.year) else None)
    for quarter, sheets in e.sheets.items():
        for code, page, rolling in sheets:
            if code is None:
                read_overview(know, quarter, page)
            else:
                read_factsheet(know, quarter, code, page, rolling)
        counter["factsheets"] += len(sheets)
        counter["rolling"] += sum(rolling for _, _, rolling in sheets)
    counter["tables"] += know.tables
    counter["documents"] += len(e.pages)

    # The same cell looks the same everywhere; a shown number is the exact one.
    for key, texts in know.seen.items():
        counter["cells"] += 1
        if len(texts) > 1:
            know.fail("one cell shown differently", f"{key} is shown as {sorted(texts)} in {sorted(know.where[key])}")
        text = next(iter(texts))
        figure, field = (key[1][7:], "noemer") if key[1].startswith("noemer:") else (key[1], "waarde")
        exact = e.exact.get(key[0], {}).get((figure,) + key[2:])  # a rolling year has no export: None
        if exact is not None and number(text) is not None and exact[field] != "":
            if figure == "rapportcijfer_gem" and field == "waarde":  # one decimal from the exact mean,
                assert abs(number(text) - float(exact[field])) <= 0.05 + 1e-9, (key, text, exact)  # export: two
            else:
                assert shown_as(figure if field == "waarde" else "aantal", exact[field]) == text, (key, text, exact)
        # A count of people, or of the trajectories or answers beside a percentage, is
        # never shown when it is small.
        if (figure in COUNTS or field == "noemer") and number(text) is not None and \
                1 <= number(text) <= e.threshold - 1 and not figure.startswith("besteed"):
            know.fail("small count shown", f"{key} is shown as {text} in {sorted(know.where[key])[:2]}")

    # Every breakdown against its total, per period with exact values.
    relations = []
    for period, exact in e.exact.items():
        for (figure, dimension, code) in exact:
            if figure not in COUNTS or dimension != "totaal":
                continue
            dims = sorted({d for (f, d, _) in exact if f == figure and d != "totaal"})
            for d in dims:
                parts = [(period, figure, d, c) for (f, dd, c) in exact if f == figure and dd == d]
                if d.startswith("wijk+"):  # districts against reasons (domains): both ways
                    other = d.split("+")[1]
                    by_district, by_code = collections.defaultdict(list), collections.defaultdict(list)
                    for part in parts:
                        a, b = part[3].split("+")
                        by_district[a].append(part)
                        by_code[b].append(part)
                    relations += [((period, figure, "wijk", a), ps) for a, ps in by_district.items()]
                    relations += [((period, figure, other, b), ps) for b, ps in by_code.items()]
                elif "+" in d:  # a cross breakdown of 0-17: its rows add up to that age group
                    relations.append(((period, figure, d.split("+")[0], YOUTH), parts))
                else:
                    relations.append(((period, figure, "totaal", "totaal"), parts))
    # Every year against its quarters, for every cell of the year any document shows.
    for year in {k[0] for k in know.seen if "-Q" not in k[0]}:
        quarters = [q for q in quarters_of(year) if q in e.exact]
        in_progress = "t/m" not in year and len(quarters) < 4
        expected = len(quarters) if in_progress else len(quarters_of(year))
        if not quarters or len(quarters) < expected:
            continue
        for key in [k for k in know.seen if k[0] == year and k[1] in COUNTS]:
            parts = [(q,) + key[1:] for q in quarters]
            for p in parts:  # a row a quarter lacks is 0 there (only groups with members appear)
                if p not in know.seen and p[1:] not in e.exact[p[0]]:
                    know.seen[p].add("0")
            relations.append((key, parts))
    # A factsheet's rolling year against its four quarters, for every count it shows.
    for key in [k for k in know.seen if k[0].startswith("R") and k[1] in COUNTS]:
        quarters = rolling_quarters(key[0])
        if not all(q in e.exact for q in quarters):
            continue
        parts = [(q,) + key[1:] for q in quarters]
        for p in parts:
            if p not in know.seen and p[1:] not in e.exact[p[0]]:
                know.seen[p].add("0")
        relations.append((key, parts))
    inferred = infer(know, relations)
    counter["inferred"] += len(inferred)
    for total, parts in relations:
        attack(know, total, parts, counter, inferred)
    # A change on a tile needs both values shown.
    for period, figure, other in tile_changes:
        counter["changes"] += 1
        for p in (period, other):
            if know.is_hidden((p, figure, "totaal", "totaal")):
                know.fail("change of a hidden value", f"tile {figure} of {period} shows a change against {other} "
                          f"while {p} is hidden")
    # A ratio over a hidden count is hidden too.
    for key in list(know.seen):
        count = OVER_COUNT.get(key[1])
        if count and know.value(key) is not None and know.is_hidden((key[0], count) + key[2:]):
            know.fail("ratio over a hidden count", f"{key} is shown while its denominator {count} is hidden")
    return know


def pdf_rows_equal_html(e):
    """Every row of every table outside the charts is in the PDF's text as in the HTML."""
    checked = 0
    for period, page in e.pages.items():
        text = e.pdf_text[period]
        for t in page.tables:
            if not t.get("attacked"):
                continue
            for label, cells in t["rows"]:
                pattern = re.escape(label) + r"\s+" + r"\s+".join(re.escape(c) for c in cells if c)
                if re.search(pattern, text):
                    checked += 1
                    continue
                # A long label wraps in the PDF cell: then its first words and the values.
                words = label.split()
                loose = r"\s+".join(re.escape(w) for w in words[:2]) + r".{0,200}?" + \
                        r"\s+".join(re.escape(c) for c in cells if c)
                assert re.search(loose, text), (e.name, period, label, cells)
                checked += 1
    return checked


# ---------------------------------------------------------------------------------------
# The exports


def gen_export_program(tmp):
    built = os.path.join(os.path.dirname(PROGRAM), "gen_export")
    if os.access(built, os.X_OK):
        return built
    path = os.path.join(tmp, "gen_export")
    subprocess.run(["cc", "-std=c11", "-D_POSIX_C_SOURCE=200809L", "-O2", "-o", path,
                    os.path.join(ROOT, "tools", "gen_export.c"), "-lm"], check=True)
    return path


def generated(gen, tmp, name, profile, seed, tot=None):
    folder = os.path.join(tmp, name)
    args = [gen, "--profiel", profile, "--zaad", str(seed), "--uitvoer", folder, "--stil"]
    if tot:
        args += ["--tot", tot]
    if profile == "voorbeeld":
        args.append("--zonder-fouten")
    subprocess.run(args, check=True)
    shutil.copy(os.path.join(SAMPLE, "wijkrapport.ini"), folder)
    return folder


class Run:
    tmp = None
    exports = None
    counter = collections.Counter()
    knowledge = {}

    @classmethod
    def all(cls):
        if cls.exports is None:
            cls.tmp = tempfile.mkdtemp(prefix="wr-afscherming-")
            gen = gen_export_program(cls.tmp)
            cls.exports = [Export("voorbeeld (Haarlem)", SAMPLE, 2026, in_progress_to=3)]
            for seed in (11, 12):  # the year only: the sample covers the year before
                cls.exports.append(Export(f"voorbeeld zaad {seed}",
                                          generated(gen, cls.tmp, f"v{seed}", "voorbeeld", seed), 2026, 3, False))
            for seed in (1, 2, 3):
                cls.exports.append(Export(f"klein zaad {seed}", generated(gen, cls.tmp, f"k{seed}", "klein", seed),
                                          2026, 3))
            for seed in (4, 5):
                cls.exports.append(Export(f"klein zaad {seed} (heel jaar)",
                                          generated(gen, cls.tmp, f"k{seed}", "klein", seed, "2025-12-31"), 2025))
            write_documents(cls.exports, cls.tmp)
            for e in cls.exports:
                cls.knowledge[e.name] = check_export(e, cls.counter)
        return cls.exports


@test
def no_hidden_count_can_be_worked_out_in_any_export():
    Run.all()
    problems = [p for k in Run.knowledge.values() for p in k.problems]
    c = Run.counter
    print(f"     {len(Run.exports)} exports, {c['documents']} reports, {c['factsheets']} district factsheets and "
          f"overviews ({c['rolling']} with a rolling year), {c['tables']} tables, {c['cells']} cells, "
          f"{c['relations']} relations, {c['estimates']} estimates with hidden cells, {c['inferred']} hidden cells "
          f"worked out through other relations, {c['changes']} tile changes")
    assert c["tables"] > 300 and c["relations"] > 1000 and c["estimates"] > 100, dict(c)
    assert c["factsheets"] > 100 and c["rolling"] > 0, dict(c)
    kinds = collections.Counter(kind for kind, _ in problems)
    assert not problems, f"{len(problems)} disclosures: {dict(kinds)}\n" + "\n".join(
        next(m for k, m in problems if k == kind) for kind in kinds) + "\n" + "\n".join(m for _, m in problems[:20])


@test
def small_exports_hide_both_small_and_protecting_cells():
    """The small municipality is where it matters: there are hidden cells of both kinds."""
    Run.all()
    kinds = collections.Counter()
    for e in Run.exports:
        if e.name.startswith("klein"):
            for key, texts in Run.knowledge[e.name].seen.items():
                kinds.update(t for t in texts if t in HIDDEN)
    assert kinds["<5"] > 50 and kinds["x"] > 10, kinds


@test
def the_sample_annual_complaints_row_gives_nothing_away():
    """The row of the issue: received complaints 7 | 5 | <5 | – | 16 told the third quarter."""
    Run.all()
    page = Run.exports[0].pages["2026"]
    trend = next(t for t in page.tables if t["head"] and t["head"][0] == "Kerncijfer")
    row = dict(trend["rows"])["Ontvangen klachten"]  # K1 K2 K3 K4 2026 2025
    year = number(row[4])
    assert any(v in HIDDEN for v in row[:3]), row  # the sample has a small quarter: the case at hand
    if year is not None:
        left = year - sum(number(v) for v in row[:3] if number(v) is not None)
        assert not 1 <= left <= 4, (row, left)


@test
def pdf_table_rows_equal_the_html():
    Run.all()
    checked = sum(pdf_rows_equal_html(e) for e in Run.exports)
    print(f"     {checked} table rows of the PDF equal the HTML")
    assert checked > 1000, checked


def small_export():
    return next(e for e in Run.exports if e.name == "klein zaad 1")


def tiny_export(tmp, source):
    """The issue's case: an export of four trajectories, all registered in 2026-Q3."""
    folder = os.path.join(tmp, "vier-trajecten")
    shutil.copytree(source, folder)
    path = os.path.join(folder, "trajecten.csv")
    with open(path, encoding="utf-8-sig", newline="") as f:
        lines = f.read().split("\r\n")
    kept = [lines[0]]
    for line in lines[1:]:
        cells = line.split(";")
        if len(cells) > 5 and re.fullmatch(r"2026-0[789]-\d\d|\d{1,2}-0?[789]-2026", cells[5]) and len(kept) < 5:
            kept.append(line)
    assert len(kept) == 5, len(kept)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(kept) + "\r\n")
    return folder


def with_suppressed_appendix(tmp, folder):
    config = os.path.join(tmp, os.path.basename(folder) + "-onderdrukt.ini")
    with open(os.path.join(folder, "wijkrapport.ini"), encoding="utf-8") as f:
        text = f.read()
    with open(config, "w", encoding="utf-8") as f:
        f.write(text.replace("bijlage_onderdrukken = nee", "bijlage_onderdrukken = ja"))
    return config


@test
def a_denominator_is_a_count_too():
    """Four trajectories: the norm table said 'n<10' with '4' beside it."""
    Run.all()
    folder = tiny_export(Run.tmp, small_export().folder)
    out = os.path.join(Run.tmp, "uit-vier")
    r = run("kwartaal", "2026-Q3", "--gegevens", folder, "--uitvoer", out)
    assert r.returncode == 0, r.stderr
    page = read_page(os.path.join(out, "2026-Q3", "kwartaalrapportage-2026-Q3.html"))
    norms = next(t for t in page.tables if t["head"] and t["head"][0] == "Norm")
    first_contact = norms["rows"][0][1]  # Doel | Op tijd | Te laat | Aanmeldingen
    assert first_contact[1] == "n<10" and first_contact[3] == "<5", first_contact
    tiles = {t["label"]: t["value"] for t in page.tiles}
    assert tiles["Begonnen aan een traject"] in ("<5", "0"), tiles


def hidden_in(page_cells, key):
    return any(t in HIDDEN for t in page_cells.get(key, ()))


@test
def a_suppressed_appendix_hides_what_the_report_hides():
    """bijlage_onderdrukken = ja: cijfers.csv (then public, so without "niet openbaar")
    and the workbook leave out every value and denominator the report hides, and only
    those; the other values are the exact ones."""
    Run.all()
    import openpyxl
    checked = 0
    for source in (SAMPLE, small_export().folder, tiny_export(os.path.join(Run.tmp, "b"), small_export().folder)):
        config = with_suppressed_appendix(Run.tmp, source)
        out = os.path.join(Run.tmp, "uit-onderdrukt-" + os.path.basename(source))
        r = run("kwartaal", "2026-Q3", "--gegevens", source, "--instellingen", config, "--uitvoer", out)
        assert r.returncode == 0, r.stderr
        folder = os.path.join(out, "2026-Q3")
        assert sorted(n for n in os.listdir(folder) if n.startswith("cijfers")) == ["cijfers-2026-Q3.csv"]
        with open(os.path.join(folder, "cijfers-2026-Q3.csv"), newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        e = Export("onderdrukt", source, 2026, 3)
        e.exact = {"2026-Q3": {(r["cijfer"], r["dimensie"], r["waarde_code"]): r for r in rows}}
        know = Knowledge(e)
        read_tables(know, "2026-Q3", read_page(os.path.join(folder, "kwartaalrapportage-2026-Q3.html")))
        for r in rows:
            # The public export holds no small count, nor a small denominator.
            assert not (r["cijfer"] in COUNTS and r["waarde"] and 1 <= float(r["waarde"]) < e.threshold), r
            assert not (r["deel"] != "financien" and r["noemer"] and 1 <= int(r["noemer"]) < e.threshold), r
            key = ("2026-Q3", r["cijfer"], r["dimensie"], r["waarde_code"])
            if key in know.seen:
                checked += 1
                assert (r["waarde"] == "") == (hidden_in(know.seen, key) or "n<10" in know.seen[key]
                                                or "–" in know.seen[key]), (key, r, know.seen[key])
            noemer = ("2026-Q3", "noemer:" + r["cijfer"], r["dimensie"], r["waarde_code"])
            if noemer in know.seen and r["noemer"] != "0":
                checked += 1
                assert (r["noemer"] == "") == hidden_in(know.seen, noemer), (noemer, r, know.seen[noemer])
        book = openpyxl.load_workbook(os.path.join(folder, "bijlage-2026-Q3.xlsx"), data_only=True)
        sheet = [list(x) for x in book["Cijfers"].iter_rows(values_only=True)]
        for got, want in zip(sheet[1:], rows):
            assert (got[5] is None) == (want["waarde"] == "") and (got[6] is None) == (want["noemer"] == ""), \
                (got, want)
        assert "Niet openbaar" not in str(book["Overzicht"]["A1"].value)
    assert checked > 300, checked


def cleanup():
    if Run.tmp:
        shutil.rmtree(Run.tmp, ignore_errors=True)


def main():
    return run_tests("e2e afscherming", TESTS, cleanup)


if __name__ == "__main__":
    sys.exit(main())
