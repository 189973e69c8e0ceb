#!/usr/bin/python3
"""End-to-end tests of the PDF stage on the sample report, read back with poppler
(pdftotext, pdftohtml, pdffonts, pdfinfo) and qpdf. Two reports are made: the sample
export with the repository's template, and with that template plus a cover, a table of
contents, key figures, the four kinds of chart and a table longer than a page (the
"extended" report). Prints 'e2e pdf: N passed, N failed'."""
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from harness import ROOT, SAMPLE, flat, run, run_tests, test_registry, tool

PDF_NAME = "kwartaalrapportage-2026-Q3.pdf"
HEADING_COLOR = "#1e3a51"  # WR_PDF_COLOR_HEADING: used by headings only (and cover, contents)

TESTS, test = test_registry()


COVER = """```voorblad
titel: {{PROGRAMMA}}
ondertitel: Kwartaalrapportage {{PERIODE}}
Uitgevoerd door: {{AANBIEDER}}
In opdracht van: {{OPDRACHTGEVER}}
Periode: {{PERIODE_VAN}} tot en met {{PERIODE_TOT}}
Datum:
Status: {{STATUS}}
```

```inhoud
```

"""

TILES = """
```kerncijfers
Inwoners bereikt | {{BEREIK}} | +56 t.o.v. 2e kwartaal 2026
Nieuw ingestroomd | {{INSTROOM}} | −12 t.o.v. 2e kwartaal 2026
Uitgestroomd | {{UITSTROOM}} | 0 t.o.v. 2e kwartaal 2026
Wachtend op {{PERIODE_TOT}} | {{WACHTEND_INWONERS}} | +31 t.o.v. 2e kwartaal 2026
```

"""

LONG_ROWS = 90

EXTRAS = """
## Proef: grafieken, lange tabel en tekst

```grafiek staven
titel: Bereik per wijk, {{PERIODE}}
tekst: Het aantal unieke inwoners dat in elke wijk ondersteuning kreeg; de cijfers staan ook in de tabel bij deel 2.
eenheid: aantal inwoners
{{#PER_WIJK}}{{LABEL}} | {{BEREIK}}
{{/PER_WIJK}}Proefwijk met weinig inwoners | <5
```

```grafiek kolommen
titel: Instroom en uitstroom per kwartaal
tekst: De instroom lag de afgelopen vijf kwartalen steeds boven de uitstroom.
eenheid: aantal inwoners
reeksen: Instroom | Uitstroom
3e kwartaal 2025 | 812 | 790
4e kwartaal 2025 | 901 | 845
1e kwartaal 2026 | 1.020 | 930
2e kwartaal 2026 | <5 | 1.004
{{PERIODE}} | {{INSTROOM}} | {{UITSTROOM}}
```

```grafiek lijn
titel: Inwoners die zich ernstig eenzaam voelen
tekst: Het aandeel ernstig eenzame inwoners schommelt rond 12,5% en ligt boven de streefwaarde van 11%.
eenheid: percentage van de inwoners van 18 jaar en ouder
bron: Gezondheidsmonitor Volwassenen en Ouderen, GGD Kennemerland
doel: 11,0% | Streefwaarde 2026
2020 | 12,1%
2022 | 13,0%
2024 | 12,4%
```

```grafiek gestapeld
titel: Doelrealisatie van afgesloten trajecten per onderdeel
tekst: In alle onderdelen werd bij de meeste afgesloten trajecten het doel geheel of deels bereikt.
eenheid: percentage van de afgesloten trajecten
reeksen: Doel bereikt | Deels bereikt | Niet bereikt
| Sociale basis | 58% | 27% | 15% |
| Sociaal wijkteam | 49% | 31% | 20% |
| Aanvullende ondersteuning | 41% | 33% | 26% |
```

```grafiek gestapeld
titel: Doelrealisatie van de afgesloten trajecten
tekst: Bij {{DOELREALISATIE_PCT_GEHEEL}} van de afgesloten trajecten is het doel helemaal bereikt en bij {{DOELREALISATIE_PCT_GEDEELTELIJK}} gedeeltelijk.
eenheid: percentage van de afgesloten trajecten
reeksen: Helemaal bereikt | Gedeeltelijk bereikt | Niet bereikt
Alle afgesloten trajecten | {{DOELREALISATIE_PCT_GEHEEL}} | {{DOELREALISATIE_PCT_GEDEELTELIJK}} | {{DOELREALISATIE_PCT_NIET}}
```

### Een lange tabel

| Nummer | Omschrijving | Aantal |
|--:|:--|--:|
""" + "".join(f"| {i} | Proefregel {i} van de lange tabel | {i * 37:,} |\n".replace(",", ".")
              for i in range(1, LONG_ROWS + 1)) + """
*Noot:* een tabel die over meer pagina's loopt, herhaalt de kopregel; deze noot blijft bij de laatste rijen.

### Woordafbreking

De gemeenteraadsvergadering besprak de jeugdgezondheidszorgorganisaties, de arbeidsongeschiktheidsverzekeringen en de ondersteuningsmogelijkheden voor mantelzorgers uitgebreid. Wijkverpleegkundigen, schuldhulpverleners en buurtsportcoaches werkten samen aan laagdrempelige voorzieningen.

> "Ik durfde eerst niet te bellen. Nu kom ik elke week bij de koffieochtend en ken ik mijn buren weer."
> — een bewoner van Schalkwijk

1. Eerste punt met **vet** en *cursief*.
2. Tweede punt met een [verwijzing](https://www.haarlem.nl/).
"""


