#!/usr/bin/python3
"""The PDF as assistive technology reads it: the structure tree read back with qpdf (the
objects and the marked content of every page) and poppler (pdfinfo -struct-text), and
compared with the HTML twin made in the same run. Covers the quarterly report, the
annual report, the financial overview, the Kadernota outlook and the district
factsheets. Prints
'e2e pdf structure: N passed, N failed'."""
import atexit
import glob
import html.parser
import os
import re
import shutil
import subprocess
import tempfile

from harness import SAMPLE, run, run_tests, test_registry
from pdfstruct import (as_dict, as_list, deref, letters, page_contents, page_marks,
                       qpdf_objects, struct_text, struct_tree, text_string, walk)

TESTS, test = test_registry()
OUT = tempfile.mkdtemp(prefix="wr-structure-")
atexit.register(shutil.rmtree, OUT, True)

KINDS = {  # command: file stem of its PDF and HTML twin
    "kwartaal": "kwartaalrapportage-2026-Q3",
    "jaar": "jaarverslag-2026",
    "financien": "financieel-overzicht-2026-Q3",
    "kadernota": "kadernota-2027",
}
_made = {}


def report(kind="kwartaal"):
    """(pdf, html, objects) of one report on the sample export."""
    if kind not in _made:
        out = os.path.join(OUT, kind)
        arg = {"kwartaal": "2026-Q3", "jaar": "2026", "financien": "2026-Q3", "kadernota": "2027"}[kind]
        r = run(kind, arg, "--gegevens", SAMPLE, "--uitvoer", out)
        assert r.returncode == 0, r.stderr
        found = {}
        for folder, _, files in os.walk(out):
            for f in files:
                stem, ext = os.path.splitext(f)
                if stem == KINDS[kind] and ext in (".pdf", ".html"):
                    found[ext] = os.path.join(folder, f)
        assert ".pdf" in found and ".html" in found, (kind, found)
        _made[kind] = (found[".pdf"], found[".html"], qpdf_objects(found[".pdf"]))
    return _made[kind]


def factsheets():
    """The district factsheets and their overview, written beside the quarterly report."""
    pdf, _, _ = report("kwartaal")
    found = glob.glob(os.path.join(os.path.dirname(pdf), "wijken", "*.pdf"))
    assert len(found) >= 2, found
    return sorted(found)


def catalog(objects):
    return as_dict(objects, objects["trailer"]["/Root"])


def pages(objects):
    out = []

    def visit(ref):
        d = as_dict(objects, ref)
        if d.get("/Type") == "/Pages":
            for k in d["/Kids"]:
                visit(k)
        else:
            out.append((ref, d))

    visit(catalog(objects)["/Pages"])
    return out


def parent_tree(objects):
    """The ParentTree's Nums as a dict key -> value (one flat Nums array is written)."""
    tree = as_dict(objects, catalog(objects)["/StructTreeRoot"])
    pt = as_dict(objects, tree["/ParentTree"])
    nums = as_list(objects, pt.get("/Nums"))
    assert "/Kids" not in pt, "a one-level number tree"
    return dict(zip(nums[0::2], nums[1::2]))


def check_catalog(objects):
    cat = catalog(objects)
    assert text_string(cat.get("/Lang")) == "nl-NL", cat.get("/Lang")
    assert as_dict(objects, cat["/MarkInfo"]).get("/Marked") is True, cat
    assert as_dict(objects, cat["/ViewerPreferences"]).get("/DisplayDocTitle") is True, cat
    tree = as_dict(objects, cat["/StructTreeRoot"])
    assert tree.get("/Type") == "/StructTreeRoot", tree
    keys = parent_tree(objects)
    assert isinstance(tree.get("/ParentTreeNextKey"), int), tree
    assert keys and max(keys) < tree["/ParentTreeNextKey"], (max(keys), tree["/ParentTreeNextKey"])
    for ref, page in pages(objects):
        if as_list(objects, page.get("/Annots")):
            assert page.get("/Tabs") == "/S", (ref, page.get("/Tabs"))


