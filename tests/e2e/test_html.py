#!/usr/bin/python3
"""The accessible web version (<report>.html beside the PDF), end to end: the program
writes it for both kinds of report; it loads nothing from outside, validates as HTML5,
passes axe-core's WCAG 2.1 A and AA rules in Debian's Chromium (tests/e2e/html/check.mjs,
which also takes a full-page screenshot into <build>/e2e-html/); its structure is what
a screen-reader user needs; and every figure of the PDF's text is in it, section by
section in the same order. Prints 'e2e html: N passed, N failed'."""
import collections
import hashlib
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from harness import PROGRAM, ROOT, SAMPLE, flat, run, run_tests, test_registry

HELPER = os.path.join(ROOT, "tests", "e2e", "html")
SHOTS = os.path.join(os.path.dirname(PROGRAM), "e2e-html")
KINDS = {"kwartaal": ("2026-Q3", "kwartaalrapportage-2026-Q3"), "jaar": ("2026", "jaarverslag-2026")}
TESTS, test = test_registry()


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()

    def find(self, tag, cls=None):
        return [n for n in self.walk() if n.tag == tag and (cls is None or cls in n.attrs.get("class", "").split())]

    def inside(self, tag):
        p = self.parent
        while p is not None and p.tag != tag:
            p = p.parent
        return p is not None


class Tree(html.parser.HTMLParser):
    """A small DOM: enough to check structure without a browser."""
    VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}

    def __init__(self, source):
        super().__init__(convert_charrefs=True)
        self.root = self.cur = Node("#root", {}, None)
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        if tag not in self.VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


class Reports:
    """Both sample reports, written once, and the browser's verdict on their pages."""
    dir = None
    browser = None

    @classmethod
    def get(cls):
        if cls.dir is None:
            cls.dir = tempfile.mkdtemp(prefix="wr-html-")
            for kind in KINDS:
                r = run(kind, "--gegevens", SAMPLE, "--uitvoer", cls.dir)
                assert r.returncode == 0, r.stderr
        return cls.dir

    @classmethod
    def path(cls, kind, ext):
        folder, stem = KINDS[kind]
        return os.path.join(cls.get(), folder, f"{stem}.{ext}")

    @classmethod
    def source(cls, kind):
        with open(cls.path(kind, "html"), encoding="utf-8") as f:
            return f.read()

    @classmethod
    def checked(cls):
        if cls.browser is None:
            assert os.path.isdir(os.path.join(HELPER, "node_modules", "playwright-core")), \
                "npm ci in tests/e2e/html is needed (make test-deps does it)"
            assert os.access("/usr/bin/chromium", os.X_OK), "Debian's chromium is needed (make test-deps)"
            os.makedirs(SHOTS, exist_ok=True)
            files = [cls.path(k, "html") for k in KINDS]
            r = subprocess.run(["node", os.path.join(HELPER, "check.mjs"), "--screenshot-dir", SHOTS, *files],
                               capture_output=True, text=True, cwd=HELPER, timeout=600)
            assert r.returncode == 0, r.stderr[-2000:]
            cls.browser = {os.path.basename(x["file"]): x for x in json.loads(r.stdout)["results"]}
        return cls.browser


def pdf_pages(pdf):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def figures(s):
    return collections.Counter(FIGURE.findall(s))


def pdf_body(pdf):
    """The PDF's text without the contents page, running header and page numbers."""
    pages = pdf_pages(pdf)
    body = []
    for i, page in enumerate(pages):
        lines = page.splitlines()
        if any(l.strip() == "Inhoud" for l in lines[:6]):
            continue  # the contents page: page numbers, no figures of the report
        lines = [l for l in lines if not re.fullmatch(r"\s*(pagina \d+ van \d+|CONCEPT)\s*", l)]
        if i > 0 and lines:
            lines = lines[1:]  # the running header
        body.append("\n".join(lines))
    return flat(" ".join(body))


