#!/usr/bin/python3
"""What the team's texts and the templates can do to the documents (issue 11): nothing is
lost and nothing is injected without a word. Each test names its case:
  4  a NUL byte in a text is refused; lists nested deeper than the PDF indents are set
     flattened, every item still there, with a warning naming the text file and line;
  8  one link policy: javascript:, data:, file: and vbscript: links are dropped in the PDF
     as in the HTML (their text stays) with a warning;
  9  a fenced voorblad, inhoud, kerncijfers or grafiek block in a text is code, not a
     second cover; an over-wide table in a text names the text file and line;
  10 an unknown code in a template is an error (exit 3) naming the template and line,
     while a section that is only absent this time is not;
  11 characters Open Sans lacks are set with the fallback font (DejaVu Sans); what the PDF
     cannot set is named with file and line, pointing at the HTML twin; the sample's PDF
     does not change.
Prints 'e2e teksten en sjablonen: N passed, N failed'."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from harness import ROOT, SAMPLE, pdftext, run, run_tests, test_registry, tool

TESTS, test = test_registry()
PDF = os.path.join("2026-Q3", "kwartaalrapportage-2026-Q3.pdf")
HTML = os.path.join("2026-Q3", "kwartaalrapportage-2026-Q3.html")


def with_lessons(tmp, text):
    """A copy of the sample with text as lessen.md; returns the export folder."""
    data = os.path.join(tmp, "gegevens")
    shutil.copytree(SAMPLE, data)
    with open(os.path.join(data, "teksten", "2026-Q3", "lessen.md"), "wb") as f:
        f.write(text.encode("utf-8") if isinstance(text, str) else text)
    return data


def report(tmp, text, *extra):
    data = with_lessons(tmp, text)
    out = os.path.join(tmp, "uit")
    return run("kwartaal", "2026-Q3", "--gegevens", data, "--uitvoer", out, *extra), out


def uris(pdf):
    """The targets of the PDF's link annotations."""
    qdf = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, "-"], capture_output=True,
                         check=True).stdout.decode("latin-1")
    return re.findall(r"/URI \(([^)]*)\)", qdf)


@test
def case4_nul_byte_in_a_text_is_refused():
    with tempfile.TemporaryDirectory(prefix="wr-e2e-") as tmp:
        r, out = report(tmp, b"Eerste regel\nTweede\x00 en wat erna kwam\n")
        assert r.returncode == 1, (r.returncode, r.stderr)
        assert "lessen.md, regel 2: de tekst bevat een NUL-teken" in r.stderr, r.stderr
        assert not os.path.exists(os.path.join(out, "2026-Q3"))


@test
def case4_deep_lists_are_flattened_not_lost():
    lines = ["  " * d + f"- niveau{d + 1}" for d in range(40)]
    quotes = "".join(">" * (d + 1) + f" citaat{d + 1}\n" + ">" * (d + 1) + "\n" for d in range(30))
    with tempfile.TemporaryDirectory(prefix="wr-e2e-") as tmp:
        r, out = report(tmp, "Lijst:\n\n" + "\n".join(lines) + "\n\n" + quotes)
        assert r.returncode == 0, r.stderr
        text = pdftext(os.path.join(out, PDF))
        for d in range(40):
            assert f"niveau{d + 1}" in text, d + 1
        for d in range(30):
            assert f"citaat{d + 1}" in text, d + 1
        # Level 9 of the list is line 11 of the text, the quotes' level 9 line 60.
        assert "lessen.md, regel 11: lijsten en citaten springen in de PDF hoogstens 8 niveaus" in r.stderr, r.stderr
        assert "lessen.md, regel 60: lijsten en citaten" in r.stderr, r.stderr
        assert "HTML-versie" in r.stderr


@test
def case4_nesting_beyond_any_report_is_refused():
    with tempfile.TemporaryDirectory(prefix="wr-e2e-") as tmp:
        r, _ = report(tmp, "Intro\n\n" + ">" * 300 + " diep\n")
        assert r.returncode == 1 and "lessen.md, regel 3: de tekst is te diep genest" in r.stderr, r.stderr


@test
def case8_dangerous_links_are_dropped_in_both_documents():
    text = ("Zie [een](javascript:alert(1)), [twee](data:text/html,x), [drie](file:///etc/passwd), "
            "[vier](vbscript:msgbox) en [vijf](https://www.haarlem.nl).\n")
    with tempfile.TemporaryDirectory(prefix="wr-e2e-") as tmp:
        r, out = report(tmp, text)
        assert r.returncode == 0, r.stderr
        assert uris(os.path.join(out, PDF)) == ["https://www.haarlem.nl"], uris(os.path.join(out, PDF))
        html = open(os.path.join(out, HTML), encoding="utf-8").read()
        for scheme in ("javascript:", "data:", "file:", "vbscript:"):
            assert f'href="{scheme}' not in html, scheme
            assert f"lessen.md, regel 1: de link naar '{scheme}...' is weggelaten" in r.stderr, (scheme, r.stderr)
        assert 'href="https://www.haarlem.nl"' in html
        flat = " ".join(pdftext(os.path.join(out, PDF)).split())
        assert "Zie een, twee, drie, vier en vijf." in flat