def notes_template():
    """Tables with notes after paragraphs of growing length, so table ends fall at every
    height of a page: the note must stay with the table's last rows each time."""
    parts = ["# Noten bij tabellen\n"]
    for k in range(1, 41):
        sentence = "Deze zin vult de pagina zodat de tabel steeds op een andere hoogte eindigt. "
        parts.append(f"\n{sentence * (k % 9 + 1)}\n\n| Onderdeel | Aantal |\n|:--|--:|\n")
        parts += [f"| Rij {r} van tabel {k} | {r * k} |\n" for r in range(1, 3 + k % 4)]
        parts.append(f"\n*Noot:* dit is noot {k}, die bij tabel {k} hoort en niet alleen op een pagina mag staan.\n")
    return "".join(parts)


def extended_template(source):
    """The repository template with a cover and contents (when it has none yet), tiles
    under part 2 and the extra section at the end."""
    if "```voorblad" not in source:
        start = source.find("{{#CONCEPT}}")
        if start < 0:
            start = source.find("\n## ") + 1
        source = COVER + source[start:]
    m = re.search(r"^## 2 .*\n", source, re.M)
    if m and "```kerncijfers" not in source:
        source = source[:m.end()] + TILES + source[m.end():]
    return source + "\n" + EXTRAS


class Report:
    """A report made once per template variant, into a temporary folder."""
    cache = {}
    tmp = None

    @classmethod
    def pdf(cls, variant="sample", out=None):
        if out is None and variant in cls.cache:
            return cls.cache[variant]
        if cls.tmp is None:
            cls.tmp = tempfile.mkdtemp(prefix="wr-pdf-e2e-")
        env = {}
        if variant != "sample":
            share = os.path.join(cls.tmp, "share-" + variant)
            if not os.path.isdir(share):
                os.makedirs(share)
                shutil.copytree(os.path.join(ROOT, "templates"), os.path.join(share, "templates"))
                os.symlink(os.path.join(ROOT, "fonts"), os.path.join(share, "fonts"))
                with open(os.path.join(ROOT, "templates", "kwartaalrapportage.md"), encoding="utf-8") as f:
                    text = extended_template(f.read()) if variant == "extended" else notes_template()
                with open(os.path.join(share, "templates", "kwartaalrapportage.md"), "w", encoding="utf-8") as f:
                    f.write(text)
            env["WIJKRAPPORT_DATA"] = share
        folder = out or os.path.join(cls.tmp, variant)
        r = run("kwartaal", "2026-Q3", "--gegevens", SAMPLE, "--uitvoer", folder, env=env)
        assert r.returncode == 0, r.stderr
        path = os.path.join(folder, "2026-Q3", PDF_NAME)
        if out is None:
            cls.cache[variant] = path
        return path


def page_count(pdf):
    return int(re.search(r"^Pages:\s+(\d+)", tool("pdfinfo", pdf), re.M).group(1))