def without_repeated_headers(body, tree):
    """The PDF's text without what a table continued on the next page repeats there: its
    label with "(vervolg)" and its header row, which the HTML has once."""
    for m in reversed(list(re.finditer(r"(Tabel \d+\.\d+) \(vervolg\) ", body))):
        heads = []
        for table in tree.root.find("table"):
            caption = table.find("caption")
            if caption and (flat(caption[0].text()) + " ").startswith(m.group(1) + " "):
                heads = [flat(th.text()) for th in table.find("thead")[0].find("th")]
        rest = body[m.end():]
        for head in heads:
            rest = rest.replace(head + " ", "", 1) if head else rest
        body = body[:m.start()] + rest
    return body


def html_sections(tree):
    """The text of <main> (without the contents) cut at each <h2>: [(title, text, heads)],
    heads being the text of the section's table heads (the PDF repeats a table's head on
    each page the table continues on)."""
    main = tree.root.find("main")[0]
    sections, title, parts, heads = [], None, [], []

    def visit(node):
        nonlocal title, parts, heads
        for c in node.children:
            if isinstance(c, str):
                parts.append(c)
            elif c.tag == "nav":
                continue
            elif c.tag == "h2":
                sections.append((title, flat(" ".join(parts)), " ".join(heads)))
                title = flat(c.text())
                parts, heads = [title], []
            elif c.tag not in ("style", "title"):
                if c.tag == "thead":
                    heads.append(flat(c.text()))
                if c.tag == "ol":  # the numbers a browser shows before the items
                    items = [li for li in c.children if isinstance(li, Node) and li.tag == "li"]
                    for k, li in enumerate(items, int(c.attrs.get("start", 1))):
                        li.children.insert(0, f"{k}. ")
                visit(c)
                parts.append(" ")

    visit(main)
    sections.append((title, flat(" ".join(parts)), " ".join(heads)))
    return sections


@test
def each_report_has_an_html_twin_beside_its_pdf():
    for kind in KINDS:
        assert os.path.getsize(Reports.path(kind, "pdf")) > 0
        src = Reports.source(kind)
        assert src.startswith("<!DOCTYPE html>\n<html lang=\"nl\">"), src[:60]
        assert 50_000 < len(src) < 2_000_000, len(src)


@test
def the_page_loads_nothing_from_outside():
    for kind in KINDS:
        src = Reports.source(kind)
        for pattern in [r"<script", r"<link", r"<img", r"<iframe", r"<object", r"<embed", r"\ssrc=",
                        r"srcset=", r"@import", r"url\((?!#)", r"xlink:href", r"@font-face"]:
            assert not re.search(pattern, src, re.I), (kind, pattern)
        for m in re.finditer(r"<(\w+)[^>]*\shref=\"([^\"]*)\"", src):
            assert m.group(1) == "a" and (m.group(2).startswith("#") or re.match(r"https?:|mailto:", m.group(2))), m.group(0)
    for name, res in Reports.checked().items():
        assert res["requests"] == [], (name, res["requests"])


@test
def the_html_validates_as_html5():
    for name, res in Reports.checked().items():
        v = res["validation"]
        assert v["valid"] and v["errors"] == 0 and v["warnings"] == 0, (name, v["messages"][:10])


@test
def axe_finds_no_wcag21_aa_violation_and_a_screenshot_is_taken():
    for name, res in Reports.checked().items():
        axe = res["axe"]
        assert axe["violations"] == [], (name, json.dumps(axe["violations"], indent=1)[:3000])
        assert axe["passes"] >= 20, axe["passes"]
        # What axe cannot decide by itself is only SVG chart text, whose colours are fixed
        # (render/html/html_svg.h) at 4.5:1 or more.
        for item in axe["incomplete"]:
            assert item["id"] == "color-contrast" and all(e.startswith("<text") for e in item["examples"]), item
        with open(res["screenshot"], "rb") as f:
            head = f.read(24)
        assert head[:8] == b"\x89PNG\r\n\x1a\n", res["screenshot"]
        width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
        assert width == 1280 and height > 3000, (width, height)
    print(f"     screenshots in {SHOTS}")