def check_marked_content(objects):
    """Every text and drawing on every page is in exactly one of: marked content of a
    structure element (by MCID, owned by that element in the ParentTree) or an artifact."""
    tree = struct_tree(objects)
    owner = {}
    for e in walk(tree):
        for page, mcid in e.mcids:
            assert (page, mcid) not in owner, ("MCID in two elements", page, mcid)
            owner[(page, mcid)] = e.ref
    nums = parent_tree(objects)
    seen = set()
    for ref, page in pages(objects):
        marks = page_marks(page_contents(objects, page))
        assert marks, ref
        used = set()
        for op, stack in marks:
            assert stack, ("neither structure nor artifact", ref, op)
            outer = stack[0]
            if outer[0] == "Artifact":
                assert all(m[1] is None for m in stack), ("structure inside an artifact", ref, stack)
            else:
                assert outer[1] is not None, ("marked content without MCID", ref, stack)
                assert all(m[0] != "Artifact" and m[1] is None for m in stack[1:]), ("both", ref, stack)
                used.add(outer[1])
        if not used:
            continue
        key = page.get("/StructParents")
        assert isinstance(key, int), ("page without StructParents", ref)
        parents = as_list(objects, nums[key])
        for mcid in used:
            assert mcid < len(parents) and parents[mcid] == owner.get((ref, mcid)), (ref, mcid)
            seen.add((ref, mcid))
    assert seen == set(owner), ("MCIDs in the tree without content", set(owner) - seen)


def check_headings(objects):
    levels = [int(e.type[1:]) for e in walk(struct_tree(objects)) if re.fullmatch(r"H[1-6]", e.type)]
    assert levels and levels[0] == 1, levels[:3]
    for a, b in zip(levels, levels[1:]):
        assert b <= a + 1, ("a heading level skipped", a, b)


# The standard structure types of ISO 32000-1 (14.8.4) this program uses, and the
# parents the ones with rules for their place may have (Matterhorn 09-004 to 09-008).
STANDARD = {"Document", "Part", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index",
            "P", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR",
            "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "Code",
            "Link", "Annot", "Figure", "Formula", "Form"}
PARENTS = {"TR": {"Table", "THead", "TBody", "TFoot"}, "TH": {"TR"}, "TD": {"TR"},
           "LI": {"L"}, "Lbl": {"LI"}, "LBody": {"LI"}, "TOCI": {"TOC"}}
CHILDREN = {"Table": {"TR", "THead", "TBody", "TFoot", "Caption"}, "TR": {"TH", "TD"},
            "L": {"LI", "L", "Caption"}, "LI": {"Lbl", "LBody"}, "TOC": {"TOCI", "TOC", "Caption"}}


def check_nesting(objects):
    for e in walk(struct_tree(objects)):
        assert e.type in STANDARD, ("not a standard type", e.type)
        for k in e.kids:
            assert k.type not in PARENTS or e.type in PARENTS[k.type], (e.type, k.type)
            assert e.type not in CHILDREN or k.type in CHILDREN[e.type], (e.type, k.type)


def check_figures(objects):
    figures = [e for e in walk(struct_tree(objects)) if e.type == "Figure"]
    for e in figures:
        alt = text_string(e.d.get("/Alt")).strip()
        assert alt, ("Figure without Alt", e.ref)
    return figures


def check_all(kind):
    _, _, objects = report(kind)
    check_objects(objects)


def check_objects(objects):
    check_catalog(objects)
    check_marked_content(objects)
    check_headings(objects)
    check_nesting(objects)
    check_figures(objects)


# --- the HTML twin ----------------------------------------------------------------------------