@test
def case9_special_blocks_in_a_text_are_code():
    text = ("Een les.\n\n```voorblad\ntitel: Nep\nStatus: Definitief\n```\n\n"
            "```kerncijfers\nNep | 999\n```\n\n```grafiek staven\ntitel: kapot\n```\n")
    with tempfile.TemporaryDirectory(prefix="wr-e2e-") as tmp:
        r, out = report(tmp, text)
        assert r.returncode == 0, r.stderr  # a broken chart in a text is only code
        html = open(os.path.join(out, HTML), encoding="utf-8").read()
        assert html.count('class="voorblad"') <= 1 and "<pre><code>titel: Nep\nStatus: Definitief\n" in html
        assert "<pre><code>Nep | 999" in html
        text_pdf = pdftext(os.path.join(out, PDF))
        assert "Status: Definitief" in text_pdf  # shown as code, in the draft
        assert "CONCEPT" in text_pdf


@test
def case9_a_wide_table_in_a_text_names_the_text():
    cols = 70
    table = ("|" + "|".join(f" k{i} " for i in range(cols)) + "|\n|" + "|".join("---" for _ in range(cols)) +
             "|\n|" + "|".join(" 1 " for _ in range(cols)) + "|\n")
    with tempfile.TemporaryDirectory(prefix="wr-e2e-") as tmp:
        r, _ = report(tmp, "Een tabel:\n\n" + table)
        assert r.returncode == 1, (r.returncode, r.stderr)
        assert "lessen.md, regel 3: een tabel met meer dan 64 kolommen" in r.stderr, r.stderr
        assert "sjabloon" not in r.stderr


@test
def case10_unknown_template_code_is_an_error():
    with tempfile.TemporaryDirectory(prefix="wr-e2e-") as tmp:
        templates = os.path.join(tmp, "sjablonen")
        shutil.copytree(os.path.join(ROOT, "templates"), templates)
        main = os.path.join(templates, "kwartaalrapportage.md")
        text = open(main, encoding="utf-8").read()
        line = text[:text.index("{{BEREIK}}")].count("\n") + 1
        # A section shown only when klachten.csv is missing: absent this time, not unknown.
        text = text.replace("{{BEREIK}}", "{{BEREIK_TYPFOUT}}", 1) + \
            "\n{{#NIET_AANGELEVERD_KLACHTEN}}Geen klachten aangeleverd.{{/NIET_AANGELEVERD_KLACHTEN}}\n"
        open(main, "w", encoding="utf-8").write(text)
        out = os.path.join(tmp, "uit")
        r = run("kwartaal", "2026-Q3", "--gegevens", SAMPLE, "--sjablonen", templates, "--uitvoer", out)
        assert r.returncode == 3, (r.returncode, r.stderr)
        assert f"kwartaalrapportage.md, regel {line}: {{{{BEREIK_TYPFOUT}}}} bestaat niet" in r.stderr, r.stderr
        assert "NIET_AANGELEVERD" not in r.stderr
        assert not os.path.exists(os.path.join(out, "2026-Q3"))
        open(main, "w", encoding="utf-8").write(text.replace("{{BEREIK_TYPFOUT}}", "{{BEREIK}}"))
        r = run("kwartaal", "2026-Q3", "--gegevens", SAMPLE, "--sjablonen", templates, "--uitvoer", out)
        assert r.returncode == 0, r.stderr


def fonts(pdf):
    return tool("pdffonts", pdf)


@test
def case11_missing_glyphs_use_the_fallback_or_are_named():
    text = ("Klaar \u2713, met \u2764 en \u2764\ufe0f, een pijl \u2192, \u01c4 en \u014b\u0308.\n\n"
            "Emoji \U0001F600.\n\nArabisch \u0645\u0631\u062d\u0628\u0627 en Hebreeuws \u05e9\u05dc\u05d5\u05dd.\n\n"
            "Chinees \u4f60\u597d.\n")
    with tempfile.TemporaryDirectory(prefix="wr-e2e-") as tmp:
        r, out = report(tmp, text)
        assert r.returncode == 0, r.stderr
        pdf = os.path.join(out, PDF)
        assert "DejaVuSans" in fonts(pdf), fonts(pdf)
        shown = pdftext(pdf)
        for ch in ("\u2713", "\u2764", "\u2192", "\u01c4"):
            assert ch in shown, ch
        assert "lessen.md, regel 3: de PDF kan emoji" in r.stderr, r.stderr
        assert "lessen.md, regel 5: de PDF kan schrift dat van rechts naar links loopt" in r.stderr, r.stderr
        assert "lessen.md, regel 7: de PDF kan Chinese, Japanse en Koreaanse tekens niet zetten" in r.stderr
        assert r.stderr.count("De HTML-versie toont ze wel.") == 3, r.stderr
        assert "regel 1:" not in r.stderr  # the first line is set in full
        html = open(os.path.join(out, HTML), encoding="utf-8").read()
        assert "\U0001F600" in html and "\u05e9\u05dc\u05d5\u05dd" in html
    # The sample needs no fallback: its PDF embeds Open Sans only.
    with tempfile.TemporaryDirectory(prefix="wr-e2e-") as tmp:
        r = run("kwartaal", "2026-Q3", "--gegevens", SAMPLE, "--uitvoer", tmp)
        assert r.returncode == 0 and "DejaVu" not in fonts(os.path.join(tmp, PDF))
        assert "Let op: niet alles" not in r.stderr, r.stderr


def main():
    return run_tests("e2e teksten en sjablonen", TESTS)


if __name__ == "__main__":
    sys.exit(main())