@test
def skip_link_landmarks_title_and_contents_work():
    for kind in KINDS:
        tree = Tree(Reports.source(kind))
        body = tree.root.find("body")[0]
        first = next(n for n in body.walk() if n.tag == "a")
        assert "skiplink" in first.attrs.get("class", "") and first.attrs["href"] == "#hoofdinhoud"
        mains = tree.root.find("main")
        assert len(mains) == 1 and mains[0].attrs["id"] == "hoofdinhoud"
        assert [n for n in tree.root.find("header") if not n.inside("main")], "no banner"
        assert [n for n in tree.root.find("footer") if not n.inside("main")], "no contentinfo"
        assert flat(tree.root.find("title")[0].text()), "empty <title>"
        ids = [n.attrs["id"] for n in tree.root.walk() if "id" in n.attrs]
        dupes = [i for i, c in collections.Counter(ids).items() if c > 1]
        assert not dupes, dupes
        nav = tree.root.find("nav")[0]
        links = [a.attrs["href"][1:] for a in nav.find("a")]
        after = [h for h in mains[0].walk() if h.tag in ("h2", "h3") and not h.inside("nav")]
        assert links == [h.attrs["id"] for h in after], (kind, links[:5])
    for name, res in Reports.checked().items():
        links = res["links"]
        assert links["broken"] == [] and links["skipTarget"] and links["lang"] == "nl", links
        assert links["toc"] >= 25 and links["h1"] == 1 and res["scrolled"] > 1000, (links, res["scrolled"])
        assert res["reflowWidth"] <= 320, ("the page scrolls sideways at 320 px", res["reflowWidth"])


@test
def headings_are_in_order():
    for kind in KINDS:
        levels = [int(n.tag[1]) for n in Tree(Reports.source(kind)).root.walk() if re.fullmatch(r"h[1-6]", n.tag)]
        assert levels[0] == 1 and levels.count(1) == 1, levels[:5]
        for a, b in zip(levels, levels[1:]):
            assert b <= a + 1, (kind, a, b)


@test
def tables_have_captions_scopes_notes_and_spoken_suppressed_values():
    for kind in KINDS:
        tree = Tree(Reports.source(kind))
        ids = {n.attrs["id"]: n for n in tree.root.walk() if "id" in n.attrs}
        tables = tree.root.find("table")
        assert len(tables) >= 20, len(tables)
        suppressed = 0
        for t in tables:
            caps = t.find("caption")
            assert caps and flat(caps[0].text()), "table without caption"
            for th in t.find("th"):
                assert th.attrs.get("scope") == ("col" if th.inside("thead") else "row"), th.attrs
            for td in t.find("td"):
                text = flat(td.text())
                if re.fullmatch(r"(€ )?-?[\d.]+(,\d+)?%?", text):
                    assert "num" in td.attrs.get("class", ""), text
            for span in t.find("span", "waarde-teken"):
                shown, spoken = [flat(s.text()) for s in span.children if isinstance(s, Node)]
                if shown.startswith("<"):
                    assert spoken == "minder dan " + shown[1:], (shown, spoken)
                    suppressed += 1
                elif shown == "x":  # left out so that a hidden figure cannot be worked out
                    assert spoken == "weggelaten", (shown, spoken)
            note = t.attrs.get("aria-describedby")
            if note:
                assert flat(ids[note].text()).startswith("Noot:"), note
        assert suppressed >= 3, suppressed
        notes = tree.root.find("p", "noot")
        assert len(notes) >= 10 and all(t.attrs.get("aria-describedby") for t in tables if not t.inside("details")
                                       and t.parent.parent.find("p", "noot")), len(notes)