class Twin(html.parser.HTMLParser):
    """The HTML twin's tables (rows of (tag, text) cells), chart descriptions, and its
    reading text, leaving out what the PDF does not show as text: the skip link, the
    running header and footer, a wide table's cue that it scrolls sideways, text for screen readers only (the PDF
    shows the sign itself, "<5"), charts and key-figure tiles (Figures with Alt in the
    PDF) except a chart's sentence and source, which the PDF prints as paragraphs. A
    table's caption is read: the PDF tags its numbered caption as the Table's Caption."""
    SKIP_TAGS = {"svg", "figure", "header", "footer", "script", "style", "title"}
    SKIP_CLASSES = {"skiplink", "kerncijfers", "vh", "schuif-hint"}
    KEEP_CLASSES = {"grafiek-tekst", "grafiek-bron"}
    VOID = {"link", "meta", "br", "img", "input", "col", "hr", "wbr", "source"}

    def __init__(self):
        super().__init__()
        self.tables, self.descs, self.text = [], [], []
        self.stack = []  # (tag, skipping)
        self.cell = None
        self.in_desc = False
        self.spoken = False

    def skipping(self):
        return self.stack[-1][1] if self.stack else False

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        cls = set((dict(attrs).get("class") or "").split())
        # The words a sign reads as ("minder dan 5" for "<5"): hidden, but kept per cell.
        self.spoken = "vh" in cls and bool(self.stack) and self.stack[-1][0] == "span-sign"
        skip = self.skipping() or tag in self.SKIP_TAGS or bool(cls & self.SKIP_CLASSES)
        if cls & self.KEEP_CLASSES:
            skip = False
        self.stack.append(("span-sign" if "waarde-teken" in cls else tag, skip))
        if tag == "desc":
            # A chart is drawn twice, wide and narrow ("-smal", for a phone); the PDF has
            # it once.
            self.in_desc = not (dict(attrs).get("id") or "").endswith("-smal-d")
            if self.in_desc:
                self.descs.append("")
        if skip:
            return
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.cell = [tag, "", ""]
            self.tables[-1][-1].append(self.cell)

    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == "desc":
                self.in_desc = False
            if t in ("td", "th"):
                self.cell = None
            self.spoken = False
            if t == tag or (t == "span-sign" and tag == "span"):
                break

    def handle_data(self, data):
        if self.in_desc:
            self.descs[-1] += data
        if self.spoken and self.cell is not None:
            self.cell[2] += data
        if self.skipping():
            return
        if self.cell is not None:
            self.cell[1] += data
        self.text.append(data)


def twin(path):
    t = Twin()
    with open(path, encoding="utf-8") as f:
        t.feed(f.read())
    return t


def pdf_tables(pdf):
    """The tables of the structure tree: rows of (TH/TD, text, attributes) cells."""
    tables, cur = [], None
    table_depth = row_depth = None
    for depth, kind, attrs, texts in struct_text(pdf):
        if table_depth is not None and depth <= table_depth:
            table_depth = None
        if kind == "Table":
            tables.append([])
            table_depth = depth
        elif table_depth is not None and kind == "TR":
            tables[-1].append([])
            row_depth = depth
        elif table_depth is not None and kind in ("TH", "TD") and depth == row_depth + 1:
            cur = [kind, " ".join(texts), attrs]
            tables[-1][-1].append(cur)
        elif row_depth is not None and depth <= row_depth:
            cur = None  # the table's caption or note
        elif table_depth is not None and cur is not None and texts:
            cur[1] += " " + " ".join(texts)  # text of a span or link in the cell
    return tables


def pdf_reading_text(pdf):
    """The text of the structure in reading order, without the content of figures (read
    as their Alt) and without the page numbers of the contents."""
    parts, figure_depth, toc_depth = [], None, None
    for depth, kind, _, texts in struct_text(pdf):
        if figure_depth is not None and depth <= figure_depth:
            figure_depth = None
        if toc_depth is not None and depth <= toc_depth:
            toc_depth = None
        if kind == "Figure":
            figure_depth = depth
            continue
        if kind == "TOC" and toc_depth is None:
            toc_depth = depth
        if figure_depth is not None:
            continue
        for s in texts:
            if toc_depth is not None and re.fullmatch(r"\d+", s.strip()):
                continue
            if kind == "Lbl" and re.fullmatch(r"[\d.)•–-]+", s.strip()):
                continue  # a list's number or bullet, which HTML does not give as text
            parts.append(s)
    return parts