def page_text(pdf, page, layout=False):
    args = ["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page)] + (["-layout"] if layout else [])
    return tool(*args, pdf, "-")


def qpdf_json(pdf):
    data = json.loads(tool("qpdf", "--json=2", pdf))
    objects = data["qpdf"][1]
    return data, objects


def resolve(objects, value):
    while isinstance(value, str) and re.fullmatch(r"\d+ \d+ R", value):
        value = objects["obj:" + value]["value"]
    return value


def page_numbers(data):
    return {p["object"]: p["pageposfrom1"] for p in data["pages"]}


def flatten_outline(items, depth=0):
    for it in items:
        yield depth, it
        yield from flatten_outline(it.get("kids", []), depth + 1)


def link_pages(pdf):
    """Pages that carry internal links (the contents pages)."""
    data, objects = qpdf_json(pdf)
    pages = set()
    for p in data["pages"]:
        page = objects["obj:" + p["object"]]["value"]
        for a in resolve(objects, page.get("/Annots", [])) or []:
            if "/Dest" in resolve(objects, a):
                pages.add(p["pageposfrom1"])
    return pages


def headings_in_pdf(pdf):
    """Text set in the heading colour and a bold face, per page, merged over lines:
    what the reader sees as headings (the cover and contents pages are left out)."""
    xml = tool("pdftohtml", "-xml", "-i", "-stdout", "-q", pdf)
    skip = link_pages(pdf)
    found = []
    fonts = {}  # declared on the page that first uses them, valid after it
    for page in re.finditer(r'<page number="(\d+)"(.*?)</page>', xml, re.S):
        number = int(page.group(1))
        body = page.group(2)
        local = {m.group(1): (float(m.group(2)), m.group(3), m.group(4))
                 for m in re.finditer(r'<fontspec id="(\d+)" size="([\d.]+)" family="([^"]+)" color="([^"]+)"', body)}
        fonts.update(local)
        if number in skip or any(size > 40 for size, _, _ in local.values()):
            continue  # contents, or the cover (its title is the largest type)
        last = None
        for m in re.finditer(r'<text top="(\d+)" left="\d+" width="\d+" height="(\d+)" font="(\d+)">(.*?)</text>', body):
            size, family, color = fonts[m.group(3)]
            text = html.unescape(re.sub(r"<[^>]+>", "", m.group(4))).strip()
            bold = "<b>" in m.group(4) or re.search(r"Bold|Semibold", family)
            if color != HEADING_COLOR or not bold or not text:
                last = None
                continue
            top = int(m.group(1))
            # A heading that wraps continues one line lower; the next heading is further away.
            if last and last[0] == number and last[3] == m.group(3) and 0 < top - last[2] <= 1.5 * int(m.group(2)):
                last[1] += " " + text
                last[2] = top
                continue
            last = [number, text, top, m.group(3)]
            found.append(last)
    return [(p, flat(t)) for p, t, _, _ in found]


@test
def pdf_is_valid_and_fonts_embedded():
    for variant in ("sample", "extended"):
        pdf = Report.pdf(variant)
        check = subprocess.run(["qpdf", "--check", pdf], capture_output=True, text=True)
        assert check.returncode == 0 and "No syntax or stream encoding errors" in check.stdout, check.stdout + check.stderr
        lines = tool("pdffonts", pdf).splitlines()[2:]
        assert len(lines) >= 3, lines
        for line in lines:
            # name type encoding emb sub uni object ID
            cols = line.split()
            assert cols[-5] == "yes" and cols[-3] == "yes", line  # embedded, with a ToUnicode map
            assert "OpenSans" in cols[0], line


@test
def subset_fonts_carry_a_cidset_naming_every_cid_of_the_font_program():
    """PDF/A-1 (ISO 19005-1, 6.3.5) wants a CIDSet for every CIDFont subset; PDF/UA-1
    (7.21.4.2) wants it to name every CID the font program holds and no other. Read as
    veraPDF reads it: a CID is held when it is below the length of the CIDToGIDMap and its
    glyph number is below the program's glyph count (maxp); CID 0 is not judged."""
    import struct
    from pdfstruct import as_dict, deref, qpdf_objects
    pdf = Report.pdf("sample")
    objects = qpdf_objects(pdf)
    checked = 0
    for ref, obj in objects.items():
        if not isinstance(obj, dict) or obj.get("/Subtype") != "/CIDFontType2":
            continue
        descriptor = as_dict(objects, obj["/FontDescriptor"])
        assert re.match(r"/[A-Z]{6}\+", descriptor["/FontName"]), descriptor["/FontName"]
        assert "/CIDSet" in descriptor, (ref, "no CIDSet for a subset font")
        bits = deref(objects, descriptor["/CIDSet"])["data"]
        gids = deref(objects, obj["/CIDToGIDMap"])["data"]
        program = deref(objects, descriptor["/FontFile2"])["data"]
        tables = {program[12 + 16 * i:16 + 16 * i]: struct.unpack(">I", program[20 + 16 * i:24 + 16 * i])[0]
                  for i in range(struct.unpack(">H", program[4:6])[0])}
        glyphs = struct.unpack(">H", program[tables[b"maxp"] + 4:tables[b"maxp"] + 6])[0]
        count = len(gids) // 2

        def held(cid):
            return cid < count and struct.unpack(">H", gids[2 * cid:2 * cid + 2])[0] < glyphs

        def named(cid):
            return cid // 8 < len(bits) and bits[cid // 8] & (0x80 >> (cid % 8)) != 0

        for cid in range(1, max(count, 8 * len(bits))):
            assert named(cid) == held(cid), (ref, cid, named(cid), held(cid))
        checked += 1
    assert checked >= 4, checked


@test
def metadata_and_pdfa_identification():
    pdf = Report.pdf("sample")
    info = tool("pdfinfo", pdf)
    fields = dict(re.findall(r"^(\w+):\s+(.*)$", info, re.M))
    assert fields["Title"].startswith("Kwartaalrapportage") and "3e kwartaal 2026" in fields["Title"], info
    assert fields["Author"] == "Buurts", info
    assert fields["Subject"] and fields["Keywords"], info
    assert re.search(r"^PDF version:\s+1\.4$", info, re.M), info
    assert "Metadata Stream: yes" in info and "A4" in info, info
    assert "Sep 30" in fields["CreationDate"] and "2026" in fields["CreationDate"], info
    meta = tool("pdfinfo", "-meta", pdf)
    assert "<pdfaid:part>1</pdfaid:part>" in meta and "<pdfaid:conformance>A</pdfaid:conformance>" in meta, meta
    assert "<pdfuaid:part>1</pdfuaid:part>" in meta and "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>" in meta, meta
    assert html.escape(fields["Title"], quote=False) in meta and "<rdf:li>Buurts</rdf:li>" in meta, meta
    assert "2026-09-30T00:00:00+00:00" in meta, meta
    data, objects = qpdf_json(pdf)
    trailer = objects["trailer"]["value"]
    root = resolve(objects, trailer["/Root"])
    intents = resolve(objects, root["/OutputIntents"])
    intent = resolve(objects, intents[0])
    assert intent["/S"] == "/GTS_PDFA1", intent
    profile = objects["obj:" + intent["/DestOutputProfile"]]
    assert profile["stream"]["dict"]["/N"] == 3, profile
    assert len(trailer["/ID"]) == 2 and trailer["/ID"][0] == trailer["/ID"][1], trailer
    for p in data["pages"]:
        page = objects["obj:" + p["object"]]["value"]
        for a in resolve(objects, page.get("/Annots", [])) or []:
            assert resolve(objects, a).get("/F") == 4, a  # PDF/A: annotations print


@test
def outline_has_one_entry_per_heading():
    for variant in ("sample", "extended"):
        pdf = Report.pdf(variant)
        data, _ = qpdf_json(pdf)
        outline = [(it["destpageposfrom1"], flat(it["title"])) for _, it in flatten_outline(data["outlines"])]
        seen = headings_in_pdf(pdf)
        assert len(seen) > 10, seen
        assert outline == seen, [(a, b) for a, b in zip(outline, seen) if a != b][:3] or (len(outline), len(seen))
        levels = {d for d, _ in flatten_outline(data["outlines"])}
        assert levels >= {0, 1}, levels  # parts with their paragraphs nested


@test
def contents_entries_link_to_their_headings():
    pdf = Report.pdf("extended")
    data, objects = qpdf_json(pdf)
    numbers = page_numbers(data)
    outline = {(flat(it["title"]), it["destpageposfrom1"]) for _, it in flatten_outline(data["outlines"])}
    entries = 0
    for p in data["pages"]:
        page = objects["obj:" + p["object"]]["value"]
        words = None
        for a in resolve(objects, page.get("/Annots", [])) or []:
            a = resolve(objects, a)
            if "/Dest" not in a:
                continue
            dest = resolve(objects, a["/Dest"])
            target = numbers[dest[0]]
            if words is None:
                words = page_words(pdf, p["pageposfrom1"])
            x0, y0, x1, y1 = a["/Rect"]
            height = 841.89
            inside = [w for w in words if x0 - 1 <= w[0] and w[2] <= x1 + 1 and height - y1 - 1 <= w[1] and w[3] <= height - y0 + 1]
            text = flat(" ".join(w[4] for w in inside))
            m = re.match(r"(.*?)\s+(\d+)$", text)
            assert m, text
            title, printed = m.group(1), int(m.group(2))
            assert printed == target, (title, printed, target)
            assert (title, target) in outline, (title, target)
            assert title in flat(page_text(pdf, target)), (title, target)
            entries += 1
    assert entries >= 10, entries


def body_text(pdf):
    """The text of all pages without the running header and the footer, so a paragraph
    that continues on the next page reads on."""
    parts = []
    for i in range(1, page_count(pdf) + 1):
        lines = page_text(pdf, i).splitlines()
        lines = [l for l in lines if not re.fullmatch(r"\s*(pagina \d+ van \d+|CONCEPT)\s*", l)]
        if i > 1 and lines:
            lines = lines[1:]
        parts.append("\n".join(lines))
    return flat(" ".join(parts))


def page_words(pdf, page):
    out = tool("pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-")
    return [(float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)), html.unescape(m.group(5)))
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', out)]