@test
def charts_are_svg_with_title_desc_and_their_figures_as_a_table():
    for kind in KINDS:
        tree = Tree(Reports.source(kind))
        charts = tree.root.find("figure", "grafiek")
        assert len(charts) >= 5, len(charts)
        body = pdf_body(Reports.path(kind, "pdf"))
        for fig in charts:
            svg = fig.find("svg", "grafiek-plot")[0]
            assert svg.attrs["role"] == "img"
            title, desc = svg.find("title")[0], svg.find("desc")[0]
            assert svg.attrs["aria-labelledby"] == title.attrs["id"] and svg.attrs["aria-describedby"] == desc.attrs["id"]
            assert flat(title.text()) in body, flat(title.text())  # the same chart is in the PDF
            assert flat(desc.text()) and flat(desc.text()) in flat(fig.text())
            details = fig.find("details")[0]
            rows = details.find("tbody")[0].find("tr")
            assert rows and all(r.find("th") and r.find("td") for r in rows)
            for r in rows:  # each figure of the table is drawn (value labels) or at least spoken
                assert flat(r.find("th")[0].text()) in flat(svg.text()), flat(r.find("th")[0].text())


@test
def every_figure_of_the_pdf_is_in_the_html_in_the_same_order_of_sections():
    for kind in KINDS:
        tree = Tree(Reports.source(kind))
        sections = html_sections(tree)
        body = without_repeated_headers(pdf_body(Reports.path(kind, "pdf")), tree)
        # Cut the PDF text at the same headings, which must come in the same order.
        cuts, at = [0], 0
        for title, _, _ in sections[1:]:
            at = body.find(title, at)
            assert at >= 0, (kind, "heading not found in the PDF, or out of order", title)
            cuts.append(at)
        cuts.append(len(body))
        checked = 0
        for (title, text, heads), start, end in zip(sections, cuts, cuts[1:]):
            missing = figures(body[start:end]) - figures(text)
            for k in figures(heads):  # a head repeated on the next page
                missing.pop(k, None)
            assert not missing, (kind, title, dict(missing))
            checked += sum(figures(body[start:end]).values())
        assert checked > 500, (kind, checked)


@test
def draft_status_and_missing_texts_are_visible():
    jaar = Tree(Reports.source("jaar"))
    assert jaar.root.find("p", "concept-label") and "(concept)" in jaar.root.find("title")[0].text()
    placeholders = jaar.root.find("div", "ontbreekt")
    expected = pdf_body(Reports.path("jaar", "pdf")).count("Tekst ontbreekt nog")
    assert expected > 0 and len(placeholders) == expected, (len(placeholders), expected)
    assert all(p.attrs.get("role") == "note" and "Tekst ontbreekt nog" in p.text() for p in placeholders)
    with tempfile.TemporaryDirectory() as out:
        r = run("kwartaal", "--gegevens", SAMPLE, "--uitvoer", out, "--definitief")
        assert r.returncode == 0, r.stderr
        src = open(os.path.join(out, "2026-Q3", "kwartaalrapportage-2026-Q3.html"), encoding="utf-8").read()
        assert 'class="concept-label"' not in src and "noindex" not in src and '"CONCEPT"' not in src
        assert 'class="melding' not in src  # no "Dit is een concept." notice either


@test
def same_input_gives_the_same_bytes():
    with tempfile.TemporaryDirectory() as out:
        r = run("kwartaal", "--gegevens", SAMPLE, "--uitvoer", out)
        assert r.returncode == 0, r.stderr
        again = os.path.join(out, "2026-Q3", "kwartaalrapportage-2026-Q3.html")
        digest = [hashlib.sha256(open(p, "rb").read()).hexdigest() for p in (again, Reports.path("kwartaal", "html"))]
        assert digest[0] == digest[1]


def cleanup():
    if Reports.dir:
        shutil.rmtree(Reports.dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(run_tests("e2e html", TESTS, cleanup))