# --- tests ------------------------------------------------------------------------------------

@test
def catalog_says_tagged_language_title_and_tab_order():
    _, _, objects = report()
    check_catalog(objects)


@test
def every_text_and_drawing_is_structure_or_artifact_never_both():
    _, _, objects = report()
    check_marked_content(objects)


@test
def headings_in_order_without_skipped_levels():
    pdf, page, objects = report()
    check_headings(objects)
    levels = [e.type for e in walk(struct_tree(objects)) if re.fullmatch(r"H[1-6]", e.type)]
    heads = re.findall(r"<h([1-6])\b", open(page, encoding="utf-8").read())
    assert levels == [f"H{h}" for h in heads], (levels, heads)


@test
def standard_types_only_and_tables_lists_contents_nest_as_required():
    _, _, objects = report()
    check_nesting(objects)
    tree = struct_tree(objects)
    assert "/RoleMap" not in as_dict(objects, catalog(objects)["/StructTreeRoot"]), "no RoleMap needed"
    assert tree.type == "Document", tree.type
    types = {e.type for e in walk(tree)}
    assert {"L", "LI", "Lbl", "LBody", "TOC", "TOCI", "Table", "Figure", "Link"} <= types, types


def check_tables(pdf, html_path, objects, at_least):
    """Header cells with a scope, and the tables, their rows and cells equal the twin's."""
    for e in walk(struct_tree(objects)):
        if e.type == "TH":
            attrs = as_dict(objects, e.d.get("/A"))
            assert attrs and attrs.get("/O") == "/Table", (pdf, e.ref, attrs)
            assert attrs.get("/Scope") in ("/Column", "/Row"), (pdf, e.ref, attrs)
    ours, theirs = pdf_tables(pdf), twin(html_path).tables
    assert len(ours) == len(theirs) and len(ours) >= at_least, (pdf, len(ours), len(theirs))
    for i, (a, b) in enumerate(zip(ours, theirs)):
        assert len(a) == len(b), (pdf, "rows", i, len(a), len(b))
        for r, (ra, rb) in enumerate(zip(a, b)):
            assert [c[0] for c in ra] == [c[0].upper() for c in rb], (pdf, "cells", i, r, ra, rb)
            assert [letters(c[1]) for c in ra] == [letters(c[1]) for c in rb], (pdf, "text", i, r, ra, rb)
        assert any(c[0] == "TH" for c in a[0]), (pdf, "no header row", i)


def twin_of(pdf):
    html_path = os.path.splitext(pdf)[0] + ".html"
    assert os.path.exists(html_path), html_path
    return html_path


@test
def tables_have_scoped_headers_and_match_the_html_twin():
    pdf, page, objects = report()
    check_tables(pdf, page, objects, 5)


@test
def tables_of_every_other_pdf_match_their_html_twin():
    for kind in KINDS:
        if kind != "kwartaal":
            pdf, page, objects = report(kind)
            check_tables(pdf, page, objects, 1)
    for pdf in factsheets():
        check_tables(pdf, twin_of(pdf), qpdf_objects(pdf), 1)


def actual_texts(objects):
    """{(page ref, MCID): ActualText} of the marked content on every page."""
    found = {}
    for ref, page in pages(objects):
        for _, stack in page_marks(page_contents(objects, page)):
            for tag, mcid, props in stack:
                m = re.search(rb"/ActualText\s*\(((?:[^()\\]|\\.)*)\)", props)
                if mcid is not None and m:
                    found[(ref, mcid)] = m.group(1).decode("latin-1")
    return found