@test
def page_x_of_y_on_every_page():
    for variant in ("sample", "extended"):
        pdf = Report.pdf(variant)
        n = page_count(pdf)
        assert n >= 8, n
        for i in range(1, n + 1):
            found = re.findall(r"pagina (\d+) van (\d+)", page_text(pdf, i))
            assert found == [(str(i), str(n))], (variant, i, found)


@test
def long_table_repeats_its_header_and_keeps_its_note():
    pdf = Report.pdf("extended")
    pages = []
    for i in range(1, page_count(pdf) + 1):
        text = page_text(pdf, i, layout=True)
        rows = re.findall(r"Proefregel (\d+) van de lange tabel", text)
        if rows:
            pages.append((i, text, [int(r) for r in rows]))
    assert len(pages) >= 2, [p for p, _, _ in pages]
    for i, text, rows in pages:
        header = re.search(r"Nummer\s+Omschrijving\s+Aantal", text)
        first = text.find("Proefregel")
        assert header and header.start() < first, (i, text[:400])
        assert rows == list(range(rows[0], rows[-1] + 1)), rows
        assert len(rows) >= 2, (i, rows)  # never a single row after a repeated header
    assert pages[-1][2][-1] == LONG_ROWS
    assert "Noot: een tabel die over meer pagina" in pages[-1][1]