def check_spoken_signs(pdf, html_path, objects):
    """Every cell the HTML twin reads as words ("minder dan 5" for "<5") carries those
    words as its ActualText in the PDF; the number of such cells."""
    cells = [e for e in walk(struct_tree(objects)) if e.type in ("TD", "TH")]
    theirs = [c for table in twin(html_path).tables for row in table for c in row]
    assert len(cells) == len(theirs), (pdf, len(cells), len(theirs))
    actual = actual_texts(objects)
    spoken = 0
    for e, c in zip(cells, theirs):
        if c[2]:
            spoken += 1
            assert e.mcids and all(actual.get(m) == c[2] for m in e.mcids), (pdf, e.ref, c, e.mcids)
        else:
            said = [actual.get(m, "") for m in e.mcids]  # a hyphenated word has its own
            assert not any(w.startswith(("minder dan", "niet getoond", "weggelaten", "geen gegevens")) for w in said), \
                (pdf, e.ref, c, said)
    return spoken


@test
def signs_in_tables_read_as_words_as_in_the_html_twin():
    spoken = 0
    for kind in KINDS:
        pdf, page, objects = report(kind)
        spoken += check_spoken_signs(pdf, page, objects)
    for pdf in factsheets():
        spoken += check_spoken_signs(pdf, twin_of(pdf), qpdf_objects(pdf))
    assert spoken >= 10, spoken


@test
def every_figure_has_alt_text_with_the_charts_sentence():
    pdf, page, objects = report()
    figures = check_figures(objects)
    alts = [letters(text_string(e.d["/Alt"])) for e in figures]
    descs = twin(page).descs
    assert len(figures) >= len(descs) >= 1, (len(figures), len(descs))
    for d in descs:
        assert any(letters(d) in a for a in alts), d


@test
def every_link_annotation_is_in_the_structure():
    _, _, objects = report()
    nums = parent_tree(objects)
    links = 0
    for ref, page in pages(objects):
        for a in as_list(objects, page.get("/Annots")):
            ad = as_dict(objects, a)
            if ad.get("/Subtype") != "/Link":
                continue
            links += 1
            key = ad.get("/StructParent")
            assert isinstance(key, int) and key in nums, (a, key)
            elem = as_dict(objects, nums[key])
            assert elem.get("/S") == "/Link", (a, elem.get("/S"))
            objrs = [as_dict(objects, k) for k in as_list(objects, elem.get("/K"))
                     if isinstance(as_dict(objects, k), dict)]
            assert any(k.get("/Type") == "/OBJR" and k.get("/Obj") == a for k in objrs), a
            assert text_string(ad.get("/Contents")).strip(), ("link without description", a)
    assert links >= 10, links


@test
def running_headers_and_footers_are_artifacts():
    pdf, _, objects = report()
    plist = pages(objects)
    for n, (ref, page) in enumerate(plist):
        subtypes = {re.search(rb"/Subtype\s*/(\w+)", m[2]).group(1)
                    for _, stack in page_marks(page_contents(objects, page))
                    for m in stack[:1] if m[0] == "Artifact" and b"/Subtype" in m[2]}
        assert b"Footer" in subtypes, (n + 1, subtypes)
        if n > 0:
            assert b"Header" in subtypes, (n + 1, subtypes)
    text = " ".join(" ".join(t) for _, _, _, t in struct_text(pdf))
    assert not re.search(r"pagina \d+ van \d+", text), "page numbers read as content"
    assert "kwartaalrapportage 3e kwartaal 2026" not in text, "running header read as content"


def check_reading_order(pdf, html_path, at_least):
    # Letters and digits only: hyphenation, line breaks and spacing differ by design.
    ours = "".join(letters(s) for s in pdf_reading_text(pdf))
    theirs = letters("".join(twin(html_path).text))
    assert len(theirs) > at_least, (pdf, len(theirs))
    if ours != theirs:
        at = next(i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b) \
            if any(a != b for a, b in zip(ours, theirs)) else min(len(ours), len(theirs))
        raise AssertionError((pdf, "first difference", at, ours[max(0, at - 60):at + 60], theirs[max(0, at - 60):at + 60]))


@test
def reading_order_equals_the_html_twin():
    pdf, page, _ = report()
    check_reading_order(pdf, page, 10000)


@test
def reading_order_of_every_other_pdf_equals_its_html_twin():
    for kind in KINDS:
        if kind != "kwartaal":
            pdf, page, _ = report(kind)
            check_reading_order(pdf, page, 1000)
    for pdf in factsheets():
        check_reading_order(pdf, twin_of(pdf), 500)


@test
def annual_report_financial_overview_and_kadernota_are_tagged_as_well():
    for kind in ("jaar", "financien", "kadernota"):
        check_all(kind)


@test
def district_factsheets_are_tagged_as_well():
    for pdf in factsheets():
        objects = qpdf_objects(pdf)
        check_objects(objects)
        meta = deref(objects, catalog(objects)["/Metadata"])["data"].decode("utf-8")
        assert "<pdfuaid:part>1</pdfuaid:part>" in meta, pdf


def settings_with(line):
    """A copy of the sample settings with one line added to [algemeen]."""
    with open(os.path.join(SAMPLE, "wijkrapport.ini"), encoding="utf-8") as f:
        text = f.read()
    path = os.path.join(OUT, "instellingen-%d.ini" % len(os.listdir(OUT)))
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace("[algemeen]\n", "[algemeen]\n" + line + "\n", 1))
    return path


@test
def pdfa_2a_setting_writes_object_streams_with_the_same_structure():
    """archiefnorm = PDF/A-2a: the same tagged report, its objects compressed in object
    streams (PDF 1.5), claimed as PDF/A-2a; byte-identical from run to run."""
    a1, _, _ = report("kwartaal")
    settings = settings_with("archiefnorm = PDF/A-2a")
    made = []
    for n in (1, 2):
        out = os.path.join(OUT, "pdfa2-%d" % n)
        r = run("kwartaal", "2026-Q3", "--gegevens", SAMPLE, "--instellingen", settings, "--uitvoer", out)
        assert r.returncode == 0, r.stderr
        made.append(os.path.join(out, "2026-Q3", os.path.basename(a1)))
    pdf = made[0]
    with open(pdf, "rb") as f:
        data = f.read()
    with open(made[1], "rb") as f:
        assert f.read() == data, "two runs differ"
    assert data.startswith(b"%PDF-1.5") and b"/Type /ObjStm" in data, data[:20]
    check = subprocess.run(["qpdf", "--check", pdf], capture_output=True, text=True)
    assert check.returncode == 0 and "No syntax or stream encoding errors" in check.stdout, check.stdout
    objects = qpdf_objects(pdf)
    check_objects(objects)
    meta = deref(objects, catalog(objects)["/Metadata"])
    assert "/Filter" not in meta["dict"], "PDF/A wants the XMP unfiltered"
    xmp = meta["data"].decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp and "<pdfaid:conformance>A</pdfaid:conformance>" in xmp, xmp
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp, xmp
    html_path = twin_of(pdf)
    check_tables(pdf, html_path, objects, 5)
    check_reading_order(pdf, html_path, 10000)
    page_count = len(pages(objects))
    size = len(data)
    assert size <= 10 * 1024 * page_count, (size, page_count)
    assert size < 0.65 * os.path.getsize(a1), (size, os.path.getsize(a1))


@test
def unknown_archive_norm_is_refused_naming_the_line():
    settings = settings_with("archiefnorm = PDF/A-3b")
    r = run("kwartaal", "2026-Q3", "--gegevens", SAMPLE, "--instellingen", settings,
            "--uitvoer", os.path.join(OUT, "pdfa3"))
    assert r.returncode != 0, r.stdout
    assert "archiefnorm" in r.stderr and "PDF/A-3b" in r.stderr and "regel 6" in r.stderr, r.stderr


@test
def conformance_claimed_as_pdfa_1a_and_pdfua_1():
    for kind in KINDS:
        _, _, objects = report(kind)
        meta = deref(objects, catalog(objects)["/Metadata"])["data"].decode("utf-8")
        assert "<pdfaid:conformance>A</pdfaid:conformance>" in meta, kind
        assert "<pdfuaid:part>1</pdfuaid:part>" in meta, kind


if __name__ == "__main__":
    raise SystemExit(run_tests("e2e pdf structure", TESTS))