@test
def notes_stay_with_their_tables():
    pdf = Report.pdf("notes")
    pages = [flat(page_text(pdf, i)) for i in range(1, page_count(pdf) + 1)]
    assert len(pages) >= 5, len(pages)
    for k in range(1, 41):
        last = 2 + k % 4
        note = [i for i, t in enumerate(pages) if f"dit is noot {k}," in t]
        row = [i for i, t in enumerate(pages) if f"Rij {last} van tabel {k} " in t]
        assert len(note) == 1 and note == row, (k, note, row)


@test
def notes_never_open_a_page():
    for variant in ("sample", "extended", "notes"):
        pdf = Report.pdf(variant)
        for i in range(2, page_count(pdf) + 1):
            lines = [l for l in page_text(pdf, i).splitlines() if l.strip()]
            body = lines[1:]  # the running header first
            assert body and not body[0].startswith("Noot:"), (variant, i, body[:2])


@test
def same_inputs_give_a_byte_identical_pdf():
    digests = []
    for variant in ("sample", "extended"):
        first = Report.pdf(variant)
        with tempfile.TemporaryDirectory() as out:
            again = Report.pdf(variant, out=out)
            with open(first, "rb") as a, open(again, "rb") as b:
                assert a.read() == b.read(), variant
        digests.append(hashlib.sha256(open(first, "rb").read()).hexdigest())
    assert digests[0] != digests[1]


@test
def text_reads_in_order_with_hyphenation_undone():
    pdf = Report.pdf("sample")
    text = body_text(pdf)
    # A hyphenated word reads as a whole (its first half carries the word as ActualText,
    # its second half nothing), so the hyphen shows in the content stream, not the text.
    with tempfile.TemporaryDirectory() as tmp:
        plain = os.path.join(tmp, "plain.pdf")
        tool("qpdf", "--qdf", "--object-streams=disable", pdf, plain)
        content = open(plain, "rb").read().decode("latin-1")
    whole = re.findall(r"/Span <</MCID \d+ /ActualText \(([^()\\]+)\)>> BDC", content)
    assert whole, "no word was hyphenated"
    for word in whole:
        assert flat(word) in text, word
    folder = os.path.join(SAMPLE, "teksten", "2026-Q3")
    checked = 0
    for name in sorted(os.listdir(folder)):
        if name == "wijken":  # the district texts are on the factsheets (tests/e2e/test_factsheets.py)
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            source = f.read()
            if name == "kort.md":  # one line per part, "gedaan: ...", each behind its finding in In het kort
                source = "\n\n".join(line.split(":", 1)[1] for line in source.splitlines() if ":" in line)
            for para in re.split(r"\n\s*\n", source):
                para = para.strip()
                if not para or para[0] in "#>-*|0123456789" or "[" in para:
                    continue
                plain = flat(re.sub(r"[*_`]", "", para))
                assert plain in text, (name, plain[:80])
                checked += 1
    assert checked >= 10, checked
    ext = body_text(Report.pdf("extended"))
    assert "jeugdgezondheidszorgorganisaties, de arbeidsongeschiktheidsverzekeringen en de ondersteuningsmogelijkheden" in ext


@test
def cover_tiles_and_charts_say_what_they_show():
    pdf = Report.pdf("extended")
    cover = flat(page_text(pdf, 1))
    for part in ["Gewoon in de Wijk", "Kwartaalrapportage 3e kwartaal 2026", "Buurts", "Gemeente Haarlem",
                 "30 september 2026", "Status"]:
        assert part in cover, (part, cover)
    assert "Inhoud" in page_text(pdf, 2)
    text = flat(tool("pdftotext", "-enc", "UTF-8", pdf, "-"))
    for part in ["Inwoners bereikt", "t.o.v. 2e kwartaal 2026", "Bereik per wijk, 3e kwartaal 2026",
                 "Proefwijk met weinig inwoners", "Instroom en uitstroom per kwartaal", "1.000",
                 "Streefwaarde 2026: 11,0%", "12,5%", "Doel bereikt", "Bron: Gezondheidsmonitor",
                 "De instroom lag de afgelopen vijf kwartalen steeds boven de uitstroom.",
                 "Helemaal bereikt", "Bij 44,2% van de afgesloten trajecten is het doel helemaal bereikt"]:
        assert part in text, part
    assert text.count("<5") >= 2  # the suppressed bar and column say so


@test
def malformed_chart_is_a_template_error():
    with tempfile.TemporaryDirectory() as tmp:
        share = os.path.join(tmp, "share")
        os.makedirs(os.path.join(share, "templates"))
        os.symlink(os.path.join(ROOT, "fonts"), os.path.join(share, "fonts"))
        shutil.copy(os.path.join(ROOT, "templates", "teksten.ini"), os.path.join(share, "templates"))
        with open(os.path.join(share, "templates", "kwartaalrapportage.md"), "w", encoding="utf-8") as f:
            f.write("# Proef\n\n```grafiek taart\ntitel: Verdeling\ntekst: Een taart.\nA | 1\n```\n")
        r = run("kwartaal", "2026-Q3", "--gegevens", SAMPLE, "--uitvoer", os.path.join(tmp, "out"),
                env={"WIJKRAPPORT_DATA": share})
        assert r.returncode == 3, (r.returncode, r.stderr)
        assert "grafiek taart" in r.stderr and "staven, kolommen, lijn of gestapeld" in r.stderr, r.stderr
        assert not os.path.exists(os.path.join(tmp, "out", "2026-Q3", PDF_NAME))


def cleanup():
    if Report.tmp and not os.environ.get("WR_KEEP"):
        shutil.rmtree(Report.tmp, ignore_errors=True)
    elif Report.tmp:
        print("kept:", Report.tmp)


def main():
    return run_tests("e2e pdf", TESTS, cleanup)


if __name__ == "__main__":
    sys.exit(main())
